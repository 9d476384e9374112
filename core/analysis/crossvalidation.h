#pragma once

// Out-of-sample class probabilities by stratified K-fold cross-validation: every labelled image is
// scored by a softmax head (embeddingmath.h) trained on the other folds only, so no image is ever
// judged by a model that saw it. Heads train on fixed embeddings, so K heads cost well under a
// second for a thousand images.

#include "nn/embeddingmath.h"

#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <vector>

namespace Hone {

struct FoldPlan
{
    int folds = 0;            // the number used: fewer than asked when a class is smaller
    QString note;             // why fewer, for the user; empty otherwise
    QVector<int> foldOf;      // per row: its fold, or -1 when the row is not scored (its class
                              // has a single image, so no head could know the class without it)
};

// Deals each class's rows round-robin into folds after a seeded shuffle. `labels` are dense class
// indices (−1 rows are left out). Folds: at least 2 and at most the smallest class with two or more
// images.
FoldPlan stratifiedFolds(const QVector<int> &labels, int requestedFolds, quint64 seed);

struct OutOfSample
{
    FoldPlan plan;
    std::vector<float> probabilities;   // rows × classes; rows with foldOf −1 are all zero
    // For tests: the rows each fold's head was trained on.
    QVector<QVector<int>> trainedOn;
};

// Fits one head per fold on `features` (rows × dims) and scores the fold's rows. False when
// stopped; `progress(done, folds)` after each fold.
bool outOfSampleProbabilities(const std::vector<float> &features, int dims, const QVector<int> &labels,
                              int classes, const FoldPlan &plan, const Nn::SoftmaxHeadOptions &options,
                              OutOfSample *result, const std::atomic_bool &stop,
                              const std::function<void(int, int)> &progress = {});

} // namespace Hone
