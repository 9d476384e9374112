#pragma once

// Writes an ONNX model (opset 13) of a trained classifier natively, from the network's weights and
// its description: convolutions (grouped too) with their BatchNorm folded in, Relu, Sigmoid, Add,
// Sub, Mul, MaxPool, GlobalAveragePool, Flatten, Gemm, optionally Softmax. The input "input" is float32
// [batch, 3, size, size] with a dynamic batch dimension; the output is "logits" (or
// "probabilities"). With normalizeInput the input takes RGB pixel values 0–255 and a 1×1
// convolution normalises them first. Uses the protobuf classes of Debian's libonnx-dev; no Python involved.

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
    bool normalizeInput = false;   // the input is RGB 0–255; the graph applies the normalisation
    // A second output "embedding", [batch, D]: the pooled features before the classifier, for
    // the "unknown" check on the distance to every class.
    bool featuresOutput = true;
    QList<QPair<QString, QString>> metadata;   // written as metadata_props
};

// Every backbone of the zoo: the graph is written from the network's own description.
bool buildOnnxModel(const Nn::ClassifierModel &network, const OnnxBuildOptions &options,
                    std::string *serialized, QString *error);

} // namespace Hone
