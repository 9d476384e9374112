#include "lrschedule.h"

#include <algorithm>
#include <cmath>

namespace Hone {

namespace {

constexpr double Pi = 3.14159265358979323846;

double cosineBetween(double from, double to, double progress)
{
    return to + (from - to) * 0.5 * (1.0 + std::cos(Pi * std::clamp(progress, 0.0, 1.0)));
}

} // namespace

QStringList learningRateSchedules()
{
    return {QStringLiteral("cosine"), QStringLiteral("onecycle"), QStringLiteral("step"),
            QStringLiteral("constant")};
}

double scheduledLearningRate(const QString &schedule, double base, double warmupEpochs, int step,
                             int stepsPerEpoch, int epochs)
{
    const int total = std::max(1, stepsPerEpoch * epochs);
    step = std::clamp(step, 0, total - 1);
    if (schedule == QLatin1String("cosine")) {
        const int warmup = std::min(total - 1, int(std::lround(warmupEpochs * stepsPerEpoch)));
        if (step < warmup)
            return base * double(step + 1) / double(warmup + 1);
        // The last step runs at a small rate, never at exactly zero.
        return cosineBetween(base, 0.0, double(step - warmup + 1) / double(total - warmup + 1));
    }
    if (schedule == QLatin1String("onecycle")) {
        const double initial = base / 25.0;
        const double final = initial / 1e4;
        const int peak = std::max(1, int(0.3 * total)) ;
        if (step < peak)
            return cosineBetween(initial, base, double(step) / double(peak));
        return cosineBetween(base, final, double(step - peak) / double(std::max(1, total - 1 - peak)));
    }
    if (schedule == QLatin1String("step")) {
        const int epoch = step / std::max(1, stepsPerEpoch);   // 0-based
        double rate = base;
        if (epoch >= epochs / 2 && epochs >= 2)
            rate *= 0.1;
        if (epoch >= (epochs * 3) / 4 && epochs >= 4)
            rate *= 0.1;
        return rate;
    }
    return base;   // constant
}

} // namespace Hone
