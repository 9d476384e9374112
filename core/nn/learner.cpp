#include "learner.h"

#include "classifiermodel_p.h"

#include <torch/nn/functional/loss.h>
#include <torch/nn/utils/clip_grad.h>
#include <torch/optim/adamw.h>
#include <torch/optim/sgd.h>

#include <cmath>
#include <stdexcept>

namespace Hone::Nn {

struct Learner::Private
{
    ClassifierModel::Private *model = nullptr;
    LearnerOptions options;
    std::vector<std::shared_ptr<torch::nn::Module>> frozen;
    std::vector<torch::Tensor> frozenSnapshot;
    std::vector<torch::Tensor> trainable;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    torch::Tensor classWeights;   // undefined: unweighted

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
        auto out = logits(input, from);
        auto loss = torch::nn::functional::cross_entropy(out, target, lossOptions(false));
        const double lossValue = loss.item<double>();
        if (!std::isfinite(lossValue))
            throw std::runtime_error("the training loss became " + std::to_string(lossValue)
                                     + "; lower the learning rate");
        loss.backward();
        if (options.gradientClip > 0.0)
            torch::nn::utils::clip_grad_norm_(trainable, options.gradientClip);
        optimizer->step();
        StepResult result;
        result.loss = lossValue;
        result.count = input.size(0);
        result.correct = out.argmax(1).eq(target).sum().item<int64_t>();
        return result;
    }

    EvalOutput eval(const torch::Tensor &input, const torch::Tensor &target, int from)
    {
        torch::NoGradGuard noGrad;
        model->net->eval();
        auto out = logits(input, from);
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
    d->options = options;
    const auto stages = d->model->stages();
    const int depth = std::clamp(options.freezeDepth, 0, static_cast<int>(stages.size()));
    d->frozen.assign(stages.begin(), stages.begin() + depth);

    for (auto &p : d->model->net->parameters())
        p.set_requires_grad(true);
    for (const auto &stage : d->frozen) {
        for (auto &p : stage->parameters())
            p.set_requires_grad(false);
    }
    // Two parameter groups: weight decay on weights, none on biases and normalisation parameters
    // (one-dimensional tensors), unless asked for everywhere.
    std::vector<torch::Tensor> decay, noDecay;
    for (const auto &p : d->model->net->parameters()) {
        if (!p.requires_grad())
            continue;
        d->trainable.push_back(p);
        (options.decayAll || p.dim() > 1 ? decay : noDecay).push_back(p);
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
        if (!decay.empty())
            out.emplace_back(decay, makeOptions(options.weightDecay));
        if (!noDecay.empty())
            out.emplace_back(noDecay, makeOptions(0.0));
        return out;
    };
    if (options.optimizer == "sgd") {
        const auto make = [&](double wd) {
            return std::make_unique<torch::optim::SGDOptions>(torch::optim::SGDOptions(options.learningRate)
                                                                  .momentum(options.momentum)
                                                                  .nesterov(options.nesterov)
                                                                  .weight_decay(wd));
        };
        d->optimizer = std::make_unique<torch::optim::SGD>(groups(make), *make(options.weightDecay));
    } else if (options.optimizer == "adamw") {
        const auto make = [&](double wd) {
            return std::make_unique<torch::optim::AdamWOptions>(
                torch::optim::AdamWOptions(options.learningRate).weight_decay(wd));
        };
        d->optimizer = std::make_unique<torch::optim::AdamW>(groups(make), *make(options.weightDecay));
    } else {
        throw std::invalid_argument("unknown optimizer '" + options.optimizer
                                    + "' (expected sgd or adamw)");
    }
}

Learner::~Learner() = default;

void Learner::setLearningRate(double learningRate)
{
    for (auto &group : d->optimizer->param_groups())
        group.options().set_lr(learningRate);
}

double Learner::learningRate() const
{
    const auto &groups = d->optimizer->param_groups();
    return groups.empty() ? d->options.learningRate : groups.front().options().get_lr();
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
