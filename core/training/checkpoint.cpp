#include "checkpoint.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Hone {

QJsonObject CheckpointState::toJson() const
{
    QJsonArray savedOrder;
    for (int i : order)
        savedOrder.append(i);
    return QJsonObject{
        {QStringLiteral("epoch"), epoch},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("optimizer"), optimizer},
        {QStringLiteral("order"), savedOrder},
        {QStringLiteral("rng"), rng},
        {QStringLiteral("modelRng"), modelRng},
        {QStringLiteral("bestEpoch"), bestEpoch},
        {QStringLiteral("bestAccuracy"), bestAccuracy},
        {QStringLiteral("bestLoss"), bestLoss},
        {QStringLiteral("sinceBest"), sinceBest},
        {QStringLiteral("best"), best},
        {QStringLiteral("phase"), phase},
        {QStringLiteral("phaseEpoch"), phaseEpoch},
        {QStringLiteral("phaseDone"), phaseDone},
        {QStringLiteral("lossScale"), lossScale},
        {QStringLiteral("lossScaleSteps"), lossScaleSteps},
    };
}

CheckpointState CheckpointState::fromJson(const QJsonObject &json)
{
    CheckpointState s;
    s.epoch = json.value(QStringLiteral("epoch")).toInt();
    s.weights = json.value(QStringLiteral("weights")).toString();
    s.optimizer = json.value(QStringLiteral("optimizer")).toString();
    s.best = json.value(QStringLiteral("best")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("order")).toArray())
        s.order.append(v.toInt());
    s.rng = json.value(QStringLiteral("rng")).toString();
    s.modelRng = json.value(QStringLiteral("modelRng")).toString();
    s.bestEpoch = json.value(QStringLiteral("bestEpoch")).toInt();
    s.bestAccuracy = json.value(QStringLiteral("bestAccuracy")).toDouble(-1.0);
    s.bestLoss = json.value(QStringLiteral("bestLoss")).toDouble();
    s.sinceBest = json.value(QStringLiteral("sinceBest")).toInt();
    s.phase = json.value(QStringLiteral("phase")).toInt();
    s.phaseEpoch = json.value(QStringLiteral("phaseEpoch")).toInt();
    s.lossScale = json.value(QStringLiteral("lossScale")).toDouble();
    s.lossScaleSteps = json.value(QStringLiteral("lossScaleSteps")).toInt();
    s.phaseDone = json.value(QStringLiteral("phaseDone")).toBool();
    return s;
}

QString checkpointWeightsName(int epoch)
{
    return QStringLiteral("model-%1.weights").arg(epoch);
}

QString checkpointOptimizerName(int epoch)
{
    return QStringLiteral("optimizer-%1.pt").arg(epoch);
}

QString checkpointBestName(int bestEpoch)
{
    return QStringLiteral("best-%1.weights").arg(bestEpoch);
}

bool readCheckpoint(const QString &directory, CheckpointState *state)
{
    QFile file(QDir(directory).filePath(QStringLiteral("state.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty())
        return false;
    *state = CheckpointState::fromJson(json);
    return true;
}

bool commitCheckpoint(const QString &directory, const CheckpointState &state)
{
    const QDir dir(directory);
    if (!writeFileAtomically(dir.filePath(QStringLiteral("state.json")), QJsonDocument(state.toJson()).toJson()))
        return false;
    const QStringList patterns = {QStringLiteral("model-*.weights"), QStringLiteral("optimizer-*.pt"),
                                  QStringLiteral("best-*.weights")};
    for (const QString &old : dir.entryList(patterns, QDir::Files)) {
        if (old != state.weights && old != state.optimizer && old != state.best)
            QFile::remove(dir.filePath(old));
    }
    return true;
}

} // namespace Hone
