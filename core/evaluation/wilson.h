#pragma once

// The Wilson score interval of a proportion: the 95 % confidence interval of an accuracy measured
// on n images, honest for small n and for accuracies near 0 or 1 (where the normal approximation
// p ± 1.96·√(p(1−p)/n) leaves [0, 1] or collapses to a point).

#include <algorithm>
#include <cmath>

namespace Hone {

struct ProportionInterval
{
    double low = 0.0;
    double high = 1.0;
};

inline ProportionInterval wilsonInterval(double successes, double n, double z = 1.959963984540054)
{
    if (!(n > 0.0))
        return {0.0, 1.0};
    const double p = std::clamp(successes / n, 0.0, 1.0);
    const double z2 = z * z;
    const double centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / (1.0 + z2 / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace Hone
