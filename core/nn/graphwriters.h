#pragma once

// Readers of an architecture's description that need no network (Torch-free).

#include "architectures.h"

#include <cstdint>
#include <string>

namespace Hone::Nn {

// Multiply-accumulates of one forward pass at size × size (convolutions and linear layers).
int64_t countMacs(const Architecture &architecture, int classes, int size);

// TorchScript source of the eval-mode forward(), reading each parameter and buffer as
// self.<flattenName(torchvision name)>; with softmax it returns probabilities. withFeatures
// writes forward_with_features() instead, which returns (output, pooled features).
std::string torchScriptSource(const Architecture &architecture, int classes, bool softmax,
                              bool withFeatures = false);

// "layer1.0.bn1.weight" -> "layer1_0_bn1_weight": TorchScript attribute names cannot hold dots
// (nor RegNet's dashes).
std::string flattenName(const std::string &dotted);

} // namespace Hone::Nn
