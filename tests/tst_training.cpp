// Training end to end on drawn circles and squares: learning, stage freezing, reproducibility,
// stop, bad data, early stopping, the run manifest and augmented training.

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

class TestTraining : public ProjectTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void trainsCirclesVersusSquares();
    void freezeHeadOnly();
    void freezeNothing();
    void freezePartial();
    void sameSeedSameMetrics();
    void stopFromBatchHandler();
    void refusesBadData();
    void earlyStopKeepsTheBestEpoch();
    void manifest();
    void augmentedTraining();
};

void TestTraining::initTestCase()
{
    qRegisterMetaType<Hone::BatchMetrics>();
    qRegisterMetaType<Hone::EpochMetrics>();
    QVERIFY(m_dir.isValid());
    const QString images = m_dir.filePath(QStringLiteral("drawn"));
    QVERIFY(TestImages::writeShapeDataset(images, 20, 48, 2));

    QString error;
    QVERIFY2(m_project.create(m_dir.filePath(QStringLiteral("project")), &error), qPrintable(error));
    const ImportResult result = Importer(m_project, ImportLayout::Folders).run({images});
    QCOMPARE(result.images.size(), 40);
    QVERIFY(result.rejected.isEmpty());
    applyImport(&m_project, result);
    QCOMPARE(m_project.classes().size(), 2);

    QVERIFY(!TrainingData::fromProject(m_project, &m_data, &error));   // nothing split yet
    QCOMPARE(assignMissingSplits(&m_project, 7), 40);
    QCOMPARE(assignMissingSplits(&m_project, 7), 0);
    QVERIFY(!m_project.isModified());
    QVERIFY2(TrainingData::fromProject(m_project, &m_data, &error), qPrintable(error));
    QCOMPARE(m_data.classNames, (QStringList{QStringLiteral("circles"), QStringLiteral("squares")}));
    QCOMPARE(m_data.trainPaths.size(), 32);
    QCOMPARE(m_data.valPaths.size(), 8);
    QCOMPARE(m_data.valLabels.count(0), 4);
    QCOMPARE(m_data.valLabels.count(1), 4);
}

void TestTraining::trainsCirclesVersusSquares()
{
    // From scratch on 32 images the validation accuracy wobbles for the first dozen epochs;
    // by 25 it has settled (checked against 200 held-out drawings: 99.5-100 %).
    const int epochs = 25;
    const TrainingConfig config = smallConfig(epochs);
    Trainer trainer(m_data, config);
    QSignalSpy started(&trainer, &Trainer::runStarted);
    QSignalSpy batches(&trainer, &Trainer::batchFinished);
    QSignalSpy epochSpy(&trainer, &Trainer::epochFinished);
    QSignalSpy finished(&trainer, &Trainer::finished);
    QElapsedTimer timer;
    timer.start();
    trainer.run();
    qInfo("trained %d epochs in %.1f s", epochs, timer.elapsed() / 1000.0);

    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(0).toString() == QLatin1String("finished"),
             qPrintable(finished.first().at(1).toString()));
    QCOMPARE(trainer.status(), QStringLiteral("finished"));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toString(), trainer.runId());

    // 32 training images in batches of 8: 4 batches an epoch.
    QCOMPARE(batches.size(), epochs * 4);
    const BatchMetrics lastBatch = batches.last().at(0).value<BatchMetrics>();
    QCOMPARE(lastBatch.epoch, epochs);
    QCOMPARE(lastBatch.batch, 4);
    QCOMPARE(lastBatch.batches, 4);
    QVERIFY(lastBatch.loss > 0.0);

    QCOMPARE(epochSpy.size(), epochs);
    QString history;
    for (int i = 0; i < epochSpy.size(); ++i) {
        const EpochMetrics m = epochSpy.at(i).at(0).value<EpochMetrics>();
        QCOMPARE(m.epoch, i + 1);
        QCOMPARE(m.epochs, epochs);
        QCOMPARE(m.classCount, 2);
        QCOMPARE(m.confusion.size(), 4);
        int total = 0;
        for (int v : m.confusion)
            total += v;
        QCOMPARE(total, 8);
        history += QStringLiteral("epoch %1: train loss %2 acc %3, val loss %4 acc %5\n")
                       .arg(m.epoch).arg(m.trainLoss, 0, 'f', 3).arg(m.trainAccuracy, 0, 'f', 2)
                       .arg(m.valLoss, 0, 'f', 3).arg(m.valAccuracy, 0, 'f', 2);
    }
    const EpochMetrics last = epochSpy.last().at(0).value<EpochMetrics>();
    const EpochMetrics first = epochSpy.first().at(0).value<EpochMetrics>();
    double bestVal = 0.0;
    for (int i = 0; i < epochSpy.size(); ++i)
        bestVal = std::max(bestVal, epochSpy.at(i).at(0).value<EpochMetrics>().valAccuracy);
    qInfo("final epoch: train loss %.4f, val accuracy %.3f (best %.3f)", last.trainLoss, last.valAccuracy, bestVal);
    // That it learned, on any CPU: the training loss at most half of the first epoch's, and the
    // eight validation images told apart far beyond chance at some epoch (7 of 8 or more has a
    // chance of 9/256). Which epoch first gets there, and whether the last one does, depends on
    // the last bits of one CPU's arithmetic.
    QVERIFY2(last.trainLoss < 0.5 * first.trainLoss, qPrintable(history));
    QVERIFY2(bestVal >= 0.875, qPrintable(history));

    // What the run left on disk.
    const QJsonObject json = readRunJson(trainer.runDirectory());
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(json.value(QStringLiteral("epochs")).toArray().size(), epochs);
    QCOMPARE(json.value(QStringLiteral("classes")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("config")).toObject().value(QStringLiteral("imageSize")).toInt(), 48);
    QCOMPARE(json.value(QStringLiteral("preprocessing")).toObject().value(QStringLiteral("imageSize")).toInt(), 48);
    QVERIFY(json.value(QStringLiteral("bestValAccuracy")).toDouble() >= last.valAccuracy);
    const QString weights = QDir(trainer.runDirectory()).filePath(QStringLiteral("model.weights"));
    QVERIFY(QFileInfo(weights).isFile());
    QVERIFY(QFileInfo(weights).size() > 1000000);
    QVERIFY(!QFileInfo::exists(weights + QStringLiteral(".part")));

    // The run is found as the latest finished one, and its weights load back.
    RunRecord run;
    QString error;
    QVERIFY2(RunStore::find(m_project.runsDirectory(), QString(), &run, &error), qPrintable(error));
    QCOMPARE(run.id, trainer.runId());
    QCOMPARE(run.imageSize(), 48);
    auto model = RunStore::loadModel(run, QStringLiteral("cpu"), &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->numClasses(), 2);
}

void TestTraining::freezeHeadOnly()
{
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 2, 1, &error);
    QVERIFY2(model, error.c_str());
    QCOMPARE(model->stageCount(), 5);
    // torchvision's resnet18 has 11,176,512 backbone parameters; the head adds 512 × 2 + 2.
    QCOMPARE(model->parameterCount(), qint64(11176512 + 512 * 2 + 2));

    const Nn::ImageBatch probe = randomBatch(4, 32, 2, 99);
    const std::vector<float> before = model->logits(probe);

    Nn::LearnerOptions options;
    options.learningRate = 1e-2;
    options.freezeDepth = model->stageCount();
    Nn::Learner learner(*model, options);
    QCOMPARE(learner.trainableParameterCount(), qint64(512 * 2 + 2));
    for (int step = 0; step < 4; ++step) {
        const Nn::StepResult r = learner.trainStep(randomBatch(8, 32, 2, unsigned(step)));
        QCOMPARE(r.count, qint64(8));
        QVERIFY(r.loss > 0.0);
    }
    QVERIFY(learner.frozenStagesUnchanged());
    // The head did train.
    QVERIFY(model->logits(probe) != before);
}

void TestTraining::freezeNothing()
{
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 2, 1, &error);
    QVERIFY2(model, error.c_str());
    Nn::LearnerOptions options;
    options.freezeDepth = 0;
    Nn::Learner learner(*model, options);
    QCOMPARE(learner.trainableParameterCount(), model->parameterCount());
    for (int step = 0; step < 2; ++step)
        learner.trainStep(randomBatch(8, 32, 2, unsigned(step)));
    QVERIFY(learner.frozenStagesUnchanged());   // nothing is frozen
}

void TestTraining::freezePartial()
{
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 2, 1, &error);
    QVERIFY2(model, error.c_str());
    // A Learner sets requires_grad afresh: an earlier head-only Learner on the same model must
    // not leave its stages frozen for the next one.
    {
        Nn::LearnerOptions all;
        all.freezeDepth = model->stageCount();
        Nn::Learner headOnly(*model, all);
        QCOMPARE(headOnly.trainableParameterCount(), qint64(512 * 2 + 2));
    }
    Nn::LearnerOptions options;
    options.freezeDepth = 2;   // stem and layer1
    Nn::Learner learner(*model, options);
    // stem: conv1 3·64·7·7 + bn1 2·64; layer1: 2 blocks × (2 convs 64·64·3·3 + 2 bns 2·64)
    const qint64 stem = 3 * 64 * 7 * 7 + 2 * 64;
    const qint64 layer1 = 2 * (2 * 64 * 64 * 3 * 3 + 2 * 2 * 64);
    QCOMPARE(learner.trainableParameterCount(), model->parameterCount() - stem - layer1);
    for (int step = 0; step < 3; ++step)
        learner.trainStep(randomBatch(8, 32, 2, unsigned(step) + 10));
    // BatchNorm running statistics of frozen stages are part of the check: they stay in eval mode.
    QVERIFY(learner.frozenStagesUnchanged());
}

void TestTraining::sameSeedSameMetrics()
{
    TrainingConfig config = smallConfig(2);
    config.threads = 1;
    config.seed = 1234;
    QString statusA, statusB, message;
    const QVector<EpochMetrics> a = train(config, &statusA, &message);
    QVERIFY2(statusA == QLatin1String("finished"), qPrintable(message));
    const QVector<EpochMetrics> b = train(config, &statusB, &message);
    QVERIFY2(statusB == QLatin1String("finished"), qPrintable(message));
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 2);
    for (int i = 0; i < a.size(); ++i) {
        // Exact equality: the same seed must give the same run, not a similar one.
        QCOMPARE(a.at(i).trainLoss, b.at(i).trainLoss);
        QVERIFY(a.at(i).trainLoss == b.at(i).trainLoss);
        QVERIFY(a.at(i).valLoss == b.at(i).valLoss);
        QCOMPARE(a.at(i).trainAccuracy, b.at(i).trainAccuracy);
        QCOMPARE(a.at(i).valAccuracy, b.at(i).valAccuracy);
        QCOMPARE(a.at(i).confusion, b.at(i).confusion);
    }

    // And another seed gives another run, so the equality above means something.
    config.seed = 4321;
    QString statusC;
    const QVector<EpochMetrics> c = train(config, &statusC, &message);
    QVERIFY2(statusC == QLatin1String("finished"), qPrintable(message));
    QCOMPARE(c.size(), 2);
    QVERIFY(c.first().trainLoss != a.first().trainLoss);
}

void TestTraining::stopFromBatchHandler()
{
    Trainer trainer(m_data, smallConfig(5));
    QSignalSpy batches(&trainer, &Trainer::batchFinished);
    QSignalSpy epochs(&trainer, &Trainer::epochFinished);
    QSignalSpy finished(&trainer, &Trainer::finished);
    connect(&trainer, &Trainer::batchFinished, &trainer, [&trainer](const BatchMetrics &m) {
        if (m.epoch == 1 && m.batch == 2)
            trainer.requestStop();
    });
    trainer.run();

    // Stop is checked before every batch: the one in flight finishes, no further one starts.
    QCOMPARE(batches.size(), 2);
    QCOMPARE(epochs.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("stopped"));
    QCOMPARE(trainer.status(), QStringLiteral("stopped"));
    const QJsonObject json = readRunJson(trainer.runDirectory());
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
    QVERIFY(QFileInfo(QDir(trainer.runDirectory()).filePath(QStringLiteral("model.weights"))).isFile());

    // A stopped run is not what "the latest finished run" finds.
    RunRecord run;
    QString error;
    if (RunStore::find(m_project.runsDirectory(), QString(), &run, &error))
        QVERIFY(run.id != trainer.runId());
}

void TestTraining::refusesBadData()
{
    TrainingConfig config = smallConfig(1);
    config.backbone = QStringLiteral("resnet9000");
    QString error;
    QVERIFY(!config.validate(&error));
    QVERIFY2(error.contains(QStringLiteral("resnet9000")), qPrintable(error));
    QString status, message;
    train(config, &status, &message);
    QCOMPARE(status, QStringLiteral("failed"));
    QVERIFY2(message.contains(QStringLiteral("resnet9000")), qPrintable(message));

    config = smallConfig(1);
    config.freezeDepth = 6;
    QVERIFY(!config.validate(&error));
    config = smallConfig(1);
    config.imageSize = 16;
    QVERIFY(!config.validate(&error));

    // Unreadable images are skipped; with no validation image left the run fails with a reason.
    TrainingData broken = m_data;
    for (QString &path : broken.valPaths)
        path += QStringLiteral(".missing");
    Trainer trainer(broken, smallConfig(1));
    QSignalSpy finished(&trainer, &Trainer::finished);
    trainer.run();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("failed"));
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QCOMPARE(readRunJson(trainer.runDirectory()).value(QStringLiteral("status")).toString(),
             QStringLiteral("failed"));

    // Images that would not fit in memory decoded: refused up front with the figures and what
    // to change, before a run folder exists; the LR finder likewise.
    qputenv("HONE_IMAGE_MEMORY_MB", "1");
    const auto unsetLimit = qScopeGuard([] { qunsetenv("HONE_IMAGE_MEMORY_MB"); });
    config = smallConfig(1);
    config.imageSize = 256;   // 40 × 256² × 3 bytes = 7.5 MiB
    const int runsBefore = int(QDir(m_data.projectDir + QStringLiteral("/runs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    train(config, &status, &message);
    QCOMPARE(status, QStringLiteral("failed"));
    QVERIFY2(message.contains(QLatin1String("40 images at 256 px take 0.007 GB")) && message.contains(QLatin1String("smaller image size")),
             qPrintable(message));
    QCOMPARE(int(QDir(m_data.projectDir + QStringLiteral("/runs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()), runsBefore);
    LrFinderResult range;
    QVERIFY(!findLearningRate(m_data, config, LrFinderOptions(), &range, &error));
    QVERIFY2(error.contains(QLatin1String("HONE_IMAGE_MEMORY_MB")), qPrintable(error));
    config.imageSize = 48;   // 270 KiB: fits
    train(config, &status, &message);
    QCOMPARE(status, QStringLiteral("finished"));
    qputenv("HONE_IMAGE_MEMORY_MB", "0");   // no limit
    QCOMPARE(imageMemoryBudget(), std::numeric_limits<qint64>::max());
    qunsetenv("HONE_IMAGE_MEMORY_MB");
    QVERIFY(imageMemoryBudget() > 1024 * 1024);
}

void TestTraining::earlyStopKeepsTheBestEpoch()
{
    // A rate this high makes validation accuracy jump about, so patience 1 stops the run early.
    TrainingConfig config = smallConfig(20);
    config.threads = 1;
    config.learningRate = 0.05;
    config.earlyStopPatience = 1;
    QString status, message, run;
    const QVector<EpochMetrics> epochs = train(config, &status, &message, &run);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    const QJsonObject json = readRunJson(run);
    QVERIFY2(json.contains(QStringLiteral("earlyStopped")), "the run did not stop early");
    const int stoppedAt = json.value(QStringLiteral("earlyStopped")).toInt();
    const int bestEpoch = json.value(QStringLiteral("bestEpoch")).toInt();
    QCOMPARE(epochs.size(), stoppedAt);
    QVERIFY(stoppedAt < 20);
    QCOMPARE(stoppedAt - bestEpoch, 1);   // exactly the patience after the best epoch
    QCOMPARE(json.value(QStringLiteral("weightsEpoch")).toInt(), bestEpoch);
    // The best epoch is the highest accuracy, ties to the lower loss.
    for (const EpochMetrics &m : epochs) {
        const EpochMetrics &best = epochs.at(bestEpoch - 1);
        QVERIFY(m.valAccuracy < best.valAccuracy || (m.valAccuracy == best.valAccuracy && m.valLoss >= best.valLoss));
    }

    // The saved weights are the best epoch's: evaluating them gives that epoch's validation numbers.
    RunRecord record;
    QString error;
    QVERIFY2(RunStore::find(QDir(m_data.projectDir).filePath(QStringLiteral("runs")), json.value(QStringLiteral("id")).toString(),
                            &record, &error), qPrintable(error));
    EvaluationResult result;
    QVERIFY2(evaluateRun(m_project, record, Split::Val, QStringLiteral("cpu"), &result, &error), qPrintable(error));
    QCOMPARE(result.matrix.counts(), epochs.at(bestEpoch - 1).confusion);

    // --keep-last keeps the last epoch's weights.
    config.restoreBest = false;
    train(config, &status, &message, &run);
    const QJsonObject last = readRunJson(run);
    QCOMPARE(last.value(QStringLiteral("weightsEpoch")).toInt(), last.value(QStringLiteral("epochs")).toArray().size());
}

void TestTraining::manifest()
{
    // Each run records what it trained on: a dataset hash that follows content, labels and splits.
    TrainingConfig config = smallConfig(1);
    QString status, message, runA, runB;
    train(config, &status, &message, &runA);
    train(config, &status, &message, &runB);
    const QString hashA = readRunJson(runA).value(QStringLiteral("datasetHash")).toString();
    QCOMPARE(hashA.size(), 64);
    QCOMPARE(readRunJson(runB).value(QStringLiteral("datasetHash")).toString(), hashA);
    TrainingData relabelled = m_data;
    relabelled.trainLabels[0] = 1 - relabelled.trainLabels[0];
    Trainer trainer(relabelled, config);
    trainer.run();
    QVERIFY(readRunJson(trainer.runDirectory()).value(QStringLiteral("datasetHash")).toString() != hashA);
    const QJsonObject versions = readRunJson(runA).value(QStringLiteral("versions")).toObject();
    for (const char *key : {"hone", "libtorch", "opencv", "qt"})
        QVERIFY2(!versions.value(QLatin1String(key)).toString().isEmpty(), key);
    QVERIFY(readRunJson(runA).value(QStringLiteral("config")).toObject().contains(QStringLiteral("labelSmoothing")));
}

void TestTraining::augmentedTraining()
{
    // Every augmentation on, uncached: the batches are built ahead on another thread and in
    // parallel, yet the same seed gives the same run.
    TrainingConfig config = smallConfig(2);
    config.threads = 1;
    config.augmentations = AugmentOptions{true, true, true, true, true};
    QString status, message;
    const QVector<EpochMetrics> a = train(config, &status, &message);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    const QVector<EpochMetrics> b = train(config, &status, &message);
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 2);
    for (int i = 0; i < 2; ++i)
        QVERIFY(a.at(i).trainLoss == b.at(i).trainLoss && a.at(i).valLoss == b.at(i).valLoss);
    // Other augmentations, other numbers: they are applied.
    config.augmentations = AugmentOptions{true, false, false, false, false};
    const QVector<EpochMetrics> flipsOnly = train(config, &status, &message);
    QVERIFY(flipsOnly.first().trainLoss != a.first().trainLoss);

    // Cached with augmentations: four fixed views per training image (view 0 the plain image).
    config.freezeDepth = 5;
    config.seed = 555;   // a key of its own
    config.augmentations = AugmentOptions{true, true, false, true, false};
    config.cacheViews = 4;
    QString run;
    train(config, &status, &message, &run);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    const QJsonObject cache = readRunJson(run).value(QStringLiteral("featureCache")).toArray().at(0).toObject();
    QCOMPARE(cache.value(QStringLiteral("views")).toInt(), 4);
    QCOMPARE(cache.value(QStringLiteral("computed")).toInt(), 32 * 4 + 8);
    train(config, &status, &message, &run);   // the same views again: all reused
    QCOMPARE(readRunJson(run).value(QStringLiteral("featureCache")).toArray().at(0).toObject().value(QStringLiteral("reused")).toInt(),
             32 * 4 + 8);
}

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
