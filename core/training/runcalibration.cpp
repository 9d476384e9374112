#include "runcalibration.h"

#include "analysis/calibration.h"
#include "dataset/imageset.h"
#include "nn/classifiermodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Trainer)
};

} // namespace

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

QString calibrationSummary(const CalibrationResult &c)
{
    QString text = c.fitted ? Text::tr("Calibrated on %1 validation images: temperature %2, expected calibration error %3 % → %4 %")
                                  .arg(c.images)
                                  .arg(c.temperature, 0, 'f', 3)
                                  .arg(c.eceBefore * 100.0, 0, 'f', 1)
                                  .arg(c.eceAfter * 100.0, 0, 'f', 1)
                            : Text::tr("Not calibrated: %1").arg(c.note);
    text += Text::tr("; unknown below %1 % confidence").arg(c.threshold * 100.0, 0, 'f', 1);
    if (c.novelty.isValid())
        text += Text::tr(" or farther than %1 from every class").arg(c.novelty.threshold, 0, 'f', 3);
    text += Text::tr(" (keeps %1 % of right validation answers, flags %2 % of wrong ones)")
                .arg(c.keptCorrect * 100.0, 0, 'f', 1)
                .arg(c.rejectedWrong * 100.0, 0, 'f', 1);
    return text;
}

} // namespace Hone
