#pragma once

// "Save run as backbone": a finished run's network, without its classifier layer, as a
// .safetensors file other projects can start from (domain-specific pretraining).

#include <QList>
#include <QPair>
#include <QString>

namespace Hone {

struct RunRecord;

// Writes float16 weights (float32 with `fullPrecision`) and metadata: architecture, image size,
// the run, its classes and best validation accuracy, plus `extra` pairs (which replace a default
// of the same key). *sha256 gets the file's
// digest when not null.
bool saveRunAsBackbone(const RunRecord &run, const QString &output,
                       const QList<QPair<QString, QString>> &extra, bool fullPrecision,
                       QString *sha256, QString *error);

} // namespace Hone
