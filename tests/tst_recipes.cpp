// Training recipes and optimisation settings: label smoothing and class weights, gradient
// clipping, the phases of feature extraction and fine-tuning, discriminative rates, the LR finder.

#include "dataset/imageset.h"
#include "evaluation/evaluator.h"
#include "import/importer.h"
#include "nn/classifiermodel.h"
#include "zoo/backbonecatalog.h"
#include "nn/learner.h"
#include "project/project.h"
#include "training/autorecipe.h"
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

namespace {

// Cross-entropy of one logit row against `target`, with label smoothing eps (as PyTorch).
double smoothedLoss(const float *logits, int classes, int target, double eps)
{
    double top = logits[0];
    for (int c = 1; c < classes; ++c)
        top = std::max(top, double(logits[c]));
    double sum = 0.0;
    for (int c = 0; c < classes; ++c)
        sum += std::exp(logits[c] - top);
    const double logSum = std::log(sum) + top;
    double meanNll = 0.0;
    for (int c = 0; c < classes; ++c)
        meanNll += (logSum - logits[c]) / classes;
    return (1.0 - eps) * (logSum - logits[target]) + eps * meanNll;
}

} // namespace

class TestRecipes : public ProjectTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void labelSmoothingAndClassWeights();
    void gradientClipping();
    void recipePhases();
    void discriminativeRates();
    void fineTuneRun();
    void learningRateFinder();
    void autoRule();
    void autoKeepsWhatIsGiven();
    void autoRun();
};

void TestRecipes::initTestCase()
{
    QVERIFY(createProject());
}

void TestRecipes::labelSmoothingAndClassWeights()
{
    // Head only: the frozen trunk is in eval mode, so each image's logits do not depend on the
    // batch, and the loss of the first step can be recomputed here from evaluate()'s logits.
    std::string error;
    const Nn::ImageBatch batch = randomBatch(8, 32, 3, 5);
    for (const double eps : {0.0, 0.2}) {
        for (const bool weighted : {false, true}) {
            auto model = Nn::ClassifierModel::create("resnet18", 3, 3, &error);
            QVERIFY2(model, error.c_str());
            Nn::LearnerOptions options;
            options.freezeDepth = model->stageCount();
            options.labelSmoothing = eps;
            if (weighted)
                options.classWeights = {1.0f, 0.0f, 3.0f};
            Nn::Learner learner(*model, options);
            const Nn::EvalOutput before = learner.evaluate(batch);
            double expected = 0.0, weights = 0.0;
            for (int i = 0; i < batch.count; ++i) {
                const int target = int(batch.labels.at(size_t(i)));
                const double w = weighted ? options.classWeights.at(size_t(target)) : 1.0;
                // PyTorch weights the smoothed loss of each sample by its target's weight.
                if (!weighted || eps == 0.0) {
                    expected += w * smoothedLoss(before.logits.data() + i * 3, 3, target, eps);
                    weights += w;
                }
            }
            const Nn::StepResult step = learner.trainStep(batch);
            if (!weighted || eps == 0.0) {
                QVERIFY2(qAbs(step.loss - expected / weights) < 1e-5,
                         qPrintable(QStringLiteral("eps %1 weighted %2: %3 vs %4").arg(eps).arg(weighted).arg(step.loss).arg(expected / weights)));
            } else {
                QVERIFY(std::isfinite(step.loss) && step.loss > 0.0);
            }
        }
    }
    auto model = Nn::ClassifierModel::create("resnet18", 3, 3, &error);
    Nn::LearnerOptions bad;
    bad.classWeights = {1.0f, 2.0f};   // one short
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Nn::Learner(*model, bad));
    bad.classWeights.clear();
    bad.labelSmoothing = 1.0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Nn::Learner(*model, bad));
}

void TestRecipes::gradientClipping()
{
    // Plain SGD at rate 1 with the gradient norm clipped to 1e-3: the parameters move by at most
    // 1e-3 in L2 norm; without clipping they move much more.
    std::string error;
    for (const double clip : {1e-3, 0.0}) {
        auto model = Nn::ClassifierModel::create("resnet18", 2, 4, &error);
        QVERIFY2(model, error.c_str());
        const std::vector<Nn::NamedTensor> before = model->stateTensors();
        Nn::LearnerOptions options;
        options.optimizer = "sgd";
        options.learningRate = 1.0;
        options.momentum = 0.0;
        options.weightDecay = 0.0;
        options.gradientClip = clip;
        options.freezeDepth = model->stageCount();
        Nn::Learner learner(*model, options);
        learner.trainStep(randomBatch(8, 32, 2, 8));
        const std::vector<Nn::NamedTensor> after = model->stateTensors();
        double moved = 0.0;
        for (size_t t = 0; t < before.size(); ++t)
            for (size_t v = 0; v < before[t].values.size(); ++v)
                moved += std::pow(double(after[t].values[v]) - before[t].values[v], 2.0);
        moved = std::sqrt(moved);
        if (clip > 0.0)
            QVERIFY2(moved <= clip * 1.001 && moved > clip * 0.5, qPrintable(QString::number(moved)));
        else
            QVERIFY2(moved > 0.01, qPrintable(QString::number(moved)));
    }
}

void TestRecipes::recipePhases()
{
    TrainingConfig config;
    config.epochs = 10;
    config.freezeDepth = 2;
    const auto phases = [&config] {
        QVector<QVector<double>> out;
        for (const TrainingPhase &p : trainingPhases(config, 5))
            out.append({double(p.freezeDepth), double(p.epochs), p.stageLrDecay});
        return out;
    };
    config.recipe = QStringLiteral("custom");
    QCOMPARE(phases(), (QVector<QVector<double>>{{2, 10, 1.0}}));
    config.recipe = QStringLiteral("feature-extraction");
    QCOMPARE(phases(), (QVector<QVector<double>>{{5, 10, 1.0}}));
    config.recipe = QStringLiteral("fine-tune");
    QCOMPARE(phases(), (QVector<QVector<double>>{{5, 2, 1.0}, {2, 8, 0.5}}));
    config.headEpochs = 4;
    config.stageLrDecay = 0.3;
    QCOMPARE(phases(), (QVector<QVector<double>>{{5, 4, 1.0}, {2, 6, 0.3}}));
    config.freezeDepth = 5;   // nothing to unfreeze: one head-only phase
    QCOMPARE(phases(), (QVector<QVector<double>>{{5, 10, 1.0}}));
    QString error;
    config.freezeDepth = 2;
    config.headEpochs = 10;
    QVERIFY(!config.validate(&error));
    config.headEpochs = 0;
    config.recipe = QStringLiteral("lp-ft");
    QVERIFY(!config.validate(&error));
    QVERIFY(error.contains(QStringLiteral("recipe")));
}

void TestRecipes::discriminativeRates()
{
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 2, 1, &error);
    QVERIFY2(model, error.c_str());
    Nn::LearnerOptions options;
    options.freezeDepth = 3;       // layer3, layer4 and the head train
    options.stageLrDecay = 0.5;
    options.learningRate = 0.1;
    Nn::Learner learner(*model, options);
    // Earliest stage first, each with a weight group and a bias/norm group.
    const std::vector<double> expected = {0.025, 0.025, 0.05, 0.05, 0.1, 0.1};
    std::vector<double> rates = learner.groupLearningRates();
    QCOMPARE(rates.size(), expected.size());
    for (size_t i = 0; i < rates.size(); ++i)
        QVERIFY(qAbs(rates[i] - expected[i]) < 1e-12);
    learner.setLearningRate(0.02);   // a schedule's step keeps the ratios
    rates = learner.groupLearningRates();
    QVERIFY(qAbs(rates.front() - 0.005) < 1e-12 && qAbs(rates.back() - 0.02) < 1e-12);
    QCOMPARE(learner.learningRate(), 0.02);
    learner.trainStep(randomBatch(4, 32, 2, 3));
}

void TestRecipes::fineTuneRun()
{
    // LP-FT: one head-only epoch (from the cache at layer4), then two with layer3 on (the cache at
    // layer2). Both phases are recorded; the run learns.
    TrainingConfig config = smallConfig(3);
    config.recipe = QStringLiteral("fine-tune");
    config.freezeDepth = 3;
    config.headEpochs = 1;
    QString status, message, run;
    const QVector<EpochMetrics> epochs = train(config, &status, &message, &run);
    QVERIFY2(status == QLatin1String("finished"), qPrintable(message));
    QCOMPARE(epochs.size(), 3);
    const QJsonArray caches = readRunJson(run).value(QStringLiteral("featureCache")).toArray();
    QCOMPARE(caches.size(), 2);
    QCOMPARE(caches.at(0).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("layer4"));
    QCOMPARE(caches.at(1).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("layer2"));
    // The schedule restarts with the second phase: its first epoch ends at a higher rate than the
    // head phase's last.
    QVERIFY(epochs.at(1).learningRate > epochs.at(0).learningRate);
}

void TestRecipes::learningRateFinder()
{
    TrainingConfig config = smallConfig(1);
    config.threads = 1;
    LrFinderOptions range;
    // The range ends at 1e6: at such rates every optimizer step throws the weights to the
    // magnitude of the rate, so the loss leaves its lowest value by far (or stops being finite)
    // on any CPU's kernels. (At 10, the end of a sensible range, whether AdamW diverges within
    // 40 steps depends on the last bits of one CPU's arithmetic.)
    range.minRate = 1e-6;
    range.maxRate = 1e6;
    range.steps = 40;
    LrFinderResult a, b;
    QString error;
    QVERIFY2(findLearningRate(m_data, config, range, &a, &error), qPrintable(error));
    QVERIFY(a.rates.size() >= 10 && a.rates.size() <= 40);
    QCOMPARE(a.rates.size(), a.losses.size());
    QCOMPARE(a.rates.first(), 1e-6);
    for (int i = 1; i < a.rates.size(); ++i)
        QVERIFY(a.rates.at(i) > a.rates.at(i - 1));   // exponential growth
    QVERIFY(a.suggestion >= range.minRate && a.suggestion <= range.maxRate);
    // A diverging loss stops the test early, and it says so.
    QCOMPARE(a.stopReason, QStringLiteral("diverged"));
    QVERIFY(a.rates.size() < 40);
    // Deterministic, and nothing written.
    QVERIFY2(findLearningRate(m_data, config, range, &b, &error), qPrintable(error));
    QCOMPARE(b.losses, a.losses);
    QCOMPARE(b.suggestion, a.suggestion);
    range.maxRate = range.minRate;
    QVERIFY(!findLearningRate(m_data, config, range, &b, &error));
}


void TestRecipes::autoRule()
{
    // The defaults a new project starts from: Auto, on the bundled backbone at its weights' size.
    const TrainingConfig defaults = userDefaults();
    QCOMPARE(defaults.recipe, QStringLiteral("auto"));
    QVERIFY(defaults.validate(nullptr));
    QVERIFY(!bundledBackbone().isEmpty());
    QCOMPARE(defaults.backbone, bundledBackbone());
    QCOMPARE(defaults.imageSize, weightsImageSize(defaults.weights));

    DatasetFacts few;
    few.classes = 4;
    few.trainImages = 32;
    few.smallestClass = 8;
    few.medianSide = 28;
    const AutoChoice a = chooseAutoRecipe(defaults, few);
    QVERIFY(a.config.recipe != QLatin1String("auto"));
    QVERIFY2(a.config.validate(nullptr), qPrintable(a.text()));
    QCOMPARE(a.config.freezeDepth, 2);                   // pretrained: the first two stages stay
    QCOMPARE(a.config.imageSize, defaults.imageSize);   // the weights' own size
    QVERIFY(a.config.epochs >= 20 && a.config.epochs <= 40);
    QVERIFY(a.text().startsWith(QStringLiteral("Auto chose: ")));
    QVERIFY(a.text().contains(QStringLiteral("%1 epochs").arg(a.config.epochs)));
    QCOMPARE(a.config.autoChose, a.text());
    QVERIFY(a.kept.isEmpty());
    QCOMPARE(a.toJson().value(QStringLiteral("epochs")).toInt(), a.config.epochs);

    // More images: as many optimisation steps or more, in as many epochs or fewer.
    DatasetFacts more = few;
    more.trainImages = 800;
    more.smallestClass = 200;
    const AutoChoice b = chooseAutoRecipe(defaults, more);
    QVERIFY(b.config.epochs <= a.config.epochs);
    const auto steps = [](const AutoChoice &c, int images) {
        const int batch = effectiveBatchSize(c.config, images);
        return c.config.epochs * ((images + batch - 1) / batch);
    };
    QVERIFY(steps(b, more.trainImages) >= steps(a, few.trainImages));

    // Random weights: every layer, at the images' size within 64–128 px; never larger than the
    // architecture's input.
    TrainingConfig scratch = defaults;
    scratch.weights.clear();
    QCOMPARE(chooseAutoRecipe(scratch, few).config.imageSize, 64);
    DatasetFacts photos = few;
    photos.medianSide = 600;
    QCOMPARE(chooseAutoRecipe(scratch, photos).config.imageSize, 128);
    QCOMPARE(chooseAutoRecipe(scratch, photos).config.freezeDepth, 0);

    // ImageNet weights: at the architecture's 224 px.
    TrainingConfig imagenet = defaults;
    imagenet.backbone = QStringLiteral("resnet18");
    QString error;
    QVERIFY2(weightsSpecToConfig(imagenet.backbone, QStringLiteral("imagenet"), &imagenet.weights, &error), qPrintable(error));
    QCOMPARE(chooseAutoRecipe(imagenet, few).config.imageSize, 224);
}

void TestRecipes::autoKeepsWhatIsGiven()
{
    TrainingConfig config = userDefaults();
    config.epochs = 3;
    config.learningRate = 0.02;
    config.freezeDepth = 5;
    config.imageSize = 96;
    config.augmentations.rotate = true;
    DatasetFacts facts;
    facts.classes = 2;
    facts.trainImages = 20;
    facts.smallestClass = 10;
    const AutoChoice c = chooseAutoRecipe(config, facts, {AutoField::Epochs, AutoField::LearningRate, AutoField::Freeze,
                                                         AutoField::ImageSize, AutoField::Augment});
    QCOMPARE(c.config.epochs, 3);
    QCOMPARE(c.config.learningRate, 0.02);
    QCOMPARE(c.config.freezeDepth, 5);
    QCOMPARE(c.config.recipe, QStringLiteral("feature-extraction"));   // every stage frozen: the head alone
    QCOMPARE(c.config.imageSize, 96);
    QVERIFY(c.config.augmentations.rotate);
    QCOMPARE(c.kept.size(), 5);
    QVERIFY(c.summary.contains(QStringLiteral("rotations")));
    // Nothing kept: Auto's own choices.
    const AutoChoice d = chooseAutoRecipe(config, facts);
    QCOMPARE(d.config.freezeDepth, 2);
    QVERIFY(d.config.epochs != 3);
    QVERIFY(!d.config.augmentations.rotate);
}

void TestRecipes::autoRun()
{
    // A trainer given "auto" chooses from its own images, says what it chose, and records the
    // concrete settings: the run's config never says "auto" (a resume trains the same).
    TrainingConfig config = smallConfig(2);
    config.recipe = QStringLiteral("auto");
    Trainer trainer(m_data, config);
    QStringList messages;
    connect(&trainer, &Trainer::message, this, [&](const QString &text) { messages << text; });
    trainer.run();
    QCOMPARE(trainer.status(), QStringLiteral("finished"));
    QVERIFY(!messages.filter(QStringLiteral("Auto chose: ")).isEmpty());
    const QJsonObject saved = readRunJson(trainer.runDirectory()).value(QStringLiteral("config")).toObject();
    QCOMPARE(saved.value(QStringLiteral("recipe")).toString(), QStringLiteral("custom"));
    QVERIFY(saved.value(QStringLiteral("autoChose")).toString().startsWith(QStringLiteral("Auto chose: ")));
    const TrainingConfig resolved = chooseAutoRecipe(config, datasetFacts(m_data)).config;
    QCOMPARE(saved.value(QStringLiteral("epochs")).toInt(), resolved.epochs);
    QCOMPARE(readRunJson(trainer.runDirectory()).value(QStringLiteral("epochs")).toArray().size(), resolved.epochs);
    // The project's images are 48 px and the weights random: Auto trains at 64 px.
    QCOMPARE(saved.value(QStringLiteral("imageSize")).toInt(), 64);
}

QTEST_GUILESS_MAIN(TestRecipes)
#include "tst_recipes.moc"
