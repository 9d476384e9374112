#pragma once

// Training runs on disk: runs/<id>/run.json (config, classes, preprocessing, per-epoch metrics,
// status) and runs/<id>/model.weights. Ids sort by start time ("20261129-105000", "-2" on a clash).

#include "trainingtypes.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <memory>

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
};

namespace RunStore {

QString createRunDirectory(const QString &runsDirectory, QString *id, QString *error);
bool writeRunJson(const QString &runDirectory, const QJsonObject &json, QString *error);
// A run folder's run.json, or an empty object when it cannot be read.
QJsonObject readRunJson(const QString &runDirectory);
QVector<RunRecord> list(const QString &runsDirectory);
// id empty: the latest run whose status is "finished".
bool find(const QString &runsDirectory, const QString &id, RunRecord *run, QString *error);

// Deletes a run's folder with everything in it. Not undoable.
bool remove(const QString &runsDirectory, const QString &id, QString *error);

// Rebuilds the trained classifier of a run from its config and weights.
std::unique_ptr<Nn::ClassifierModel> loadModel(const RunRecord &run, const QString &device,
                                               QString *error);

} // namespace RunStore
} // namespace Hone
