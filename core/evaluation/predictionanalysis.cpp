#include "predictionanalysis.h"

#include <algorithm>
#include <cmath>

namespace Hone {

double topKAccuracy(const QVector<float> &probabilities, const QVector<int> &trueClasses,
                    int classCount, int k)
{
    if (classCount <= 0 || trueClasses.isEmpty()
        || probabilities.size() != qsizetype(trueClasses.size()) * classCount)
        return 0.0;
    int hits = 0;
    for (int i = 0; i < trueClasses.size(); ++i) {
        const int truth = trueClasses.at(i);
        if (truth < 0 || truth >= classCount)
            continue;
        const float *row = probabilities.constData() + qsizetype(i) * classCount;
        // A diverged model's NaN scores are a miss, never a hit.
        if (!std::isfinite(row[truth]))
            continue;
        // The true class is in the top k when fewer than k classes rank above it. A tie ranks the
        // lower class index first, as the top-1 prediction (the first maximum) does.
        int higher = 0;
        for (int c = 0; c < classCount; ++c) {
            if (row[c] > row[truth] || (c < truth && row[c] == row[truth]))
                ++higher;
        }
        if (higher < k)
            ++hits;
    }
    return double(hits) / double(trueClasses.size());
}

QVector<ConfusedPair> mostConfusedPairs(const ConfusionMatrix &matrix, int limit)
{
    QVector<ConfusedPair> pairs;
    const int k = matrix.classCount();
    for (int t = 0; t < k; ++t) {
        const int support = matrix.support(t);
        for (int p = 0; p < k; ++p) {
            const int n = matrix.at(t, p);
            if (t == p || n == 0)
                continue;
            pairs.append({t, p, n, support > 0 ? double(n) / support : 0.0});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const ConfusedPair &a, const ConfusedPair &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.share > b.share;
    });
    if (limit > 0 && pairs.size() > limit)
        pairs.resize(limit);
    return pairs;
}

QVector<ValPrediction> misclassifiedMostConfidentFirst(const QVector<ValPrediction> &predictions)
{
    QVector<ValPrediction> wrong;
    for (const ValPrediction &p : predictions) {
        if (p.trueClass != p.predicted)
            wrong.append(p);
    }
    // A NaN confidence (a diverged model) sorts last: it would break the ordering otherwise.
    const auto key = [](float confidence) { return std::isfinite(confidence) ? confidence : -1.0f; };
    std::stable_sort(wrong.begin(), wrong.end(), [&key](const ValPrediction &a, const ValPrediction &b) {
        return key(a.confidence) > key(b.confidence);
    });
    return wrong;
}

QVector<int> reportedTopK(int classCount)
{
    if (classCount > 10)
        return {3, 5};
    if (classCount > 5)
        return {3};
    return {};
}

} // namespace Hone
