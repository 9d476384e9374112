#pragma once

// The calibration of a run's final weights on its validation images, written to run.json as
// "calibration" at the end of every finished run (analysis/calibration.h): the temperature, the
// expected calibration error before and after, the reliability bins, the "unknown" threshold,
// and the class centres of the training images' pooled features for the distance check.

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <vector>

namespace Hone {

struct CalibrationResult;

namespace Nn {
class ClassifierModel;
struct ImageBatch;
}

// `logits` are the validation logits of the weights the run keeps, when the trainer has them
// (count × classes, in the order of val); empty: they are computed with `model` on `val`. The
// class centres come from at most MaxCentreImages training images, spread over the set.
// Returns an empty object when there is no validation image.
constexpr int MaxCentreImages = 1000;
QJsonObject calibrateRun(Nn::ClassifierModel &model, const Nn::ImageBatch &train, const Nn::ImageBatch &val,
                         std::vector<float> logits, int classes, double keepCorrect = 0.95);

// One line for the run's log: the temperature, the ECE before and after, the unknown rule.
QString calibrationSummary(const CalibrationResult &calibration);

} // namespace Hone
