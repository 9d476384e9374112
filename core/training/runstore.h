#pragma once

// Training runs on disk: runs/<id>/run.json (config, classes, preprocessing, per-epoch metrics,
// status) and runs/<id>/model.weights. Ids sort by start time ("20261129-105000", "-2" on a clash).
//
// A run being trained holds runs/<id>/run.lock. A run whose run.json still says "running" but
// whose lock no live process holds was killed or crashed: it is read as "interrupted" (and can be
// resumed from its checkpoint, if it wrote one).

#include "trainingtypes.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <memory>

class QLockFile;

namespace Hone {

namespace Nn {
class ClassifierModel;
}

struct RunRecord
{
    QString id;
    QString directory;
    QJsonObject json;

    QString status() const { return json.value(QStringLiteral("status")).toString(); }
    QStringList classNames() const;
    int imageSize() const;
    QString weightsPath() const;
    QVector<EpochMetrics> epochs() const;
    double bestValAccuracy() const;
    int bestEpoch() const;
    // The validation images behind the best epoch's accuracy (0 when not recorded).
    int bestValImages() const;
};

namespace RunStore {

QString createRunDirectory(const QString &runsDirectory, QString *id, QString *error);
bool writeRunJson(const QString &runDirectory, const QJsonObject &json, QString *error);
// A run folder's run.json, or an empty object when it cannot be read.
QJsonObject readRunJson(const QString &runDirectory);
QVector<RunRecord> list(const QString &runsDirectory);
// id empty: the latest run whose status is "finished".
bool find(const QString &runsDirectory, const QString &id, RunRecord *run, QString *error);

// Takes the run's lock for the trainer; fails with a reason when a live process trains it already.
std::unique_ptr<QLockFile> lockRun(const QString &runDirectory, QString *error);
// Whether a live process holds the run's lock (on another computer: assumed live).
bool isRunLive(const QString &runDirectory);

// Deletes a run's folder with everything in it. Not undoable.
bool remove(const QString &runsDirectory, const QString &id, QString *error);

// Rebuilds the trained classifier of a run from its config and weights.
std::unique_ptr<Nn::ClassifierModel> loadModel(const RunRecord &run, const QString &device,
                                               QString *error);

} // namespace RunStore
} // namespace Hone
