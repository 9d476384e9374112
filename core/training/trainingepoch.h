#pragma once

// The two halves of a training epoch that need no trainer state: drawing the epoch's batches
// (every random choice, in a fixed order, so a seed fixes them) and the validation pass.

#include "dataset/augment.h"
#include "evaluation/confusionmatrix.h"
#include "nn/imagebatch.h"
#include "trainingtypes.h"

#include <QVector>

#include <atomic>
#include <functional>
#include <random>
#include <vector>

namespace Hone {

namespace Nn {
class Learner;
}

// One batch of an epoch: its training rows and, per image, the cached view it uses or the
// augmentation applied to it.
struct BatchPlan
{
    QVector<int> indices;
    QVector<int> views;              // cached features: the view of each image
    QVector<AugmentParams> params;   // images: the augmentation of each image
};

struct EpochDraws
{
    AugmentOptions augment;
    bool flipsOnly = false;   // flips the only augmentation: a coin per image, view 1 = mirrored
    bool cached = false;      // training from cached features (views) rather than images
    int views = 1;
    std::function<AugmentParams(int row, int view)> viewParams;
};

// `order` cut into `batches` batches of `batchSize` (the last takes the rest), with the random
// choices of each image drawn from rng in order.
std::vector<BatchPlan> planEpoch(const QVector<int> &order, int batches, int batchSize, const EpochDraws &draws,
                                 std::mt19937_64 &rng);

struct ValidationPass
{
    ConfusionMatrix matrix{0};
    QVector<ValPrediction> predictions;   // row: valRows[kept[i]]
    std::vector<float> logits;            // predictions.size() × classes, for calibration
    QVector<int> labels;                  // the true class of each
    double lossSum = 0.0;
    bool complete = false;                // false when stopped part-way
};

// Evaluates every validation item, from cached features (features non-null) or from images, in
// batches of evalBatch.
ValidationPass validate(Nn::Learner &learner, const Nn::ImageBatch &images, const Nn::FeatureBatch *features,
                        int classCount, int evalBatch, const QVector<int> &valRows, const QVector<int> &kept,
                        const std::atomic_bool &stop);

} // namespace Hone
