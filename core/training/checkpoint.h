#pragma once

// A run's checkpoint, written after every epoch so a stopped run can be resumed exactly: the
// network's weights and the optimizer's state under file names that carry the epoch, then
// state.json naming them (the commit point), then the previous epoch's files go. A crash at any
// moment leaves either the old checkpoint or the new one, whole.

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Hone {

struct CheckpointState
{
    int epoch = 0;
    QString weights;     // file names inside the checkpoint folder
    QString optimizer;
    QString best;        // the best epoch's weights, when it is not this one
    QVector<int> order;  // the shuffled training order (shuffled again each epoch, not rebuilt)
    QString rng;         // the run's std::mt19937, as its stream text
    QString modelRng;    // the network's own generator (ClassifierModel::randomState())
    int bestEpoch = 0;
    double bestAccuracy = -1.0;
    double bestLoss = 0.0;
    int sinceBest = 0;
    int phase = 0;       // the training phase, the epochs done in it, and whether it ended
    int phaseEpoch = 0;
    bool phaseDone = false;
    double lossScale = 0.0;   // fp16 loss scaling (0: none) and its clean steps since a change
    int lossScaleSteps = 0;

    QJsonObject toJson() const;
    static CheckpointState fromJson(const QJsonObject &json);
};

// File names for the files of an epoch.
QString checkpointWeightsName(int epoch);
QString checkpointOptimizerName(int epoch);
QString checkpointBestName(int bestEpoch);

// Reads directory/state.json; false when there is none or it is not a JSON object.
bool readCheckpoint(const QString &directory, CheckpointState *state);
// Writes directory/state.json atomically, then removes the files of earlier epochs.
bool commitCheckpoint(const QString &directory, const CheckpointState &state);

} // namespace Hone
