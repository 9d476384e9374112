#include "embeddingmap.h"

#include "nn/embeddingmath.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Hone {

namespace {

constexpr float CurveA = 1.577f;   // UMAP's curve 1 / (1 + a d^2b) for min_dist 0.1, spread 1
constexpr float CurveB = 0.895f;
constexpr float GradientClip = 4.0f;

struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};

float clip(float v)
{
    return std::clamp(v, -GradientClip, GradientClip);
}

struct Edge
{
    int head = 0;
    int tail = 0;
    float weight = 0.0f;
};

// Step 2: the fuzzy graph over the neighbour lists, both directions of every joined edge.
std::vector<Edge> fuzzyGraph(const Nn::Neighbours &nn, int n)
{
    const int k = nn.k;
    const double target = std::log2(double(std::max(2, k)));
    std::unordered_map<quint64, float> directed;
    directed.reserve(size_t(n) * size_t(k));
    for (int i = 0; i < n; ++i) {
        const float *d = nn.distance.data() + size_t(i) * size_t(k);
        float rho = 0.0f;
        for (int j = 0; j < k; ++j) {
            if (d[j] > 0.0f) {
                rho = d[j];
                break;
            }
        }
        double lo = 0.0, hi = 1e30, sigma = 1.0;
        for (int step = 0; step < 64; ++step) {
            double sum = 0.0;
            for (int j = 0; j < k; ++j)
                sum += std::exp(-std::max(0.0, double(d[j]) - rho) / sigma);
            if (std::abs(sum - target) < 1e-5)
                break;
            if (sum > target) {
                hi = sigma;
                sigma = (lo + hi) / 2.0;
            } else {
                lo = sigma;
                sigma = hi >= 1e30 ? sigma * 2.0 : (lo + hi) / 2.0;
            }
        }
        sigma = std::max(sigma, 1e-3 * double(rho > 0.0f ? rho : 1.0f));
        for (int j = 0; j < k; ++j) {
            const int other = nn.index[size_t(i) * size_t(k) + size_t(j)];
            const float w = float(std::exp(-std::max(0.0, double(d[j]) - rho) / sigma));
            directed[quint64(quint32(i)) << 32 | quint32(other)] = w;
        }
    }
    std::vector<Edge> edges;
    edges.reserve(directed.size() * 2);
    for (const auto &[key, w] : directed) {
        const int a = int(key >> 32), b = int(key & 0xffffffffu);
        const auto back = directed.find(quint64(quint32(b)) << 32 | quint32(a));
        const float v = back == directed.end() ? 0.0f : back->second;
        if (back != directed.end() && b < a)
            continue;   // the pair is joined once, from its smaller end
        const float joined = w + v - w * v;
        edges.push_back({a, b, joined});
        edges.push_back({b, a, joined});
    }
    // A fixed order, whatever the hash map's.
    std::sort(edges.begin(), edges.end(),
              [](const Edge &x, const Edge &y) { return x.head != y.head ? x.head < y.head : x.tail < y.tail; });
    return edges;
}

} // namespace

bool computeEmbeddingMap(const std::vector<float> &features, int dims, const QVector<bool> &readable,
                         const MapOptions &options, EmbeddingMap *map, const std::atomic_bool &stop,
                         const std::function<void(int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    EmbeddingMap out;
    const int rows = readable.size();
    out.points = QVector<MapPoint>(rows);
    out.method = QCoreApplication::translate("Hone::EmbeddingMap",
                                             "UMAP (%1 neighbours) on the first %2 principal axes of the centred "
                                             "embeddings, started from the first two")
                     .arg(options.neighbours)
                     .arg(options.principalAxes);
    QVector<int> placed;
    for (int i = 0; i < rows; ++i) {
        if (readable[i])
            placed.append(i);
    }
    const int n = placed.size();
    std::vector<float> subset(size_t(n) * size_t(dims));
    for (int i = 0; i < n; ++i)
        std::copy_n(features.begin() + ptrdiff_t(placed[i]) * dims, dims, subset.begin() + ptrdiff_t(i) * dims);
    subset = Nn::normalizedRows(subset, dims, true);

    std::vector<float> y(size_t(n) * 2, 0.0f);
    if (n >= 3 && dims > 0) {
        const int axes = std::min({options.principalAxes, dims, n});
        const std::vector<float> reduced = Nn::principalComponents(subset, dims, axes);
        float extent = 0.0f;
        for (int i = 0; i < n; ++i) {
            y[size_t(i) * 2] = reduced[size_t(i) * size_t(axes)];
            y[size_t(i) * 2 + 1] = axes > 1 ? reduced[size_t(i) * size_t(axes) + 1] : 0.0f;
            extent = std::max({extent, std::abs(y[size_t(i) * 2]), std::abs(y[size_t(i) * 2 + 1])});
        }
        for (float &v : y)
            v = extent > 0.0f ? v * 10.0f / extent : 0.0f;

        const Nn::Neighbours nn = Nn::nearestNeighbours(reduced, axes, options.neighbours);
        const std::vector<Edge> edges = fuzzyGraph(nn, n);
        const int epochs = options.epochs > 0 ? options.epochs : n <= 10000 ? 500 : 200;
        float maxWeight = 0.0f;
        for (const Edge &e : edges)
            maxWeight = std::max(maxWeight, e.weight);
        std::vector<float> every(edges.size()), next(edges.size()), everyNegative(edges.size()), nextNegative(edges.size());
        for (size_t e = 0; e < edges.size(); ++e) {
            // Edges too weak to be drawn once in the whole run are left out, as umap-learn does.
            every[e] = edges[e].weight >= maxWeight / float(epochs) ? maxWeight / edges[e].weight : -1.0f;
            next[e] = every[e];
            everyNegative[e] = every[e] / float(std::max(1, options.negativeSamples));
            nextNegative[e] = everyNegative[e];
        }
        Random random{options.seed ^ 0xA5A5A5A5DEADBEEFull};
        for (int epoch = 0; epoch < epochs; ++epoch) {
            if (stop.load())
                return false;
            const float alpha = 1.0f - float(epoch) / float(epochs);
            for (size_t e = 0; e < edges.size(); ++e) {
                if (every[e] <= 0.0f || next[e] > float(epoch))
                    continue;
                float *a = &y[size_t(edges[e].head) * 2];
                float *b = &y[size_t(edges[e].tail) * 2];
                float dx = a[0] - b[0], dy = a[1] - b[1];
                float d2 = dx * dx + dy * dy;
                if (d2 > 0.0f) {
                    const float pb = std::pow(d2, CurveB);
                    const float g = -2.0f * CurveA * CurveB * pb / d2 / (CurveA * pb + 1.0f);
                    const float gx = clip(g * dx) * alpha, gy = clip(g * dy) * alpha;
                    a[0] += gx;
                    a[1] += gy;
                    b[0] -= gx;
                    b[1] -= gy;
                }
                next[e] += every[e];
                const int negatives = int((float(epoch) - nextNegative[e]) / everyNegative[e]);
                for (int s = 0; s < negatives; ++s) {
                    const int other = int(random.next() % quint64(n));
                    if (other == edges[e].head)
                        continue;
                    const float *c = &y[size_t(other) * 2];
                    dx = a[0] - c[0];
                    dy = a[1] - c[1];
                    d2 = dx * dx + dy * dy;
                    if (d2 > 0.0f) {
                        const float g = 2.0f * CurveB / ((0.001f + d2) * (CurveA * std::pow(d2, CurveB) + 1.0f));
                        a[0] += clip(g * dx) * alpha;
                        a[1] += clip(g * dy) * alpha;
                    } else {
                        a[0] += GradientClip * alpha;
                    }
                }
                nextNegative[e] += float(negatives) * everyNegative[e];
            }
            if (progress)
                progress(epoch + 1, epochs);
        }
    }
    for (int i = 0; i < n; ++i)
        out.points[placed[i]] = {y[size_t(i) * 2], y[size_t(i) * 2 + 1], true};
    out.seconds = timer.nsecsElapsed() / 1e9;
    *map = std::move(out);
    return true;
}

} // namespace Hone
