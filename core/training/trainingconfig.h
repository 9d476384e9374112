#pragma once

// Everything a training run is configured with. Stored in the run's run.json and, as defaults,
// in the project file's "training" object.

#include "dataset/augment.h"
#include "nn/learner.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Hone {

// One stretch of a run with a fixed set of trainable stages (see TrainingConfig::recipe).
constexpr int MaxCacheViews = 16;

struct TrainingPhase
{
    int freezeDepth = 0;
    int epochs = 0;
    double stageLrDecay = 1.0;   // 1 = every trainable stage at the same rate
};

struct TrainingConfig
{
    QString backbone = QStringLiteral("resnet18");
    QString weights;                    // a pretrained weight file, or empty for random init
    // "custom": train from freezeDepth on. "feature-extraction": the head only. "fine-tune" (LP-FT):
    // the head alone for headEpochs, then everything from freezeDepth on, each earlier stage at
    // stageLrDecay times the rate of the stage after it. "auto": one of those, with the freeze
    // depth, rate, epochs, image size and augmentations chosen from the data (autorecipe.h); a
    // run resolves it before it starts, so a run's own config never says "auto".
    QString recipe = QStringLiteral("custom");
    QString autoChose;                  // what Auto chose and why, when it chose this config
    int freezeDepth = 0;                // 0 = train everything ... stage count = head only
    int headEpochs = 0;                 // fine-tune: 0 = a fifth of the epochs (at least 1)
    double stageLrDecay = 0.5;          // fine-tune: rate factor per stage below the head
    int epochs = 10;
    int batchSize = 0;                  // 0 = automatic, see effectiveBatchSize()
    double learningRate = 1e-3;
    QString schedule = QStringLiteral("cosine");   // see lrschedule.h
    double warmupEpochs = 0.0;                      // cosine only
    QString optimizer = QStringLiteral("adamw");
    bool nesterov = false;                          // SGD only
    double weightDecay = 1e-4;                      // on weights; biases and norms get none...
    bool decayAll = false;                          // ...unless this is set
    double labelSmoothing = 0.0;
    double gradientClip = 0.0;                      // max global gradient norm, 0 = off
    QString classWeights = QStringLiteral("none");  // "none" or "balanced" (inverse frequency)
    int earlyStopPatience = 0;                      // epochs without improvement; 0 = off
    QString earlyStopMetric = QStringLiteral("val_accuracy");   // or "val_loss"; also picks the best epoch
    bool restoreBest = true;                        // model.weights = the best epoch's weights
    int imageSize = 224;
    quint64 seed = 42;
    QString device = QStringLiteral("auto");
    QString precision = QStringLiteral("auto");     // auto (fp16 on CUDA, else fp32), fp32, fp16 or bf16
    QString channelsLast = QStringLiteral("auto");  // auto (on CUDA), on or off
    int threads = 0;                    // 0 = all cores
    bool augment = true;                // the augmentations below, or none
    AugmentOptions augmentations;       // flips by default (dataset/augment.h)
    int cacheViews = 4;                 // cached random views per image, when not only flips
    bool featureCache = true;           // frozen stages: compute their output once (featurecache.h)

    QJsonObject toJson() const;
    // Missing keys keep the values of `defaults`.
    static TrainingConfig fromJson(const QJsonObject &json, const TrainingConfig &defaults);
    static TrainingConfig fromJson(const QJsonObject &json) { return fromJson(json, TrainingConfig()); }
    bool validate(QString *error) const;
};

QStringList trainingRecipes();
// The settings a new project, the Train view and hone-cli start from (the struct's own defaults
// are the library's): the Auto recipe, on the bundled backbone and its weights when this build
// has them.
TrainingConfig userDefaults();
// The batch size a run uses: the configured one, or when that is 0 (automatic) the largest of
// 32, 16, 8 and 4 that still gives about 16 optimisation steps an epoch, since small datasets learn
// faster from more, smaller steps.
int effectiveBatchSize(const TrainingConfig &config, int trainImages);
// The optimiser settings of a config for the network code (no freeze depth or per-stage rates:
// those come with each phase; class weights only when trainLabels are given).
Nn::LearnerOptions learnerOptions(const TrainingConfig &config, const std::vector<int64_t> &trainLabels = {},
                                  int classCount = 0);
// What precision and memory format mean on a resolved device ("cpu", "cuda:0"): "auto" made
// concrete, and loss scaling with fp16.
void applyDeviceSettings(const TrainingConfig &config, const std::string &device, Nn::LearnerOptions *options);
// The phases a config trains in, for a backbone with `stageCount` stages. Their epochs add up to
// config.epochs.
QVector<TrainingPhase> trainingPhases(const TrainingConfig &config, int stageCount);

} // namespace Hone
