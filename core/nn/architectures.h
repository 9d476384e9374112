#pragma once

// The backbone zoo: torchvision 0.14's ResNet-18/34/50, MobileNetV2, MobileNetV3 small/large,
// EfficientNet-B0, EfficientNetV2-S and RegNetY-800MF/1.6GF, with torchvision's module names, so
// their state_dict() files load by name.
// Torch-free: each architecture is a function on a GraphBuilder.

#include "graphbuilder.h"

#include <functional>
#include <string>
#include <vector>

namespace Hone::Nn {

enum class LinearInit { PyTorchDefault, Normal001, UniformFanOut };

struct Architecture
{
    std::string name;                 // "resnet18"
    std::string family;               // "ResNet"
    std::vector<std::string> stages;  // freeze stages, in order
    std::string head;                 // the classifier layer replaced for a project's classes
    int inputSize = 224;
    int64_t imagenetParams = 0;       // torchvision's parameter count with its 1000-class head
    LinearInit linearInit = LinearInit::PyTorchDefault;
    // Emits the network from `input` (normalised float NCHW) to logits for `classes` classes.
    std::function<GraphBuilder::Value(GraphBuilder &, GraphBuilder::Value input, int classes)> build;
};

const std::vector<Architecture> &architectures();
// Null for an unknown name.
const Architecture *findArchitecture(const std::string &name);

} // namespace Hone::Nn
