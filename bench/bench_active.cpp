// Labelling with the model (core/analysis/activelearning.h), measured as a simulated labelling
// session on a fully labelled Fashion-MNIST project whose true labels play the user:
//   * per seed, a stratified draw of PER_CLASS images of each class, split into a pool (75 %) and a
//     test set (25 %); START labels per class at random from the pool; then, for each strategy
//     (margin, entropy, least confidence, random), repeatedly: suggestLabels() on the pool with the
//     labels so far, the first BATCH of its queue given their true labels, up to BUDGET labels.
//     After every batch a softmax head like the one suggestLabels() fits (default options,
//     standardised on every pool image; --head-l2 sets the penalty of both) is fitted on the
//     labelled pool rows and its test accuracy recorded, with the share of the suggestions a user would accept (top-1 correct) computed
//     before the batch was labelled: over every unlabelled pool image, and over the batch the
//     queue shows. "Full pool": the head on every pool image.
//   * speed on every image of the project: suggestLabels() (retrain + re-score + queue) with
//     SPEED_LABELLED labels, median of REPEATS, and computeEmbeddingMap().
// The embeddings come from the bundled backbone (as hone-cli suggest uses by default), through
// the embedding pass and the project's cache. With --export PREFIX the embeddings, the true labels
// and Hone's map are written as PREFIX-features.npy, PREFIX-labels.npy and PREFIX-map.npy for
// bench/active_reference.py (umap-learn and scikit-learn); bench/run-active.sh runs both.
//
// usage: bench_active DIR [--per-class 400] [--seeds 1,2,3] [--budget 400] [--batch 20] [--start 2]
//                         [--speed-labelled 500] [--repeats 5] [--export PREFIX] [--no-map]
//                         [--no-speed] [--head-l2 X]
// DIR: a labelled Hone project; when DIR holds none, a project of all ten Fashion-MNIST classes is
// made there first (1,000 test images each: the bundled backbone was pretrained on training images
// of six of these classes, never on these images).

#include "analysis/activelearning.h"
#include "analysis/datadoctor.h"
#include "analysis/embeddingmap.h"
#include "analysis/embeddingpass.h"
#include "demo/demoproject.h"
#include "nn/embeddingmath.h"
#include "nn/runtime.h"
#include "project/project.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>

using namespace Hone;

namespace {

const QList<QueryStrategy> Strategies = {QueryStrategy::Margin, QueryStrategy::Entropy,
                                         QueryStrategy::LeastConfidence, QueryStrategy::Random};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0.0 : n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

std::vector<float> gatherRows(const std::vector<float> &features, int dims, const std::vector<int> &rows)
{
    std::vector<float> out(rows.size() * size_t(dims));
    for (size_t i = 0; i < rows.size(); ++i)
        std::copy_n(features.begin() + ptrdiff_t(rows[i]) * dims, dims, out.begin() + ptrdiff_t(i) * dims);
    return out;
}

int argmax(const float *p, int n)
{
    return int(std::max_element(p, p + n) - p);
}

// A head on rows `use` of the pool, its accuracy on the test rows.
double testAccuracy(const std::vector<float> &pool, const std::vector<int> &poolTruth, const std::vector<int> &use,
                    const std::vector<float> &test, const std::vector<int> &testTruth, int dims, int classes,
                    const Nn::SoftmaxHeadOptions &options)
{
    Nn::SoftmaxHeadOptions fit = options;
    if (fit.l2 < 0.0)   // as suggestLabels() chooses it
        fit.l2 = suggestionPenalty(use.empty() ? int(poolTruth.size()) : int(use.size()));
    const Nn::SoftmaxHead head = Nn::fitSoftmaxHead(pool, dims, poolTruth, classes, use, fit);
    const std::vector<float> p = Nn::headProbabilities(head, test, {});
    int correct = 0;
    for (size_t i = 0; i < testTruth.size(); ++i)
        correct += argmax(p.data() + i * size_t(classes), classes) == testTruth[i];
    return double(correct) / double(testTruth.size());
}

// Numpy's .npy format (version 1.0), little-endian, C order.
bool writeNpy(const QString &path, const char *descr, const void *data, size_t itemSize, size_t rows, size_t cols)
{
    QByteArray header = QByteArray("{'descr': '") + descr + "', 'fortran_order': False, 'shape': ("
                        + QByteArray::number(qulonglong(rows)) + ", "
                        + (cols > 0 ? QByteArray::number(qulonglong(cols)) : QByteArray()) + "), }";
    while ((10 + header.size() + 1) % 64)
        header += ' ';
    header += '\n';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("\x93NUMPY\x01\x00", 8);
    const quint16 length = quint16(header.size());
    const char lengthBytes[2] = {char(length & 0xff), char(length >> 8)};
    file.write(lengthBytes, 2);
    file.write(header);
    const qint64 bytes = qint64(itemSize * rows * std::max<size_t>(1, cols));
    return file.write(static_cast<const char *>(data), bytes) == bytes;
}

// Linear interpolation of where `curve` (by budgets) first reaches `target`; −1 when never.
double labelsToReach(const std::vector<int> &budgets, const std::vector<double> &curve, double target)
{
    for (size_t i = 0; i < curve.size(); ++i) {
        if (curve[i] >= target) {
            if (i == 0)
                return budgets[0];
            const double t = (target - curve[i - 1]) / (curve[i] - curve[i - 1]);
            return budgets[i - 1] + t * (budgets[i] - budgets[i - 1]);
        }
    }
    return -1.0;
}

int firstBudgetReaching(const std::vector<int> &budgets, const std::vector<double> &curve, double target)
{
    for (size_t i = 0; i < curve.size(); ++i) {
        if (curve[i] >= target)
            return budgets[i];
    }
    return -1;
}

QString reached(double labels, int budget)
{
    return labels < 0 ? QStringLiteral(">%1").arg(budget) : QString::number(labels, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: bench_active DIR [--per-class 400] [--seeds 1,2,3] [--budget 400] [--batch 20] "
                             "[--start 2] [--speed-labelled 500] [--repeats 5] [--export PREFIX] [--no-map] [--no-speed] "
                             "[--head-l2 X]\n");
        return 2;
    }
    const QString dir = args.at(1);
    int perClass = 400, budget = 400, batch = 20, start = 2, speedLabelled = 500, repeats = 5;
    QList<quint64> seeds = {1, 2, 3};
    QString exportPrefix;
    bool withMap = true, withSpeed = true;
    Nn::SoftmaxHeadOptions headOptions = SuggestOptions().head;   // suggestLabels()'s, unless --head-l2
    for (int i = 2; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString v = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--no-map") || a == QLatin1String("--no-speed")) {
            (a == QLatin1String("--no-map") ? withMap : withSpeed) = false;
            continue;
        }
        ++i;
        if (a == QLatin1String("--per-class"))
            perClass = v.toInt();
        else if (a == QLatin1String("--budget"))
            budget = v.toInt();
        else if (a == QLatin1String("--batch"))
            batch = v.toInt();
        else if (a == QLatin1String("--start"))
            start = v.toInt();
        else if (a == QLatin1String("--speed-labelled"))
            speedLabelled = v.toInt();
        else if (a == QLatin1String("--repeats"))
            repeats = v.toInt();
        else if (a == QLatin1String("--head-l2"))
            headOptions.l2 = v.toDouble();
        else if (a == QLatin1String("--export"))
            exportPrefix = v;
        else if (a == QLatin1String("--seeds")) {
            seeds.clear();
            for (const QString &s : v.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts))
                seeds.append(s.toULongLong());
        } else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    if (perClass < 4 || batch < 1 || start < 1 || budget < batch || seeds.isEmpty() || repeats < 1) {
        std::fprintf(stderr, "bench_active: bad option values\n");
        return 2;
    }
    Nn::setThreadCount(0);
    QString error;
    QElapsedTimer timer;

    // The project, made when DIR holds none.
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("project.hone.json")))) {
        timer.start();
        QList<int> all(10);
        std::iota(all.begin(), all.end(), 0);
        if (!createFashionMnistProject(dir, all, 1000, FashionMnistSplit::Test, &error)) {
            std::fprintf(stderr, "bench_active: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "made a 10-class Fashion-MNIST project in %s (%.1f s)\n", qPrintable(dir),
                     timer.elapsed() / 1000.0);
    }
    Project project;
    if (!project.load(dir, &error)) {
        std::fprintf(stderr, "bench_active: %s\n", qPrintable(error));
        return 1;
    }
    const DoctorInput input = DoctorInput::fromProject(project);
    const int classes = input.classNames.size();

    // The embeddings, as hone-cli suggest gets them by default.
    EmbeddingRequest request;
    request.backbone = bundledBackbone();
    if (!weightsSpecToConfig(request.backbone, QStringLiteral("default"), &request.weights, &error)) {
        std::fprintf(stderr, "bench_active: %s\n", qPrintable(error));
        return 1;
    }
    request.paths = input.paths;
    request.hashes = input.hashes;
    request.cacheDirectory = input.cacheDirectory;
    EmbeddingPass pass;
    std::atomic_bool stop{false};
    timer.start();
    if (!runEmbeddingPass(request, &pass, &error, stop)) {
        std::fprintf(stderr, "bench_active: %s\n", qPrintable(error));
        return 1;
    }
    const double passSeconds = timer.elapsed() / 1000.0;
    const int dims = pass.dims;
    const int n = pass.readable.size();

    auto byClass = std::vector<std::vector<int>>(size_t(classes));
    for (int i = 0; i < n; ++i) {
        if (pass.readable[i] && input.labels[i] >= 0)
            byClass[size_t(input.labels[i])].push_back(i);
    }
    int smallest = n;
    for (const auto &rows : byClass)
        smallest = std::min(smallest, int(rows.size()));
    perClass = std::min(perClass, smallest);
    const int poolPerClass = int(std::lround(0.75 * perClass));
    std::printf("== Project: %d images, %d classes (%s); embeddings %s/%s, %d dims: %d computed, %d from the cache "
                "(%.1f s)\n",
                n, classes, qPrintable(input.classNames.join(QLatin1Char(','))), qPrintable(pass.backbone),
                qPrintable(request.weights), dims, pass.computedFeatures, pass.reusedFeatures, passSeconds);

    // ---- The simulated labelling sessions.
    std::vector<int> budgets;
    budget = std::min(budget, poolPerClass * classes);
    if (start >= poolPerClass || start * classes > budget) {
        std::fprintf(stderr, "bench_active: --start %d leaves nothing to label in a pool of %d per class\n", start,
                     poolPerClass);
        return 2;
    }
    for (int b = start * classes; b <= budget; b += batch)
        budgets.push_back(b);
    const size_t points = budgets.size();
    // [strategy][seed][point]
    std::vector<std::vector<std::vector<double>>> accuracy(size_t(Strategies.size())), acceptPool(accuracy.size()),
        acceptBatch(accuracy.size());
    std::vector<double> fullAccuracy;
    std::vector<double> suggestSeconds;
    std::printf("\n== Simulated labelling: %d per class (pool %d, test %d per class), %d labels per class to "
                "start, batches of %d up to %d labels, head l2 %s, seeds",
                perClass, poolPerClass, perClass - poolPerClass, start, batch, budgets.back(),
                headOptions.l2 < 0.0 ? "4 / labels within [0.001, 0.1] (the default)"
                                     : qPrintable(QString::number(headOptions.l2)));
    for (quint64 s : seeds)
        std::printf(" %llu", static_cast<unsigned long long>(s));
    std::printf("\n");
    std::fflush(stdout);
    for (quint64 seed : seeds) {
        std::mt19937_64 rng(seed);
        std::vector<int> poolRows, testRows, poolTruth, testTruth;
        for (int c = 0; c < classes; ++c) {
            std::vector<int> rows = byClass[size_t(c)];
            std::shuffle(rows.begin(), rows.end(), rng);
            for (int i = 0; i < perClass; ++i) {
                (i < poolPerClass ? poolRows : testRows).push_back(rows[size_t(i)]);
                (i < poolPerClass ? poolTruth : testTruth).push_back(c);
            }
        }
        const std::vector<float> pool = gatherRows(pass.features, dims, poolRows);
        const std::vector<float> test = gatherRows(pass.features, dims, testRows);
        const int m = int(poolRows.size());
        const std::vector<float> unit = Nn::normalizedRows(pool, dims, true);
        const QVector<bool> readable(m, true);
        // Measured with the head suggestLabels() fits: standardised on every pool image.
        Nn::SoftmaxHeadOptions evalOptions = headOptions;
        evalOptions.standardizeRows.resize(size_t(m));
        std::iota(evalOptions.standardizeRows.begin(), evalOptions.standardizeRows.end(), 0);
        fullAccuracy.push_back(testAccuracy(pool, poolTruth, {}, test, testTruth, dims, classes, evalOptions));

        // The same first labels for every strategy: START per class, at random.
        QVector<int> first(m, -1);
        for (int c = 0; c < classes; ++c) {
            std::vector<int> members;
            for (int i = 0; i < m; ++i) {
                if (poolTruth[size_t(i)] == c)
                    members.push_back(i);
            }
            std::shuffle(members.begin(), members.end(), rng);
            for (int k = 0; k < start; ++k)
                first[members[size_t(k)]] = c;
        }

        for (int si = 0; si < Strategies.size(); ++si) {
            QVector<int> labels = first;
            std::vector<double> acc, poolShare, batchShare;
            for (size_t point = 0; point < points; ++point) {
                std::vector<int> use;
                for (int i = 0; i < m; ++i) {
                    if (labels[i] >= 0)
                        use.push_back(i);
                }
                if (int(use.size()) != budgets[point]) {
                    std::fprintf(stderr, "bench_active: %d labels at budget %d\n", int(use.size()), budgets[point]);
                    return 1;
                }
                acc.push_back(testAccuracy(pool, poolTruth, use, test, testTruth, dims, classes, evalOptions));

                SuggestOptions options;
                options.strategy = Strategies[si];
                options.seed = seed * 1000 + quint64(point);
                options.diversity.batch = batch;
                options.head = headOptions;
                const SuggestionSet set = suggestLabels(pool, unit, dims, readable, labels, classes, options);
                suggestSeconds.push_back(set.seconds);
                int unlabelled = 0, right = 0;
                for (int i = 0; i < m; ++i) {
                    if (labels[i] < 0) {
                        ++unlabelled;
                        right += set.rows[i].classIndex == poolTruth[size_t(i)];
                    }
                }
                poolShare.push_back(unlabelled ? double(right) / unlabelled : 0.0);
                const int take = std::min(batch, int(set.queue.size()));
                int batchRight = 0;
                for (int k = 0; k < take; ++k)
                    batchRight += set.rows[set.queue[k]].classIndex == poolTruth[size_t(set.queue[k])];
                batchShare.push_back(take ? double(batchRight) / take : 0.0);
                if (point + 1 < points) {
                    for (int k = 0; k < take; ++k)
                        labels[set.queue[k]] = poolTruth[size_t(set.queue[k])];
                }
            }
            accuracy[size_t(si)].push_back(acc);
            acceptPool[size_t(si)].push_back(poolShare);
            acceptBatch[size_t(si)].push_back(batchShare);
        }
        std::fprintf(stderr, "seed %llu done: full-pool accuracy %.4f\n", static_cast<unsigned long long>(seed),
                     fullAccuracy.back());
    }

    auto meanCurve = [&](const std::vector<std::vector<double>> &perSeed) {
        std::vector<double> mean(points, 0.0);
        for (const auto &curve : perSeed) {
            for (size_t p = 0; p < points; ++p)
                mean[p] += curve[p] / double(perSeed.size());
        }
        return mean;
    };
    const double fullMean = std::accumulate(fullAccuracy.begin(), fullAccuracy.end(), 0.0) / fullAccuracy.size();
    std::printf("full-pool accuracy (head on all %d pool images):", poolPerClass * classes);
    for (double a : fullAccuracy)
        std::printf(" %.4f", a);
    std::printf("; mean %.4f; 95 %% of it: %.4f\n", fullMean, 0.95 * fullMean);
    std::printf("suggestLabels on the %d-image pool: median %.3f s, max %.3f s over %d calls\n\n",
                poolPerClass * classes, median(suggestSeconds),
                *std::max_element(suggestSeconds.begin(), suggestSeconds.end()), int(suggestSeconds.size()));

    std::printf("Test accuracy (mean over %d seeds) | share of suggestions accepted (top-1 correct), all unlabelled "
                "pool images | the same, the %d the queue shows\n",
                int(seeds.size()), batch);
    std::printf("%6s |", "labels");
    for (int group = 0; group < 3; ++group) {
        for (QueryStrategy s : Strategies)
            std::printf(" %7.7s", qPrintable(queryStrategyName(s)));
        std::printf(" |");
    }
    std::printf(" %7s\n", "m-r pts");
    std::vector<std::vector<double>> meanAcc, meanPool, meanBatch;
    for (int si = 0; si < Strategies.size(); ++si) {
        meanAcc.push_back(meanCurve(accuracy[size_t(si)]));
        meanPool.push_back(meanCurve(acceptPool[size_t(si)]));
        meanBatch.push_back(meanCurve(acceptBatch[size_t(si)]));
    }
    const int marginIndex = 0, randomIndex = 3;
    double worstGap = 1e9;
    int worstGapBudget = 0;
    std::vector<double> worstSeedGap(seeds.size(), 1e9);
    std::vector<int> worstSeedBudget(seeds.size(), 0);
    for (size_t p = 0; p < points; ++p) {
        std::printf("%6d |", budgets[p]);
        for (const auto &curve : meanAcc)
            std::printf(" %7.4f", curve[p]);
        std::printf(" |");
        for (const auto &curve : meanPool)
            std::printf(" %7.3f", curve[p]);
        std::printf(" |");
        for (const auto &curve : meanBatch)
            std::printf(" %7.3f", curve[p]);
        const double gap = 100.0 * (meanAcc[marginIndex][p] - meanAcc[randomIndex][p]);
        std::printf(" | %+7.2f\n", gap);
        if (gap < worstGap) {
            worstGap = gap;
            worstGapBudget = budgets[p];
        }
        for (size_t k = 0; k < size_t(seeds.size()); ++k) {
            const double g = 100.0 * (accuracy[marginIndex][k][p] - accuracy[randomIndex][k][p]);
            if (g < worstSeedGap[k]) {
                worstSeedGap[k] = g;
                worstSeedBudget[k] = budgets[p];
            }
        }
    }

    // Labels to reach 95 % of the full-pool accuracy.
    std::printf("\nLabels to reach 95 %% of the full-pool accuracy (linear between budgets; in brackets the first "
                "budget of %d reaching it)\n",
                batch);
    std::printf("%-17s | %-14s | %s\n", "strategy", "of mean curve", "per seed (own full-pool accuracy)");
    std::vector<double> ofMean(size_t(Strategies.size()));
    std::vector<std::vector<double>> perSeedLabels(size_t(Strategies.size()));
    for (int si = 0; si < Strategies.size(); ++si) {
        ofMean[size_t(si)] = labelsToReach(budgets, meanAcc[size_t(si)], 0.95 * fullMean);
        std::printf("%-17s | %6s [%5d] |", qPrintable(queryStrategyName(Strategies[si])),
                    qPrintable(reached(ofMean[size_t(si)], budgets.back())),
                    firstBudgetReaching(budgets, meanAcc[size_t(si)], 0.95 * fullMean));
        for (size_t k = 0; k < size_t(seeds.size()); ++k) {
            const double l = labelsToReach(budgets, accuracy[size_t(si)][k], 0.95 * fullAccuracy[k]);
            perSeedLabels[size_t(si)].push_back(l);
            std::printf(" %5s", qPrintable(reached(l, budgets.back())));
        }
        std::printf("\n");
    }
    const double m = ofMean[marginIndex], r = ofMean[randomIndex];
    if (m > 0 && r > 0) {
        std::printf("margin / random labels (mean curves): %.0f / %.0f = %.2f; goal <= 0.80: %s\n", m, r, m / r,
                    m / r <= 0.80 ? "met" : "MISSED");
    } else {
        std::printf("margin / random labels (mean curves): %s / %s: not both reached within %d labels; goal <= 0.80: "
                    "%s\n",
                    qPrintable(reached(m, budgets.back())), qPrintable(reached(r, budgets.back())), budgets.back(),
                    m > 0 && r < 0 ? "met (random never reaches it)" : "MISSED");
    }
    std::printf("per seed margin / random:");
    for (size_t k = 0; k < size_t(seeds.size()); ++k) {
        const double a = perSeedLabels[marginIndex][k], b = perSeedLabels[randomIndex][k];
        if (a > 0 && b > 0)
            std::printf(" %.2f", a / b);
        else
            std::printf(" %s/%s", qPrintable(reached(a, budgets.back())), qPrintable(reached(b, budgets.back())));
    }
    std::printf("\n");
    std::printf("worst margin - random accuracy (mean curves): %+.2f points at %d labels; goal >= -1: %s\n", worstGap,
                worstGapBudget, worstGap >= -1.0 ? "met" : "MISSED");
    std::printf("worst per seed (points at labels):");
    for (size_t k = 0; k < size_t(seeds.size()); ++k)
        std::printf(" %+.2f@%d", worstSeedGap[k], worstSeedBudget[k]);
    std::printf("\n");
    std::fflush(stdout);

    if (!withSpeed)
        return 0;

    // ---- Speed on every image of the project.
    QVector<bool> readable = pass.readable;
    QVector<int> labels(n, -1);
    int labelled = 0;
    {
        std::mt19937_64 rng(1);
        const int each = std::max(1, speedLabelled / classes);
        for (const auto &rows0 : byClass) {
            std::vector<int> rows = rows0;
            std::shuffle(rows.begin(), rows.end(), rng);
            for (int k = 0; k < std::min(each, int(rows.size())); ++k) {
                labels[rows[size_t(k)]] = input.labels[rows[size_t(k)]];
                ++labelled;
            }
        }
    }
    int readableCount = 0;
    for (bool b : readable)
        readableCount += b;
    std::printf("\n== Speed on %d cached embeddings (%d dims), %d labelled, %d unlabelled; %d threads; median of %d\n",
                readableCount, dims, labelled, readableCount - labelled, QThread::idealThreadCount(), repeats);
    SuggestOptions options;   // margin, batches of 20: the defaults
    std::vector<double> whole, refresh, fit, score, order, unitTimes;
    std::vector<bool> use(readable.begin(), readable.end());
    for (int k = 0; k < repeats; ++k) {
        timer.start();
        const SuggestionSet set = suggestLabels(pass.features, dims, readable, labels, classes, options);
        whole.push_back(timer.nsecsElapsed() / 1e9);
        if (set.queue.size() != readableCount - labelled) {
            std::fprintf(stderr, "bench_active: queue of %d\n", int(set.queue.size()));
            return 1;
        }

        timer.start();
        const std::vector<float> unit = Nn::normalizedRows(pass.features, dims, true, use);
        unitTimes.push_back(timer.nsecsElapsed() / 1e9);
        timer.start();
        suggestLabels(pass.features, unit, dims, readable, labels, classes, options);
        refresh.push_back(timer.nsecsElapsed() / 1e9);

        // Its parts, as suggestLabels() does them.
        std::vector<int> truth(size_t(n), 0), useRows, scoreRows;
        for (int i = 0; i < n; ++i) {
            if (!readable[i])
                continue;
            if (labels[i] >= 0) {
                truth[size_t(i)] = labels[i];
                useRows.push_back(i);
            } else {
                scoreRows.push_back(i);
            }
        }
        Nn::SoftmaxHeadOptions fitOptions = options.head;
        if (fitOptions.l2 < 0.0)
            fitOptions.l2 = suggestionPenalty(int(useRows.size()));
        for (int i = 0; i < n; ++i) {
            if (readable[i])
                fitOptions.standardizeRows.push_back(i);
        }
        timer.start();
        const Nn::SoftmaxHead head = Nn::fitSoftmaxHead(pass.features, dims, truth, classes, useRows, fitOptions);
        fit.push_back(timer.nsecsElapsed() / 1e9);
        timer.start();
        const std::vector<float> p = Nn::headProbabilities(head, pass.features, scoreRows);
        const std::vector<float> u = uncertaintyScores(p, classes, options.strategy, options.seed);
        score.push_back(timer.nsecsElapsed() / 1e9);
        std::vector<float> byRow(size_t(n), 0.0f);
        for (size_t j = 0; j < scoreRows.size(); ++j)
            byRow[size_t(scoreRows[j])] = u[j];
        timer.start();
        diverseOrder(QVector<int>(scoreRows.begin(), scoreRows.end()), byRow, unit, dims, options.diversity);
        order.push_back(timer.nsecsElapsed() / 1e9);
    }
    const double wholeMedian = median(whole);
    std::printf("suggestLabels (unit rows made, head fitted, re-scored, queue): %.3f s (runs:", wholeMedian);
    for (double t : whole)
        std::printf(" %.3f", t);
    std::printf("); goal < 2 s: %s\n", wholeMedian < 2.0 ? "met" : "MISSED");
    std::printf("  with the unit rows kept between refreshes: %.3f s\n", median(refresh));
    std::printf("  parts: unit rows %.3f s, head fit %.3f s, probabilities + scores %.3f s, diverse queue %.3f s\n",
                median(unitTimes), median(fit), median(score), median(order));
    std::fflush(stdout);

    EmbeddingMap map;
    if (withMap) {
        timer.start();
        if (!computeEmbeddingMap(pass.features, dims, readable, MapOptions(), &map, stop)) {
            std::fprintf(stderr, "bench_active: the map stopped\n");
            return 1;
        }
        const double mapSeconds = timer.elapsed() / 1000.0;
        std::printf("computeEmbeddingMap: %.2f s (%s); goal < 30 s: %s\n", mapSeconds, qPrintable(map.method),
                    mapSeconds < 30.0 ? "met" : "MISSED");
    }

    if (!exportPrefix.isEmpty()) {
        std::vector<float> features;
        std::vector<qint32> truth;
        std::vector<float> xy;
        for (int i = 0; i < n; ++i) {
            if (!readable[i] || input.labels[i] < 0)
                continue;
            features.insert(features.end(), pass.features.begin() + ptrdiff_t(i) * dims,
                            pass.features.begin() + ptrdiff_t(i + 1) * dims);
            truth.push_back(input.labels[i]);
            if (withMap) {
                xy.push_back(map.points[i].x);
                xy.push_back(map.points[i].y);
            }
        }
        bool ok = writeNpy(exportPrefix + QStringLiteral("-features.npy"), "<f4", features.data(), 4, truth.size(),
                           size_t(dims))
                  && writeNpy(exportPrefix + QStringLiteral("-labels.npy"), "<i4", truth.data(), 4, truth.size(), 0);
        if (withMap)
            ok = ok && writeNpy(exportPrefix + QStringLiteral("-map.npy"), "<f4", xy.data(), 4, truth.size(), 2);
        if (!ok) {
            std::fprintf(stderr, "bench_active: cannot write %s-*.npy\n", qPrintable(exportPrefix));
            return 1;
        }
    }
    return 0;
}
