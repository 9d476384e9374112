// The start of a training run, kept apart from the epoch loop (trainer.cpp): taking over a run to
// resume, and the run.json a new run begins with.

#include "trainer.h"

#include "checkpoint.h"
#include "runstore.h"

#include "imaging/imagedecoder.h"
#include "nn/learner.h"
#include "nn/runtime.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QLockFile>

#include <opencv2/core/version.hpp>

namespace Hone {

namespace {

QJsonArray toArray(const std::array<float, 3> &v)
{
    return QJsonArray{double(v[0]), double(v[1]), double(v[2])};
}

} // namespace

bool Trainer::prepareResume(const QString &runs, QJsonObject *previous, CheckpointState *checkpoint, QString *error)
{
    m_runId = m_resumeId;
    if (m_runId.contains(QLatin1Char('/')) || m_runId.contains(QLatin1Char('\\')) || m_runId.startsWith(QLatin1Char('.'))) {
        *error = tr("there is no run %1 to resume").arg(m_runId);
        return false;
    }
    const QString directory = QDir(runs).filePath(m_runId);
    *previous = RunStore::readRunJson(directory);
    if (previous->isEmpty()) {
        *error = tr("there is no run %1 to resume").arg(m_runId);
        return false;
    }
    QString why;
    m_lock = RunStore::lockRun(directory, &why);
    if (!m_lock) {
        *error = tr("run %1 cannot be resumed: %2").arg(m_runId, why);
        return false;
    }
    if (previous->value(QStringLiteral("status")).toString() == QLatin1String("finished")) {
        *error = tr("run %1 has finished; there is nothing to resume").arg(m_runId);
        return false;
    }
    if (!readCheckpoint(QDir(directory).filePath(QStringLiteral("checkpoint")), checkpoint)) {
        *error = tr("run %1 has no checkpoint: it ended before its first epoch did").arg(m_runId);
        return false;
    }
    TrainingConfig config = TrainingConfig::fromJson(previous->value(QStringLiteral("config")).toObject());
    config.device = m_config.device;
    config.threads = m_config.threads;
    // The run's precision and memory format unless the caller chose others ("auto" follows
    // the run: it resolves for this device anyway when the run's own is auto).
    if (m_config.precision != QLatin1String("auto"))
        config.precision = m_config.precision;
    if (m_config.channelsLast != QLatin1String("auto"))
        config.channelsLast = m_config.channelsLast;
    m_config = config;
    return true;
}

QJsonObject Trainer::newRunJson(const std::string &device, const Nn::LearnerOptions &deviceSettings,
                                const Nn::Normalization &norm, const QString &weightsFile) const
{
    QJsonObject json;
    json[QStringLiteral("id")] = m_runId;
    json[QStringLiteral("status")] = QStringLiteral("running");
    json[QStringLiteral("started")] = QDateTime::currentDateTime().toString(Qt::ISODate);
    json[QStringLiteral("config")] = m_config.toJson();
    json[QStringLiteral("device")] = QString::fromStdString(device);
    json[QStringLiteral("precision")] = QString::fromStdString(deviceSettings.precision);
    json[QStringLiteral("channelsLast")] = deviceSettings.channelsLast;
    json[QStringLiteral("classes")] = QJsonArray::fromStringList(m_data.classNames);
    json[QStringLiteral("preprocessing")] = QJsonObject{
        {QStringLiteral("imageSize"), m_config.imageSize},
        {QStringLiteral("resizePolicy"), QLatin1String(resizePolicyName())},
        {QStringLiteral("channelOrder"), QStringLiteral("RGB")},
        {QStringLiteral("mean"), toArray(norm.mean)},
        {QStringLiteral("std"), toArray(norm.std)},
    };
    json[QStringLiteral("versions")] = QJsonObject{
        {QStringLiteral("hone"), QStringLiteral(HONE_VERSION)},
        {QStringLiteral("libtorch"), QString::fromStdString(Nn::torchVersion())},
        {QStringLiteral("opencv"), QStringLiteral(CV_VERSION)},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
    };
    json[QStringLiteral("trainImages")] = m_data.trainPaths.size();
    json[QStringLiteral("valImages")] = m_data.valPaths.size();
    // What the run trained on, so two runs can be compared honestly, and the starting weights.
    json[QStringLiteral("datasetHash")] = m_data.contentHash();
    if (!weightsFile.isEmpty())
        json[QStringLiteral("weightsSha256")] = fileSha256(weightsFile);
    return json;
}

} // namespace Hone
