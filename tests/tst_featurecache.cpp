// The frozen-trunk feature cache in training runs: cached and uncached training agree, the key
// decides reuse, and the disk budget removes the least recently used sets.

#include "dataset/imageset.h"
#include "evaluation/evaluator.h"
#include "import/importer.h"
#include "nn/classifiermodel.h"
#include "nn/learner.h"
#include "project/project.h"
#include "training/featurecache.h"
#include "training/lrfinder.h"
#include "training/runstore.h"
#include "training/trainer.h"
#include "training/trainingdata.h"

#include "testimages.h"
#include "trainingfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace Hone;
using namespace TrainingFixture;

class TestFeatureCache : public ProjectTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void featureCacheMatchesUncached();
    void featureCacheKey();
    void featureCacheBudget();
};

void TestFeatureCache::initTestCase()
{
    QVERIFY(createProject());
}

void TestFeatureCache::featureCacheMatchesUncached()
{
    // Stem to layer2 frozen, random flips on: the cached run trains layer3, layer4 and the head
    // from stored layer2 outputs (two views per image) and must follow the uncached run's path.
    // Both in the default memory order: the cache's trunk pass otherwise runs channels-last,
    // faster and equal only to rounding (checked at the end).
    TrainingConfig config = smallConfig(3);
    config.freezeDepth = 3;
    config.augment = true;
    config.featureCache = false;
    config.channelsLast = QStringLiteral("off");
    QString status, message, uncachedRun, cachedRun;
    const QVector<EpochMetrics> plain = train(config, &status, &message, &uncachedRun);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    QVERIFY(!readRunJson(uncachedRun).contains(QStringLiteral("featureCache")));
    config.featureCache = true;
    const QVector<EpochMetrics> cached = train(config, &status, &message, &cachedRun);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    const QJsonObject cache = readRunJson(cachedRun).value(QStringLiteral("featureCache")).toArray().at(0).toObject();
    QCOMPARE(cache.value(QStringLiteral("stage")).toString(), QStringLiteral("layer2"));
    QCOMPARE(cache.value(QStringLiteral("views")).toInt(), 2);
    QCOMPARE(plain.size(), 3);
    QCOMPARE(cached.size(), 3);
    for (int i = 0; i < plain.size(); ++i) {
        // The same numbers up to float rounding: the trunk ran over other batch compositions.
        // Rounding can tip an image whose two logits are all but tied, so the matrices may differ
        // by that one image (one count down in a cell, one up in its row); no more.
        QVERIFY2(qAbs(plain.at(i).trainLoss - cached.at(i).trainLoss) < 1e-3 * plain.at(i).trainLoss,
                 qPrintable(QStringLiteral("epoch %1: %2 vs %3").arg(i + 1).arg(plain.at(i).trainLoss).arg(cached.at(i).trainLoss)));
        QVERIFY(qAbs(plain.at(i).valLoss - cached.at(i).valLoss) < 1e-3 * plain.at(i).valLoss);
        QVERIFY(qAbs(cached.at(i).trainAccuracy - plain.at(i).trainAccuracy) <= 1.0 / 32 + 1e-9);
        QVERIFY(qAbs(cached.at(i).valAccuracy - plain.at(i).valAccuracy) <= 1.0 / 8 + 1e-9);
        QCOMPARE(cached.at(i).confusion.size(), plain.at(i).confusion.size());
        int moved = 0;
        for (int c = 0; c < plain.at(i).confusion.size(); ++c)
            moved += qAbs(cached.at(i).confusion.at(c) - plain.at(i).confusion.at(c));
        QVERIFY2(moved <= 2, qPrintable(QStringLiteral("epoch %1: %2 cells differ").arg(i + 1).arg(moved)));
    }

    // The default: the trunk pass in NHWC order. Rounding differences in the features grow
    // through three trained stages in training-mode BatchNorm, so only close.
    config.channelsLast = QStringLiteral("auto");
    // The memory order is part of the key: these features are computed afresh, in NHWC order.
    config.augmentations.flip = false;
    config.augment = false;
    config.featureCache = false;
    const QVector<EpochMetrics> plainNoFlip = train(config, &status, &message);
    config.featureCache = true;
    const QVector<EpochMetrics> nhwc = train(config, &status, &message);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    QCOMPARE(nhwc.size(), 3);
    for (int i = 0; i < nhwc.size(); ++i) {
        QVERIFY2(qAbs(plainNoFlip.at(i).trainLoss - nhwc.at(i).trainLoss) < 1e-2 * plainNoFlip.at(i).trainLoss,
                 qPrintable(QStringLiteral("epoch %1: %2 vs %3").arg(i + 1).arg(plainNoFlip.at(i).trainLoss).arg(nhwc.at(i).trainLoss)));
        QVERIFY(qAbs(plainNoFlip.at(i).valAccuracy - nhwc.at(i).valAccuracy) <= 1.0 / 8 + 1e-9);
    }
}

void TestFeatureCache::featureCacheKey()
{
    // 32 training images × 2 views + 8 validation images = 72 items per key.
    TrainingConfig config = smallConfig(1);
    config.freezeDepth = 5;
    config.augment = true;
    config.seed = 99;   // a key of its own (random weights are keyed by seed)
    QString status, message, run;
    const auto stats = [&](const TrainingConfig &c) {
        train(c, &status, &message, &run);
        const QJsonObject cache = readRunJson(run).value(QStringLiteral("featureCache")).toArray().at(0).toObject();
        return qMakePair(cache.value(QStringLiteral("reused")).toInt(-1), cache.value(QStringLiteral("computed")).toInt(-1));
    };
    QCOMPARE(stats(config), qMakePair(0, 72));
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    // Unchanged key: everything reused; settings outside the key (epochs, rate) do not matter.
    config.learningRate = 3e-3;
    config.epochs = 2;
    QCOMPARE(stats(config), qMakePair(72, 0));
    // Each part of the key invalidates: input size, depth, weights (here: the seed of random ones).
    TrainingConfig other = config;
    other.imageSize = 40;
    QCOMPARE(stats(other), qMakePair(0, 72));
    other = config;
    other.freezeDepth = 4;
    QCOMPARE(stats(other), qMakePair(0, 72));
    other = config;
    other.seed = 100;
    QCOMPARE(stats(other), qMakePair(0, 72));
    // The memory order of the trunk pass: another key (rounding differs), then reused.
    other = config;
    other.channelsLast = config.channelsLast == QLatin1String("off") ? QStringLiteral("auto") : QStringLiteral("off");
    QCOMPARE(stats(other), qMakePair(0, 72));
    QCOMPARE(stats(other), qMakePair(72, 0));
    // Without flips there is one view: the unflipped items are all there already.
    other = config;
    other.augment = false;
    QCOMPARE(stats(other), qMakePair(40, 0));

    // A damaged file is a miss, recomputed and rewritten; the run is not disturbed.
    const QString cacheRoot = QDir(m_data.projectDir).filePath(QStringLiteral("cache/features"));
    const QString key = readRunJson(run).value(QStringLiteral("featureCache")).toArray().at(0).toObject().value(QStringLiteral("key")).toString();
    QDir keyDir(QDir(cacheRoot).filePath(key));
    const QStringList files = keyDir.entryList({QStringLiteral("*.f32")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 72);
    QFile damaged(keyDir.filePath(files.first()));
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.resize(damaged.size() / 2);
    damaged.close();
    QCOMPARE(stats(config), qMakePair(71, 1));
    QVERIFY(QFileInfo(keyDir.filePath(files.first())).size() > 100);
    QVERIFY(QFileInfo::exists(keyDir.filePath(QStringLiteral("key.json"))));
}

void TestFeatureCache::featureCacheBudget()
{
    // Three sets of 1 MB each, used at different times; a 2.5 MB budget drops the oldest that is
    // not in use, and a budget of 0 drops every set but the one in use.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cache = dir.filePath(QStringLiteral("cache"));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const FeatureStore store(cache, QJsonObject{{QStringLiteral("set"), i}});
        ids.append(store.keyId());
        QFile data(QDir(store.directory()).filePath(QStringLiteral("item.f32")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QByteArray(1024 * 1024, 'x'));
        data.close();
        QFile stamp(QDir(store.directory()).filePath(QStringLiteral("key.json")));
        QVERIFY(stamp.open(QIODevice::ReadWrite));
        QVERIFY(stamp.setFileTime(QDateTime::currentDateTime().addDays(i - 10), QFileDevice::FileModificationTime));
    }
    const QString features = QDir(cache).filePath(QStringLiteral("features/"));
    // Set 0 is the oldest but in use: set 1 goes instead.
    PruneResult r = pruneFeatureCache(cache, 5 * 512 * 1024, ids.at(0));
    QCOMPARE(r.removedKeys, 1);
    QVERIFY(QFileInfo::exists(features + ids.at(0)));
    QVERIFY(!QFileInfo::exists(features + ids.at(1)));
    QVERIFY(QFileInfo::exists(features + ids.at(2)));
    QVERIFY(r.keptBytes <= 5 * 512 * 1024);
    r = pruneFeatureCache(cache, 0, ids.at(0));
    QCOMPARE(r.removedKeys, 1);
    QVERIFY(QFileInfo::exists(features + ids.at(0)));
    QVERIFY(!QFileInfo::exists(features + ids.at(2)));
    // Within the budget: nothing goes.
    QCOMPARE(pruneFeatureCache(cache, qint64(1) << 40, QString()).removedKeys, 0);
}

QTEST_GUILESS_MAIN(TestFeatureCache)
#include "tst_featurecache.moc"
