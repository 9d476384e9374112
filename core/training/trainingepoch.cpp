#include "trainingepoch.h"

#include "dataset/imageset.h"
#include "featurecache.h"
#include "nn/learner.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Hone {

std::vector<BatchPlan> planEpoch(const QVector<int> &order, int batches, int batchSize, const EpochDraws &draws,
                                 std::mt19937_64 &rng)
{
    // Both distributions keep no state between draws, so they may live per call.
    std::bernoulli_distribution coin(0.5);
    std::uniform_int_distribution<int> pickView(0, draws.views - 1);
    std::vector<BatchPlan> plans(size_t(std::max(0, batches)));
    for (int b = 0; b < batches; ++b) {
        BatchPlan &plan = plans[size_t(b)];
        plan.indices = order.mid(b * batchSize, b + 1 == batches ? -1 : batchSize);
        for (int k = 0; k < plan.indices.size(); ++k) {
            if (draws.flipsOnly) {
                const bool flip = coin(rng);
                plan.views.append(flip ? 1 : 0);
                plan.params.append(draws.viewParams(plan.indices.at(k), flip ? 1 : 0));
            } else if (draws.augment.any()) {
                if (draws.cached)
                    plan.views.append(pickView(rng));
                else
                    plan.params.append(drawAugmentParams(draws.augment, rng));
            }
        }
    }
    return plans;
}

ValidationPass validate(Nn::Learner &learner, const Nn::ImageBatch &images, const Nn::FeatureBatch *features,
                        int classCount, int evalBatch, const QVector<int> &valRows, const QVector<int> &kept,
                        const std::atomic_bool &stop)
{
    ValidationPass pass;
    pass.matrix = ConfusionMatrix(classCount);
    pass.predictions.reserve(int(images.count));
    QVector<int> order(int(images.count));
    std::iota(order.begin(), order.end(), 0);
    for (int start = 0; start < images.count; start += evalBatch) {
        if (stop.load())
            return pass;
        const QVector<int> rows = order.mid(start, evalBatch);
        const Nn::EvalOutput out = features ? learner.evaluate(gatherFeatures(features, rows))
                                            : learner.evaluate(gatherBatch(images, rows));
        pass.lossSum += out.lossSum;
        pass.logits.insert(pass.logits.end(), out.logits.begin(), out.logits.begin() + rows.size() * classCount);
        for (int i = 0; i < rows.size(); ++i) {
            const int truth = int(images.labels.at(size_t(rows.at(i))));
            const float *row = out.logits.data() + size_t(i) * size_t(classCount);
            const int predicted = int(std::max_element(row, row + classCount) - row);
            pass.matrix.add(truth, predicted);
            pass.labels.append(truth);
            double sum = 0.0;
            for (int c = 0; c < classCount; ++c)
                sum += std::exp(double(row[c] - row[predicted]));
            pass.predictions.append(ValPrediction{valRows.value(kept.value(start + i, -1), -1), truth, predicted,
                                                  float(1.0 / sum)});
        }
    }
    pass.complete = !stop.load();
    return pass;
}

} // namespace Hone
