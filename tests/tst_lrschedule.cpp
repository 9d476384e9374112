// Learning-rate schedules, step by step: where each starts, peaks and ends, and that a run's
// configuration refuses an unknown schedule.

#include "training/lrfinder.h"
#include "training/lrschedule.h"
#include "training/trainingconfig.h"

#include <QTest>

#include <cmath>

using namespace Hone;

class TestLrSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constant();
    void cosineWithoutWarmup();
    void cosineWarmup();
    void oneCycle();
    void stepDrops();
    void configValidation();
    void finderSuggestion();
    void automaticBatchSize();
};

void TestLrSchedule::constant()
{
    for (int step = 0; step < 20; ++step)
        QCOMPARE(scheduledLearningRate(QStringLiteral("constant"), 0.01, 0, step, 5, 4), 0.01);
}

void TestLrSchedule::cosineWithoutWarmup()
{
    const QString s = QStringLiteral("cosine");
    const double first = scheduledLearningRate(s, 1.0, 0, 0, 10, 10);
    const double middle = scheduledLearningRate(s, 1.0, 0, 49, 10, 10);
    const double last = scheduledLearningRate(s, 1.0, 0, 99, 10, 10);
    QVERIFY(first > 0.999);
    QVERIFY(qAbs(middle - 0.5) < 0.02);
    QVERIFY(last > 0.0 && last < 0.001);
    // Never increases after the warm-up.
    double previous = 2.0;
    for (int step = 0; step < 100; ++step) {
        const double rate = scheduledLearningRate(s, 1.0, 0, step, 10, 10);
        QVERIFY(rate <= previous);
        previous = rate;
    }
}

void TestLrSchedule::cosineWarmup()
{
    const QString s = QStringLiteral("cosine");
    // Two warm-up epochs of 10 steps: a linear ramp to the base rate, then decay.
    QCOMPARE(scheduledLearningRate(s, 1.0, 2, 0, 10, 10), 1.0 / 21.0);
    QCOMPARE(scheduledLearningRate(s, 1.0, 2, 9, 10, 10), 10.0 / 21.0);
    QVERIFY(scheduledLearningRate(s, 1.0, 2, 19, 10, 10) < scheduledLearningRate(s, 1.0, 2, 20, 10, 10));
    QVERIFY(scheduledLearningRate(s, 1.0, 2, 20, 10, 10) > 0.99);
}

void TestLrSchedule::oneCycle()
{
    const QString s = QStringLiteral("onecycle");
    QVERIFY(qAbs(scheduledLearningRate(s, 1.0, 0, 0, 10, 10) - 1.0 / 25.0) < 1e-12);
    QVERIFY(qAbs(scheduledLearningRate(s, 1.0, 0, 30, 10, 10) - 1.0) < 1e-12);
    QVERIFY(scheduledLearningRate(s, 1.0, 0, 99, 10, 10) < 1e-5);
}

void TestLrSchedule::stepDrops()
{
    const QString s = QStringLiteral("step");
    // 8 epochs of 3 steps: ×0.1 from epoch 5 (index 4), ×0.01 from epoch 7 (index 6).
    QCOMPARE(scheduledLearningRate(s, 1.0, 0, 11, 3, 8), 1.0);
    QCOMPARE(scheduledLearningRate(s, 1.0, 0, 12, 3, 8), 0.1);
    QVERIFY(qAbs(scheduledLearningRate(s, 1.0, 0, 18, 3, 8) - 0.01) < 1e-12);
    // Out-of-range steps are clamped, not extrapolated.
    QVERIFY(qAbs(scheduledLearningRate(s, 1.0, 0, 1000, 3, 8) - 0.01) < 1e-12);
}

void TestLrSchedule::configValidation()
{
    TrainingConfig config;
    QString error;
    QVERIFY2(config.validate(&error), qPrintable(error));
    config.schedule = QStringLiteral("exponential");
    QVERIFY(!config.validate(&error));
    QVERIFY(error.contains(QStringLiteral("schedule")));
    config.schedule = QStringLiteral("cosine");
    config.warmupEpochs = -1;
    QVERIFY(!config.validate(&error));
    config.warmupEpochs = 2;
    const TrainingConfig back = TrainingConfig::fromJson(config.toJson());
    QCOMPARE(back.schedule, config.schedule);
    QCOMPARE(back.warmupEpochs, 2.0);
}

void TestLrSchedule::finderSuggestion()
{
    // A textbook range-test curve over 1e-6 … 1: flat, a steep fall around 1e-3, a minimum near
    // 1e-2, then divergence. The suggestion is the steepest point of the fall, before the minimum.
    QVector<double> rates, losses;
    for (int i = 0; i <= 60; ++i) {
        const double logRate = -6.0 + i * 0.1;
        rates.append(std::pow(10.0, logRate));
        const double fall = 1.0 / (1.0 + std::exp(-(logRate + 3.0) * 4.0));   // steepest at 1e-3
        losses.append(2.0 - 1.5 * fall + (logRate > -2.0 ? std::pow(logRate + 2.0, 2) * 3.0 : 0.0));
    }
    const double suggestion = suggestLearningRate(rates, losses);
    QVERIFY2(suggestion > 7e-4 && suggestion < 1.4e-3, qPrintable(QString::number(suggestion)));
    // No fall at all: a tenth of the minimum's rate.
    QVector<double> rising;
    for (int i = 0; i < rates.size(); ++i)
        rising.append(1.0 + i);
    QCOMPARE(suggestLearningRate(rates, rising), rates.first() / 10.0);
    QCOMPARE(suggestLearningRate({}, {}), 0.0);
}

void TestLrSchedule::automaticBatchSize()
{
    TrainingConfig config;
    QCOMPARE(config.batchSize, 0);   // automatic by default
    QString error;
    QVERIFY2(config.validate(&error), qPrintable(error));
    QCOMPARE(effectiveBatchSize(config, 20), 4);
    QCOMPARE(effectiveBatchSize(config, 80), 4);
    QCOMPARE(effectiveBatchSize(config, 128), 8);
    QCOMPARE(effectiveBatchSize(config, 240), 8);
    QCOMPARE(effectiveBatchSize(config, 256), 16);
    QCOMPARE(effectiveBatchSize(config, 10000), 32);
    config.batchSize = 12;
    QCOMPARE(effectiveBatchSize(config, 80), 12);
    config.batchSize = 1;
    QVERIFY(!config.validate(&error));
}

QTEST_GUILESS_MAIN(TestLrSchedule)
#include "tst_lrschedule.moc"
