#include "learner.h"

#include "classifiermodel_p.h"

#include <torch/nn/functional/loss.h>
#include <torch/nn/utils/clip_grad.h>
#include <torch/serialize/archive.h>
#include <torch/optim/adamw.h>
#include <torch/optim/sgd.h>

#include <cmath>
#include <map>
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
    std::vector<double> rateMultipliers;   // per parameter group (discriminative rates)
    double learningRate = 0.0;             // the head's, as last set

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
    d->learningRate = options.learningRate;
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
}

Learner::~Learner() = default;

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
