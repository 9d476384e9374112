#pragma once

// The learning-rate range test (Smith, 2017; as fastai's lr_find): train a fresh copy of the
// configured model for a few dozen batches while the rate grows exponentially, record the smoothed
// loss, stop once it explodes, and suggest the rate where it fell fastest. Nothing is saved and the
// project's runs are not touched.

#include "trainingconfig.h"
#include "trainingdata.h"

#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace Hone {

struct LrFinderOptions
{
    double minRate = 1e-7;
    double maxRate = 1.0;
    int steps = 100;
};

struct LrFinderResult
{
    QVector<double> rates;
    QVector<double> losses;        // smoothed (bias-corrected moving average, β = 0.98)
    QVector<double> rawLosses;
    double suggestion = 0.0;       // the rate at the steepest fall of the smoothed loss
    QString stopReason;            // "diverged" or "range done"
};

// progress(step, steps) after every batch; *cancel stops it (then it fails with "cancelled").
bool findLearningRate(const TrainingData &data, const TrainingConfig &config, const LrFinderOptions &options,
                      LrFinderResult *result, QString *error, const std::atomic_bool *cancel = nullptr,
                      const std::function<void(int, int)> &progress = {});

// The suggestion for a recorded curve (exposed for tests): the rate at the steepest negative slope
// of loss over log(rate), among the points before the minimum loss; the minimum's rate / 10 when
// there is no fall.
double suggestLearningRate(const QVector<double> &rates, const QVector<double> &losses);

} // namespace Hone
