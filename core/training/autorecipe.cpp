#include "autorecipe.h"

#include "trainingdata.h"

#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QImageReader>

#include <algorithm>
#include <cmath>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AutoRecipe)
};

// The rule's numbers, chosen with bench/tune-auto.sh (README, "How Auto chooses").
constexpr int FrozenStages = 2;         // pretrained: the first two stages stay as they are
constexpr int TargetSteps = 160;        // optimisation steps a run should take...
constexpr int MinEpochs = 20;           // ...within these bounds (few images per class)
constexpr int MinEpochsMany = 10;       // (100 or more a class: not tuned, see the README)
constexpr int ManyPerClass = 100;
constexpr int MaxEpochs = 40;
constexpr double PretrainedRate = 1e-3; // AdamW, cosine schedule, every layer
constexpr double ScratchRate = 1e-3;
constexpr int ScratchMaxSize = 128;     // random weights: small inputs train fast and lose little
constexpr int CropBelowPerClass = 0;    // random crops when a class has fewer training images (0 = never)

enum class Start { Random, Bundled, Pretrained };

int roundUp32(int v)
{
    return (v + 31) / 32 * 32;
}

QString rateText(double rate)
{
    const int exponent = int(std::floor(std::log10(rate) + 1e-9));
    const double mantissa = rate / std::pow(10.0, exponent);
    return std::abs(mantissa - 1.0) < 1e-6 ? QStringLiteral("1e%1").arg(exponent)
                                           : QStringLiteral("%1e%2").arg(mantissa, 0, 'g', 2).arg(exponent);
}

QString recipeText(const TrainingConfig &c, int stages)
{
    if (c.recipe == QLatin1String("feature-extraction") || c.freezeDepth >= stages)
        return Text::tr("the head alone on frozen features");
    if (c.recipe == QLatin1String("fine-tune"))
        return Text::tr("the head first, then fine-tuning");
    if (c.freezeDepth == 0)
        return Text::tr("full fine-tuning");
    return Text::tr("fine-tuning from stage %1 on").arg(c.freezeDepth + 1);
}

QString augmentText(const TrainingConfig &c)
{
    const AugmentOptions &a = c.augmentations;
    if (!c.augment || !a.any())
        return Text::tr("no augmentation");
    QStringList kinds;
    if (a.flip)
        kinds << Text::tr("flips");
    if (a.crop)
        kinds << Text::tr("crops");
    if (a.rotate)
        kinds << Text::tr("rotations");
    if (a.color)
        kinds << Text::tr("colour changes");
    if (a.trivial)
        kinds << Text::tr("TrivialAugment");
    return kinds.join(QStringLiteral(", "));
}

} // namespace

DatasetFacts datasetFacts(const TrainingData &data)
{
    DatasetFacts f;
    f.classes = int(data.classNames.size());
    f.trainImages = int(data.trainPaths.size());
    QVector<int> counts(std::max(1, f.classes), 0);
    for (int label : data.trainLabels) {
        if (label >= 0 && label < counts.size())
            ++counts[label];
    }
    f.smallestClass = counts.isEmpty() ? 0 : *std::min_element(counts.begin(), counts.end());
    // Headers only, of an even sample of at most 64 files.
    std::vector<int> sides;
    const int n = int(data.trainPaths.size());
    const int step = std::max(1, n / 64);
    for (int i = 0; i < n; i += step) {
        QImageReader reader(data.trainPaths.at(i));
        const QSize size = reader.size();
        if (size.isValid() && !size.isEmpty())
            sides.push_back(std::min(size.width(), size.height()));
    }
    if (!sides.empty()) {
        std::nth_element(sides.begin(), sides.begin() + long(sides.size() / 2), sides.end());
        f.medianSide = sides[sides.size() / 2];
    }
    return f;
}

QString AutoChoice::text() const
{
    QString out = Text::tr("Auto chose: %1").arg(summary);
    if (!reasons.isEmpty())
        out += QStringLiteral(" — ") + reasons.join(QLatin1Char(' '));
    return out;
}

QJsonObject AutoChoice::toJson() const
{
    return {{QStringLiteral("summary"), summary},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
            {QStringLiteral("kept"), QJsonArray::fromStringList(kept)},
            {QStringLiteral("recipe"), config.recipe},
            {QStringLiteral("freezeDepth"), config.freezeDepth},
            {QStringLiteral("learningRate"), config.learningRate},
            {QStringLiteral("epochs"), config.epochs},
            {QStringLiteral("imageSize"), config.imageSize},
            {QStringLiteral("augmentations"), config.augmentations.toJson()}};
}

AutoChoice chooseAutoRecipe(const TrainingConfig &in, const DatasetFacts &facts, const QStringList &kept)
{
    AutoChoice choice;
    TrainingConfig c = in;
    const BackboneInfo *info = findBackbone(c.backbone);
    const int stages = info ? int(info->stages.size()) : 5;
    const auto keeps = [&](const QString &field) {
        if (!kept.contains(field))
            return false;
        choice.kept.append(field);
        return true;
    };

    Start start = Start::Pretrained;
    int weightsSize = 0;
    if (c.weights.isEmpty()) {
        start = Start::Random;
    } else if (c.weights.startsWith(QLatin1String("zoo:")) && info) {
        const CatalogWeights *w = info->findWeights(c.weights.section(QLatin1Char('/'), 1));
        if (w) {
            start = w->bundled ? Start::Bundled : Start::Pretrained;
            weightsSize = w->imageSize > 0 ? w->imageSize : info->inputSize;
        }
    }
    if (weightsSize == 0)
        weightsSize = info ? info->inputSize : 224;

    // What trains: from pretrained weights all but the first two stages, whose edge and texture
    // detectors serve any images (on the tuning tasks this beat full fine-tuning, LP-FT and the head
    // alone); from random weights every layer.
    if (!keeps(AutoField::Freeze)) {
        c.recipe = QStringLiteral("custom");
        c.freezeDepth = start == Start::Random ? 0 : std::min(FrozenStages, stages - 1);
        choice.reasons << (start == Start::Random
                               ? Text::tr("There are no pretrained weights, so every layer learns from your images.")
                               : Text::tr("The first %1 stages of the pretrained weights stay as they are and the "
                                          "rest learns from your images: on few images per class this beat "
                                          "training every layer and training the head alone.")
                                     .arg(c.freezeDepth));
    } else {
        c.recipe = c.freezeDepth >= stages ? QStringLiteral("feature-extraction") : QStringLiteral("custom");
    }

    // How fast: AdamW with a cosine schedule.
    if (!keeps(AutoField::LearningRate)) {
        c.optimizer = QStringLiteral("adamw");
        c.schedule = QStringLiteral("cosine");
        c.learningRate = start == Start::Random ? ScratchRate : PretrainedRate;
    }

    // How long: about TargetSteps optimisation steps, in whole epochs.
    if (!keeps(AutoField::Epochs)) {
        const int batch = effectiveBatchSize(c, std::max(1, facts.trainImages));
        const int steps = std::max(1, (facts.trainImages + batch - 1) / batch);
        const int least = facts.smallestClass >= ManyPerClass ? MinEpochsMany : MinEpochs;
        c.epochs = std::clamp((TargetSteps + steps - 1) / steps, least, MaxEpochs);
        choice.reasons << Text::tr("%1 epochs of %2 steps (batches of %3) give about %4 steps, enough for %5 "
                                   "training images to settle.")
                              .arg(c.epochs)
                              .arg(steps)
                              .arg(batch)
                              .arg(c.epochs * steps)
                              .arg(facts.trainImages);
    }

    // At what size: the weights' own; from random weights the images' size, within 64–128 px.
    if (!keeps(AutoField::ImageSize)) {
        if (start == Start::Random) {
            const int side = facts.medianSide > 0 ? roundUp32(facts.medianSide) : ScratchMaxSize;
            c.imageSize = std::clamp(side, 64, std::min(ScratchMaxSize, weightsSize));
            choice.reasons << Text::tr("Random weights train at %1 px: small inputs learn as much from a few "
                                       "images and several times faster.")
                                  .arg(c.imageSize);
        } else {
            c.imageSize = weightsSize;
            choice.reasons << Text::tr("%1 px is the size the weights were trained at.").arg(c.imageSize);
        }
    }

    // Augmentations: flips; random crops as well when a class has only a few images.
    if (!keeps(AutoField::Augment)) {
        c.augment = true;
        c.augmentations = AugmentOptions();
        c.augmentations.crop = facts.smallestClass > 0 && facts.smallestClass < CropBelowPerClass;
    }

    choice.summary = Text::tr("%1 at %2 for %3 epochs, %4 px, %5")
                         .arg(recipeText(c, stages), rateText(c.learningRate))
                         .arg(c.epochs)
                         .arg(c.imageSize)
                         .arg(augmentText(c));
    c.autoChose = choice.text();
    choice.config = c;
    return choice;
}

} // namespace Hone
