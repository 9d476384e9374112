#pragma once

// Dense arithmetic on image embeddings for the analysis engine (core/analysis): softmax-regression
// heads fitted on fixed features, and cosine-similarity searches. Torch-free interface; the work
// runs on LibTorch's CPU kernels (BLAS matrix products). Every function may throw std::exception
// from LibTorch; callers catch at their boundary.
//
// Matrices are row-major float32, `rows` × `dims`.

#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace Hone::Nn {

struct SoftmaxHeadOptions
{
    // L2 penalty on the weights, per sample: loss = mean cross-entropy + l2 / 2 · ‖W‖².
    double l2 = 0.1;   // bench/run-doctor.sh: best label-error ranking of 1e-4 … 1
    int maxIterations = 300;   // L-BFGS iterations (full batch)
    // Rows whose mean and spread standardise the features; empty: the fitted rows. With a few
    // labels the fitted rows' spread is near zero in most dimensions, and dividing the other rows
    // by it makes wild, over-confident predictions: suggestions standardise on every image.
    std::vector<int> standardizeRows;
    // Checked at every L-BFGS evaluation: when set, the fit throws FitStopped.
    const std::atomic_bool *stop = nullptr;
};

struct FitStopped : std::runtime_error
{
    FitStopped()
        : std::runtime_error("the fit was stopped")
    {
    }
};

// A linear softmax classifier over standardised features: p = softmax(((x − mean) / scale) W + b).
struct SoftmaxHead
{
    int64_t dims = 0;
    int64_t classes = 0;
    std::vector<float> mean;      // dims
    std::vector<float> scale;     // dims, never 0
    std::vector<float> weights;   // dims × classes
    std::vector<float> bias;      // classes
};

// Fits a head on rows `use` of `features` (all rows when empty) with labels in [0, classes).
SoftmaxHead fitSoftmaxHead(const std::vector<float> &features, int64_t dims,
                           const std::vector<int> &labels, int classes,
                           const std::vector<int> &use, const SoftmaxHeadOptions &options);

// Class probabilities of rows `rows` of `features` (all when empty): rows.size() × classes.
std::vector<float> headProbabilities(const SoftmaxHead &head, const std::vector<float> &features,
                                     const std::vector<int> &rows);

// Each row scaled to unit length (rows of zeros stay zero). With `centre`, the mean of the rows
// marked in `use` (all when empty) is subtracted first: pooled activations are non-negative, so
// raw cosines crowd near 1, while centred ones spread over the dataset's own variety.
std::vector<float> normalizedRows(const std::vector<float> &features, int64_t dims, bool centre = false,
                                  const std::vector<bool> &use = {});

struct SimilarPair
{
    int first = 0;    // first < second
    int second = 0;
    float similarity = 0.0f;
};

// Every pair of rows of `unitRows` (unit length) whose cosine similarity is at least `threshold`,
// computed block by block so memory stays O(rows · block).
std::vector<SimilarPair> similarPairs(const std::vector<float> &unitRows, int64_t dims, float threshold);

// For every row, the mean cosine distance (1 − similarity) to its k most similar other rows
// (fewer when there are fewer rows).
std::vector<float> nearestNeighbourDistances(const std::vector<float> &unitRows, int64_t dims, int k);

// The k rows most like each row (never itself) by Euclidean distance, nearest first:
// rows × k indices and distances (fewer columns when there are fewer other rows).
struct Neighbours
{
    int k = 0;
    std::vector<int> index;
    std::vector<float> distance;
};
Neighbours nearestNeighbours(const std::vector<float> &rows, int64_t dims, int k);

// The rows projected onto their first `components` principal axes (the mean removed), in order of
// decreasing variance: rows × min(components, dims).
std::vector<float> principalComponents(const std::vector<float> &rows, int64_t dims, int components);

struct KMeans
{
    int k = 0;
    std::vector<float> centres;       // k × dims
    std::vector<int> assignment;      // per row, its centre
    std::vector<float> distance;      // per row, the Euclidean distance to its centre
};

// Lloyd's k-means with k-means++ seeding (a seeded generator of Hone's own, so the result does not
// depend on the standard library); k is capped at the number of rows.
KMeans kMeans(const std::vector<float> &rows, int64_t dims, int k, int iterations, uint64_t seed);

} // namespace Hone::Nn
