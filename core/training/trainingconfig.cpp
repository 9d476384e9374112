#include "trainingconfig.h"

#include "lrschedule.h"

#include "nn/classifiermodel.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingConfig)
};

} // namespace

QJsonObject TrainingConfig::toJson() const
{
    return {
        {QStringLiteral("backbone"), backbone},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("recipe"), recipe},
        {QStringLiteral("autoChose"), autoChose},
        {QStringLiteral("freezeDepth"), freezeDepth},
        {QStringLiteral("headEpochs"), headEpochs},
        {QStringLiteral("stageLrDecay"), stageLrDecay},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("batchSize"), batchSize},
        {QStringLiteral("learningRate"), learningRate},
        {QStringLiteral("schedule"), schedule},
        {QStringLiteral("warmupEpochs"), warmupEpochs},
        {QStringLiteral("optimizer"), optimizer},
        {QStringLiteral("nesterov"), nesterov},
        {QStringLiteral("weightDecay"), weightDecay},
        {QStringLiteral("decayAll"), decayAll},
        {QStringLiteral("labelSmoothing"), labelSmoothing},
        {QStringLiteral("gradientClip"), gradientClip},
        {QStringLiteral("classWeights"), classWeights},
        {QStringLiteral("earlyStopPatience"), earlyStopPatience},
        {QStringLiteral("earlyStopMetric"), earlyStopMetric},
        {QStringLiteral("restoreBest"), restoreBest},
        {QStringLiteral("imageSize"), imageSize},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("device"), device},
        {QStringLiteral("precision"), precision},
        {QStringLiteral("channelsLast"), channelsLast},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("augment"), augment},
        {QStringLiteral("augmentations"), augmentations.toJson()},
        {QStringLiteral("cacheViews"), cacheViews},
        {QStringLiteral("featureCache"), featureCache},
    };
}

TrainingConfig TrainingConfig::fromJson(const QJsonObject &json, const TrainingConfig &defaults)
{
    TrainingConfig c = defaults;
    c.backbone = json.value(QStringLiteral("backbone")).toString(c.backbone);
    c.weights = json.value(QStringLiteral("weights")).toString(c.weights);
    c.recipe = json.value(QStringLiteral("recipe")).toString(c.recipe);
    c.autoChose = json.value(QStringLiteral("autoChose")).toString(c.autoChose);
    c.freezeDepth = json.value(QStringLiteral("freezeDepth")).toInt(c.freezeDepth);
    c.headEpochs = json.value(QStringLiteral("headEpochs")).toInt(c.headEpochs);
    c.stageLrDecay = json.value(QStringLiteral("stageLrDecay")).toDouble(c.stageLrDecay);
    c.epochs = json.value(QStringLiteral("epochs")).toInt(c.epochs);
    c.batchSize = json.value(QStringLiteral("batchSize")).toInt(c.batchSize);
    c.learningRate = json.value(QStringLiteral("learningRate")).toDouble(c.learningRate);
    // Settings written before schedules existed trained at a constant rate, and still do.
    c.schedule = json.isEmpty() || json.contains(QStringLiteral("schedule"))
        ? json.value(QStringLiteral("schedule")).toString(c.schedule)
        : QStringLiteral("constant");
    c.warmupEpochs = json.value(QStringLiteral("warmupEpochs")).toDouble(c.warmupEpochs);
    c.optimizer = json.value(QStringLiteral("optimizer")).toString(c.optimizer);
    c.weightDecay = json.value(QStringLiteral("weightDecay")).toDouble(c.weightDecay);
    c.nesterov = json.value(QStringLiteral("nesterov")).toBool(c.nesterov);
    c.decayAll = json.value(QStringLiteral("decayAll")).toBool(c.decayAll);
    c.labelSmoothing = json.value(QStringLiteral("labelSmoothing")).toDouble(c.labelSmoothing);
    c.gradientClip = json.value(QStringLiteral("gradientClip")).toDouble(c.gradientClip);
    c.classWeights = json.value(QStringLiteral("classWeights")).toString(c.classWeights);
    c.earlyStopPatience = json.value(QStringLiteral("earlyStopPatience")).toInt(c.earlyStopPatience);
    c.earlyStopMetric = json.value(QStringLiteral("earlyStopMetric")).toString(c.earlyStopMetric);
    c.restoreBest = json.value(QStringLiteral("restoreBest")).toBool(c.restoreBest);
    c.imageSize = json.value(QStringLiteral("imageSize")).toInt(c.imageSize);
    const QJsonValue seed = json.value(QStringLiteral("seed"));
    if (seed.isString())
        c.seed = seed.toString().toULongLong();
    else if (seed.isDouble())
        c.seed = quint64(seed.toDouble());
    c.device = json.value(QStringLiteral("device")).toString(c.device);
    c.precision = json.value(QStringLiteral("precision")).toString(c.precision);
    c.channelsLast = json.value(QStringLiteral("channelsLast")).toString(c.channelsLast);
    c.threads = json.value(QStringLiteral("threads")).toInt(c.threads);
    c.augment = json.value(QStringLiteral("augment")).toBool(c.augment);
    c.augmentations = AugmentOptions::fromJson(json.value(QStringLiteral("augmentations")).toObject(), c.augmentations);
    c.cacheViews = json.value(QStringLiteral("cacheViews")).toInt(c.cacheViews);
    c.featureCache = json.value(QStringLiteral("featureCache")).toBool(c.featureCache);
    return c;
}

bool TrainingConfig::validate(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto backbones = Nn::ClassifierModel::backbones();
    if (std::find(backbones.begin(), backbones.end(), backbone.toStdString()) == backbones.end())
        return fail(Text::tr("unknown backbone '%1'").arg(backbone));
    if (weights.startsWith(QLatin1String("zoo:")) && weights.mid(4).section(QLatin1Char('/'), 0, 0) != backbone)
        return fail(Text::tr("the weights %1 are for another architecture than %2; choose weights for %2").arg(weights, backbone));
    const int stages = int(Nn::ClassifierModel::stageNames(backbone.toStdString()).size());
    if (freezeDepth < 0 || freezeDepth > stages)
        return fail(Text::tr("freeze depth must be between 0 and %1 for %2").arg(stages).arg(backbone));
    if (!trainingRecipes().contains(recipe))
        return fail(Text::tr("recipe must be one of %1").arg(trainingRecipes().join(QStringLiteral(", "))));
    if (headEpochs < 0 || (recipe == QLatin1String("fine-tune") && headEpochs >= epochs && epochs > 1))
        return fail(Text::tr("head-only epochs must be fewer than the epochs (0 = a fifth of them)"));
    if (!(stageLrDecay > 0.0) || stageLrDecay > 1.0)
        return fail(Text::tr("the per-stage learning-rate factor must be above 0 and at most 1"));
    if (epochs < 1 || epochs > 10000)
        return fail(Text::tr("epochs must be between 1 and 10000"));
    if (batchSize != 0 && (batchSize < 2 || batchSize > 4096))
        return fail(Text::tr("batch size must be 0 (automatic) or between 2 and 4096 (BatchNorm needs two images per batch)"));
    if (!(learningRate > 0.0) || learningRate > 10.0)
        return fail(Text::tr("learning rate must be positive and at most 10"));
    if (!learningRateSchedules().contains(schedule))
        return fail(Text::tr("schedule must be one of %1").arg(learningRateSchedules().join(QStringLiteral(", "))));
    if (!(warmupEpochs >= 0.0) || warmupEpochs > epochs)
        return fail(Text::tr("warm-up must be between 0 and the number of epochs"));
    if (optimizer != QLatin1String("adamw") && optimizer != QLatin1String("sgd"))
        return fail(Text::tr("optimizer must be sgd or adamw"));
    if (!(labelSmoothing >= 0.0) || labelSmoothing >= 1.0)
        return fail(Text::tr("label smoothing must be at least 0 and below 1"));
    if (!(gradientClip >= 0.0))
        return fail(Text::tr("gradient clipping must be 0 (off) or a positive norm"));
    if (classWeights != QLatin1String("none") && classWeights != QLatin1String("balanced"))
        return fail(Text::tr("class weights must be none or balanced"));
    if (cacheViews < 2 || cacheViews > MaxCacheViews)
        return fail(Text::tr("cached views must be between 2 and %1").arg(MaxCacheViews));
    if (earlyStopPatience < 0)
        return fail(Text::tr("early-stopping patience must be 0 (off) or more epochs"));
    if (earlyStopMetric != QLatin1String("val_accuracy") && earlyStopMetric != QLatin1String("val_loss"))
        return fail(Text::tr("the early-stopping metric must be val_accuracy or val_loss"));
    if (!QStringList{QStringLiteral("auto"), QStringLiteral("fp32"), QStringLiteral("fp16"), QStringLiteral("bf16")}
             .contains(precision))
        return fail(Text::tr("precision must be auto, fp32, fp16 or bf16"));
    if (!QStringList{QStringLiteral("auto"), QStringLiteral("on"), QStringLiteral("off")}.contains(channelsLast))
        return fail(Text::tr("channels-last must be auto, on or off"));
    if (imageSize < 32 || imageSize > 1024)
        return fail(Text::tr("image size must be between 32 and 1024 pixels"));
    return true;
}

int effectiveBatchSize(const TrainingConfig &config, int trainImages)
{
    if (config.batchSize > 0)
        return config.batchSize;
    int size = 32;
    while (size > 4 && size * 16 > trainImages)
        size /= 2;
    return size;
}

Nn::LearnerOptions learnerOptions(const TrainingConfig &config, const std::vector<int64_t> &trainLabels, int classCount)
{
    Nn::LearnerOptions options;
    options.optimizer = config.optimizer.toStdString();
    options.learningRate = config.learningRate;
    options.weightDecay = config.weightDecay;
    options.nesterov = config.nesterov;
    options.decayAll = config.decayAll;
    options.labelSmoothing = config.labelSmoothing;
    options.gradientClip = config.gradientClip;
    if (config.classWeights == QLatin1String("balanced") && classCount > 0 && !trainLabels.empty()) {
        // Inverse frequency, as scikit-learn's "balanced": n / (classes × count of the class).
        std::vector<int> counts(size_t(classCount), 0);
        for (int64_t label : trainLabels)
            ++counts[size_t(label)];
        for (int c = 0; c < classCount; ++c)
            options.classWeights.push_back(counts[size_t(c)] > 0
                                               ? float(double(trainLabels.size()) / (classCount * counts[size_t(c)]))
                                               : 1.0f);
    }
    return options;
}

void applyDeviceSettings(const TrainingConfig &config, const std::string &device, Nn::LearnerOptions *options)
{
    const bool cuda = device.rfind("cuda", 0) == 0;
    options->precision = config.precision == QLatin1String("auto") ? (cuda ? "fp16" : "fp32") : config.precision.toStdString();
    options->lossScaling = options->precision == "fp16";
    options->channelsLast = config.channelsLast == QLatin1String("on") || (config.channelsLast == QLatin1String("auto") && cuda);
}

QStringList trainingRecipes()
{
    return {QStringLiteral("auto"), QStringLiteral("custom"), QStringLiteral("feature-extraction"),
            QStringLiteral("fine-tune")};
}

TrainingConfig userDefaults()
{
    TrainingConfig c;
    c.recipe = QStringLiteral("auto");
    if (!bundledBackbone().isEmpty()) {
        c.backbone = bundledBackbone();
        c.weights = zooReference(c.backbone, bundledWeightsId());
        const int size = weightsImageSize(c.weights);
        if (size > 0)
            c.imageSize = size;
    }
    return c;
}

QVector<TrainingPhase> trainingPhases(const TrainingConfig &config, int stageCount)
{
    if (config.recipe == QLatin1String("feature-extraction"))
        return {{stageCount, config.epochs, 1.0}};
    if (config.recipe == QLatin1String("fine-tune") && config.freezeDepth < stageCount && config.epochs > 1) {
        const int head = config.headEpochs > 0 ? std::min(config.headEpochs, config.epochs - 1)
                                               : std::max(1, int(std::lround(config.epochs * 0.2)));
        return {{stageCount, head, 1.0}, {config.freezeDepth, config.epochs - head, config.stageLrDecay}};
    }
    return {{std::clamp(config.freezeDepth, 0, stageCount), config.epochs, 1.0}};
}

} // namespace Hone
