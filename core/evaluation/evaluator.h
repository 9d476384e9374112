#pragma once

// Evaluates a finished run on a split of the project: confusion matrix and per-class metrics.

#include "confusionmatrix.h"
#include "project/projecttypes.h"
#include "training/trainingtypes.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>

namespace Hone {

class Project;
struct RunRecord;

struct EvaluationResult
{
    QString runId;
    Split split = Split::Val;
    QStringList classNames;
    ConfusionMatrix matrix;
    QVector<ValPrediction> predictions;   // one per evaluated image, by project row
    QVector<float> probabilities;         // predictions.size() × classNames.size(), softmax
    int skipped = 0;   // images that could not be decoded or whose class the run does not know

    double topKAccuracy(int k) const;

    // {"run", "split", "accuracy", "macroF1", "top3Accuracy"…, "classes", "confusion",
    //  "perClass": [{class, precision, recall, f1, support}], "mostConfused": [{true, predicted,
    //  count}], "misclassified": [{image, true, predicted, confidence}] (most confident first)}.
    // Image paths come from `project` when given.
    QJsonObject toJson(const Project *project = nullptr) const;
};

// What an evaluation reads from the project, gathered on the project's thread so that the
// evaluation itself can run on another.
struct EvaluationInput
{
    Split split = Split::Val;
    QStringList paths;     // absolute
    QVector<int> labels;   // index into the run's classes
    QVector<int> rows;     // project rows
    int skipped = 0;       // labeled images of classes the run does not know
};

bool prepareEvaluation(const Project &project, const RunRecord &run, Split split,
                       EvaluationInput *input, QString *error);
// Thread-safe: touches no project, loads its own model. Setting *cancel stops it within a batch
// (it then fails with "cancelled").
bool runEvaluation(const EvaluationInput &input, const RunRecord &run, const QString &device,
                   EvaluationResult *result, QString *error, const std::atomic_bool *cancel = nullptr);
// Both of the above.
bool evaluateRun(const Project &project, const RunRecord &run, Split split, const QString &device,
                 EvaluationResult *result, QString *error);

} // namespace Hone
