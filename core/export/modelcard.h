#pragma once

// The model card an export writes beside its file (OUTPUT.md, Markdown): what the model tells
// apart, what it takes as input and how to preprocess it, how accurate it was on validation (with
// the 95 % confidence interval), how its confidences are calibrated and where "unknown" starts,
// what it was trained on, and whose weights it started from under which licence.

#include <QString>

namespace Hone {

struct ExportReport;
struct ModelMetadata;
struct RunRecord;

QString modelCardPath(const QString &modelPath);
// report: the export's verification, or null when it was skipped.
QString modelCard(const ModelMetadata &meta, const RunRecord &run, const ExportReport *report,
                  const QString &fileName);

// Where the starting weights of a run came from and under which terms, in one sentence.
QString weightsProvenance(const QString &backbone, const QString &configWeights);

} // namespace Hone
