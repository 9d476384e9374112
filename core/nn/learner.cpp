#include "learner.h"

#include "classifiermodel_p.h"

#include <ATen/autocast_mode.h>
#include <torch/nn/functional/loss.h>
#include <torch/nn/utils/clip_grad.h>
#include <torch/serialize/archive.h>
#include <torch/optim/adamw.h>
#include <torch/optim/sgd.h>

#include <cmath>
#include <map>
#include <stdexcept>

namespace Hone::Nn {

namespace {

// Autocast for one forward pass, as Python's torch.autocast: on for the device type with the
// precision's dtype, the previous state restored (and the cast cache cleared) on leaving.
class AutocastScope
{
public:
    AutocastScope(const std::string &precision, torch::DeviceType type)
        : m_active(precision != "fp32")
        , m_cuda(type == torch::kCUDA)
    {
        if (!m_active)
            return;
        const auto dtype = precision == "bf16" ? at::kBFloat16 : at::kHalf;
        if (m_cuda) {
            m_wasEnabled = at::autocast::is_enabled();
            m_previousType = at::autocast::get_autocast_gpu_dtype();
            at::autocast::set_autocast_gpu_dtype(dtype);
            at::autocast::set_enabled(true);
        } else {
            m_wasEnabled = at::autocast::is_cpu_enabled();
            m_previousType = at::autocast::get_autocast_cpu_dtype();
            at::autocast::set_autocast_cpu_dtype(dtype);
            at::autocast::set_cpu_enabled(true);
        }
        at::autocast::increment_nesting();
    }
    ~AutocastScope()
    {
        if (!m_active)
            return;
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
        if (m_cuda) {
            at::autocast::set_enabled(m_wasEnabled);
            at::autocast::set_autocast_gpu_dtype(m_previousType);
        } else {
            at::autocast::set_cpu_enabled(m_wasEnabled);
            at::autocast::set_autocast_cpu_dtype(m_previousType);
        }
    }
    AutocastScope(const AutocastScope &) = delete;
    AutocastScope &operator=(const AutocastScope &) = delete;

private:
    bool m_active;
    bool m_cuda;
    bool m_wasEnabled = false;
    at::ScalarType m_previousType = at::kFloat;
};

} // namespace

bool precisionSupported(const std::string &precision, const std::string &device, std::string *error)
{
    const bool cuda = device.rfind("cuda", 0) == 0;
    if (precision == "fp32")
        return true;
    if (precision == "fp16" && !cuda) {
        *error = "fp16 mixed precision needs a CUDA device; on a CPU use bf16 or fp32";
        return false;
    }
    if (precision == "fp16")
        return true;
    if (precision != "bf16") {
        *error = "unknown precision '" + precision + "' (expected fp32, fp16 or bf16)";
        return false;
    }
    // bfloat16 kernels: run what a training step runs (a convolution, BatchNorm with float32
    // parameters in training mode, a linear layer, and back) under the same autocast, rather than
    // guess from CPU flags (LibTorch refuses bf16 convolutions on CPUs without AVX-512).
    try {
        const torch::Device d(device);
        const auto floats = torch::TensorOptions(torch::kFloat32).device(d);
        auto w = torch::ones({2, 2, 3, 3}, floats).requires_grad_();
        auto gamma = torch::ones({2}, floats).requires_grad_();
        auto beta = torch::zeros({2}, floats).requires_grad_();
        auto fc = torch::ones({3, 2}, floats).requires_grad_();
        torch::Tensor loss;
        {
            AutocastScope autocast("bf16", d.type());
            auto y = torch::conv2d(torch::ones({2, 2, 4, 4}, floats), w, {}, 1, 1);
            y = torch::batch_norm(y, gamma, beta, torch::zeros({2}, floats), torch::ones({2}, floats), true, 0.1, 1e-5,
                                  false);
            loss = torch::linear(y.mean({2, 3}), fc).sum();
        }
        loss.to(torch::kFloat32).backward();
        (void)w.grad().sum().item<float>();
        return true;
    } catch (const std::exception &e) {
        const std::string what = e.what();
        *error = "this device has no bfloat16 kernels (" + what.substr(0, what.find('\n')) + "); use fp32";
        return false;
    }
}

struct Learner::Private
{
    ClassifierModel::Private *model = nullptr;
    ClassifierModel *modelPublic = nullptr;
    LearnerOptions options;
    std::vector<std::shared_ptr<torch::nn::Module>> frozen;
    std::vector<torch::Tensor> frozenSnapshot;
    std::vector<torch::Tensor> trainable;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    torch::Tensor classWeights;   // undefined: unweighted
    std::vector<double> rateMultipliers;   // per parameter group (discriminative rates)
    double learningRate = 0.0;             // the head's, as last set
    LossScaleState scaler;                 // scale 0: off
    bool formatBefore = false;             // the model's channels-last setting before this learner

    // Divides the gradients by the loss scale; false when one of them is not finite (the step
    // is then skipped and the scale halved), else counts a clean step and doubles the scale
    // after lossScaleInterval of them.
    bool unscaleGradients()
    {
        torch::NoGradGuard noGrad;
        const double inverse = 1.0 / scaler.scale;
        torch::Tensor finite;
        for (auto &p : trainable) {
            if (!p.grad().defined())
                continue;
            p.mutable_grad().mul_(inverse);
            const auto ok = torch::isfinite(p.grad()).all();
            finite = finite.defined() ? finite.logical_and(ok) : ok;
        }
        if (finite.defined() && !finite.item<bool>()) {
            if (scaler.scale <= 1.0)   // no scale left to lower: the training itself diverged
                throw std::runtime_error("the gradients became infinite or NaN; lower the learning rate");
            scaler.scale = std::max(scaler.scale * 0.5, 1.0);
            scaler.cleanSteps = 0;
            return false;
        }
        if (++scaler.cleanSteps >= options.lossScaleInterval) {
            scaler.scale = std::min(scaler.scale * 2.0, 1e30);
            scaler.cleanSteps = 0;
        }
        return true;
    }

    torch::nn::functional::CrossEntropyFuncOptions lossOptions(bool sum) const
    {
        auto o = torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(options.labelSmoothing);
        if (classWeights.defined())
            o.weight(classWeights);
        if (sum)
            o.reduction(torch::kSum);
        return o;
    }

    std::vector<torch::Tensor> frozenTensors() const
    {
        std::vector<torch::Tensor> tensors;
        for (const auto &stage : frozen) {
            for (const auto &p : stage->parameters())
                tensors.push_back(p);
            for (const auto &b : stage->buffers())
                tensors.push_back(b);
        }
        return tensors;
    }

    void setTrainMode()
    {
        model->net->train();
        for (const auto &stage : frozen)
            stage->eval();
    }

    int frozenDepth() const { return static_cast<int>(frozen.size()); }

    // Logits of `input` entering at stage `from` (0: images; freezeDepth: cached trunk features).
    torch::Tensor logits(const torch::Tensor &input, int from)
    {
        const int stages = static_cast<int>(model->stages().size());
        return model->net->head(model->net->forwardStages(input, from, stages));
    }

    StepResult step(const torch::Tensor &input, const torch::Tensor &target, int from)
    {
        setTrainMode();
        optimizer->zero_grad();
        torch::Tensor out;
        {
            AutocastScope autocast(options.precision, model->device.type());
            out = logits(input, from);
        }
        out = out.to(torch::kFloat32);   // the loss in float32 at any precision
        auto loss = torch::nn::functional::cross_entropy(out, target, lossOptions(false));
        const double lossValue = loss.item<double>();
        StepResult result;
        result.loss = lossValue;
        result.count = input.size(0);
        if (!std::isfinite(lossValue) && scaler.scale > 1.0) {
            // fp16 overflowed in the forward pass: skipped like an overflowing gradient.
            scaler.scale = std::max(scaler.scale * 0.5, 1.0);
            scaler.cleanSteps = 0;
            result.skipped = true;
            return result;
        }
        if (!std::isfinite(lossValue))
            throw std::runtime_error("the training loss became " + std::to_string(lossValue)
                                     + "; lower the learning rate");
        if (scaler.scale > 0.0) {
            (loss * scaler.scale).backward();
            result.skipped = !unscaleGradients();
        } else {
            loss.backward();
        }
        if (!result.skipped) {
            if (options.gradientClip > 0.0)
                torch::nn::utils::clip_grad_norm_(trainable, options.gradientClip);
            optimizer->step();
        }
        result.correct = out.argmax(1).eq(target).sum().item<int64_t>();
        return result;
    }

    EvalOutput eval(const torch::Tensor &input, const torch::Tensor &target, int from)
    {
        torch::NoGradGuard noGrad;
        model->net->eval();
        torch::Tensor out;
        {
            AutocastScope autocast(options.precision, model->device.type());
            out = logits(input, from);
        }
        out = out.to(torch::kFloat32);
        EvalOutput result;
        if (target.defined()) {
            // Validation loss: plain cross-entropy, comparable across smoothing and weighting.
            result.lossSum = torch::nn::functional::cross_entropy(
                                 out, target, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                                 .item<double>();
        }
        auto cpu = out.to(torch::kCPU).contiguous();
        result.logits.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
        return result;
    }
};

Learner::Learner(ClassifierModel &model, const LearnerOptions &options)
    : d(std::make_unique<Private>())
{
    d->model = model.d_func();
    d->modelPublic = &model;
    d->options = options;
    d->learningRate = options.learningRate;
    std::string unsupported;
    if (!precisionSupported(options.precision, d->model->device.str(), &unsupported))
        throw std::invalid_argument(unsupported);
    if (options.lossScaling) {
        if (!(options.initialLossScale >= 1.0) || options.lossScaleInterval < 1)
            throw std::invalid_argument("the loss scale must be at least 1 and its growth interval positive");
        d->scaler.scale = options.initialLossScale;
    }
    const auto stages = d->model->stages();
    const int depth = std::clamp(options.freezeDepth, 0, static_cast<int>(stages.size()));
    d->frozen.assign(stages.begin(), stages.begin() + depth);

    for (auto &p : d->model->net->parameters())
        p.set_requires_grad(true);
    for (const auto &stage : d->frozen) {
        for (auto &p : stage->parameters())
            p.set_requires_grad(false);
    }
    // Parameter groups by stage (the head is stage `stages.size()`) and by weight decay: decay on
    // weights, none on biases and normalisation parameters (one-dimensional tensors) unless asked
    // for everywhere. A stage's rate is the head's times stageLrDecay^(stages after it).
    const int stageCount = static_cast<int>(stages.size());
    std::map<const void *, int> stageOf;
    for (int i = 0; i < stageCount; ++i) {
        for (const auto &p : stages[size_t(i)]->parameters())
            stageOf[p.unsafeGetTensorImpl()] = i;
    }
    if (!(options.stageLrDecay > 0.0) || options.stageLrDecay > 1.0)
        throw std::invalid_argument("the per-stage learning-rate factor must be in (0, 1]");
    std::map<std::pair<int, bool>, std::vector<torch::Tensor>> grouped;   // (stage, decays) -> params
    for (const auto &p : d->model->net->parameters()) {
        if (!p.requires_grad())
            continue;
        d->trainable.push_back(p);
        const auto found = stageOf.find(p.unsafeGetTensorImpl());
        const int stage = found == stageOf.end() ? stageCount : found->second;
        const int group = options.stageLrDecay < 1.0 ? stage : stageCount;
        grouped[{group, options.decayAll || p.dim() > 1}].push_back(p);
    }
    for (const auto &t : d->frozenTensors())
        d->frozenSnapshot.push_back(t.detach().clone());

    if (options.labelSmoothing < 0.0 || options.labelSmoothing >= 1.0)
        throw std::invalid_argument("label smoothing must be in [0, 1)");
    if (!options.classWeights.empty()) {
        if (options.classWeights.size() != static_cast<size_t>(d->model->numClasses))
            throw std::invalid_argument("one class weight per class is needed");
        d->classWeights = torch::tensor(options.classWeights, torch::kFloat32).to(d->model->device);
    }
    const auto groups = [&](auto makeOptions) {
        std::vector<torch::optim::OptimizerParamGroup> out;
        for (const auto &[key, params] : grouped) {
            const double multiplier = std::pow(options.stageLrDecay, stageCount - key.first);
            out.emplace_back(params, makeOptions(options.learningRate * multiplier, key.second ? options.weightDecay : 0.0));
            d->rateMultipliers.push_back(multiplier);
        }
        return out;
    };
    if (options.optimizer == "sgd") {
        const auto make = [&](double lr, double wd) {
            return std::make_unique<torch::optim::SGDOptions>(
                torch::optim::SGDOptions(lr).momentum(options.momentum).nesterov(options.nesterov).weight_decay(wd));
        };
        d->optimizer = std::make_unique<torch::optim::SGD>(groups(make), *make(options.learningRate, options.weightDecay));
    } else if (options.optimizer == "adamw") {
        const auto make = [&](double lr, double wd) {
            return std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(lr).weight_decay(wd));
        };
        d->optimizer = std::make_unique<torch::optim::AdamW>(groups(make), *make(options.learningRate, options.weightDecay));
    } else {
        throw std::invalid_argument("unknown optimizer '" + options.optimizer
                                    + "' (expected sgd or adamw)");
    }
    // Last, once nothing can throw: the destructor, which puts the format back, runs only for a
    // constructed learner.
    d->formatBefore = model.channelsLast();
    model.setChannelsLast(options.channelsLast);
}

Learner::~Learner()
{
    // Often reached while unwinding from an out-of-memory error: the copies may fail too, and
    // then the weights stay channels-last (slower elsewhere, never wrong).
    try {
        if (d->options.channelsLast != d->formatBefore)
            d->modelPublic->setChannelsLast(d->formatBefore);
    } catch (...) {
    }
}

LossScaleState Learner::lossScaleState() const
{
    return d->scaler;
}

void Learner::setLossScaleState(const LossScaleState &state)
{
    if (d->scaler.scale > 0.0 && state.scale >= 1.0)
        d->scaler = state;
}

void Learner::setLearningRate(double learningRate)
{
    auto &groups = d->optimizer->param_groups();
    for (size_t i = 0; i < groups.size(); ++i)
        groups[i].options().set_lr(learningRate * d->rateMultipliers.at(i));
    d->learningRate = learningRate;
}

double Learner::learningRate() const
{
    return d->learningRate;
}

std::vector<double> Learner::groupLearningRates() const
{
    std::vector<double> rates;
    for (const auto &group : d->optimizer->param_groups())
        rates.push_back(group.options().get_lr());
    return rates;
}

StepResult Learner::trainStep(const ImageBatch &batch)
{
    return d->step(d->model->toInput(batch), d->model->labels(batch), 0);
}

StepResult Learner::trainStep(const FeatureBatch &batch)
{
    return d->step(d->model->toInput(batch), d->model->labels(batch), d->frozenDepth());
}

EvalOutput Learner::evaluate(const ImageBatch &batch)
{
    return d->eval(d->model->toInput(batch), batch.labels.empty() ? torch::Tensor() : d->model->labels(batch), 0);
}

EvalOutput Learner::evaluate(const FeatureBatch &batch)
{
    return d->eval(d->model->toInput(batch), batch.labels.empty() ? torch::Tensor() : d->model->labels(batch),
                   d->frozenDepth());
}

void Learner::saveOptimizer(const std::string &path) const
{
    torch::serialize::OutputArchive archive;
    d->optimizer->save(archive);
    archive.save_to(path);
}

void Learner::loadOptimizer(const std::string &path)
{
    // Onto the model's device, whichever device the state was saved from.
    torch::serialize::InputArchive archive;
    archive.load_from(path, d->model->device);
    d->optimizer->load(archive);
    // The loaded groups carry the rates of the moment they were saved; the caller sets the next.
}

int64_t Learner::trainableParameterCount() const
{
    int64_t n = 0;
    for (const auto &p : d->trainable)
        n += p.numel();
    return n;
}

bool Learner::frozenStagesUnchanged() const
{
    const auto now = d->frozenTensors();
    if (now.size() != d->frozenSnapshot.size())
        return false;
    for (size_t i = 0; i < now.size(); ++i) {
        if (!torch::equal(now[i].detach(), d->frozenSnapshot[i]))
            return false;
    }
    return true;
}

} // namespace Hone::Nn
