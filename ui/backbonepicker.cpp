#include "backbonepicker.h"

#include "util/failure.h"
#include "nn/weightplan.h"
#include "training/backbonespeed.h"
#include "zoo/backbonecatalog.h"
#include "zoo/weightdownloader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

namespace {

QString millions(qint64 n)
{
    return QObject::tr("%1 M").arg(double(n) / 1e6, 0, 'f', n < 10'000'000 ? 2 : 1);
}

} // namespace

BackbonePicker::BackbonePicker(QWidget *parent)
    : QWidget(parent)
    , m_backbone(new QComboBox(this))
    , m_backboneInfo(new QLabel(this))
    , m_weights(new QComboBox(this))
    , m_browse(new QToolButton(this))
    , m_download(new QPushButton(tr("&Download"), this))
    , m_progress(new QProgressBar(this))
    , m_weightsInfo(new QLabel(this))
    , m_freeze(new QSlider(Qt::Horizontal, this))
    , m_freezeInfo(new QLabel(this))
    , m_downloader(new WeightDownloader(this))
{
    for (const auto &info : backboneCatalog()) {
        m_backbone->addItem(info.name, info.name);
        m_backbone->setItemData(m_backbone->count() - 1, info.plainText(), Qt::ToolTipRole);
    }
    m_backbone->setObjectName(QStringLiteral("backboneCombo"));
    m_weights->setObjectName(QStringLiteral("weightsCombo"));
    m_freeze->setObjectName(QStringLiteral("freezeSlider"));
    m_download->setObjectName(QStringLiteral("downloadWeightsButton"));
    m_weights->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_weights->setMinimumContentsLength(24);
    m_browse->setText(tr("…"));
    m_browse->setToolTip(tr("Import a weight file (.pth, .safetensors) — torchvision's, timm's or a Hone backbone"));
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_downloader->setCacheDir(WeightDownloader::defaultCacheDir());
    for (QLabel *label : {m_backboneInfo, m_weightsInfo, m_freezeInfo}) {
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setWordWrap(true);
    }
    m_freeze->setTickPosition(QSlider::TicksBelow);
    m_freeze->setPageStep(1);
    m_freeze->setToolTip(tr("How many stages of the backbone stay frozen: left trains everything, right trains only the "
                            "new head"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_backbone);
    layout->addWidget(m_backboneInfo);
    auto *weightsRow = new QHBoxLayout;
    weightsRow->addWidget(m_weights, 1);
    weightsRow->addWidget(m_browse);
    weightsRow->addWidget(m_download);
    layout->addLayout(weightsRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_weightsInfo);
    layout->addWidget(m_freeze);
    layout->addWidget(m_freezeInfo);

    connect(m_backbone, &QComboBox::currentIndexChanged, this, &BackbonePicker::onBackboneChanged);
    connect(m_weights, &QComboBox::currentIndexChanged, this, &BackbonePicker::onWeightsChanged);
    connect(m_freeze, &QSlider::valueChanged, this, [this] {
        updateFreeze();
        Q_EMIT changed();
    });
    connect(m_browse, &QToolButton::clicked, this, &BackbonePicker::importWeightsFile);
    connect(m_download, &QPushButton::clicked, this, &BackbonePicker::downloadWeights);
    connect(m_downloader, &WeightDownloader::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000 * received / total));
        m_progress->setFormat(tr("%1 of %2 MB").arg(received / 1e6, 0, 'f', 1).arg(total / 1e6, 0, 'f', 1));
    });
    connect(m_downloader, &WeightDownloader::finished, this, [this] {
        m_progress->setVisible(false);
        fillWeights(weights());
        onWeightsChanged();
    });
    connect(m_downloader, &WeightDownloader::failed, this, [this](const QString &message) {
        m_progress->setVisible(false);
        fillWeights(weights());
        onWeightsChanged();
        m_weightsInfo->setText(tr("Download failed: %1").arg(message));
    });
    connect(&m_check, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_checkedPath == weights())
            m_weightsInfo->setText(m_check.result());
        if (!m_pendingCheck.isEmpty())
            checkFile(std::exchange(m_pendingCheck, QString()));
    });
    onBackboneChanged();
}

BackbonePicker::~BackbonePicker()
{
    m_downloader->cancel();
    m_check.waitForFinished();
    if (m_speedProcess) {
        m_speedProcess->disconnect(this);
        m_speedProcess->kill();
        m_speedProcess->waitForFinished(2000);
    }
}

QString BackbonePicker::backbone() const
{
    return m_backbone->currentData().toString();
}

QString BackbonePicker::weights() const
{
    return m_weights->currentData().toString();
}

int BackbonePicker::freezeDepth() const
{
    return m_freeze->value();
}

void BackbonePicker::set(const QString &backbone, const QString &weights, int freezeDepth)
{
    const QSignalBlocker block(m_backbone);
    m_backbone->setCurrentIndex(std::max(0, m_backbone->findData(backbone)));
    updateBackboneInfo();
    fillWeights(weights);
    updateFreeze();
    m_freeze->setValue(freezeDepth);
    onWeightsChanged();
    updateFreeze();
}

void BackbonePicker::setFreezeEnabled(bool enabled)
{
    m_freeze->setEnabled(enabled);
}

bool BackbonePicker::weightsReady(QString *problem, bool *downloadable) const
{
    QString path, error;
    WeightSource pending;
    const bool resolved = resolveWeights(weights(), &path, &error, &pending);
    const bool ready = resolved && (weights().isEmpty() || !path.isEmpty());
    if (problem)
        *problem = resolved ? QString() : error;
    if (downloadable)
        *downloadable = resolved && !ready;
    return ready;
}

namespace {
// The bundled weights' label comes from their manifest (resources/backbones/manifest.json); its
// text is listed here so that translators see it.
[[maybe_unused]] const char *const bundledLabel =
    QT_TRANSLATE_NOOP("BundledWeights", "Fashion-MNIST, 6 clothing classes (pretrained by Hone)");
} // namespace

void BackbonePicker::fillWeights(const QString &select)
{
    const BackboneInfo *info = findBackbone(backbone());
    const QSignalBlocker block(m_weights);
    m_weights->clear();
    m_weights->addItem(tr("None (random initialisation)"), QString());
    if (info) {
        for (const auto &w : info->weights) {
            QString text = w.bundled ? QCoreApplication::translate("BundledWeights", w.label.toUtf8().constData())
                                     : w.label;
            if (w.top1 > 0)
                text += tr(" — %1 % top-1").arg(w.top1, 0, 'f', 1);
            if (w.bundled)
                text += tr(" — bundled");
            else if (!weightsAvailable(info->name, w))
                text += tr(" — not downloaded");
            m_weights->addItem(text, zooReference(info->name, w.id));
            m_weights->setItemData(m_weights->count() - 1, text + QStringLiteral("\n") + w.dataset, Qt::ToolTipRole);
        }
    }
    int index = m_weights->findData(select);
    if (index < 0 && !select.isEmpty() && !select.startsWith(QLatin1String("zoo:"))) {
        m_weights->addItem(tr("File: %1").arg(QFileInfo(select).fileName()), select);
        m_weights->setItemData(m_weights->count() - 1, select, Qt::ToolTipRole);
        index = m_weights->count() - 1;
    }
    m_weights->setCurrentIndex(std::max(0, index));
}

void BackbonePicker::updateBackboneInfo()
{
    const BackboneInfo *info = findBackbone(backbone());
    if (!info)
        return;
    // The size the chosen weights were trained at (the bundled backbone's 64 px), else the
    // architecture's.
    const int weightsSize = weightsImageSize(weights());
    const int size = weightsSize > 0 ? weightsSize : info->inputSize;
    QStringList lines;
    if (!info->plain.isEmpty())
        lines << info->plainText();
    QString facts = tr("%1, %2 parameters before the new classifier layer, %3 px input")
                        .arg(info->family, millions(trunkParameters(info->name)))
                        .arg(size);
    if (info->imagenetTop1 > 0)
        facts += tr("; ImageNet top-1 %1 %").arg(info->imagenetTop1, 0, 'f', 1);
    lines << facts;
    const SpeedKey key{info->name, size, QStringLiteral("cpu")};
    double ms = cachedSpeed(key);
    if (ms <= 0)
        measureSpeed();
    if (ms > 0) {
        lines << tr("Training takes %1 ms per image on this computer's CPU at %2 px.")
                     .arg(ms, 0, 'f', ms < 10 ? 1 : 0)
                     .arg(size);
    } else if (m_speedProcess && m_speedKey == key.settingsKey()) {
        lines << tr("Measuring its speed on this computer…");
    }
    m_backboneInfo->setText(lines.join(QLatin1Char('\n')));
    m_freeze->setRange(0, int(info->stages.size()));
}

void BackbonePicker::setSpeedMeasuring(bool allowed)
{
    m_speedAllowed = allowed;
    if (!allowed && m_speedProcess) {
        m_speedProcess->kill();   // its finished() handler cleans up
    } else if (allowed) {
        updateBackboneInfo();
    }
}

void BackbonePicker::measureSpeed()
{
    const BackboneInfo *info = findBackbone(backbone());
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("hone-cli"));
    if (!info || m_speedProcess || !m_speedAllowed || !QFileInfo(cli).isExecutable())
        return;
    const int weightsSize = weightsImageSize(weights());
    const SpeedKey key{info->name, weightsSize > 0 ? weightsSize : info->inputSize, QStringLiteral("cpu")};
    if (cachedSpeed(key) > 0)
        return;
    m_speedKey = key.settingsKey();
    m_speedProcess = new QProcess(this);
    connect(m_speedProcess, &QProcess::finished, this, [this, key](int code, QProcess::ExitStatus status) {
        const QJsonObject result = QJsonDocument::fromJson(m_speedProcess->readAllStandardOutput()).object();
        const double ms = result.value(QStringLiteral("msPerImage")).toDouble();
        // Kept under this process's key: the same computer, thread count and size.
        if (status == QProcess::NormalExit && code == 0 && ms > 0)
            QSettings().setValue(key.settingsKey(), ms);
        m_speedProcess->deleteLater();
        m_speedProcess = nullptr;
        m_speedKey.clear();
        updateBackboneInfo();   // shows it, or measures the backbone chosen meanwhile
    });
    m_speedProcess->start(cli, {QStringLiteral("backbones"), QStringLiteral("--speed"), key.backbone,
                                QStringLiteral("--image-size"), QString::number(key.imageSize),
                                QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--json")});
}

void BackbonePicker::onBackboneChanged()
{
    const BackboneInfo *info = findBackbone(backbone());
    if (!info)
        return;
    updateBackboneInfo();
    // Keep the same kind of start (bundled, ImageNet, none) when the architecture changes.
    QString keep;
    const QString previous = weights();
    if (previous.startsWith(QLatin1String("zoo:"))) {
        const QString id = previous.section(QLatin1Char('/'), 1);
        keep = info->findWeights(id) ? zooReference(info->name, id) : zooReference(info->name, info->imagenetDefault);
    }
    fillWeights(keep);
    onWeightsChanged();
    updateFreeze();
    Q_EMIT changed();
}

void BackbonePicker::onWeightsChanged()
{
    updateBackboneInfo();
    const QString value = weights();
    QString path, error;
    WeightSource pending;
    const bool resolved = resolveWeights(value, &path, &error, &pending);
    const bool needsDownload = resolved && path.isEmpty() && !value.isEmpty();
    m_weights->setToolTip(m_weights->currentData(Qt::ToolTipRole).toString());
    // Weights trained at another size than the architecture's (the bundled backbone's 64 px).
    const BackboneInfo *info = findBackbone(backbone());
    const CatalogWeights *w = info && value.startsWith(QLatin1String("zoo:"))
        ? info->findWeights(value.section(QLatin1Char('/'), 1))
        : nullptr;
    if (w && w->imageSize > 0)
        Q_EMIT imageSizeSuggested(w->imageSize);
    m_download->setVisible(needsDownload || m_downloader->isRunning());
    m_download->setText(m_downloader->isRunning() ? tr("Cancel") : tr("&Download"));
    if (!resolved)
        m_weightsInfo->setText(error);
    else if (value.isEmpty())
        m_weightsInfo->setText(tr("Every weight starts random: expect to need many more images and epochs."));
    else if (needsDownload)
        m_weightsInfo->setText(tr("Not on this computer yet: %1, from %2").arg(pending.fileName, pending.url.host()));
    else if (value.startsWith(QLatin1String("zoo:")))
        m_weightsInfo->setText(tr("Ready: %1").arg(QDir::toNativeSeparators(path)));
    else
        checkFile(path);
    Q_EMIT changed();
}

void BackbonePicker::checkFile(const QString &path)
{
    if (m_check.isRunning()) {
        m_pendingCheck = path;
        return;
    }
    m_weightsInfo->setText(tr("Reading %1 …").arg(QFileInfo(path).fileName()));
    m_checkedPath = path;
    const std::string arch = backbone().toStdString();
    // The load report of the file against this architecture, read off the UI thread; names and
    // shapes only, no network is built.
    m_check.setFuture(QtConcurrent::run([arch, path]() -> QString {
        QString text, failure;
        if (!catchAll([&] {
                std::string error;
                Nn::WeightLoadReport report;
                if (!Nn::checkWeightFile(arch, QFile::encodeName(path).toStdString(), &report, &error))
                    text = tr("Cannot use this file: %1").arg(QString::fromStdString(error));
                else
                    text = tr("Load report: %1").arg(QString::fromStdString(report.summary()));
                return true;
            }, &failure))
            text = tr("Cannot use this file: %1").arg(failure);
        return text;
    }));
}

void BackbonePicker::updateFreeze()
{
    const BackboneInfo *info = findBackbone(backbone());
    if (!info)
        return;
    const QList<qint64> counts = stageParameters(info->name);
    const int depth = m_freeze->value();
    qint64 total = 0;
    qint64 trained = 0;
    for (int i = 0; i < counts.size(); ++i) {
        total += counts.at(i);
        if (i >= depth)
            trained += counts.at(i);
    }
    QString frozen;
    if (depth == 0)
        frozen = tr("Nothing frozen: every stage trains.");
    else if (depth >= info->stages.size())
        frozen = tr("Frozen: the whole backbone (%1 … %2); only the head trains.").arg(info->stages.first(), info->stages.last());
    else
        frozen = tr("Frozen: %1; training: %2 and the head.")
                     .arg(info->stages.mid(0, depth).join(QStringLiteral(", ")), info->stages.mid(depth).join(QStringLiteral(", ")));
    m_freezeInfo->setText(tr("%1 %2 of %3 parameters train (%4 %).")
                              .arg(frozen, millions(trained), millions(total))
                              .arg(total > 0 ? 100.0 * double(trained) / double(total) : 0.0, 0, 'f', total > 0 && trained * 100 < total ? 1 : 0));
}

void BackbonePicker::importWeightsFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Weights"), QString(),
                                                      tr("Weight files (*.pth *.pt *.safetensors);;All files (*)"));
    if (file.isEmpty())
        return;
    fillWeights(file);
    onWeightsChanged();
}

void BackbonePicker::downloadWeights()
{
    if (m_downloader->isRunning()) {
        m_downloader->cancel();
        return;
    }
    QString path, error;
    WeightSource pending;
    if (!resolveWeights(weights(), &path, &error, &pending) || !path.isEmpty())
        return;
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_download->setText(tr("Cancel"));
    m_downloader->start(pending);
}

} // namespace Hone
