// Stopped runs resumed from their checkpoints: the resumed epochs equal an uninterrupted run's,
// within a phase and across the fine-tuning phase boundary.

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

class TestResume : public ProjectTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void resumeContinuesExactly_data();
    void resumeContinuesExactly();
    void resumeAcrossPhases();
};

void TestResume::initTestCase()
{
    QVERIFY(createProject());
}

void TestResume::resumeContinuesExactly_data()
{
    QTest::addColumn<QString>("backbone");
    QTest::newRow("resnet18") << QStringLiteral("resnet18");
    // Dropout in the head: its masks come from the network's own generator, checkpointed too.
    QTest::newRow("mobilenet_v2") << QStringLiteral("mobilenet_v2");
}

void TestResume::resumeContinuesExactly()
{
    // Four epochs straight, against two, a stop, and a resume for the other two: the resumed
    // epochs are the same to the last bit (one thread, so the arithmetic is deterministic).
    QFETCH(QString, backbone);
    TrainingConfig config = smallConfig(4);
    config.backbone = backbone;
    config.threads = 1;
    config.seed = 77;
    QString status, message, straightRun;
    const QVector<EpochMetrics> straight = train(config, &status, &message, &straightRun);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    QVERIFY(!QFileInfo::exists(QDir(straightRun).filePath(QStringLiteral("checkpoint"))));   // finished: none kept

    QString stoppedRun;
    {
        Trainer trainer(m_data, config);
        connect(&trainer, &Trainer::epochFinished, this, [&trainer](const EpochMetrics &m) {
            if (m.epoch == 2)
                trainer.requestStop();
        });
        QSignalSpy finished(&trainer, &Trainer::finished);
        trainer.run();
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("stopped"));
        stoppedRun = trainer.runDirectory();
    }
    const QJsonObject state = [&] {
        QFile f(QDir(stoppedRun).filePath(QStringLiteral("checkpoint/state.json")));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }();
    QCOMPARE(state.value(QStringLiteral("epoch")).toInt(), 2);

    TrainingConfig other = config;
    other.learningRate = 0.5;   // ignored: a resumed run keeps its own settings
    QString resumedRun;
    const QVector<EpochMetrics> rest = train(other, &status, &message, &resumedRun, stoppedRun);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    QCOMPARE(resumedRun, stoppedRun);
    QCOMPARE(rest.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(rest.at(i).epoch, i + 3);
        QVERIFY2(rest.at(i).trainLoss == straight.at(i + 2).trainLoss,
                 qPrintable(QStringLiteral("epoch %1: %2 vs %3").arg(i + 3).arg(rest.at(i).trainLoss, 0, 'g', 17).arg(straight.at(i + 2).trainLoss, 0, 'g', 17)));
        QVERIFY(rest.at(i).valLoss == straight.at(i + 2).valLoss);
        QCOMPARE(rest.at(i).confusion, straight.at(i + 2).confusion);
    }
    const QJsonObject json = readRunJson(stoppedRun);
    QCOMPARE(json.value(QStringLiteral("epochs")).toArray().size(), 4);
    QCOMPARE(json.value(QStringLiteral("resumed")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("config")).toObject().value(QStringLiteral("learningRate")).toDouble(), 1e-3);
    QVERIFY(!QFileInfo::exists(QDir(stoppedRun).filePath(QStringLiteral("checkpoint"))));

    // A finished run, an unknown run and changed data are refused with a reason.
    const auto refuse = [this, &config](const TrainingData &data, const QString &id, const QString &why) {
        Trainer trainer(data, config);
        trainer.setResume(id);
        QSignalSpy finished(&trainer, &Trainer::finished);
        trainer.run();
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("failed"));
        QVERIFY2(finished.first().at(1).toString().contains(why), qPrintable(finished.first().at(1).toString()));
    };
    refuse(m_data, QFileInfo(straightRun).fileName(), QStringLiteral("finished"));
    refuse(m_data, QStringLiteral("no-such-run"), QStringLiteral("no run"));
    QString another;
    {
        Trainer trainer(m_data, config);
        connect(&trainer, &Trainer::epochFinished, this, [&trainer] { trainer.requestStop(); });
        trainer.run();
        another = QFileInfo(trainer.runDirectory()).fileName();
    }
    TrainingData relabelled = m_data;
    relabelled.trainLabels[0] = 1 - relabelled.trainLabels[0];
    refuse(relabelled, another, QStringLiteral("changed"));
}

void TestResume::resumeAcrossPhases()
{
    // Fine-tune with early stopping: the head phase may end early, and a stop right after it must
    // resume in the right phase, at the right schedule step, with the best weights kept.
    TrainingConfig config = smallConfig(6);
    config.threads = 1;
    config.seed = 91;
    config.recipe = QStringLiteral("fine-tune");
    config.freezeDepth = 3;
    config.headEpochs = 3;
    config.earlyStopPatience = 1;
    config.featureCache = false;
    QString status, message, straightRun;
    const QVector<EpochMetrics> straight = train(config, &status, &message, &straightRun);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    const QJsonObject straightJson = readRunJson(straightRun);
    // Early stopping decides how long the straight run is (on another CPU it may be shorter), so
    // the stops are taken where it has epochs left: at least one stop always happens.
    QVERIFY2(straight.size() >= 2, qPrintable(QString::number(straight.size())));
    int stops = 0;
    for (int stopAt = 1; stopAt <= 3 && stopAt < straight.size(); ++stopAt) {
        ++stops;
        QString stoppedRun;
        {
            Trainer trainer(m_data, config);
            connect(&trainer, &Trainer::epochFinished, this, [&trainer, stopAt](const EpochMetrics &m) {
                if (m.epoch == stopAt)
                    trainer.requestStop();
            });
            trainer.run();
            stoppedRun = trainer.runDirectory();
        }
        QString status, message;
        const QVector<EpochMetrics> rest = train(config, &status, &message, nullptr, stoppedRun);
        QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
        QCOMPARE(stopAt + rest.size(), straight.size());
        for (int i = 0; i < rest.size(); ++i) {
            QCOMPARE(rest.at(i).epoch, straight.at(stopAt + i).epoch);
            QVERIFY2(rest.at(i).trainLoss == straight.at(stopAt + i).trainLoss,
                     qPrintable(QStringLiteral("stopped at %1, epoch %2").arg(stopAt).arg(rest.at(i).epoch)));
            QCOMPARE(rest.at(i).learningRate, straight.at(stopAt + i).learningRate);
        }
        const QJsonObject json = readRunJson(stoppedRun);
        QCOMPARE(json.value(QStringLiteral("bestEpoch")).toInt(), straightJson.value(QStringLiteral("bestEpoch")).toInt());
        QCOMPARE(json.value(QStringLiteral("weightsEpoch")).toInt(), straightJson.value(QStringLiteral("weightsEpoch")).toInt());
    }
    QVERIFY(stops >= 1);
    qInfo("straight run: %lld epochs, %d stops resumed, early stop %s", qlonglong(straight.size()), stops,
          straightJson.contains(QStringLiteral("earlyStopped")) ? "in the last phase" : "not in the last phase");
}

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
