#include "learner.h"

#include "classifiermodel_p.h"

#include <torch/nn/functional/loss.h>
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
        auto loss = torch::nn::functional::cross_entropy(out, target);
        const double lossValue = loss.item<double>();
        if (!std::isfinite(lossValue))
            throw std::runtime_error("the training loss became " + std::to_string(lossValue)
                                     + "; lower the learning rate");
        loss.backward();
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
    for (const auto &p : d->model->net->parameters()) {
        if (p.requires_grad())
            d->trainable.push_back(p);
    }
    for (const auto &t : d->frozenTensors())
        d->frozenSnapshot.push_back(t.detach().clone());

    if (options.optimizer == "sgd") {
        d->optimizer = std::make_unique<torch::optim::SGD>(
            d->trainable, torch::optim::SGDOptions(options.learningRate)
                              .momentum(options.momentum)
                              .weight_decay(options.weightDecay));
    } else if (options.optimizer == "adamw") {
        d->optimizer = std::make_unique<torch::optim::AdamW>(
            d->trainable,
            torch::optim::AdamWOptions(options.learningRate).weight_decay(options.weightDecay));
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
