#pragma once

// Outliers in embedding space: an image's score is its mean cosine distance to its k nearest
// other images (any label, labelled or not). Scores beyond Tukey's far-out fence,
// Q3 + factor · (Q3 − Q1) with factor 3 by default, are outliers: far from every class, and from
// every other image. A dataset of one kind of picture has none.

#include <QVector>

#include <vector>

namespace Hone {

struct OutlierScan
{
    QVector<double> scores;   // per row
    double threshold = 0.0;   // the fence
    QVector<int> outliers;    // rows beyond it, farthest first
};

// `unitRows` holds `rows` unit-length embeddings; `use[r]` false leaves row r out (no score).
OutlierScan findOutliers(const std::vector<float> &unitRows, int dims, const QVector<bool> &use,
                         int neighbours = 5, double factor = 3.0);

} // namespace Hone
