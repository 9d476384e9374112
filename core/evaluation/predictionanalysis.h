#pragma once

// What an evaluation's per-image predictions say beyond the confusion matrix: top-k accuracy,
// the class pairs the model confuses most, and the mistakes it makes most confidently (the two
// quickest ways to find label errors).

#include "confusionmatrix.h"
#include "training/trainingtypes.h"

#include <QVector>

namespace Hone {

struct ConfusedPair
{
    int trueClass = -1;
    int predicted = -1;
    int count = 0;
    double share = 0.0;   // count / support of the true class
};

// The share of images whose true class is among the k most probable. `probabilities` holds one
// row of `classCount` values per entry of `trueClasses`. Ties rank the lower class index first
// (so top-1 equals the accuracy of argmax); non-finite scores are misses.
double topKAccuracy(const QVector<float> &probabilities, const QVector<int> &trueClasses,
                    int classCount, int k);

// Off-diagonal cells with a count, largest count first (ties: larger share, then class order);
// at most `limit` of them (all when limit ≤ 0).
QVector<ConfusedPair> mostConfusedPairs(const ConfusionMatrix &matrix, int limit = 0);

// The wrong predictions, the most confident first (ties keep their order).
QVector<ValPrediction> misclassifiedMostConfidentFirst(const QVector<ValPrediction> &predictions);

// The top-k values worth showing for a class count: {3} above 5 classes, {3, 5} above 10; none
// for 5 classes or fewer, where top-k says little.
QVector<int> reportedTopK(int classCount);

} // namespace Hone
