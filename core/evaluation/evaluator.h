#pragma once

// Evaluates a finished run on a split of the project: confusion matrix and per-class metrics.

#include "confusionmatrix.h"
#include "project/projecttypes.h"

#include <QJsonObject>
#include <QStringList>

namespace Hone {

class Project;
struct RunRecord;

struct EvaluationResult
{
    QStringList classNames;
    ConfusionMatrix matrix;
    int skipped = 0;   // images that could not be decoded or whose class the run does not know

    // {"accuracy", "macroF1", "classes", "confusion", "perClass": [{class, precision, recall, f1, support}]}
    QJsonObject toJson() const;
};

bool evaluateRun(const Project &project, const RunRecord &run, Split split, const QString &device,
                 EvaluationResult *result, QString *error);

} // namespace Hone
