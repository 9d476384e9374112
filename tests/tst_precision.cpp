// Mixed precision, loss scaling and the channels-last memory format: the device options of a
// training run. fp16 needs CUDA; everything else here runs on the CPU: the loss scaler (in fp32,
// where a power-of-two scale must change nothing), bf16 autocast where the CPU has the kernels,
// and channels_last.

#include "import/importer.h"
#include "nn/classifiermodel.h"
#include "nn/learner.h"
#include "project/project.h"
#include "training/checkpoint.h"
#include "training/lrfinder.h"
#include "training/trainer.h"
#include "training/trainingdata.h"

#include "testimages.h"
#include "trainingfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Hone;
using TrainingFixture::randomBatch;
using TrainingFixture::readRunJson;

namespace {

std::unique_ptr<Nn::ClassifierModel> makeModel(const char *backbone = "resnet18")
{
    std::string error;
    auto model = Nn::ClassifierModel::create(backbone, 3, 5, &error);
    if (!model)
        qWarning("%s", error.c_str());
    return model;
}

float maxAbsDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    float d = 0.0f;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        d = std::max(d, std::abs(a[i] - b[i]));
    return d;
}

float maxAbs(const std::vector<float> &a)
{
    float m = 0.0f;
    for (float v : a)
        m = std::max(m, std::abs(v));
    return m;
}

} // namespace

class TestPrecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lossScalingChangesNothingInFp32_data();
    void lossScalingChangesNothingInFp32();
    void overflowSkipsTheStep();
    void channelsLastMatchesContiguous();
    void evalInEitherOrder();
    void bf16OnTheCpu();
    void unsupportedPrecisions();
    void deviceSettings();
    void checkpointKeepsTheLossScale();
    void trainerRecordsAndRefuses();

private:
    QString train(const TrainingConfig &config, QString *status, QString *message, QVector<EpochMetrics> *epochs = nullptr);

    QTemporaryDir m_dir;
    Project m_project;
    TrainingData m_data;
};

void TestPrecision::initTestCase()
{
    qRegisterMetaType<Hone::BatchMetrics>();
    qRegisterMetaType<Hone::EpochMetrics>();
    QVERIFY(m_dir.isValid());
    const QString images = m_dir.filePath(QStringLiteral("drawn"));
    QVERIFY(TestImages::writeShapeDataset(images, 16, 48, 3));
    QString error;
    QVERIFY2(m_project.create(m_dir.filePath(QStringLiteral("project")), &error), qPrintable(error));
    applyImport(&m_project, Importer(m_project, ImportLayout::Folders).run({images}));
    QCOMPARE(assignMissingSplits(&m_project, 3), 32);
    QVERIFY2(TrainingData::fromProject(m_project, &m_data, &error), qPrintable(error));
}

QString TestPrecision::train(const TrainingConfig &config, QString *status, QString *message, QVector<EpochMetrics> *epochs)
{
    Trainer trainer(m_data, config);
    QSignalSpy finished(&trainer, &Trainer::finished);
    if (epochs)
        connect(&trainer, &Trainer::epochFinished, this, [epochs](const EpochMetrics &m) { epochs->append(m); });
    trainer.run();
    *status = finished.isEmpty() ? QString() : finished.first().at(0).toString();
    *message = finished.isEmpty() ? QString() : finished.first().at(1).toString();
    return trainer.runDirectory();
}

void TestPrecision::lossScalingChangesNothingInFp32_data()
{
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("clip");
    QTest::newRow("adamw") << QStringLiteral("adamw") << 0.0;
    QTest::newRow("sgd, clipped") << QStringLiteral("sgd") << 0.5;
}

void TestPrecision::lossScalingChangesNothingInFp32()
{
    // Multiplying the loss by a power of two and the gradients by its inverse is exact in binary
    // floating point (short of overflow), so a scaled run must match an unscaled one bit for bit:
    // any mistake in the order (clipping before unscaling, a missed gradient) shows here.
    QFETCH(QString, optimizer);
    QFETCH(double, clip);
    auto plain = makeModel();
    auto scaled = makeModel();
    QVERIFY(plain && scaled);
    Nn::LearnerOptions options;
    options.optimizer = optimizer.toStdString();
    options.learningRate = 1e-2;
    options.gradientClip = clip;
    Nn::Learner a(*plain, options);
    options.lossScaling = true;
    options.initialLossScale = 1024.0;
    options.lossScaleInterval = 2;
    Nn::Learner b(*scaled, options);
    QCOMPARE(b.lossScaleState().scale, 1024.0);
    QCOMPARE(a.lossScaleState().scale, 0.0);
    for (int step = 0; step < 6; ++step) {
        const Nn::ImageBatch batch = randomBatch(6, 32, 3, unsigned(step));
        const Nn::StepResult ra = a.trainStep(batch);
        const Nn::StepResult rb = b.trainStep(batch);
        QVERIFY(!rb.skipped);
        QCOMPARE(rb.loss, ra.loss);
    }
    const Nn::ImageBatch probe = randomBatch(4, 32, 3, 77);
    QCOMPARE(scaled->logits(probe), plain->logits(probe));
    // Six clean steps, doubling after every two.
    QCOMPARE(b.lossScaleState().scale, 1024.0 * 8);
    QCOMPARE(b.lossScaleState().cleanSteps, 0);
}

void TestPrecision::overflowSkipsTheStep()
{
    // A scale so large that the scaled loss overflows float32: the step is skipped (the weights
    // stay as they were) and the scale halves until the gradients fit again. The head alone
    // trains, so that the logits show the weights: a skipped step's forward pass still moves
    // the running statistics of BatchNorm layers in training mode, as in PyTorch.
    auto model = makeModel();
    QVERIFY(model);
    Nn::LearnerOptions options;
    options.learningRate = 1e-2;
    options.freezeDepth = model->stageCount();
    options.lossScaling = true;
    options.initialLossScale = 1e300;
    Nn::Learner learner(*model, options);
    const Nn::ImageBatch probe = randomBatch(4, 32, 3, 77);
    const std::vector<float> before = model->logits(probe);
    const Nn::ImageBatch batch = randomBatch(6, 32, 3, 1);
    const Nn::StepResult first = learner.trainStep(batch);
    QVERIFY(first.skipped);
    QVERIFY(std::isfinite(first.loss));   // the loss itself is reported unscaled
    QCOMPARE(learner.lossScaleState().scale, 5e299);
    QCOMPARE(model->logits(probe), before);

    // From 2^130 (over float32's largest value, 2^128) it takes at least three halvings.
    learner.setLossScaleState({std::ldexp(1.0, 130), 0});
    int skipped = 0;
    Nn::StepResult r = first;
    while (r.skipped && skipped < 100) {
        r = learner.trainStep(batch);
        skipped += r.skipped ? 1 : 0;
    }
    QVERIFY2(!r.skipped, "the scale never came down far enough");
    QVERIFY2(skipped >= 3, qPrintable(QString::number(skipped)));
    QVERIFY(learner.lossScaleState().scale <= std::ldexp(1.0, 127));
    QCOMPARE(learner.lossScaleState().cleanSteps, 1);
    QVERIFY(model->logits(probe) != before);   // the first clean step did train
}

void TestPrecision::channelsLastMatchesContiguous()
{
    // Same network, same batches: NHWC kernels sum in another order, so close, not identical. A
    // depthwise network (MobileNetV2) and a frozen stem cover the other convolution kernels.
    for (const char *backbone : {"resnet18", "mobilenet_v2"}) {
        auto nchw = makeModel(backbone);
        auto nhwc = makeModel(backbone);
        QVERIFY(nchw && nhwc);
        const Nn::ImageBatch probe = randomBatch(4, 32, 3, 77);
        Nn::LearnerOptions options;
        options.optimizer = "sgd";
        options.learningRate = 1e-3;
        options.freezeDepth = 1;
        {
            Nn::Learner a(*nchw, options);
            options.channelsLast = true;
            Nn::Learner b(*nhwc, options);
            // The first loss comes from the same weights; later ones from weights that moved by
            // slightly different gradients. MobileNetV2 amplifies such differences within a few
            // steps at this batch size (several of its gradients are exactly zero in theory, a
            // bias before a BatchNorm, and rounding noise in practice, in PyTorch as here), so it
            // takes one.
            const int steps = std::string(backbone) == "resnet18" ? 3 : 1;
            for (int step = 0; step < steps; ++step) {
                const Nn::ImageBatch batch = randomBatch(6, 32, 3, unsigned(step));
                const double la = a.trainStep(batch).loss;
                const double lb = b.trainStep(batch).loss;
                const double tolerance = step == 0 ? 1e-4 : 1e-2;
                QVERIFY2(std::abs(la - lb) < tolerance * std::max(1.0, la),
                         qPrintable(QStringLiteral("%1, step %2: %3 vs %4").arg(QLatin1String(backbone)).arg(step).arg(la).arg(lb)));
            }
            QVERIFY(b.frozenStagesUnchanged());
            const auto ea = a.evaluate(probe).logits;
            const auto eb = b.evaluate(probe).logits;
            QVERIFY2(maxAbsDifference(ea, eb) < 2e-2f * std::max(1.0f, maxAbs(ea)), backbone);
        }
        // The learner gone, the weights are in the default order again and save and load as ever.
        QVERIFY(!nhwc->channelsLast());
        const QString file = m_dir.filePath(QStringLiteral("nhwc-%1.weights").arg(QLatin1String(backbone)));
        std::string error;
        QVERIFY2(nhwc->saveWeights(file.toStdString(), &error), error.c_str());
        auto reloaded = makeModel(backbone);
        QVERIFY2(reloaded->loadWeights(file.toStdString(), &error), error.c_str());
        QCOMPARE(reloaded->logits(probe), nhwc->logits(probe));
        QVERIFY(maxAbsDifference(nhwc->logits(probe), nchw->logits(probe)) < 2e-2f * std::max(1.0f, maxAbs(nchw->logits(probe))));
    }
}

void TestPrecision::evalInEitherOrder()
{
    // The feature cache's trunk pass and evaluation run channels-last: the same numbers to
    // rounding, stored in the default order, and the setting undone exactly.
    auto model = makeModel("mobilenet_v2");
    const Nn::ImageBatch batch = randomBatch(5, 40, 3, 21);
    const Nn::FeatureBatch nchw = model->trunkFeatures(batch, 3);
    const std::vector<float> logits = model->logits(batch);
    model->setChannelsLast(true);
    QVERIFY(model->channelsLast());
    const Nn::FeatureBatch nhwc = model->trunkFeatures(batch, 3);
    QCOMPARE(nhwc.itemShape, nchw.itemShape);
    QVERIFY(maxAbsDifference(nhwc.values, nchw.values) < 1e-4f * std::max(1.0f, maxAbs(nchw.values)));
    QVERIFY(maxAbsDifference(model->logits(batch), logits) < 1e-4f * std::max(1.0f, maxAbs(logits)));
    {
        // A learner in the default order on a channels-last model gives it back channels-last.
        Nn::LearnerOptions options;
        Nn::Learner learner(*model, options);
        QVERIFY(!model->channelsLast());
    }
    QVERIFY(model->channelsLast());
    model->setChannelsLast(false);
    QCOMPARE(model->trunkFeatures(batch, 3).values, nchw.values);
    QCOMPARE(model->logits(batch), logits);
}

void TestPrecision::bf16OnTheCpu()
{
    std::string reason;
    if (!Nn::precisionSupported("bf16", "cpu", &reason))
        QSKIP(qPrintable(QStringLiteral("no bfloat16 kernels on this CPU: %1").arg(QString::fromStdString(reason))));
    // bfloat16 keeps 8 bits of mantissa: the first loss agrees with float32's to about 1 %, the
    // weights stay float32, and the network learns a fixed batch.
    auto fp32 = makeModel();
    auto bf16 = makeModel();
    Nn::LearnerOptions options;
    options.learningRate = 1e-3;
    Nn::Learner a(*fp32, options);
    options.precision = "bf16";
    options.channelsLast = true;
    Nn::Learner b(*bf16, options);
    const Nn::ImageBatch batch = randomBatch(6, 32, 3, 11);
    const double la = a.trainStep(batch).loss;
    const double first = b.trainStep(batch).loss;
    QVERIFY2(std::abs(first - la) < 0.03 * la, qPrintable(QStringLiteral("%1 vs %2").arg(first).arg(la)));
    double last = first;
    for (int step = 0; step < 8; ++step)
        last = b.trainStep(batch).loss;
    QVERIFY2(last < 0.5 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
    const auto logits = b.evaluate(batch).logits;
    QCOMPARE(logits.size(), size_t(6 * 3));
    for (float v : logits)
        QVERIFY(std::isfinite(v));
}

void TestPrecision::unsupportedPrecisions()
{
    std::string reason;
    QVERIFY(Nn::precisionSupported("fp32", "cpu", &reason));
    QVERIFY(!Nn::precisionSupported("fp16", "cpu", &reason));
    QVERIFY2(reason.find("CUDA") != std::string::npos, reason.c_str());
    QVERIFY(!Nn::precisionSupported("fp8", "cpu", &reason));
    QVERIFY2(reason.find("unknown precision 'fp8'") != std::string::npos, reason.c_str());
    auto model = makeModel();
    Nn::LearnerOptions options;
    options.precision = "fp16";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Nn::Learner(*model, options));
    options.precision = "fp32";
    options.lossScaling = true;
    options.initialLossScale = 0.5;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Nn::Learner(*model, options));
}

void TestPrecision::deviceSettings()
{
    TrainingConfig config;
    Nn::LearnerOptions options;
    applyDeviceSettings(config, "cpu", &options);   // auto on a CPU: nothing changes
    QCOMPARE(options.precision, std::string("fp32"));
    QVERIFY(!options.lossScaling);
    QVERIFY(!options.channelsLast);
    applyDeviceSettings(config, "cuda:1", &options);   // auto on CUDA: fp16, scaled, NHWC
    QCOMPARE(options.precision, std::string("fp16"));
    QVERIFY(options.lossScaling);
    QVERIFY(options.channelsLast);
    config.precision = QStringLiteral("bf16");
    config.channelsLast = QStringLiteral("off");
    applyDeviceSettings(config, "cuda:0", &options);   // bf16 needs no scaling
    QCOMPARE(options.precision, std::string("bf16"));
    QVERIFY(!options.lossScaling);
    QVERIFY(!options.channelsLast);
    config.channelsLast = QStringLiteral("on");
    applyDeviceSettings(config, "cpu", &options);
    QVERIFY(options.channelsLast);

    QString error;
    QVERIFY(config.validate(&error));
    const TrainingConfig back = TrainingConfig::fromJson(config.toJson());
    QCOMPARE(back.precision, QStringLiteral("bf16"));
    QCOMPARE(back.channelsLast, QStringLiteral("on"));
    config.precision = QStringLiteral("half");
    QVERIFY(!config.validate(&error));
    QVERIFY(error.contains(QLatin1String("precision")));
    config.precision = QStringLiteral("auto");
    config.channelsLast = QStringLiteral("yes");
    QVERIFY(!config.validate(&error));
    // Settings saved before these options existed read as auto.
    QCOMPARE(TrainingConfig::fromJson(QJsonObject{{QStringLiteral("epochs"), 3}}).precision, QStringLiteral("auto"));
}

void TestPrecision::checkpointKeepsTheLossScale()
{
    CheckpointState state;
    state.lossScale = 32768.0;
    state.lossScaleSteps = 17;
    const CheckpointState back = CheckpointState::fromJson(state.toJson());
    QCOMPARE(back.lossScale, 32768.0);
    QCOMPARE(back.lossScaleSteps, 17);
    // Restored into a learner that scales; ignored by one that does not.
    auto model = makeModel();
    Nn::LearnerOptions options;
    options.lossScaling = true;
    Nn::Learner scaling(*model, options);
    scaling.setLossScaleState({back.lossScale, back.lossScaleSteps});
    QCOMPARE(scaling.lossScaleState().scale, 32768.0);
    QCOMPARE(scaling.lossScaleState().cleanSteps, 17);
    options.lossScaling = false;
    Nn::Learner plain(*model, options);
    plain.setLossScaleState({back.lossScale, back.lossScaleSteps});
    QCOMPARE(plain.lossScaleState().scale, 0.0);
}

void TestPrecision::trainerRecordsAndRefuses()
{
    TrainingConfig config;
    config.backbone = QStringLiteral("resnet18");
    config.weights.clear();
    config.epochs = 2;
    config.batchSize = 8;
    config.imageSize = 48;
    config.seed = 3;
    config.device = QStringLiteral("cpu");
    config.threads = 2;
    QString status, message;

    // auto on a CPU: float32, default memory order, said in run.json.
    QString run = train(config, &status, &message);
    QCOMPARE(status, QStringLiteral("finished"));
    QCOMPARE(readRunJson(run).value(QStringLiteral("precision")).toString(), QStringLiteral("fp32"));
    QCOMPARE(readRunJson(run).value(QStringLiteral("channelsLast")).toBool(), false);

    // fp16 on a CPU: refused with the reason, before a run folder exists.
    config.precision = QStringLiteral("fp16");
    const int runsBefore = int(QDir(m_project.directory() + QStringLiteral("/runs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    run = train(config, &status, &message);
    QCOMPARE(status, QStringLiteral("failed"));
    QVERIFY2(message.contains(QLatin1String("needs a CUDA device")), qPrintable(message));
    QCOMPARE(int(QDir(m_project.directory() + QStringLiteral("/runs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()),
             runsBefore);
    // The learning-rate finder runs at the run's precision, so it refuses the same.
    LrFinderResult range;
    QString error;
    QVERIFY(!findLearningRate(m_data, config, LrFinderOptions(), &range, &error));
    QVERIFY2(error.contains(QLatin1String("needs a CUDA device")), qPrintable(error));

    // Channels last (and bf16 where the CPU has it): a whole run, recorded, and reproducible.
    std::string reason;
    config.precision = Nn::precisionSupported("bf16", "cpu", &reason) ? QStringLiteral("bf16") : QStringLiteral("fp32");
    config.channelsLast = QStringLiteral("on");
    QVector<EpochMetrics> first, second;
    run = train(config, &status, &message, &first);
    QCOMPARE(status, QStringLiteral("finished"));
    QCOMPARE(readRunJson(run).value(QStringLiteral("precision")).toString(), config.precision);
    QCOMPARE(readRunJson(run).value(QStringLiteral("channelsLast")).toBool(), true);
    train(config, &status, &message, &second);
    QCOMPARE(first.size(), 2);
    QCOMPARE(second.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(std::isfinite(first[i].trainLoss));
        QCOMPARE(second[i].trainLoss, first[i].trainLoss);
        QCOMPARE(second[i].valAccuracy, first[i].valAccuracy);
    }
}

QTEST_GUILESS_MAIN(TestPrecision)
#include "tst_precision.moc"
