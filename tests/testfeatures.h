#pragma once

// Synthetic embeddings for the analysis tests: points scattered around well-separated centres.

#include <QVector>

#include <random>
#include <vector>

namespace TestFeatures {

struct Clusters
{
    std::vector<float> features;   // rows × dims
    QVector<int> labels;           // each row's centre
    int dims = 0;
};

// `perClass` points per class in `dims` dimensions: class k's centre is `separation` in every
// dimension d with d % classes == k, plus Gaussian noise of `spread`.
inline Clusters clusters(int classes, int perClass, int dims, double spread, unsigned seed, double separation = 3.0)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, spread);
    Clusters c;
    c.dims = dims;
    for (int k = 0; k < classes; ++k) {
        for (int i = 0; i < perClass; ++i) {
            for (int d = 0; d < dims; ++d)
                c.features.push_back(float((d % classes == k ? separation : 0.0) + noise(rng)));
            c.labels.append(k);
        }
    }
    return c;
}

} // namespace TestFeatures
