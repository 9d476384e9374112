#include "resnet.h"

#include <torch/nn/init.h>

#include <sstream>

namespace Hone::Nn {

namespace {

torch::nn::Conv2d conv3x3(int64_t in, int64_t out, int64_t stride)
{
    return torch::nn::Conv2d(
        torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false));
}

torch::nn::Conv2d conv1x1(int64_t in, int64_t out, int64_t stride)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1).stride(stride).bias(false));
}

// torchvision's defaults: eps 1e-5, momentum 0.1 — the same as LibTorch's, spelled out on purpose.
torch::nn::BatchNorm2d batchNorm(int64_t features)
{
    return torch::nn::BatchNorm2d(torch::nn::BatchNormOptions(features).eps(1e-5).momentum(0.1));
}

std::string bnCall(const std::string &in, const std::string &p)
{
    return "torch.batch_norm(" + in + ", self." + p + "_weight, self." + p + "_bias, self." + p
        + "_running_mean, self." + p + "_running_var, False, 0.1, 1e-05, True)";
}

std::string convCall(const std::string &in, const std::string &p, int64_t stride, int64_t pad)
{
    std::ostringstream s;
    s << "torch.conv2d(" << in << ", self." << p << "_weight, None, [" << stride << ", " << stride
      << "], [" << pad << ", " << pad << "], [1, 1], 1)";
    return s.str();
}

} // namespace

std::string flattenName(const std::string &dotted)
{
    std::string out = dotted;
    for (char &c : out) {
        if (c == '.')
            c = '_';
    }
    return out;
}

BasicBlockImpl::BasicBlockImpl(int64_t inPlanes, int64_t planes, int64_t stride_)
    : stride(stride_)
{
    conv1 = register_module("conv1", conv3x3(inPlanes, planes, stride));
    bn1 = register_module("bn1", batchNorm(planes));
    conv2 = register_module("conv2", conv3x3(planes, planes, 1));
    bn2 = register_module("bn2", batchNorm(planes));
    if (stride != 1 || inPlanes != planes) {
        downsample = register_module(
            "downsample", torch::nn::Sequential(conv1x1(inPlanes, planes, stride), batchNorm(planes)));
    }
}

torch::Tensor BasicBlockImpl::forward(torch::Tensor x)
{
    // In-place ReLU and residual add, as torchvision does: fewer allocations per step.
    torch::Tensor identity = downsample ? downsample->forward(x) : x;
    torch::Tensor out = bn1(conv1(x)).relu_();
    out = bn2(conv2(out));
    out += identity;
    return out.relu_();
}

ResNetImpl::ResNetImpl(const std::vector<int> &blocksPerLayer, int64_t numClasses)
    : m_blocks(blocksPerLayer)
{
    conv1 = register_module(
        "conv1",
        torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 64, 7).stride(2).padding(3).bias(false)));
    bn1 = register_module("bn1", batchNorm(64));

    int64_t inPlanes = 64;
    auto makeLayer = [&](int64_t planes, int blocks, int64_t stride) {
        torch::nn::Sequential layer;
        for (int i = 0; i < blocks; ++i) {
            layer->push_back(BasicBlock(inPlanes, planes, i == 0 ? stride : 1));
            inPlanes = planes;
        }
        return layer;
    };
    layer1 = register_module("layer1", makeLayer(64, m_blocks.at(0), 1));
    layer2 = register_module("layer2", makeLayer(128, m_blocks.at(1), 2));
    layer3 = register_module("layer3", makeLayer(256, m_blocks.at(2), 2));
    layer4 = register_module("layer4", makeLayer(512, m_blocks.at(3), 2));
    fc = register_module("fc", torch::nn::Linear(512, numClasses));

    // torchvision's initialisation: Kaiming-normal (fan_out) convolutions, BN weight 1 / bias 0.
    for (auto &module : modules(/*include_self=*/false)) {
        if (auto *conv = module->as<torch::nn::Conv2d>()) {
            torch::nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut, torch::kReLU);
        } else if (auto *bn = module->as<torch::nn::BatchNorm2d>()) {
            torch::nn::init::ones_(bn->weight);
            torch::nn::init::zeros_(bn->bias);
        }
    }
}

torch::Tensor ResNetImpl::forward(torch::Tensor x)
{
    return head(features(x));
}

torch::Tensor ResNetImpl::features(torch::Tensor x)
{
    return forwardStages(x, 0, 5);
}

torch::Tensor ResNetImpl::forwardStages(torch::Tensor x, int from, int to)
{
    if (from <= 0 && to > 0) {
        x = bn1(conv1(x)).relu_();
        x = torch::max_pool2d(x, 3, 2, 1);
    }
    torch::nn::Sequential layers[] = {layer1, layer2, layer3, layer4};
    for (int stage = std::max(from, 1); stage < std::min(to, 5); ++stage)
        x = layers[stage - 1]->forward(x);
    return x;
}

torch::Tensor ResNetImpl::head(torch::Tensor features)
{
    return fc(torch::adaptive_avg_pool2d(features, {1, 1}).flatten(1));
}

std::vector<std::shared_ptr<torch::nn::Module>> ResNetImpl::stages() const
{
    // The stem is two modules; a stage is represented by a container of them.
    auto stem = std::make_shared<torch::nn::Module>("stem");
    stem->register_module("conv1", conv1.ptr());
    stem->register_module("bn1", bn1.ptr());
    return {stem, layer1.ptr(), layer2.ptr(), layer3.ptr(), layer4.ptr()};
}

int64_t ResNetImpl::forwardMacs(int size) const
{
    // Output size and multiply-accumulates of one convolution, advancing (h, w) to its output.
    const auto conv = [](const torch::nn::Conv2dImpl &c, int64_t &h, int64_t &w) {
        const auto &o = c.options;
        const auto &padding = c10::get<torch::ExpandingArray<2>>(o.padding());
        h = (h + 2 * padding->at(0) - o.kernel_size()->at(0)) / o.stride()->at(0) + 1;
        w = (w + 2 * padding->at(1) - o.kernel_size()->at(1)) / o.stride()->at(1) + 1;
        return o.out_channels() * h * w * (o.in_channels() / o.groups()) * o.kernel_size()->at(0)
            * o.kernel_size()->at(1);
    };
    int64_t h = size, w = size;
    int64_t macs = conv(*conv1, h, w);
    h = (h + 2 - 3) / 2 + 1;   // max-pool 3, stride 2, padding 1
    w = (w + 2 - 3) / 2 + 1;
    for (const auto &layer : {layer1, layer2, layer3, layer4}) {
        for (const auto &module : layer->children()) {
            const auto *block = module->as<BasicBlockImpl>();
            int64_t hIn = h, wIn = w;
            macs += conv(*block->conv1, h, w);
            macs += conv(*block->conv2, h, w);
            if (block->downsample)
                macs += conv(*block->downsample->children().front()->as<torch::nn::Conv2dImpl>(), hIn, wIn);
        }
    }
    return macs + fc->options.in_features() * fc->options.out_features();
}

std::vector<std::string> ResNetImpl::stageNames()
{
    return {"stem", "layer1", "layer2", "layer3", "layer4"};
}

std::string ResNetImpl::torchScriptForward(bool softmax) const
{
    std::ostringstream s;
    s << "def forward(self, x):\n";
    s << "    x = torch.relu(" << bnCall(convCall("x", "conv1", 2, 3), "bn1") << ")\n";
    s << "    x = torch.max_pool2d(x, [3, 3], [2, 2], [1, 1], [1, 1], False)\n";
    const std::vector<std::shared_ptr<torch::nn::Module>> layers = {layer1.ptr(), layer2.ptr(),
                                                                    layer3.ptr(), layer4.ptr()};
    for (size_t l = 0; l < layers.size(); ++l) {
        const auto blocks = layers[l]->children();
        for (size_t b = 0; b < blocks.size(); ++b) {
            const auto *block = blocks[b]->as<BasicBlockImpl>();
            const std::string p = "layer" + std::to_string(l + 1) + "_" + std::to_string(b) + "_";
            if (block->downsample)
                s << "    idt = " << bnCall(convCall("x", p + "downsample_0", block->stride, 0),
                                          p + "downsample_1")
                  << "\n";
            else
                s << "    idt = x\n";
            s << "    y = torch.relu(" << bnCall(convCall("x", p + "conv1", block->stride, 1), p + "bn1")
              << ")\n";
            s << "    y = " << bnCall(convCall("y", p + "conv2", 1, 1), p + "bn2") << "\n";
            s << "    x = torch.relu(y + idt)\n";
        }
    }
    s << "    x = torch.flatten(torch.adaptive_avg_pool2d(x, [1, 1]), 1)\n";
    s << "    x = torch.linear(x, self.fc_weight, self.fc_bias)\n";
    s << (softmax ? "    return torch.softmax(x, 1)\n" : "    return x\n");
    return s.str();
}

} // namespace Hone::Nn
