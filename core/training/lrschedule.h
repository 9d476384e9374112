#pragma once

// Learning-rate schedules, evaluated per optimisation step:
//   constant  the base rate throughout;
//   cosine    linear warm-up over the first warmupEpochs, then cosine decay to zero;
//   onecycle  as PyTorch's OneCycleLR defaults: from base/25 up to base over the first 30 % of
//             the steps, then cosine down to base/25/1e4;
//   step      ×0.1 at half and again at three quarters of the epochs.

#include <QString>
#include <QStringList>

namespace Hone {

QStringList learningRateSchedules();

// step is 0-based over the whole run; totalSteps = epochs × stepsPerEpoch.
double scheduledLearningRate(const QString &schedule, double base, double warmupEpochs, int step,
                             int stepsPerEpoch, int epochs);

} // namespace Hone
