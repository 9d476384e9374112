#pragma once

// One optimisation step at a time over a ClassifierModel, with stage freezing: frozen stages have
// requires_grad = false, are left out of the optimizer and keep their BatchNorm layers in eval mode.
// Throws std::exception on LibTorch failures and std::runtime_error on a non-finite loss.

#include "imagebatch.h"

#include <memory>
#include <string>
#include <vector>

namespace Hone::Nn {

class ClassifierModel;

struct LearnerOptions
{
    std::string optimizer = "adamw"; // "adamw" or "sgd"
    double learningRate = 1e-3;
    double momentum = 0.9;           // SGD only
    bool nesterov = false;           // SGD only
    double weightDecay = 1e-4;       // on weights of dimension ≥ 2 only, unless decayAll
    bool decayAll = false;           // also decay biases and normalisation parameters
    double labelSmoothing = 0.0;     // 0 … <1
    double gradientClip = 0.0;       // largest global L2 norm of the gradients; 0 = no clipping
    std::vector<float> classWeights; // per class, for the loss; empty = all 1
    int freezeDepth = 0;             // 0 = train everything ... stageCount() = only the head trains
    // Discriminative rates: the head trains at the learning rate, the last stage at this factor
    // times it, the one before at its square, and so on. 1 = one rate for all.
    double stageLrDecay = 1.0;
    // Arithmetic of the forward and backward passes: "fp32"; "fp16" (autocast to float16, CUDA
    // only) or "bf16" (autocast to bfloat16: CUDA, or CPUs with AVX-512 BF16 or AMX). Weights,
    // optimizer state and the loss stay float32 either way.
    std::string precision = "fp32";
    // Dynamic loss scaling, needed with fp16: the loss is multiplied by a scale before backward
    // and the gradients divided by it; a step whose gradients overflow is skipped and the scale
    // halved, and after lossScaleInterval clean steps it doubles (as PyTorch's GradScaler).
    bool lossScaling = false;
    double initialLossScale = 65536.0;
    int lossScaleInterval = 2000;
    // Convolution weights, inputs and activations in NHWC order (channels_last) while the
    // learner lives; the model's own setting comes back when it is destroyed.
    bool channelsLast = false;
};

// Whether `precision` can run on `device` ("cpu", "cuda:0"); false with the reason otherwise.
bool precisionSupported(const std::string &precision, const std::string &device, std::string *error);

struct StepResult
{
    double loss = 0.0;   // mean over the batch
    int64_t correct = 0;
    int64_t count = 0;
    bool skipped = false;   // loss scaling: the gradients overflowed, the weights did not change
};

struct LossScaleState
{
    double scale = 0.0;    // 0: no loss scaling
    int cleanSteps = 0;    // steps since the scale last changed
};

struct EvalOutput
{
    double lossSum = 0.0;        // summed over the batch
    std::vector<float> logits;   // count × numClasses
};

class Learner
{
public:
    Learner(ClassifierModel &model, const LearnerOptions &options);
    ~Learner();

    StepResult trainStep(const ImageBatch &batch);
    // The same step from cached trunk features: the output of the frozen stages
    // (ClassifierModel::trunkFeatures() at freezeDepth) runs through the trainable rest only.
    StepResult trainStep(const FeatureBatch &batch);
    // The learning rate from the next step on (schedules set it per step); earlier stages get it
    // scaled by their stageLrDecay factor.
    void setLearningRate(double learningRate);
    double learningRate() const;
    // Every parameter group's current rate, the earliest stages' first (for tests and logs).
    std::vector<double> groupLearningRates() const;
    EvalOutput evaluate(const ImageBatch &batch);
    EvalOutput evaluate(const FeatureBatch &batch);

    // The optimizer's state (moments, momentum buffers), for checkpoints; throws on failure.
    void saveOptimizer(const std::string &path) const;
    void loadOptimizer(const std::string &path);
    // The loss scaler's state, for checkpoints (scale 0 without loss scaling).
    LossScaleState lossScaleState() const;
    void setLossScaleState(const LossScaleState &state);

    int64_t trainableParameterCount() const;
    // True when every parameter and BatchNorm running statistic of the frozen stages still equals
    // the snapshot taken at construction (a self-check used by tests).
    bool frozenStagesUnchanged() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Hone::Nn
