// Labelling with the model: the strategies' scores, the queue (never a labelled image, diverse
// batches, the cold start covering the data), suggestions on separable embeddings, the map keeping
// clusters apart, and the `hone-cli suggest --json` and `hone-cli map` contracts.

#include "analysis/activelearning.h"
#include "analysis/embeddingmap.h"
#include "import/importer.h"
#include "nn/embeddingmath.h"
#include "nn/runtime.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"

#include "clirunner.h"
#include "testfeatures.h"
#include "testimages.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numeric>
#include <random>

using namespace Hone;

namespace {

// Well-separated classes (a centre 4 apart in a class's own dimensions).
TestFeatures::Clusters blobs(int classes, int perClass, int dims, double spread, unsigned seed)
{
    return TestFeatures::clusters(classes, perClass, dims, spread, seed, 4.0);
}

} // namespace

class TestActiveLearning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Nn::setThreadCount(0); }
    void strategyScores();
    void strategyNames();
    void queueNeverOffersALabelledImage();
    void batchesAreDiverse();
    void coldStartCoversEveryCluster();
    void suggestionsOnSeparableData();
    void kMeansFindsTheClusters();
    void mapKeepsClustersApart();
    void mapStops();
    void cliSuggestAndMap();
};

void TestActiveLearning::strategyScores()
{
    // Three rows: sure, torn between two, spread over three.
    const std::vector<float> p = {0.98f, 0.01f, 0.01f, 0.5f, 0.49f, 0.01f, 0.34f, 0.33f, 0.33f};
    for (QueryStrategy s : {QueryStrategy::Margin, QueryStrategy::Entropy, QueryStrategy::LeastConfidence}) {
        const std::vector<float> score = uncertaintyScores(p, 3, s, 0);
        QCOMPARE(score.size(), size_t(3));
        QVERIFY(score[0] < score[1]);   // the sure row is the least useful by every measure
        QVERIFY(score[0] < score[2]);
        for (float v : score)
            QVERIFY(v >= 0.0f && v <= 1.0f + 1e-6f);
    }
    // Margin ranks "torn between two" above "spread" as high as the spread row…
    const std::vector<float> margin = uncertaintyScores(p, 3, QueryStrategy::Margin, 0);
    QVERIFY(margin[1] > 0.98f && margin[2] > 0.98f);
    // …entropy prefers the row spread over all three.
    const std::vector<float> entropy = uncertaintyScores(p, 3, QueryStrategy::Entropy, 0);
    QVERIFY(entropy[2] > entropy[1]);
    QVERIFY(std::abs(entropy[2] - 1.0f) < 1e-3f);
    // Random: a seeded draw, the same for the same seed, another for another.
    const std::vector<float> a = uncertaintyScores(p, 3, QueryStrategy::Random, 7);
    QCOMPARE(a, uncertaintyScores(p, 3, QueryStrategy::Random, 7));
    QVERIFY(a != uncertaintyScores(p, 3, QueryStrategy::Random, 8));
}

void TestActiveLearning::strategyNames()
{
    for (QueryStrategy s : {QueryStrategy::Margin, QueryStrategy::Entropy, QueryStrategy::LeastConfidence, QueryStrategy::Random}) {
        QueryStrategy back = QueryStrategy::Random;
        QVERIFY(queryStrategyFromName(queryStrategyName(s), &back));
        QCOMPARE(back, s);
    }
    QueryStrategy unused;
    QVERIFY(!queryStrategyFromName(QStringLiteral("bald"), &unused));
}

void TestActiveLearning::queueNeverOffersALabelledImage()
{
    const TestFeatures::Clusters b = blobs(3, 40, 16, 1.0, 3);
    const int n = b.labels.size();
    QVector<bool> readable(n, true);
    readable[5] = false;   // an unreadable image is neither scored nor offered
    for (int labelledPerClass : {0, 1, 3, 20}) {
        QVector<int> labels(n, -1);
        for (int i = 0; i < n; ++i) {
            if (i % 40 < labelledPerClass)
                labels[i] = b.labels[i];
        }
        for (QueryStrategy s : {QueryStrategy::Margin, QueryStrategy::Entropy, QueryStrategy::LeastConfidence, QueryStrategy::Random}) {
            SuggestOptions options;
            options.strategy = s;
            const SuggestionSet set = suggestLabels(b.features, b.dims, readable, labels, 3, options);
            QSet<int> seen;
            for (int row : set.queue) {
                QVERIFY2(labels[row] < 0, "a labelled image was offered");
                QVERIFY(readable[row]);
                QVERIFY(!seen.contains(row));
                seen.insert(row);
            }
            int unlabelled = 0;
            for (int i = 0; i < n; ++i)
                unlabelled += readable[i] && labels[i] < 0;
            QCOMPARE(set.queue.size(), unlabelled);   // every unlabelled image, once
            QCOMPARE(set.coldStart, labelledPerClass == 0);
            for (int i = 0; i < n; ++i) {
                if (labels[i] >= 0 || !readable[i] || set.coldStart)
                    QCOMPARE(set.rows[i].classIndex, -1);
                else
                    QVERIFY(set.rows[i].classIndex >= 0);
            }
        }
    }
}

void TestActiveLearning::batchesAreDiverse()
{
    // Ten copies each of 30 distinct points: the uncertainty order puts copies next to each other.
    std::mt19937 rng(11);
    std::normal_distribution<float> g(0.0f, 1.0f);
    const int dims = 24, distinct = 30, copies = 10;
    std::vector<float> unit;
    std::vector<float> scores;
    QVector<int> candidates;
    for (int k = 0; k < distinct; ++k) {
        std::vector<float> v(dims);
        for (float &x : v)
            x = g(rng);
        for (int c = 0; c < copies; ++c) {
            for (float x : v)
                unit.push_back(x + 0.001f * g(rng));
            scores.push_back(1.0f - 0.01f * float(k) - 0.0001f * float(c));
            candidates.append(k * copies + c);
        }
    }
    unit = Nn::normalizedRows(unit, dims);
    DiversityOptions options;
    options.batch = 20;
    const QVector<int> order = diverseOrder(candidates, scores, unit, dims, options);
    QCOMPARE(order.size(), candidates.size());
    QCOMPARE(QSet<int>(order.begin(), order.end()).size(), candidates.size());
    // The first batch holds 20 different points, the most uncertain of each first.
    QSet<int> firstBatch;
    for (int i = 0; i < 20; ++i)
        firstBatch.insert(order[i] / copies);
    QCOMPARE(firstBatch.size(), 20);
    QCOMPARE(order[0], 0);
    // Without diversity the first batch is two points.
    QSet<int> plain;
    for (int i = 0; i < 20; ++i)
        plain.insert(candidates[i] / copies);
    QCOMPARE(plain.size(), 2);
}

void TestActiveLearning::coldStartCoversEveryCluster()
{
    // Six clusters of very different sizes: the first six proposals fall one in each.
    std::mt19937 rng(2);
    std::normal_distribution<float> g(0.0f, 0.3f);
    const int dims = 12;
    const int sizes[] = {200, 100, 50, 30, 20, 10};
    std::vector<float> features;
    QVector<int> cluster;
    for (int k = 0; k < 6; ++k) {
        for (int i = 0; i < sizes[k]; ++i) {
            for (int d = 0; d < dims; ++d)
                features.push_back((d == 2 * k ? 5.0f : 0.0f) + g(rng));
            cluster.append(k);
        }
    }
    const int n = cluster.size();
    const std::vector<float> unit = Nn::normalizedRows(features, dims, true);
    QVector<int> all(n);
    std::iota(all.begin(), all.end(), 0);
    const QVector<int> order = coldStartOrder(all, unit, dims, 6, 1);
    QCOMPARE(order.size(), n);
    QSet<int> first;
    for (int i = 0; i < 6; ++i)
        first.insert(cluster[order[i]]);
    QCOMPARE(first.size(), 6);
    QCOMPARE(cluster[order[0]], 0);   // the largest cluster first
    // With the automatic cluster count (√410 ≈ 20, more than the true six) every cluster is
    // still among the first 20.
    const QVector<int> automatic = coldStartOrder(all, unit, dims, 0, 1);
    QSet<int> covered;
    for (int i = 0; i < 20; ++i)
        covered.insert(cluster[automatic[i]]);
    QCOMPARE(covered.size(), 6);
}

void TestActiveLearning::suggestionsOnSeparableData()
{
    const TestFeatures::Clusters b = blobs(4, 50, 32, 1.0, 9);
    const int n = b.labels.size();
    QVector<int> labels(n, -1);
    for (int i = 0; i < n; ++i) {
        if (i % 50 < 3)   // three labels per class
            labels[i] = b.labels[i];
    }
    labels[150] = -1;   // class 3 keeps two labels
    const SuggestionSet set = suggestLabels(b.features, b.dims, QVector<bool>(n, true), labels, 4, SuggestOptions());
    QVERIFY(!set.coldStart);
    QCOMPARE(set.labelled, 11);
    QCOMPARE(set.classesSeen.size(), 4);
    int right = 0, offered = 0;
    for (int i = 0; i < n; ++i) {
        if (labels[i] >= 0)
            continue;
        ++offered;
        right += set.rows[i].classIndex == b.labels[i];
        QVERIFY(set.rows[i].confidence > 0.0f && set.rows[i].confidence <= 1.0f);
        QVERIFY(set.rows[i].score >= 0.0f && set.rows[i].score <= 1.0f);
    }
    QVERIFY2(right >= offered * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(offered)));

    // Only classes with labels are suggested: class 2 unlabelled → never suggested.
    QVector<int> partial = labels;
    for (int i = 0; i < n; ++i) {
        if (partial[i] == 2)
            partial[i] = -1;
    }
    const SuggestionSet three = suggestLabels(b.features, b.dims, QVector<bool>(n, true), partial, 4, SuggestOptions());
    for (const Suggestion &s : three.rows)
        QVERIFY(s.classIndex != 2);
    QCOMPARE(three.classesSeen.size(), 3);
}

void TestActiveLearning::kMeansFindsTheClusters()
{
    const TestFeatures::Clusters b = blobs(3, 30, 9, 0.3, 4);
    const Nn::KMeans km = Nn::kMeans(b.features, b.dims, 3, 50, 5);
    QCOMPARE(km.k, 3);
    QCOMPARE(km.assignment.size(), size_t(90));
    // Every true cluster maps onto one centre.
    for (int k = 0; k < 3; ++k) {
        QSet<int> centres;
        for (int i = 0; i < 90; ++i) {
            if (b.labels[i] == k)
                centres.insert(km.assignment[size_t(i)]);
        }
        QCOMPARE(centres.size(), 1);
    }
    // k is capped at the number of rows.
    QCOMPARE(Nn::kMeans(std::vector<float>(6, 1.0f), 3, 5, 10, 0).k, 2);
}

void TestActiveLearning::mapKeepsClustersApart()
{
    const TestFeatures::Clusters b = blobs(4, 60, 40, 1.0, 6);
    const int n = b.labels.size();
    QVector<bool> readable(n, true);
    readable[7] = false;
    std::atomic_bool stop{false};
    int calls = 0;
    EmbeddingMap map;
    MapOptions options;
    options.epochs = 200;
    QVERIFY(computeEmbeddingMap(b.features, b.dims, readable, options, &map, stop, [&](int done, int total) {
        ++calls;
        QVERIFY(done <= total);
    }));
    QCOMPARE(calls, 200);
    QCOMPARE(map.points.size(), n);
    QVERIFY(!map.points[7].placed);
    QVERIFY(!map.method.isEmpty());
    // Each point's nearest neighbour on the map lies in its own cluster.
    int agree = 0, placed = 0;
    for (int i = 0; i < n; ++i) {
        if (!map.points[i].placed)
            continue;
        QVERIFY(std::isfinite(map.points[i].x) && std::isfinite(map.points[i].y));
        ++placed;
        float best = 1e30f;
        int nearest = -1;
        for (int j = 0; j < n; ++j) {
            if (j == i || !map.points[j].placed)
                continue;
            const float dx = map.points[i].x - map.points[j].x, dy = map.points[i].y - map.points[j].y;
            if (dx * dx + dy * dy < best) {
                best = dx * dx + dy * dy;
                nearest = j;
            }
        }
        agree += b.labels[nearest] == b.labels[i];
    }
    QCOMPARE(placed, n - 1);
    QVERIFY2(agree >= placed * 98 / 100, qPrintable(QStringLiteral("%1 of %2").arg(agree).arg(placed)));
}

void TestActiveLearning::mapStops()
{
    const TestFeatures::Clusters b = blobs(2, 20, 8, 1.0, 1);
    std::atomic_bool stop{true};
    EmbeddingMap map;
    QVERIFY(!computeEmbeddingMap(b.features, b.dims, QVector<bool>(40, true), MapOptions(), &map, stop));
    // Too few points to lay out: placed where they are, no crash.
    std::atomic_bool go{false};
    QVERIFY(computeEmbeddingMap(std::vector<float>(16, 0.5f), 8, QVector<bool>(2, true), MapOptions(), &map, go));
    QCOMPARE(map.points.size(), 2);
}

void TestActiveLearning::cliSuggestAndMap()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("src"));
    for (int k = 0; k < 3; ++k) {
        for (int i = 0; i < 10; ++i) {
            cv::Mat image(64, 64, CV_8UC3, cv::Scalar(40 + 3 * i, 40, 40));
            const cv::Scalar colour = k == 0 ? cv::Scalar(0, 0, 255) : k == 1 ? cv::Scalar(0, 255, 0) : cv::Scalar(255, 0, 0);
            if (k == 2)
                cv::rectangle(image, cv::Rect(8 + i, 8, 40, 40), colour, cv::FILLED);
            else
                cv::circle(image, cv::Point(24 + i, 32), 14 + i / 2, colour, cv::FILLED);
            QVERIFY(TestImages::write(QStringLiteral("%1/c%2/img%3.png").arg(src).arg(k).arg(i), image, ".png"));
        }
    }
    const QString dir = tmp.filePath(QStringLiteral("p"));
    QVector<int> cleared;
    {
        Project project;
        QString error;
        QVERIFY2(project.create(dir, &error), qPrintable(error));
        applyImport(&project, Importer(project, ImportLayout::Folders).run({src}));
        QCOMPARE(project.images().size(), 30);
        for (int r = 0; r < project.images().size(); ++r) {
            if (!project.images()[r].path.endsWith(QLatin1String("img0.png"))
                && !project.images()[r].path.endsWith(QLatin1String("img1.png")))
                cleared.append(r);
        }
        project.undoStack()->push(new AssignLabelCommand(&project, cleared, -1));
        QVERIFY(project.save(&error));
    }
    const CliResult result = runCli({QStringLiteral("suggest"), dir, QStringLiteral("--json"), QStringLiteral("--device"),
                                     QStringLiteral("cpu"), QStringLiteral("--strategy"), QStringLiteral("entropy")});
    QVERIFY2(result.code == 0, qPrintable(result.describe()));
    QJsonParseError parseError;
    const QJsonArray array = QJsonDocument::fromJson(result.out, &parseError).array();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(array.size(), cleared.size());
    // Most useful first: whatever the diversity batches reorder, the first is the most uncertain.
    const double previous = array.isEmpty() ? 0.0 : array.first().toObject().value(QStringLiteral("score")).toDouble();
    QSet<QString> images;
    int rightGuesses = 0;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString image = o.value(QStringLiteral("image")).toString();
        QVERIFY(QFileInfo(image).isAbsolute());
        QVERIFY(QFileInfo::exists(image));
        QVERIFY(!image.endsWith(QLatin1String("img0.png")) && !image.endsWith(QLatin1String("img1.png")));
        images.insert(image);
        const QString suggested = o.value(QStringLiteral("suggested")).toString();
        QVERIFY(QStringList({QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2")}).contains(suggested));
        rightGuesses += image.contains(QStringLiteral("/images/%1/").arg(suggested));
        const double confidence = o.value(QStringLiteral("confidence")).toDouble(-1);
        QVERIFY(confidence > 0.0 && confidence <= 1.0);
        QVERIFY(o.value(QStringLiteral("score")).isDouble());
    }
    QCOMPARE(images.size(), array.size());
    for (const QJsonValue &v : array)
        QVERIFY(v.toObject().value(QStringLiteral("score")).toDouble() <= previous + 1e-9);
    QVERIFY2(rightGuesses >= array.size() * 3 / 4, qPrintable(QString::number(rightGuesses)));

    const CliResult few = runCli({QStringLiteral("suggest"), dir, QStringLiteral("--json"), QStringLiteral("--count"),
                                  QStringLiteral("5")});
    QVERIFY2(few.code == 0, qPrintable(few.describe()));
    QCOMPARE(QJsonDocument::fromJson(few.out).array().size(), 5);
    QCOMPARE(runCli({QStringLiteral("suggest"), dir, QStringLiteral("--strategy"), QStringLiteral("bald")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("suggest"), dir, QStringLiteral("--count"), QStringLiteral("0")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("suggest"), tmp.filePath(QStringLiteral("none"))}).code, 1);

    const QString csv = tmp.filePath(QStringLiteral("map.csv"));
    const CliResult mapped = runCli({QStringLiteral("map"), dir, QStringLiteral("--output"), csv});
    QVERIFY2(mapped.code == 0, qPrintable(mapped.describe()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("image,x,y,label"));
    QCOMPARE(lines.size(), 31);
    int labelled = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        QCOMPARE(cells.size(), 4);
        QVERIFY(QFileInfo::exists(QString::fromUtf8(cells[0])));
        bool ok = false;
        QVERIFY(std::isfinite(cells[1].toDouble(&ok)) && ok);
        QVERIFY(std::isfinite(cells[2].toDouble(&ok)) && ok);
        labelled += !cells[3].isEmpty();
    }
    QCOMPARE(labelled, 6);

    const QString png = tmp.filePath(QStringLiteral("map.png"));
    const CliResult picture = runCli({QStringLiteral("map"), dir, QStringLiteral("--output"), png}, 120000,
                                     {QStringLiteral("DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")});
    QVERIFY2(picture.code == 0, qPrintable(picture.describe()));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    QCOMPARE(runCli({QStringLiteral("map"), dir, QStringLiteral("--output"), tmp.filePath(QStringLiteral("map.txt"))}).code, 2);
}

QTEST_GUILESS_MAIN(TestActiveLearning)
#include "tst_activelearning.moc"
