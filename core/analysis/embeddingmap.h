#pragma once

// A map of the dataset: every image's embedding placed in 2-D so that images the backbone finds
// alike lie close together. The method is UMAP's (McInnes, Healy & Melville 2018), written here in
// C++ because no C or C++ library for it is packaged in Debian (Debian's umap-learn is Python;
// bench/run-active.sh compares the two maps' neighbourhood preservation):
//   1. the centred, unit-length embeddings projected onto their first 50 principal axes;
//   2. each image's 15 nearest neighbours there, turned into a fuzzy graph (distance to the
//      nearest neighbour subtracted, a per-image bandwidth so the weights sum to log₂ 15, the
//      two directions joined as a + b − ab);
//   3. starting from the first two principal axes (scaled to ±10), stochastic gradient descent on
//      the graph's cross-entropy: edges pull their ends together in proportion to their weight,
//      five random images per edge push apart (min_dist 0.1: a = 1.577, b = 0.895).
// The result depends on the seed only through the generator of Hone's own, so a map is the same on
// every run and every standard library; it may differ in the last digits between CPUs.

#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <vector>

namespace Hone {

struct MapPoint
{
    float x = 0.0f;
    float y = 0.0f;
    bool placed = false;   // false for unreadable images (no embedding)
};

struct MapOptions
{
    int principalAxes = 50;
    int neighbours = 15;
    int epochs = 0;        // 0: 500 up to 10,000 images, 200 beyond (as umap-learn)
    int negativeSamples = 5;
    quint64 seed = 0;
};

struct EmbeddingMap
{
    QVector<MapPoint> points;   // one per input row
    QString method;             // in words, for the CLI and the GUI
    double seconds = 0.0;
};

// `features` rows × dims. False when stopped. `progress(done, total)` per optimisation epoch.
// May throw std::exception from the arithmetic; callers catch.
bool computeEmbeddingMap(const std::vector<float> &features, int dims, const QVector<bool> &readable,
                         const MapOptions &options, EmbeddingMap *map, const std::atomic_bool &stop,
                         const std::function<void(int, int)> &progress = {});

} // namespace Hone
