#pragma once

#include "modelexporter.h"

namespace Hone {

// TorchScript (.pt) of the eval-mode network; loads with torch.jit.load and torch::jit::load.
// Metadata: "hone.json" inside the archive and OUTPUT.json beside it. Verified by reloading the
// file with LibTorch's TorchScript runtime.
class TorchScriptExporter : public ModelExporter
{
public:
    QString formatName() const override { return QStringLiteral("torchscript"); }
    QString nameFilter() const override;
    QString suffix() const override { return QStringLiteral(".pt"); }
    bool write(const ExportRequest &request, ExportReport *report) override;
};

} // namespace Hone
