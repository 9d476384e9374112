#pragma once

// ResNet-18/34 as in torchvision 0.14, written with torch::nn so that torchvision's state_dict()
// keys (conv1.weight, layer1.0.bn1.running_mean, fc.bias, ...) load by name. Internal to hone_nn.

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

#include <string>
#include <vector>

namespace Hone::Nn {

struct BasicBlockImpl : torch::nn::Module
{
    BasicBlockImpl(int64_t inPlanes, int64_t planes, int64_t stride);
    torch::Tensor forward(torch::Tensor x);

    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr};
    torch::nn::Conv2d conv2{nullptr};
    torch::nn::BatchNorm2d bn2{nullptr};
    torch::nn::Sequential downsample{nullptr};
    int64_t stride = 1;
};
TORCH_MODULE(BasicBlock);

struct ResNetImpl : torch::nn::Module
{
    ResNetImpl(const std::vector<int> &blocksPerLayer, int64_t numClasses);

    torch::Tensor forward(torch::Tensor x);
    // forward() in two halves: the last stage's feature map, and the pooled head on it.
    torch::Tensor features(torch::Tensor x);
    torch::Tensor head(torch::Tensor features);
    // Stages [from, to) of stages(): 0 is the stem (with its max-pool), 1–4 are layer1–layer4.
    torch::Tensor forwardStages(torch::Tensor x, int from, int to);

    // Freeze stages in order: stem (conv1 + bn1), layer1 ... layer4. The head (fc) is never a stage.
    std::vector<std::shared_ptr<torch::nn::Module>> stages() const;
    static std::vector<std::string> stageNames();
    // Multiply-accumulates of one forward pass at size × size (convolutions and the head).
    int64_t forwardMacs(int size) const;

    // TorchScript source of forward(), reading the parameters registered under flattened names
    // (see flattenName()); with softmax it returns probabilities. Used by the TorchScript exporter.
    std::string torchScriptForward(bool softmax) const;

    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr};
    torch::nn::Sequential layer1{nullptr};
    torch::nn::Sequential layer2{nullptr};
    torch::nn::Sequential layer3{nullptr};
    torch::nn::Sequential layer4{nullptr};
    torch::nn::Linear fc{nullptr};

private:
    std::vector<int> m_blocks;
};
TORCH_MODULE(ResNet);

// "layer1.0.bn1.weight" -> "layer1_0_bn1_weight": TorchScript attribute names cannot hold dots.
std::string flattenName(const std::string &dotted);

} // namespace Hone::Nn
