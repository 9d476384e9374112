#include "outliers.h"

#include "nn/embeddingmath.h"

#include <algorithm>

namespace Hone {

namespace {

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const double at = q * double(v.size() - 1);
    const size_t lo = size_t(at);
    const size_t hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (at - double(lo));
}

} // namespace

OutlierScan findOutliers(const std::vector<float> &unitRows, int dims, const QVector<bool> &use, int neighbours,
                         double factor)
{
    OutlierScan scan;
    const int rows = use.size();
    scan.scores = QVector<double>(rows, 0.0);
    std::vector<int> kept;
    std::vector<float> packed;
    for (int r = 0; r < rows; ++r) {
        if (!use[r])
            continue;
        kept.push_back(r);
        packed.insert(packed.end(), unitRows.begin() + ptrdiff_t(size_t(r) * dims),
                      unitRows.begin() + ptrdiff_t(size_t(r + 1) * dims));
    }
    if (kept.size() < 4 || dims <= 0)
        return scan;   // too few images to say what is far
    const std::vector<float> distance = Nn::nearestNeighbourDistances(packed, dims, neighbours);
    std::vector<double> values(distance.begin(), distance.end());
    for (size_t i = 0; i < kept.size(); ++i)
        scan.scores[kept[i]] = values[i];
    const double q1 = quantile(values, 0.25);
    const double q3 = quantile(values, 0.75);
    scan.threshold = q3 + factor * (q3 - q1);
    for (int r : kept) {
        if (scan.scores[r] > scan.threshold && scan.scores[r] > 1e-6)
            scan.outliers.append(r);
    }
    std::stable_sort(scan.outliers.begin(), scan.outliers.end(),
                     [&](int a, int b) { return scan.scores[a] > scan.scores[b]; });
    return scan;
}

} // namespace Hone
