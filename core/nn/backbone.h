#pragma once

// A backbone of the zoo (architectures.h) as a torch::nn module: the module tree is built from the
// architecture's description with torchvision's names, and forward() runs that description on
// the modules. Internal to hone_nn.

#include "architectures.h"

#include <ATen/core/Generator.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace Hone::Nn {

struct BackboneImpl : torch::nn::Module
{
    BackboneImpl(const Architecture &architecture, int64_t numClasses, uint64_t seed);

    const Architecture &architecture() const { return *m_architecture; }
    int stageCount() const { return int(m_architecture->stages.size()); }

    torch::Tensor forward(torch::Tensor x);
    // forward() in two halves: the last stage's feature map, and the head on it.
    torch::Tensor features(torch::Tensor x);
    torch::Tensor head(torch::Tensor features);
    // Stages [from, to) of stages(); to == stageCount() ends where the head starts.
    torch::Tensor forwardStages(torch::Tensor x, int from, int to);

    // One container per freeze stage holding that stage's modules (the head is never a stage).
    std::vector<std::shared_ptr<torch::nn::Module>> stages() const { return m_stages; }
    // Multiply-accumulates of one forward pass at size × size.
    int64_t forwardMacs(int size) const;
    // TorchScript source of the eval-mode forward(), reading the parameters registered under
    // flattened names (see flattenName()); with softmax it returns probabilities.
    std::string torchScriptForward(bool softmax) const;
    // Runs the architecture's description on any builder (the ONNX writer's, for one).
    GraphBuilder::Value describe(GraphBuilder &builder, GraphBuilder::Value input) const;

    struct ConvUnit
    {
        torch::nn::Conv2d conv{nullptr};
        torch::nn::BatchNorm2d norm{nullptr};
        int stage = 0;
    };
    struct LinearUnit
    {
        torch::nn::Linear linear{nullptr};
        int stage = 0;
    };
    ConvUnit &convUnit(const std::string &name);
    LinearUnit &linearUnit(const std::string &name);
    // Whether stage `index` (or the head, at stageCount()) is in training mode.
    bool stageTraining(int index) const;

    // The network's own random generator (dropout, stochastic depth), seeded with the model, so
    // a run is reproducible and resumable whatever other threads draw from LibTorch's global one.
    at::Generator &generator() { return m_generator; }

private:
    friend class ModuleRegistrar;
    torch::nn::Module &parentOf(const std::string &dotted, std::string *leaf);

    const Architecture *m_architecture = nullptr;
    int64_t m_numClasses = 0;
    std::unordered_map<std::string, ConvUnit> m_convs;
    std::unordered_map<std::string, LinearUnit> m_linears;
    std::unordered_map<std::string, std::shared_ptr<torch::nn::Module>> m_containers;
    std::vector<std::shared_ptr<torch::nn::Module>> m_stages;
    std::vector<std::shared_ptr<torch::nn::Module>> m_firstModuleOfStage;   // stages + head
    std::vector<int> m_uses;
    at::Generator m_generator;   // reads of each value of the description, for the executor
};
TORCH_MODULE(Backbone);

} // namespace Hone::Nn
