#pragma once

// Writes an ONNX model (opset 13) of a trained classifier natively, from the network's weights and
// its known module structure: convolutions with their BatchNorm folded in, Relu, Add, MaxPool,
// GlobalAveragePool, Flatten, Gemm, and optionally Softmax. The input "input" is float32
// [batch, 3, size, size] with a dynamic batch dimension; the output is "logits" (or
// "probabilities"). Uses the protobuf classes of Debian's libonnx-dev; no Python involved.

#include "nn/classifiermodel.h"

#include <QList>
#include <QPair>
#include <QString>

#include <string>
#include <vector>

namespace Hone {

struct OnnxBuildOptions
{
    std::string backbone;
    int imageSize = 224;
    bool softmax = false;
    QList<QPair<QString, QString>> metadata;   // written as metadata_props
};

// Backbones whose graph this builder knows.
bool onnxSupportsBackbone(const std::string &backbone);

bool buildOnnxModel(const std::vector<Nn::NamedTensor> &tensors, const OnnxBuildOptions &options,
                    std::string *serialized, QString *error);

} // namespace Hone
