#pragma once

// Writes an ONNX model (opset 13) of a trained classifier natively, from the network's weights and
// its description: convolutions (grouped too) with their BatchNorm folded in, Relu, Sigmoid, Add,
// Sub, Mul, MaxPool, GlobalAveragePool, Flatten, Gemm, optionally Softmax. The input "input" is float32
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
    int imageSize = 224;
    bool softmax = false;
    QList<QPair<QString, QString>> metadata;   // written as metadata_props
};

// Every backbone of the zoo: the graph is written from the network's own description.
bool buildOnnxModel(const Nn::ClassifierModel &network, const OnnxBuildOptions &options,
                    std::string *serialized, QString *error);

} // namespace Hone
