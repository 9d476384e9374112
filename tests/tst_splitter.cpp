// stratifiedSplit: seeded, deterministic, keeps each class's share in every split.

#include "dataset/splitter.h"

#include <QTest>

#include <array>

using namespace Hone;

namespace {

// counts[class][split]
using SplitCounts = QVector<std::array<int, 4>>;

SplitCounts countByClass(const QVector<int> &labels, const QVector<Split> &splits, int classes)
{
    SplitCounts counts(classes, std::array<int, 4>{0, 0, 0, 0});
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.at(i) >= 0)
            ++counts[labels.at(i)][int(splits.at(i))];
    }
    return counts;
}

QVector<int> repeatedLabels(int classes, int perClass)
{
    // Interleaved, so a split that ignored the labels would not look stratified by accident.
    QVector<int> labels;
    for (int i = 0; i < perClass; ++i) {
        for (int c = 0; c < classes; ++c)
            labels.append(c);
    }
    return labels;
}

} // namespace

class TestSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministicForSeed();
    void differentSeedDifferentSplit();
    void keepsClassProportions();
    void unlabeledStayUnassigned();
    void tinyClassGetsOneValImage();
    void singleImageClassTrains();
    void noTestRatioGivesNoTest();
};

void TestSplitter::deterministicForSeed()
{
    const QVector<int> labels = repeatedLabels(3, 50);
    const SplitRatios ratios{0.7, 0.15, 0.15};
    const QVector<Split> a = stratifiedSplit(labels, ratios, 1234);
    const QVector<Split> b = stratifiedSplit(labels, ratios, 1234);
    QCOMPARE(a.size(), labels.size());
    QVERIFY(a == b);
}

void TestSplitter::differentSeedDifferentSplit()
{
    const QVector<int> labels = repeatedLabels(3, 50);
    const SplitRatios ratios{0.7, 0.15, 0.15};
    const QVector<Split> a = stratifiedSplit(labels, ratios, 1);
    const QVector<Split> b = stratifiedSplit(labels, ratios, 2);
    QVERIFY(a != b);
    // Both still have the same counts per class: only which image goes where changes.
    QVERIFY(countByClass(labels, a, 3) == countByClass(labels, b, 3));
}

void TestSplitter::keepsClassProportions()
{
    const QVector<int> labels = repeatedLabels(3, 50);
    const QVector<Split> splits = stratifiedSplit(labels, SplitRatios{0.7, 0.15, 0.15}, 42);
    const SplitCounts counts = countByClass(labels, splits, 3);
    for (int c = 0; c < 3; ++c) {
        const auto &n = counts.at(c);
        QCOMPARE(n[int(Split::Unassigned)], 0);
        QCOMPARE(n[int(Split::Train)] + n[int(Split::Val)] + n[int(Split::Test)], 50);
        QVERIFY2(qAbs(n[int(Split::Train)] - 35) <= 1, qPrintable(QString::number(n[int(Split::Train)])));
        QVERIFY2(qAbs(n[int(Split::Val)] - 8) <= 1, qPrintable(QString::number(n[int(Split::Val)])));
        QVERIFY2(qAbs(n[int(Split::Test)] - 7) <= 1, qPrintable(QString::number(n[int(Split::Test)])));
    }

    // Unequal classes keep their own shares: 100 / 20 at 80/20.
    QVector<int> skewed(100, 0);
    skewed += QVector<int>(20, 1);
    const SplitCounts s = countByClass(skewed, stratifiedSplit(skewed, SplitRatios{0.8, 0.2, 0.0}, 7), 2);
    QCOMPARE(s.at(0)[int(Split::Train)], 80);
    QCOMPARE(s.at(0)[int(Split::Val)], 20);
    QCOMPARE(s.at(1)[int(Split::Train)], 16);
    QCOMPARE(s.at(1)[int(Split::Val)], 4);
}

void TestSplitter::unlabeledStayUnassigned()
{
    QVector<int> labels = repeatedLabels(2, 10);
    labels.insert(3, -1);
    labels.append(-1);
    const QVector<Split> splits = stratifiedSplit(labels, SplitRatios{0.5, 0.25, 0.25}, 9);
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.at(i) < 0)
            QCOMPARE(splits.at(i), Split::Unassigned);
        else
            QVERIFY(splits.at(i) != Split::Unassigned);
    }
}

void TestSplitter::tinyClassGetsOneValImage()
{
    // Class 1 has two images: 15 % of 2 rounds to 0, but it still gets one val image and keeps
    // one for training.
    QVector<int> labels = repeatedLabels(1, 20);
    labels << 1 << 1;
    const SplitCounts counts = countByClass(labels, stratifiedSplit(labels, SplitRatios{0.7, 0.15, 0.15}, 3), 2);
    QCOMPARE(counts.at(1)[int(Split::Val)], 1);
    QCOMPARE(counts.at(1)[int(Split::Train)], 1);
    QCOMPARE(counts.at(1)[int(Split::Test)], 0);
}

void TestSplitter::singleImageClassTrains()
{
    const QVector<int> labels{0, 0, 0, 0, 0, 1};
    const QVector<Split> splits = stratifiedSplit(labels, SplitRatios{0.8, 0.2, 0.0}, 5);
    QCOMPARE(splits.at(5), Split::Train);
}

void TestSplitter::noTestRatioGivesNoTest()
{
    const QVector<int> labels = repeatedLabels(4, 13);
    const QVector<Split> splits = stratifiedSplit(labels, SplitRatios{0.8, 0.2, 0.0}, 11);
    QVERIFY(!splits.contains(Split::Test));
    QVERIFY(!splits.contains(Split::Unassigned));
}

QTEST_GUILESS_MAIN(TestSplitter)
#include "tst_splitter.moc"
