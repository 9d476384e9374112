#pragma once

// The backbones are written once, as calls on a GraphBuilder (see architectures.cpp). The same
// description builds the torch::nn module tree, runs the network, counts its multiply-adds, and
// writes its TorchScript and ONNX graphs, so the exports cannot drift from what was trained.
// Torch-free: the ONNX writer in core implements it too.

#include <cstdint>
#include <string>

namespace Hone::Nn {

enum class Activation { None, Relu, Relu6, Hardswish, Hardsigmoid, Silu, Sigmoid };

// A Conv2d (torchvision module name `conv`), optionally followed by an eval-mode-foldable
// BatchNorm2d (`norm`, empty for none) and an activation.
struct ConvSpec
{
    std::string conv;
    std::string norm;
    int64_t in = 0;
    int64_t out = 0;
    int64_t kernel = 1;
    int64_t stride = 1;
    int64_t groups = 1;
    bool bias = false;
    double eps = 1e-5;        // BatchNorm epsilon and momentum, as torchvision sets them
    double momentum = 0.1;
    Activation activation = Activation::None;

    int64_t padding() const { return (kernel - 1) / 2; }
};

class GraphBuilder
{
public:
    using Value = int;

    virtual ~GraphBuilder() = default;

    // Marks the start of freeze stage `index` (the head is index stageCount) and passes x on.
    virtual Value stage(int index, Value x) = 0;
    virtual Value conv(Value x, const ConvSpec &spec) = 0;
    virtual Value activation(Value x, Activation kind) = 0;
    virtual Value add(Value a, Value b) = 0;
    // x · s with s of shape [N, C, 1, 1]: squeeze-and-excitation's rescaling.
    virtual Value scale(Value x, Value s) = 0;
    virtual Value maxPool(Value x, int64_t kernel, int64_t stride, int64_t padding) = 0;
    virtual Value globalAvgPool(Value x) = 0;   // [N, C, H, W] -> [N, C, 1, 1]
    virtual Value flatten(Value x) = 0;         // [N, C, 1, 1] -> [N, C]
    virtual Value linear(Value x, const std::string &name, int64_t in, int64_t out) = 0;
    // Training-only regularisers; inference graphs pass x through.
    virtual Value dropout(Value x, double /*p*/) { return x; }
    virtual Value stochasticDepth(Value x, double /*p*/) { return x; }
};

// A builder that only looks at the layers that hold weights (convolutions, norms, linear
// layers) and the stage marks; every other operation passes its first input on.
class LayerVisitor : public GraphBuilder
{
public:
    Value activation(Value x, Activation) override { return x; }
    Value add(Value a, Value) override { return a; }
    Value scale(Value x, Value) override { return x; }
    Value maxPool(Value x, int64_t, int64_t, int64_t) override { return x; }
    Value globalAvgPool(Value x) override { return x; }
    Value flatten(Value x) override { return x; }
};

} // namespace Hone::Nn
