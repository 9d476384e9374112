// ConfusionMatrix arithmetic on hand-made cases, and the JSON an evaluation writes.

#include "evaluation/accuracytext.h"
#include "evaluation/confusionmatrix.h"
#include "evaluation/evaluator.h"
#include "evaluation/predictionanalysis.h"
#include "evaluation/wilson.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Hone;

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accuracyCarriesItsInterval();
    void emptyMatrix();
    void perfect();
    void noSupportAndNeverPredicted();
    void asymmetricBinary();
    void addIgnoresOutOfRange();
    void fromCounts();
    void macroF1SkipsAbsentClasses();
    void evaluationJsonLayout();
    void topK();
    void topKTiesAndBadInput();
    void confusedPairs();
    void misclassifiedOrder();
    void reportedTopKByClassCount();
    void evaluationJsonExtras();
};

void TestMetrics::emptyMatrix()
{
    const ConfusionMatrix m(3);
    QCOMPARE(m.total(), 0);
    QCOMPARE(m.accuracy(), 0.0);
    QCOMPARE(m.macroF1(), 0.0);
    for (int c = 0; c < 3; ++c) {
        QCOMPARE(m.precision(c), 0.0);
        QCOMPARE(m.recall(c), 0.0);
        QCOMPARE(m.f1(c), 0.0);
    }
    QCOMPARE(ConfusionMatrix().macroF1(), 0.0);
}

void TestMetrics::perfect()
{
    ConfusionMatrix m(3);
    for (int c = 0; c < 3; ++c) {
        for (int k = 0; k <= c; ++k)
            m.add(c, c);
    }
    QCOMPARE(m.total(), 6);
    QCOMPARE(m.accuracy(), 1.0);
    QCOMPARE(m.macroF1(), 1.0);
    QCOMPARE(m.support(2), 3);
    QCOMPARE(m.predicted(2), 3);
}

void TestMetrics::noSupportAndNeverPredicted()
{
    // rows = true class, columns = predicted
    //          p0 p1 p2
    //   t0  [   3  0  1 ]
    //   t1  [   2  0  0 ]   class 1 is never predicted
    //   t2  [   0  0  0 ]   class 2 has no support
    ConfusionMatrix m(3);
    for (int i = 0; i < 3; ++i)
        m.add(0, 0);
    m.add(0, 2);
    m.add(1, 0);
    m.add(1, 0);

    QCOMPARE(m.total(), 6);
    QCOMPARE(m.at(0, 2), 1);
    QCOMPARE(m.at(2, 0), 0);
    QCOMPARE(m.support(0), 4);
    QCOMPARE(m.support(1), 2);
    QCOMPARE(m.support(2), 0);
    QCOMPARE(m.predicted(0), 5);
    QCOMPARE(m.predicted(1), 0);
    QCOMPARE(m.predicted(2), 1);

    QCOMPARE(m.accuracy(), 0.5);
    QCOMPARE(m.precision(0), 0.6);
    QCOMPARE(m.recall(0), 0.75);
    QCOMPARE(m.f1(0), 2.0 / 3.0);
    // Never predicted: precision 0 (not 0/0); its recall is 0 of 2.
    QCOMPARE(m.precision(1), 0.0);
    QCOMPARE(m.recall(1), 0.0);
    QCOMPARE(m.f1(1), 0.0);
    // No support: recall 0 (not 0/0); one wrong prediction gives precision 0.
    QCOMPARE(m.precision(2), 0.0);
    QCOMPARE(m.recall(2), 0.0);
    QCOMPARE(m.f1(2), 0.0);
    QCOMPARE(m.macroF1(), 2.0 / 9.0);
    for (int c = 0; c < 3; ++c)
        QVERIFY(std::isfinite(m.precision(c)) && std::isfinite(m.recall(c)) && std::isfinite(m.f1(c)));
}

void TestMetrics::asymmetricBinary()
{
    //          p0 p1
    //   t0  [   5  1 ]
    //   t1  [   3  7 ]
    const ConfusionMatrix m = ConfusionMatrix::fromCounts(2, {5, 1, 3, 7});
    QCOMPARE(m.accuracy(), 12.0 / 16.0);
    QCOMPARE(m.precision(0), 5.0 / 8.0);
    QCOMPARE(m.recall(0), 5.0 / 6.0);
    QCOMPARE(m.precision(1), 7.0 / 8.0);
    QCOMPARE(m.recall(1), 7.0 / 10.0);
    const double f0 = 2.0 * (5.0 / 8.0) * (5.0 / 6.0) / (5.0 / 8.0 + 5.0 / 6.0);   // 5/7
    const double f1 = 2.0 * (7.0 / 8.0) * (7.0 / 10.0) / (7.0 / 8.0 + 7.0 / 10.0); // 7/9
    QCOMPARE(m.f1(0), f0);
    QCOMPARE(m.f1(1), f1);
    QVERIFY(qFuzzyCompare(m.f1(0), 5.0 / 7.0));
    QVERIFY(qFuzzyCompare(m.f1(1), 7.0 / 9.0));
    QVERIFY(qFuzzyCompare(m.macroF1(), (5.0 / 7.0 + 7.0 / 9.0) / 2.0));
}

void TestMetrics::addIgnoresOutOfRange()
{
    ConfusionMatrix m(2);
    m.add(-1, 0);
    m.add(0, 2);
    m.add(2, 1);
    QCOMPARE(m.total(), 0);
    m.add(1, 0);
    QCOMPARE(m.total(), 1);
    QCOMPARE(m.at(1, 0), 1);
    QCOMPARE(m.at(0, 1), 0);
}

void TestMetrics::fromCounts()
{
    const ConfusionMatrix m = ConfusionMatrix::fromCounts(2, {1, 2, 3, 4});
    QCOMPARE(m.at(0, 1), 2);
    QCOMPARE(m.at(1, 0), 3);
    QCOMPARE(m.counts(), (QVector<int>{1, 2, 3, 4}));
    // The wrong number of counts gives an empty matrix of the right size, not garbage.
    const ConfusionMatrix bad = ConfusionMatrix::fromCounts(2, {1, 2, 3});
    QCOMPARE(bad.classCount(), 2);
    QCOMPARE(bad.total(), 0);
}

void TestMetrics::evaluationJsonLayout()
{
    EvaluationResult result;
    result.classNames = {QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("owl")};
    //          p0 p1 p2
    //   t0  [   4  1  0 ]
    //   t1  [   2  3  0 ]
    //   t2  [   0  0  0 ]
    result.matrix = ConfusionMatrix::fromCounts(3, {4, 1, 0, 2, 3, 0, 0, 0, 0});
    const QJsonObject json = result.toJson();

    QCOMPARE(json.value(QStringLiteral("accuracy")).toDouble(), 0.7);
    QCOMPARE(json.value(QStringLiteral("macroF1")).toDouble(), result.matrix.macroF1());
    QCOMPARE(json.value(QStringLiteral("images")).toInt(), 10);
    QCOMPARE(json.value(QStringLiteral("classes")).toArray(),
             (QJsonArray{QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("owl")}));

    // Row = true class: confusion[1][0] counts dogs taken for cats.
    const QJsonArray confusion = json.value(QStringLiteral("confusion")).toArray();
    QCOMPARE(confusion.size(), 3);
    QCOMPARE(confusion.at(0).toArray(), (QJsonArray{4, 1, 0}));
    QCOMPARE(confusion.at(1).toArray(), (QJsonArray{2, 3, 0}));
    QCOMPARE(confusion.at(2).toArray(), (QJsonArray{0, 0, 0}));

    const QJsonArray perClass = json.value(QStringLiteral("perClass")).toArray();
    QCOMPARE(perClass.size(), 3);
    const QJsonObject dog = perClass.at(1).toObject();
    QCOMPARE(dog.value(QStringLiteral("class")).toString(), QStringLiteral("dog"));
    QCOMPARE(dog.value(QStringLiteral("precision")).toDouble(), 0.75);
    QCOMPARE(dog.value(QStringLiteral("recall")).toDouble(), 0.6);
    QCOMPARE(dog.value(QStringLiteral("f1")).toDouble(), 2.0 * 0.75 * 0.6 / 1.35);
    QCOMPARE(dog.value(QStringLiteral("support")).toInt(), 5);
    const QJsonObject cat = perClass.at(0).toObject();
    QCOMPARE(cat.value(QStringLiteral("precision")).toDouble(), 4.0 / 6.0);
    QCOMPARE(cat.value(QStringLiteral("recall")).toDouble(), 0.8);
    const QJsonObject owl = perClass.at(2).toObject();
    QCOMPARE(owl.value(QStringLiteral("support")).toInt(), 0);
    QCOMPARE(owl.value(QStringLiteral("precision")).toDouble(), 0.0);
    QCOMPARE(owl.value(QStringLiteral("f1")).toDouble(), 0.0);
}

void TestMetrics::macroF1SkipsAbsentClasses()
{
    // Class 2 is neither in the truth nor predicted: like scikit-learn, macro-F1 leaves it out.
    ConfusionMatrix m(3);
    m.add(0, 0);
    m.add(0, 0);
    m.add(1, 1);
    m.add(1, 0);
    // F1(0) = 2·(2/3)·1 / (2/3 + 1) = 0.8, F1(1) = 2·1·0.5 / 1.5 = 2/3.
    QVERIFY(qFuzzyCompare(m.macroF1(), (0.8 + 2.0 / 3.0) / 2.0));
}



void TestMetrics::topK()
{
    // 4 classes, 4 images. Rows are probabilities.
    const QVector<float> probs = {
        0.70f, 0.20f, 0.05f, 0.05f,   // truth 0: rank 1
        0.50f, 0.30f, 0.15f, 0.05f,   // truth 1: rank 2
        0.40f, 0.30f, 0.20f, 0.10f,   // truth 2: rank 3
        0.40f, 0.30f, 0.20f, 0.10f,   // truth 3: rank 4
    };
    const QVector<int> truth = {0, 1, 2, 3};
    QCOMPARE(topKAccuracy(probs, truth, 4, 1), 0.25);
    QCOMPARE(topKAccuracy(probs, truth, 4, 2), 0.5);
    QCOMPARE(topKAccuracy(probs, truth, 4, 3), 0.75);
    QCOMPARE(topKAccuracy(probs, truth, 4, 4), 1.0);
    QCOMPARE(topKAccuracy(probs, truth, 4, 9), 1.0);
}

void TestMetrics::topKTiesAndBadInput()
{
    // A tie ranks the lower class first, as argmax does: top-1 equals the matrix's accuracy.
    QCOMPARE(topKAccuracy({0.5f, 0.5f}, {1}, 2, 1), 0.0);
    QCOMPARE(topKAccuracy({0.5f, 0.5f}, {0}, 2, 1), 1.0);
    QCOMPARE(topKAccuracy({0.5f, 0.5f}, {1}, 2, 2), 1.0);
    // NaN scores (a diverged run) are misses at every k.
    const float nan = std::numeric_limits<float>::quiet_NaN();
    QCOMPARE(topKAccuracy({nan, nan, nan}, {2}, 3, 3), 0.0);
    QCOMPARE(topKAccuracy({}, {}, 2, 1), 0.0);
    QCOMPARE(topKAccuracy({0.5f, 0.5f}, {0, 1}, 2, 1), 0.0);   // wrong size: refused, not read past
    QCOMPARE(topKAccuracy({0.9f, 0.1f}, {5}, 2, 1), 0.0);      // unknown truth is a miss
}

void TestMetrics::confusedPairs()
{
    //          p0 p1 p2
    //   t0  [   5  3  0 ]
    //   t1  [   1  4  3 ]
    //   t2  [   0  6  2 ]
    const ConfusionMatrix m = ConfusionMatrix::fromCounts(3, {5, 3, 0, 1, 4, 3, 0, 6, 2});
    const QVector<ConfusedPair> pairs = mostConfusedPairs(m);
    QCOMPARE(pairs.size(), 4);
    QCOMPARE(pairs.at(0).trueClass, 2);
    QCOMPARE(pairs.at(0).predicted, 1);
    QCOMPARE(pairs.at(0).count, 6);
    QCOMPARE(pairs.at(0).share, 0.75);
    // Two cells of 3: the larger share of its row first (3/8 for both rows here, so class order).
    QCOMPARE(pairs.at(1).trueClass, 0);
    QCOMPARE(pairs.at(2).trueClass, 1);
    QCOMPARE(pairs.at(2).predicted, 2);
    QCOMPARE(pairs.at(3).count, 1);
    QCOMPARE(mostConfusedPairs(m, 2).size(), 2);
    QVERIFY(mostConfusedPairs(ConfusionMatrix::fromCounts(2, {3, 0, 0, 4})).isEmpty());
}

void TestMetrics::misclassifiedOrder()
{
    QVector<ValPrediction> predictions;
    predictions.append({0, 0, 0, 0.99f});   // right: left out
    predictions.append({1, 0, 1, 0.60f});
    predictions.append({2, 1, 0, 0.95f});
    predictions.append({3, 2, 1, 0.60f});
    predictions.append({4, 1, 1, 0.40f});   // right: left out
    const QVector<ValPrediction> wrong = misclassifiedMostConfidentFirst(predictions);
    QCOMPARE(wrong.size(), 3);
    QCOMPARE(wrong.at(0).row, 2);
    QCOMPARE(wrong.at(1).row, 1);   // equal confidence keeps input order
    QCOMPARE(wrong.at(2).row, 3);
    // A NaN confidence goes last instead of breaking the sort.
    predictions.append({5, 0, 1, std::numeric_limits<float>::quiet_NaN()});
    predictions.append({6, 0, 1, 0.99f});
    const QVector<ValPrediction> withNan = misclassifiedMostConfidentFirst(predictions);
    QCOMPARE(withNan.first().row, 6);
    QCOMPARE(withNan.last().row, 5);
}

void TestMetrics::reportedTopKByClassCount()
{
    QVERIFY(reportedTopK(2).isEmpty());
    QVERIFY(reportedTopK(5).isEmpty());
    QCOMPARE(reportedTopK(6), QVector<int>({3}));
    QCOMPARE(reportedTopK(11), QVector<int>({3, 5}));
}

void TestMetrics::evaluationJsonExtras()
{
    EvaluationResult result;
    result.runId = QStringLiteral("run-1");
    result.split = Split::Test;
    for (int c = 0; c < 6; ++c)
        result.classNames.append(QStringLiteral("c%1").arg(c));
    result.matrix = ConfusionMatrix(6);
    // Two images: one right, one wrong with the truth second.
    result.matrix.add(0, 0);
    result.matrix.add(1, 2);
    result.predictions = {{7, 0, 0, 0.9f}, {9, 1, 2, 0.6f}};
    result.probabilities = {0.9f, 0.02f, 0.02f, 0.02f, 0.02f, 0.02f,
                            0.05f, 0.3f, 0.6f, 0.03f, 0.01f, 0.01f};
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("run")).toString(), QStringLiteral("run-1"));
    QCOMPARE(json.value(QStringLiteral("split")).toString(), splitName(Split::Test));
    QCOMPARE(json.value(QStringLiteral("accuracy")).toDouble(), 0.5);
    QCOMPARE(json.value(QStringLiteral("top3Accuracy")).toDouble(), 1.0);
    QVERIFY(!json.contains(QStringLiteral("top5Accuracy")));
    const QJsonArray confused = json.value(QStringLiteral("mostConfused")).toArray();
    QCOMPARE(confused.size(), 1);
    QCOMPARE(confused.at(0).toObject().value(QStringLiteral("true")).toString(), QStringLiteral("c1"));
    QCOMPARE(confused.at(0).toObject().value(QStringLiteral("predicted")).toString(), QStringLiteral("c2"));
    const QJsonArray wrong = json.value(QStringLiteral("misclassified")).toArray();
    QCOMPARE(wrong.size(), 1);
    QCOMPARE(wrong.at(0).toObject().value(QStringLiteral("row")).toInt(), 9);
}

void TestMetrics::accuracyCarriesItsInterval()
{
    // Fewer images, wider interval; a small split is called out, a large one is not.
    QVERIFY(noiseMargin(0.7, 24) > noiseMargin(0.7, 96));
    QVERIFY(noiseMargin(0.7, 96) > noiseMargin(0.7, 400));
    QVERIFY(noiseMargin(0.7, 24) > 10.0 && noiseMargin(0.7, 24) < 25.0);
    const QString text = accuracyWithInterval(2.0 / 3.0, 24);
    QVERIFY2(text.startsWith(QLatin1String("66.7 % (95 % CI ")) && text.endsWith(QLatin1String(", n = 24)")),
             qPrintable(text));
    const ProportionInterval ci = wilsonInterval(16, 24);
    QVERIFY(text.contains(QString::number(ci.low * 100, 'f', 1)) && text.contains(QString::number(ci.high * 100, 'f', 1)));
    QVERIFY(ci.low < 2.0 / 3.0 && ci.high > 2.0 / 3.0);
    const QString note = smallSplitNote(2.0 / 3.0, 24);
    QVERIFY2(note.startsWith(QStringLiteral("On 24 validation images, differences under ±"))
                 && note.contains(QString::number(qRound(noiseMargin(2.0 / 3.0, 24)))),
             qPrintable(note));
    QVERIFY(smallSplitNote(0.9, 100).isEmpty());
    QVERIFY(smallSplitNote(0.9, 0).isEmpty());
    QCOMPARE(accuracyWithInterval(0.5, 0), QStringLiteral("50.0 %"));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
