#pragma once

// A training report: one self-contained HTML file (plots and images embedded as PNG) or a PDF,
// with the run's configuration, its curves, the confusion matrix and per-class table of an
// evaluation, the most confused class pairs and the most confident mistakes. The plots are drawn
// by the same widgets the Train workspace shows, so this needs a QApplication; hone-cli runs it
// on the offscreen platform, without a display.

#include <QString>

namespace Hone {

class Project;
struct DoctorInput;
struct DoctorReport;
struct EvaluationResult;
struct RunRecord;

// The format follows the suffix: ".pdf" writes a PDF, anything else HTML. Written atomically.
// `dataHealth` (dataHealthSection()) is added as the report's last section when given.
bool writeTrainingReport(const Project &project, const RunRecord &run,
                         const EvaluationResult &evaluation, const QString &path, QString *error,
                         const QString &dataHealth = {});

// The report's "Data health" section from a data-doctor scan: counts per kind of finding, the
// likeliest label errors, the groups that leak across splits, and what small classes do.
QString dataHealthSection(const DoctorInput &input, const DoctorReport &report);

} // namespace Hone
