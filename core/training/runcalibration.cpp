#include "runcalibration.h"

#include "analysis/calibration.h"
#include "dataset/imageset.h"
#include "nn/classifiermodel.h"

#include <algorithm>
#include <numeric>

namespace Hone {

namespace {

// Pooled features of rows `rows` of `images`, in batches.
std::vector<float> featuresOf(Nn::ClassifierModel &model, const Nn::ImageBatch &images, const QVector<int> &rows,
                              int64_t *dimension)
{
    std::vector<float> features;
    for (int start = 0; start < rows.size(); start += 64) {
        const std::vector<float> out = model.embeddings(gatherBatch(images, rows.mid(start, 64)), dimension);
        features.insert(features.end(), out.begin(), out.end());
    }
    return features;
}

} // namespace

QJsonObject calibrateRun(Nn::ClassifierModel &model, const Nn::ImageBatch &train, const Nn::ImageBatch &val,
                         std::vector<float> logits, int classes, double keepCorrect)
{
    if (val.count == 0 || classes < 2)
        return {};
    QVector<int> valRows(int(val.count));
    std::iota(valRows.begin(), valRows.end(), 0);
    if (logits.size() != size_t(val.count) * size_t(classes)) {
        logits.clear();
        for (int start = 0; start < val.count; start += 64) {
            const std::vector<float> out = model.logits(gatherBatch(val, valRows.mid(start, 64)));
            logits.insert(logits.end(), out.begin(), out.end());
        }
    }
    QVector<int> labels;
    for (int64_t label : val.labels)
        labels.append(int(label));

    // The distance check: class centres from the training images, its threshold from validation.
    NoveltyModel novelty;
    std::vector<float> valFeatures;
    if (train.count > 0) {
        QVector<int> trainRows;
        const int64_t step = std::max<int64_t>(1, (train.count + MaxCentreImages - 1) / MaxCentreImages);
        QVector<int> trainLabels;
        for (int64_t r = 0; r < train.count; r += step) {
            trainRows.append(int(r));
            trainLabels.append(int(train.labels.at(size_t(r))));
        }
        int64_t dimension = 0;
        const std::vector<float> trainFeatures = featuresOf(model, train, trainRows, &dimension);
        novelty = fitNoveltyCentres(trainFeatures, trainLabels, classes, int(dimension));
        valFeatures = featuresOf(model, val, valRows, &dimension);
    }
    return calibrate(logits, classes, labels, keepCorrect, novelty.isValid() ? &novelty : nullptr, &valFeatures)
        .toJson();
}

} // namespace Hone
