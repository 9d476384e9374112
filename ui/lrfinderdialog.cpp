// qcustomplot.h is written with Qt's `signals` and `foreach` keywords (see trainingplots.cpp).
#undef QT_NO_KEYWORDS

#include "lrfinderdialog.h"

#include "preferences/theme.h"
#include "util/failure.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <qcustomplot.h>

namespace Hone {

LrFinderDialog::LrFinderDialog(const TrainingData &data, const TrainingConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_plot(new QCustomPlot(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("lrFinderDialog"));
    setWindowTitle(tr("Find a Learning Rate"));
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_plot->xAxis->setNumberFormat(QStringLiteral("eb"));
    m_plot->xAxis->setNumberPrecision(0);
    m_plot->xAxis->setLabel(tr("learning rate"));
    m_plot->yAxis->setLabel(tr("loss (smoothed)"));
    m_plot->addGraph()->setPen(QPen(QColor(78, 121, 167), 2));
    m_plot->setMinimumSize(560, 320);
    ThemeManager::followPalette(m_plot);
    m_progress->setFormat(tr("batch %v of %m"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Training a throw-away copy of the model while the learning rate grows from %1 to %2…")
                           .arg(QString::number(1e-7, 'g', 2), QString::number(1.0)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_use = buttons->addButton(tr("&Use This Rate"), QDialogButtonBox::AcceptRole);
    m_use->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LrFinderDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LrFinderDialog::onFinished);
    const LrFinderOptions range;
    m_progress->setRange(0, range.steps);
    QPointer<QProgressBar> progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run([data, config, range, cancel = m_cancel, progress] {
        Outcome outcome;
        try {
            outcome.ok = findLearningRate(data, config, range, &outcome.result, &outcome.error, cancel.get(),
                                          [progress](int step, int) {
                                              QMetaObject::invokeMethod(progress, [progress, step] {
                                                  if (progress)
                                                      progress->setValue(step);
                                              }, Qt::QueuedConnection);
                                          });
        } catch (...) {
            outcome.error = describeCurrentException();
        }
        return outcome;
    }));
}

LrFinderDialog::~LrFinderDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void LrFinderDialog::reject()
{
    m_cancel->store(true);
    QDialog::reject();
}

void LrFinderDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (!outcome.ok) {
        m_summary->setText(tr("The range test did not finish: %1").arg(outcome.error));
        Q_EMIT finished(false);
        return;
    }
    m_result = outcome.result;
    m_progress->setValue(m_progress->maximum());
    m_plot->graph(0)->setData(m_result.rates, m_result.losses);
    auto *mark = new QCPItemStraightLine(m_plot);
    mark->setPen(QPen(QColor(89, 161, 79), 1.5, Qt::DashLine));
    mark->point1->setCoords(m_result.suggestion, 0);
    mark->point2->setCoords(m_result.suggestion, 1);
    m_plot->rescaleAxes();
    m_plot->replot();
    m_summary->setText(tr("Suggested learning rate: <b>%1</b>, where the loss fell fastest (%2 batches; %3).")
                           .arg(QString::number(m_result.suggestion, 'g', 2))
                           .arg(m_result.rates.size())
                           .arg(m_result.stopReason == QLatin1String("diverged") ? tr("stopped when the loss diverged")
                                                                                 : tr("the whole range")));
    m_use->setEnabled(true);
    m_use->setDefault(true);
    Q_EMIT finished(true);
}

} // namespace Hone
