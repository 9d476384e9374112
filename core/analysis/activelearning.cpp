#include "activelearning.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Hone {

namespace {

// Batches of the queue arranged for diversity; beyond them the queue is in score order (a user
// labels from the top, and the head retrains long before reaching them).
constexpr int DiverseBatches = 100;

float unitUniform(quint64 seed, int row)
{
    quint64 z = seed * 0x9E3779B97F4A7C15ull + quint64(row) * 0xD1B54A32D192ED03ull + 0x632BE59BD9B4E019ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return float(double(z >> 11) * (1.0 / 9007199254740992.0));
}

float cosine(const std::vector<float> &unit, int dims, int a, int b)
{
    const float *x = unit.data() + size_t(a) * size_t(dims);
    const float *y = unit.data() + size_t(b) * size_t(dims);
    float sum = 0.0f;
    for (int d = 0; d < dims; ++d)
        sum += x[d] * y[d];
    return sum;
}

} // namespace

bool queryStrategyFromName(const QString &name, QueryStrategy *strategy)
{
    static const QList<QPair<QString, QueryStrategy>> names = {{QStringLiteral("margin"), QueryStrategy::Margin},
                                                               {QStringLiteral("entropy"), QueryStrategy::Entropy},
                                                               {QStringLiteral("least-confidence"), QueryStrategy::LeastConfidence},
                                                               {QStringLiteral("random"), QueryStrategy::Random}};
    for (const auto &[text, value] : names) {
        if (name == text) {
            *strategy = value;
            return true;
        }
    }
    return false;
}

QString queryStrategyName(QueryStrategy strategy)
{
    switch (strategy) {
    case QueryStrategy::Margin:
        return QStringLiteral("margin");
    case QueryStrategy::Entropy:
        return QStringLiteral("entropy");
    case QueryStrategy::LeastConfidence:
        return QStringLiteral("least-confidence");
    case QueryStrategy::Random:
        return QStringLiteral("random");
    }
    return {};
}

std::vector<float> uncertaintyScores(const std::vector<float> &probabilities, int classes, QueryStrategy strategy,
                                     quint64 seed)
{
    const int rows = classes > 0 ? int(probabilities.size() / size_t(classes)) : 0;
    std::vector<float> scores(size_t(rows), 0.0f);
    const double logClasses = classes > 1 ? std::log(double(classes)) : 1.0;
    for (int r = 0; r < rows; ++r) {
        const float *p = probabilities.data() + size_t(r) * size_t(classes);
        float first = 0.0f, second = 0.0f;
        double entropy = 0.0;
        for (int c = 0; c < classes; ++c) {
            if (p[c] > first) {
                second = first;
                first = p[c];
            } else if (p[c] > second) {
                second = p[c];
            }
            if (p[c] > 0.0f)
                entropy -= double(p[c]) * std::log(double(p[c]));
        }
        switch (strategy) {
        case QueryStrategy::Margin:
            scores[size_t(r)] = 1.0f - (first - second);
            break;
        case QueryStrategy::Entropy:
            scores[size_t(r)] = float(entropy / logClasses);
            break;
        case QueryStrategy::LeastConfidence:
            scores[size_t(r)] = 1.0f - first;
            break;
        case QueryStrategy::Random:
            scores[size_t(r)] = unitUniform(seed, r);
            break;
        }
    }
    return scores;
}

QVector<int> diverseOrder(const QVector<int> &candidates, const std::vector<float> &scores,
                          const std::vector<float> &unitRows, int dims, const DiversityOptions &options)
{
    std::vector<int> pending(candidates.begin(), candidates.end());
    std::stable_sort(pending.begin(), pending.end(), [&](int a, int b) {
        return scores[size_t(a)] != scores[size_t(b)] ? scores[size_t(a)] > scores[size_t(b)] : a < b;
    });
    const int batch = std::max(1, options.batch);
    const bool canCompare = dims > 0 && unitRows.size() >= size_t(dims);
    const int scanLimit = batch * std::max(1, options.lookAhead);
    QVector<int> order;
    order.reserve(int(pending.size()));
    for (int round = 0; round < DiverseBatches && !pending.empty(); ++round) {
        std::vector<int> chosen, rest;
        rest.reserve(pending.size());
        int scanned = 0;
        for (int row : pending) {
            if (int(chosen.size()) == batch) {
                rest.push_back(row);
                continue;
            }
            bool redundant = false;
            if (canCompare && scanned < scanLimit) {
                for (int other : chosen) {
                    if (cosine(unitRows, dims, row, other) > options.redundancy) {
                        redundant = true;
                        break;
                    }
                }
            }
            ++scanned;
            if (redundant)
                rest.push_back(row);
            else
                chosen.push_back(row);
        }
        order += QVector<int>(chosen.begin(), chosen.end());
        pending.swap(rest);
    }
    order += QVector<int>(pending.begin(), pending.end());
    return order;
}

QVector<int> coldStartOrder(const QVector<int> &candidates, const std::vector<float> &unitRows, int dims,
                            int clusters, quint64 seed)
{
    const int m = candidates.size();
    if (m <= 1 || dims <= 0)
        return candidates;
    const int k = clusters > 0 ? std::min(clusters, m)
                               : std::clamp(int(std::lround(std::sqrt(double(m)))), std::min(2, m), 50);
    std::vector<float> subset(size_t(m) * size_t(dims));
    for (int i = 0; i < m; ++i)
        std::copy_n(unitRows.begin() + ptrdiff_t(candidates[i]) * dims, dims, subset.begin() + ptrdiff_t(i) * dims);
    const Nn::KMeans km = Nn::kMeans(subset, dims, k, 30, seed);

    std::vector<std::vector<int>> members(size_t(km.k));
    for (int i = 0; i < m; ++i)
        members[size_t(km.assignment[size_t(i)])].push_back(i);
    for (auto &list : members) {
        std::stable_sort(list.begin(), list.end(),
                         [&](int a, int b) { return km.distance[size_t(a)] < km.distance[size_t(b)]; });
    }
    std::vector<int> clusterOrder(size_t(km.k));
    std::iota(clusterOrder.begin(), clusterOrder.end(), 0);
    std::stable_sort(clusterOrder.begin(), clusterOrder.end(),
                     [&](int a, int b) { return members[size_t(a)].size() > members[size_t(b)].size(); });
    QVector<int> order;
    order.reserve(m);
    for (size_t depth = 0; order.size() < m; ++depth) {
        for (int c : clusterOrder) {
            if (depth < members[size_t(c)].size())
                order.append(candidates[members[size_t(c)][depth]]);
        }
    }
    return order;
}

double suggestionPenalty(int labelled)
{
    return std::clamp(4.0 / std::max(1, labelled), 0.001, 0.1);
}

SuggestionSet suggestLabels(const std::vector<float> &features, int dims, const QVector<bool> &readable,
                            const QVector<int> &labels, int classes, const SuggestOptions &options)
{
    return suggestLabels(features, Nn::normalizedRows(features, dims, true, std::vector<bool>(readable.begin(), readable.end())),
                         dims, readable, labels, classes, options);
}

SuggestionSet suggestLabels(const std::vector<float> &features, const std::vector<float> &unitRows, int dims,
                            const QVector<bool> &readable, const QVector<int> &labels, int classes,
                            const SuggestOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    SuggestionSet result;
    const int n = readable.size();
    result.rows = QVector<Suggestion>(n);
    QVector<int> denseOf(std::max(0, classes), -1);
    std::vector<int> use;
    std::vector<int> dense(size_t(n), 0);
    QVector<int> unlabelled;
    for (int i = 0; i < n; ++i) {
        if (!readable[i])
            continue;
        const int label = labels.value(i, -1);
        if (label < 0 || label >= classes) {
            unlabelled.append(i);
            continue;
        }
        if (denseOf[label] < 0) {
            denseOf[label] = result.classesSeen.size();
            result.classesSeen.append(label);
        }
        dense[size_t(i)] = denseOf[label];
        use.push_back(i);
    }
    result.labelled = int(use.size());
    if (result.classesSeen.size() < 2) {
        result.coldStart = true;
        result.queue = options.strategy == QueryStrategy::Random
            ? diverseOrder(unlabelled, uncertaintyScores(std::vector<float>(size_t(n), 1.0f), 1, QueryStrategy::Random, options.seed), {}, 0, options.diversity)
            : coldStartOrder(unlabelled, unitRows, dims, options.clusters, options.seed);
        result.seconds = timer.nsecsElapsed() / 1e9;
        return result;
    }

    const int seen = result.classesSeen.size();
    Nn::SoftmaxHeadOptions headOptions = options.head;
    if (headOptions.l2 < 0.0)
        headOptions.l2 = suggestionPenalty(result.labelled);
    if (headOptions.standardizeRows.empty()) {
        for (int i = 0; i < n; ++i) {
            if (readable[i])
                headOptions.standardizeRows.push_back(i);
        }
    }
    const Nn::SoftmaxHead head = Nn::fitSoftmaxHead(features, dims, dense, seen, use, headOptions);
    const std::vector<int> score(unlabelled.begin(), unlabelled.end());
    const std::vector<float> p = score.empty() ? std::vector<float>() : Nn::headProbabilities(head, features, score);
    const std::vector<float> usefulness = uncertaintyScores(p, seen, options.strategy, options.seed);
    std::vector<float> byRow(size_t(n), 0.0f);
    for (size_t j = 0; j < score.size(); ++j) {
        const float *row = p.data() + j * size_t(seen);
        const int best = int(std::max_element(row, row + seen) - row);
        Suggestion &s = result.rows[score[j]];
        s.classIndex = result.classesSeen[best];
        s.confidence = row[best];
        s.score = usefulness[j];
        byRow[size_t(score[j])] = usefulness[j];
    }
    result.queue = diverseOrder(unlabelled, byRow, unitRows, dims, options.diversity);
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

} // namespace Hone
