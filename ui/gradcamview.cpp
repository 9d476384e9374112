#include "gradcamview.h"

#include "nn/classifiermodel.h"
#include "util/failure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Hone {

namespace {
constexpr int PictureSize = 288;
}

GradCamView::GradCamView(QWidget *parent)
    : QWidget(parent)
    , m_class(new QComboBox(this))
    , m_overlay(new QCheckBox(tr("&Heat map"), this))
    , m_picture(new QLabel(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("gradCamView"));
    m_overlay->setChecked(true);
    m_overlay->setToolTip(tr("Blend the Grad-CAM heat map over the image: red where the evidence for "
                             "the class lies"));
    m_class->setToolTip(tr("The class whose evidence is shown"));
    m_picture->setFixedSize(PictureSize, PictureSize);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_caption->setWordWrap(true);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Explain:"), this));
    controls->addWidget(m_class, 1);
    controls->addWidget(m_overlay);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_picture, 0, Qt::AlignHCenter);
    layout->addWidget(m_caption);
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] { request(); });
    connect(m_overlay, &QCheckBox::toggled, this, &GradCamView::display);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &GradCamView::onFinished);
    clear();
}

GradCamView::~GradCamView()
{
    m_watcher.waitForFinished();   // the task holds the model, not this widget; still, finish cleanly
}

void GradCamView::setModel(std::shared_ptr<Nn::ClassifierModel> model, const QStringList &classNames,
                           int imageSize)
{
    m_model = std::move(model);
    m_classNames = classNames;
    m_imageSize = imageSize;
    const QSignalBlocker blocker(m_class);
    m_class->clear();
    m_class->addItem(tr("Predicted class"), -1);
    for (int c = 0; c < classNames.size(); ++c)
        m_class->addItem(classNames.at(c), c);
    m_path.clear();
    ++m_request;
    m_pending = false;
    m_result = GradCamResult();
    display();
}

void GradCamView::setImage(const QString &path, int trueClass)
{
    m_path = path;
    m_trueClass = trueClass;
    request();
}

void GradCamView::clear()
{
    m_pending = false;
    ++m_request;   // a map still being computed is for nobody now
    m_path.clear();
    m_result = GradCamResult();
    m_picture->clear();
    m_picture->setText(tr("Select an image to see where the model looks."));
    m_picture->setWordWrap(true);
    m_caption->clear();
}

void GradCamView::request()
{
    if (!m_model || m_path.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_caption->setText(tr("Computing…"));
    const auto model = m_model;
    const QString path = m_path;
    const int size = m_imageSize;
    const int cls = m_class->currentData().toInt();
    m_watcher.setFuture(QtConcurrent::run([model, path, size, cls, request = ++m_request] {
        Outcome outcome;
        outcome.request = request;
        try {   // nothing may escape: the watcher would rethrow it in the UI thread
            outcome.ok = computeGradCam(*model, path, size, cls, &outcome.result, &outcome.error);
        } catch (...) {
            outcome.error = describeCurrentException();
        }
        return outcome;
    }));
}

void GradCamView::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (m_pending) {   // the selection moved on while this one ran
        request();
        return;
    }
    if (outcome.request != m_request || m_path.isEmpty())   // asked for by a cleared view or another model
        return;
    if (!outcome.ok) {
        m_result = GradCamResult();
        m_picture->clear();
        m_caption->setText(outcome.error);
        Q_EMIT computed(false);
        return;
    }
    m_result = outcome.result;
    display();
    Q_EMIT computed(true);
}

QImage GradCamView::shownImage() const
{
    const QByteArray &rgb = m_overlay->isChecked() ? m_result.overlayRgb : m_result.imageRgb;
    if (m_result.size <= 0 || rgb.size() != m_result.size * m_result.size * 3)
        return QImage();
    return QImage(reinterpret_cast<const uchar *>(rgb.constData()), m_result.size, m_result.size,
                  m_result.size * 3, QImage::Format_RGB888)
        .copy();
}

void GradCamView::display()
{
    const QImage image = shownImage();
    if (image.isNull())
        return;
    m_picture->setPixmap(QPixmap::fromImage(image.scaled(PictureSize, PictureSize, Qt::KeepAspectRatio,
                                                         Qt::SmoothTransformation)));
    const int c = m_result.classIndex;
    // One arg() call each: a '%' in a file or class name must not be substituted into.
    QString text = tr("%1: evidence for <b>%2</b> (probability %3 %).")
                       .arg(QFileInfo(m_path).fileName().toHtmlEscaped(), m_classNames.value(c).toHtmlEscaped(),
                            QString::number(qRound(m_result.probabilities.value(c) * 100)));
    if (m_trueClass >= 0 && m_trueClass != c)
        text += QLatin1Char(' ') + tr("Labelled %1 (probability %2 %).")
                                       .arg(m_classNames.value(m_trueClass).toHtmlEscaped(),
                                            QString::number(qRound(m_result.probabilities.value(m_trueClass) * 100)));
    text += QStringLiteral("<br>") + tr("Map resolution %1 × %2, the network's last stage.")
                                         .arg(m_result.featureWidth)
                                         .arg(m_result.featureHeight);
    m_caption->setText(text);
}

} // namespace Hone
