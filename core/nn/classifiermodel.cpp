#include "classifiermodel_p.h"

#include <torch/utils.h>

#include <mutex>

namespace Hone::Nn {


torch::Tensor ClassifierModel::Private::toInput(const ImageBatch &batch) const
{
    if (batch.pixels.size() != static_cast<size_t>(batch.count) * batch.imageBytes())
        throw std::invalid_argument("image batch size does not match its pixel buffer");
    auto pixels = torch::from_blob(const_cast<uint8_t *>(batch.pixels.data()),
                                   {batch.count, batch.height, batch.width, 3}, torch::kUInt8);
    auto x = pixels.to(device).permute({0, 3, 1, 2}).to(torch::kFloat32).div_(255.0);
    auto mean = torch::tensor({normalization.mean[0], normalization.mean[1], normalization.mean[2]})
                    .view({1, 3, 1, 1})
                    .to(device);
    auto std = torch::tensor({normalization.std[0], normalization.std[1], normalization.std[2]})
                   .view({1, 3, 1, 1})
                   .to(device);
    return x.sub_(mean).div_(std).contiguous(channelsLast ? torch::MemoryFormat::ChannelsLast
                                                          : torch::MemoryFormat::Contiguous);
}

torch::Tensor ClassifierModel::Private::labels(const ImageBatch &batch) const
{
    return torch::tensor(batch.labels, torch::kInt64).to(device);
}

torch::Tensor ClassifierModel::Private::labels(const FeatureBatch &batch) const
{
    return torch::tensor(batch.labels, torch::kInt64).to(device);
}

torch::Tensor ClassifierModel::Private::toInput(const FeatureBatch &batch) const
{
    if (batch.values.size() != static_cast<size_t>(batch.count) * batch.itemSize())
        throw std::invalid_argument("feature batch size does not match its buffer");
    std::vector<int64_t> shape{batch.count};
    shape.insert(shape.end(), batch.itemShape.begin(), batch.itemShape.end());
    auto x = torch::from_blob(const_cast<float *>(batch.values.data()), shape, torch::kFloat32).to(device).clone();
    return channelsLast && x.dim() == 4 ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x;
}

ClassifierModel::ClassifierModel()
    : d(std::make_unique<Private>())
{
}

ClassifierModel::~ClassifierModel() = default;

std::vector<std::string> ClassifierModel::backbones()
{
    std::vector<std::string> names;
    for (const auto &a : architectures())
        names.push_back(a.name);
    return names;
}

std::vector<std::string> ClassifierModel::stageNames(const std::string &backbone)
{
    const Architecture *a = findArchitecture(backbone);
    return a ? a->stages : std::vector<std::string>();
}

std::unique_ptr<ClassifierModel> ClassifierModel::create(const std::string &backbone,
                                                         int numClasses, uint64_t seed,
                                                         std::string *error)
{
    const Architecture *architecture = findArchitecture(backbone);
    if (!architecture) {
        if (error)
            *error = "unknown backbone '" + backbone + "'";
        return nullptr;
    }
    if (numClasses < 2) {
        if (error)
            *error = "a classifier needs at least two classes";
        return nullptr;
    }
    // Initialisation draws from LibTorch's global generator: one model at a time, so that models
    // made on two threads (a run, and a check in the GUI) cannot interleave their draws.
    static std::mutex creating;
    std::lock_guard<std::mutex> lock(creating);
    torch::manual_seed(seed);
    std::unique_ptr<ClassifierModel> model(new ClassifierModel);
    model->d->backbone = backbone;
    model->d->numClasses = numClasses;
    model->d->net = Backbone(*architecture, numClasses, seed ^ 0x9e3779b97f4a7c15ULL);
    return model;
}

const std::string &ClassifierModel::backbone() const
{
    return d->backbone;
}

int ClassifierModel::numClasses() const
{
    return d->numClasses;
}

int ClassifierModel::stageCount() const
{
    return d->net->stageCount();
}

double ClassifierModel::forwardGflops(int size) const
{
    return 2.0 * double(d->net->forwardMacs(size)) / 1e9;
}

int64_t ClassifierModel::parameterCount() const
{
    int64_t n = 0;
    for (const auto &p : d->net->parameters())
        n += p.numel();
    return n;
}

Normalization ClassifierModel::normalization() const
{
    return d->normalization;
}

bool ClassifierModel::setDevice(const std::string &device, std::string *error)
{
    try {
        torch::Device target(device);
        d->net->to(target);
        d->device = target;
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = "cannot use device '" + device + "': " + e.what();
        return false;
    }
}

std::string ClassifierModel::device() const
{
    return d->device.str();
}

void ClassifierModel::setChannelsLast(bool on)
{
    if (on == d->channelsLast)
        return;
    const auto format = on ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
    torch::NoGradGuard noGrad;
    for (auto &p : d->net->parameters()) {
        if (p.dim() == 4)
            p.set_data(p.data().contiguous(format));
    }
    for (auto &b : d->net->buffers()) {
        if (b.dim() == 4)
            b.set_data(b.data().contiguous(format));
    }
    d->channelsLast = on;
}

bool ClassifierModel::channelsLast() const
{
    return d->channelsLast;
}

std::vector<float> ClassifierModel::logits(const ImageBatch &batch)
{
    torch::NoGradGuard noGrad;
    d->net->eval();
    auto out = d->net->forward(d->toInput(batch)).to(torch::kCPU).contiguous();
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

std::vector<float> ClassifierModel::logits(const ImageBatch &batch, std::vector<float> *embeddings)
{
    torch::NoGradGuard noGrad;
    d->net->eval();
    auto features = d->net->features(d->toInput(batch));
    auto pooled = torch::adaptive_avg_pool2d(features, {1, 1}).flatten(1).to(torch::kCPU).contiguous();
    auto out = d->net->head(features).to(torch::kCPU).contiguous();
    embeddings->assign(pooled.data_ptr<float>(), pooled.data_ptr<float>() + pooled.numel());
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

std::vector<float> ClassifierModel::embeddings(const ImageBatch &batch, int64_t *dimension)
{
    torch::NoGradGuard noGrad;
    d->net->eval();
    auto out = torch::adaptive_avg_pool2d(d->net->features(d->toInput(batch)), {1, 1})
                   .flatten(1)
                   .to(torch::kCPU)
                   .contiguous();
    if (dimension)
        *dimension = out.size(1);
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

GraphBuilder::Value ClassifierModel::describe(GraphBuilder &builder, GraphBuilder::Value input) const
{
    return d->net->describe(builder, input);
}

int64_t ClassifierModel::trunkParameterCount() const
{
    const std::string headPrefix = d->net->architecture().head + ".";
    int64_t n = 0;
    for (const auto &p : d->net->named_parameters()) {
        if (p.key().rfind(headPrefix, 0) != 0)
            n += p.value().numel();
    }
    return n;
}

std::string ClassifierModel::randomState() const
{
    const torch::Tensor state = d->net->generator().get_state();
    const auto *bytes = state.data_ptr<uint8_t>();
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(size_t(state.numel()) * 2);
    for (int64_t i = 0; i < state.numel(); ++i) {
        hex.push_back(digits[bytes[i] >> 4]);
        hex.push_back(digits[bytes[i] & 15]);
    }
    return hex;
}

bool ClassifierModel::setRandomState(const std::string &hex)
{
    const torch::Tensor current = d->net->generator().get_state();
    if (hex.size() != size_t(current.numel()) * 2)
        return false;
    torch::Tensor state = torch::empty_like(current);
    auto *bytes = state.data_ptr<uint8_t>();
    const auto value = [](char c) { return c >= 'a' ? c - 'a' + 10 : c - '0'; };
    for (size_t i = 0; i < hex.size() / 2; ++i)
        bytes[i] = uint8_t(value(hex[2 * i]) << 4 | value(hex[2 * i + 1]));
    try {
        d->net->generator().set_state(state);
    } catch (const std::exception &) {
        return false;
    }
    return true;
}

std::vector<int64_t> ClassifierModel::stageParameterCounts() const
{
    std::vector<int64_t> counts;
    int64_t staged = 0;
    for (const auto &stage : d->net->stages()) {
        int64_t n = 0;
        for (const auto &p : stage->parameters())
            n += p.numel();
        counts.push_back(n);
        staged += n;
    }
    counts.push_back(parameterCount() - staged);
    return counts;
}

struct ModelSnapshot::Data
{
    std::vector<torch::Tensor> tensors;   // parameters, then buffers, in registration order
};

ModelSnapshot::ModelSnapshot() = default;
ModelSnapshot::~ModelSnapshot() = default;
ModelSnapshot::ModelSnapshot(ModelSnapshot &&) noexcept = default;
ModelSnapshot &ModelSnapshot::operator=(ModelSnapshot &&) noexcept = default;

bool ModelSnapshot::isEmpty() const
{
    return !d || d->tensors.empty();
}

ModelSnapshot ClassifierModel::snapshot() const
{
    ModelSnapshot s;
    s.d = std::make_unique<ModelSnapshot::Data>();
    for (const auto &p : d->net->parameters())
        s.d->tensors.push_back(p.detach().clone());
    for (const auto &b : d->net->buffers())
        s.d->tensors.push_back(b.detach().clone());
    return s;
}

void ClassifierModel::restore(const ModelSnapshot &snapshot)
{
    if (snapshot.isEmpty())
        return;
    torch::NoGradGuard noGrad;
    size_t i = 0;
    for (auto &p : d->net->parameters())
        p.copy_(snapshot.d->tensors.at(i++));
    for (auto &b : d->net->buffers())
        b.copy_(snapshot.d->tensors.at(i++));
}

FeatureBatch ClassifierModel::trunkFeatures(const ImageBatch &batch, int depth)
{
    if (depth < 1 || depth > stageCount())
        throw std::invalid_argument("trunk depth out of range");
    torch::NoGradGuard noGrad;
    d->net->eval();
    auto out = d->net->forwardStages(d->toInput(batch), 0, depth).to(torch::kCPU).contiguous();
    FeatureBatch features;
    features.count = out.size(0);
    features.itemShape.assign(out.sizes().begin() + 1, out.sizes().end());
    features.values.assign(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
    features.labels = batch.labels;
    return features;
}

std::vector<NamedTensor> ClassifierModel::stateTensors() const
{
    std::vector<NamedTensor> out;
    for (const auto &[name, tensor] : d->state()) {
        if (!tensor.is_floating_point())
            continue;
        auto cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        NamedTensor t;
        t.name = name;
        t.shape.assign(cpu.sizes().begin(), cpu.sizes().end());
        t.values.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace Hone::Nn
