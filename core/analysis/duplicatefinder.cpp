#include "duplicatefinder.h"

#include "imagesurvey.h"
#include "nn/embeddingmath.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>

namespace Hone {

namespace {

struct UnionFind
{
    explicit UnionFind(int n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(int a, int b) { parent[find(a)] = find(b); }
    std::vector<int> parent;
};

struct Edge
{
    int a = 0;
    int b = 0;
    double similarity = 1.0;
};

} // namespace

bool spansSplits(const QVector<Split> &splits)
{
    bool seen[4] = {};
    for (Split s : splits)
        seen[int(s)] = true;
    return int(seen[int(Split::Train)]) + int(seen[int(Split::Val)]) + int(seen[int(Split::Test)]) > 1;
}

QVector<DuplicateGroup> findDuplicates(const QVector<DuplicateItem> &items, const std::vector<float> &unitEmbeddings,
                                       int dims, const DuplicateOptions &options)
{
    const int n = items.size();
    std::vector<Edge> edges;

    QHash<QString, int> firstWithPixels;
    for (int i = 0; i < n; ++i) {
        if (items[i].pixelHash.isEmpty())
            continue;
        const auto it = firstWithPixels.constFind(items[i].pixelHash);
        if (it == firstWithPixels.constEnd())
            firstWithPixels.insert(items[i].pixelHash, i);
        else
            edges.push_back({*it, i, 1.0});
    }

    const bool embedded = dims > 0 && unitEmbeddings.size() == size_t(n) * size_t(dims);
    const auto distance = [&](const DuplicateItem &a, const DuplicateItem &b) {
        return std::min({hammingDistance(a.perceptualHash, b.perceptualHash), hammingDistance(a.cropHash, b.perceptualHash),
                         hammingDistance(a.perceptualHash, b.cropHash)});
    };
    const auto cosine = [&](int a, int b) {
        const float *x = unitEmbeddings.data() + size_t(a) * dims;
        const float *y = unitEmbeddings.data() + size_t(b) * dims;
        double s = 0.0;
        for (int k = 0; k < dims; ++k)
            s += double(x[k]) * y[k];
        return s;
    };
    const auto distinct = [&](int a, int b) {
        return !items[a].pixelHash.isEmpty() && !items[b].pixelHash.isEmpty() && items[a].pixelHash != items[b].pixelHash;
    };
    const auto pixelsAgree = [&](const DuplicateItem &a, const DuplicateItem &b) {
        if (a.tiny.isEmpty() || b.tiny.isEmpty())
            return true;
        return std::max({tinyCorrelation(a.tiny, b.tiny), tinyCorrelation(a.tinyCrop, b.tiny),
                         tinyCorrelation(a.tiny, b.tinyCrop)}) >= options.pixelCorrelation;
    };
    if (embedded) {
        // Alike to the hash, not contradicted by the embeddings (all pairs: 64-bit popcounts).
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b) {
                if (distance(items[a], items[b]) > options.hashDistance || !distinct(a, b))
                    continue;
                const double s = cosine(a, b);
                if (s >= options.hashSimilarity && pixelsAgree(items[a], items[b]))
                    edges.push_back({a, b, std::min(1.0, s)});
            }
        }
        // Close embeddings with hashes still near.
        for (const Nn::SimilarPair &pair : Nn::similarPairs(unitEmbeddings, dims, options.similarity)) {
            const int bits = distance(items[pair.first], items[pair.second]);
            if (bits > options.hashDistance && bits <= options.looseHashDistance && distinct(pair.first, pair.second)
                && pixelsAgree(items[pair.first], items[pair.second]))
                edges.push_back({pair.first, pair.second, std::min(1.0, double(pair.similarity))});
        }
    }

    UnionFind sets(n);
    for (const Edge &e : edges)
        sets.join(e.a, e.b);
    std::map<int, DuplicateGroup> byRoot;
    for (int i = 0; i < n; ++i)
        byRoot[sets.find(i)].rows.append(i);
    for (const Edge &e : edges) {
        DuplicateGroup &g = byRoot[sets.find(e.a)];
        g.similarity = std::min(g.similarity, e.similarity);
    }

    QVector<DuplicateGroup> groups;
    for (auto &[root, group] : byRoot) {
        if (group.rows.size() < 2)
            continue;
        group.exact = std::all_of(group.rows.begin(), group.rows.end(),
                                  [&](int r) { return items[r].pixelHash == items[group.rows.first()].pixelHash; });
        if (!group.exact) {
            std::map<QString, QVector<int>> byPixels;
            for (int r : group.rows)
                byPixels[items[r].pixelHash].append(r);
            for (const auto &[hash, rows] : byPixels)
                if (rows.size() > 1)
                    group.exactSets.append(rows);
        }
        QVector<Split> splits;
        for (int r : group.rows)
            splits.append(items[r].split);
        group.crossSplit = spansSplits(splits);
        groups.append(group);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        if (a.exact != b.exact)
            return a.exact;
        return a.rows.size() > b.rows.size();
    });
    return groups;
}

} // namespace Hone
