#pragma once

#include "modelexporter.h"

namespace Hone {

// ONNX (.onnx, opset 13) written natively by Hone (see onnxmodelbuilder.h), with the metadata as
// metadata_props and OUTPUT.json beside it. Verified by running the file through OpenCV's DNN
// module — a runtime that shares no code with LibTorch.
class OnnxExporter : public ModelExporter
{
public:
    QString formatName() const override { return QStringLiteral("onnx"); }
    QString nameFilter() const override;
    QString suffix() const override { return QStringLiteral(".onnx"); }
    bool write(const ExportRequest &request, ExportReport *report) override;
};

} // namespace Hone
