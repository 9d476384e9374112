#include "trainingoptions.h"

#include "clicontext.h"

#include "training/autorecipe.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone::Cli::TrainingOptions", text);
}

// Setters for a field of each kind; false when the text is not a number.
template <typename T>
std::function<bool(const QString &, TrainingConfig *)> intField(T TrainingConfig::*field)
{
    return [field](const QString &value, TrainingConfig *c) {
        bool ok = false;
        c->*field = value.toInt(&ok);
        return ok;
    };
}

std::function<bool(const QString &, TrainingConfig *)> doubleField(double TrainingConfig::*field)
{
    return [field](const QString &value, TrainingConfig *c) {
        bool ok = false;
        c->*field = value.toDouble(&ok);
        return ok;
    };
}

std::function<bool(const QString &, TrainingConfig *)> textField(QString TrainingConfig::*field)
{
    return [field](const QString &value, TrainingConfig *c) {
        c->*field = value;
        return true;
    };
}

std::function<bool(const QString &, TrainingConfig *)> flag(bool TrainingConfig::*field, bool on)
{
    return [field, on](const QString &, TrainingConfig *c) {
        c->*field = on;
        return true;
    };
}

bool setAugmentations(const QString &list, TrainingConfig *c)
{
    AugmentOptions a{false, false, false, false, false};
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString n = name.trimmed();
        if (n == QLatin1String("flip"))
            a.flip = true;
        else if (n == QLatin1String("crop"))
            a.crop = true;
        else if (n == QLatin1String("rotate"))
            a.rotate = true;
        else if (n == QLatin1String("color") || n == QLatin1String("colour"))
            a.color = true;
        else if (n == QLatin1String("trivial"))
            a.trivial = true;
        else
            return false;
    }
    c->augmentations = a;
    c->augment = a.any();
    return true;
}

} // namespace

TrainingOptions::TrainingOptions()
{
    // The help texts are marked with QT_TR_NOOP for lupdate (context: this class) and translated here.
    const auto value = [](const char *name, const char *help, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), tr(help), QString::fromLatin1(valueName));
    };
    const auto switchOption = [](const char *name, const char *help) {
        return QCommandLineOption(QString::fromLatin1(name), tr(help));
    };
    m_entries = {
        {value("backbone", QT_TR_NOOP("resnet18, resnet34, resnet50, mobilenet_v2, mobilenet_v3_small, mobilenet_v3_large, "
                           "efficientnet_b0, efficientnet_v2_s, regnet_y_800mf or regnet_y_1_6gf (hone-cli backbones)."), "NAME"), textField(&TrainingConfig::backbone)},
        {value("weights", QT_TR_NOOP("default (the backbone Hone ships), imagenet (torchvision's, downloaded once), "
                          "none, a catalog id (hone-cli backbones), or a weight file (.pth, .safetensors)."), "SPEC"),
         textField(&TrainingConfig::weights)},
        {value("recipe", QT_TR_NOOP("auto (the default: chosen from the data, see README), custom (train from --freeze on), "
                         "feature-extraction (the head only) or fine-tune (the head first, then from --freeze on "
                         "with lower rates for earlier stages)."), "NAME"),
         textField(&TrainingConfig::recipe)},
        {value("freeze", QT_TR_NOOP("Frozen stages: 0 = train all ... 5 = head only, or the name of the last frozen stage "
                         "(hone-cli backbones lists them)."), "N|STAGE"),
         [](const QString &v, TrainingConfig *c) {
             // A stage name is resolved in apply(), once the backbone is known.
             bool ok = false;
             c->freezeDepth = v.toInt(&ok);
             return true;
         }},
        {value("head-epochs", QT_TR_NOOP("fine-tune: epochs of the head alone (default: a fifth)."), "N"), intField(&TrainingConfig::headEpochs)},
        {value("stage-lr-decay", QT_TR_NOOP("fine-tune: rate factor per stage below the head (default 0.5)."), "X"),
         doubleField(&TrainingConfig::stageLrDecay)},
        {value("epochs", QT_TR_NOOP("Epochs."), "N"), intField(&TrainingConfig::epochs)},
        {value("batch-size", QT_TR_NOOP("Batch size, or auto (4 to 32: about 16 steps an epoch; the default)."), "N"),
         [](const QString &v, TrainingConfig *c) {
             if (v == QLatin1String("auto")) {
                 c->batchSize = 0;
                 return true;
             }
             bool ok = false;
             c->batchSize = v.toInt(&ok);
             return ok;
         }},
        {value("lr", QT_TR_NOOP("Learning rate."), "X"), doubleField(&TrainingConfig::learningRate)},
        {value("optimizer", QT_TR_NOOP("adamw or sgd."), "NAME"), textField(&TrainingConfig::optimizer)},
        {switchOption("nesterov", QT_TR_NOOP("Nesterov momentum (SGD).")), flag(&TrainingConfig::nesterov, true)},
        {value("weight-decay", QT_TR_NOOP("Weight decay (not on biases and norms)."), "X"), doubleField(&TrainingConfig::weightDecay)},
        {switchOption("decay-all", QT_TR_NOOP("Weight decay on biases and norms too.")), flag(&TrainingConfig::decayAll, true)},
        {value("schedule", QT_TR_NOOP("Learning-rate schedule: cosine, onecycle, step or constant."), "NAME"), textField(&TrainingConfig::schedule)},
        {value("warmup", QT_TR_NOOP("Warm-up epochs (cosine schedule)."), "N"), doubleField(&TrainingConfig::warmupEpochs)},
        {value("label-smoothing", QT_TR_NOOP("Label smoothing, 0 to below 1."), "X"), doubleField(&TrainingConfig::labelSmoothing)},
        {value("clip-grad", QT_TR_NOOP("Clip the global gradient norm to X (0 = off)."), "X"), doubleField(&TrainingConfig::gradientClip)},
        {value("class-weights", QT_TR_NOOP("none or balanced (inverse class frequency)."), "MODE"), textField(&TrainingConfig::classWeights)},
        {value("early-stop", QT_TR_NOOP("Stop after N epochs without improvement (0 = off)."), "N"), intField(&TrainingConfig::earlyStopPatience)},
        {value("early-stop-metric", QT_TR_NOOP("val_accuracy or val_loss: what improves, and which epoch is best."), "METRIC"),
         textField(&TrainingConfig::earlyStopMetric)},
        {switchOption("keep-last", QT_TR_NOOP("Keep the last epoch's weights instead of the best epoch's.")), flag(&TrainingConfig::restoreBest, false)},
        {value("augment", QT_TR_NOOP("Augmentations, comma-separated: flip, crop, rotate, color, trivial (default: flip)."), "LIST"),
         setAugmentations},
        {switchOption("no-augment", QT_TR_NOOP("No augmentation at all.")), flag(&TrainingConfig::augment, false)},
        {value("cache-views", QT_TR_NOOP("Feature cache: random views kept per image when augmenting more than flips (default 4)."), "N"),
         intField(&TrainingConfig::cacheViews)},
        {switchOption("no-feature-cache", QT_TR_NOOP("Run the frozen stages on every batch instead of caching their output.")),
         flag(&TrainingConfig::featureCache, false)},
        {value("image-size", QT_TR_NOOP("Input size in pixels."), "N"), intField(&TrainingConfig::imageSize)},
        {value("seed", QT_TR_NOOP("Random seed."), "N"),
         [](const QString &v, TrainingConfig *c) {
             bool ok = false;
             c->seed = v.toULongLong(&ok);
             return ok;
         }},
        {value("threads", QT_TR_NOOP("CPU threads (0 = all cores)."), "N"), intField(&TrainingConfig::threads)},
        {deviceOption(), textField(&TrainingConfig::device)},
        {value("precision", QT_TR_NOOP("auto (fp16 mixed precision on CUDA, fp32 on a CPU), fp32, fp16 (CUDA) or bf16 "
                            "(CUDA, or CPUs with AVX-512 BF16)."), "MODE"),
         textField(&TrainingConfig::precision)},
        {value("channels-last", QT_TR_NOOP("Channels-last memory format: auto (on CUDA), on or off."), "MODE"),
         textField(&TrainingConfig::channelsLast)},
    };
}

void TrainingOptions::addTo(QCommandLineParser &parser) const
{
    for (const Entry &e : m_entries)
        parser.addOption(e.option);
}

QStringList TrainingOptions::autoFieldsSet(const QCommandLineParser &parser)
{
    QStringList set;
    const std::pair<const char *, QString> options[] = {
        {"freeze", AutoField::Freeze},       {"lr", AutoField::LearningRate},
        {"epochs", AutoField::Epochs},       {"image-size", AutoField::ImageSize},
        {"augment", AutoField::Augment},     {"no-augment", AutoField::Augment},
    };
    for (const auto &[option, field] : options) {
        if (parser.isSet(QString::fromLatin1(option)) && !set.contains(field))
            set.append(field);
    }
    return set;
}

bool TrainingOptions::apply(const QCommandLineParser &parser, TrainingConfig *config, QString *error) const
{
    for (const Entry &e : m_entries) {
        const QString name = e.option.names().constFirst();
        // --device always applies (its default is auto); the others only when given.
        if (!parser.isSet(e.option) && name != QLatin1String("device"))
            continue;
        const QString value = e.option.valueName().isEmpty() ? QString() : parser.value(e.option);
        if (!e.set(value, config)) {
            *error = tr("--%1: '%2' is not understood").arg(name, value);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("freeze"))) {
        const QString value = parser.value(QStringLiteral("freeze"));
        bool numeric = false;
        value.toInt(&numeric);
        if (!numeric) {
            const BackboneInfo *info = findBackbone(config->backbone);
            const int index = info ? int(info->stages.indexOf(value)) : -1;
            if (index < 0) {
                *error = tr("--freeze: '%1' is not a stage of %2 (%3)")
                             .arg(value, config->backbone, info ? info->stages.join(QStringLiteral(", ")) : QString());
                return false;
            }
            config->freezeDepth = index + 1;
        }
    }
    // Another backbone with the project's zoo weights of the old one: say so rather than train a
    // network its weights do not fit.
    if (parser.isSet(QStringLiteral("backbone")) && !parser.isSet(QStringLiteral("weights"))
        && config->weights.startsWith(QLatin1String("zoo:"))
        && config->weights.mid(4).section(QLatin1Char('/'), 0, 0) != config->backbone) {
        *error = tr("the project's default weights (%1) are not for %2: add --weights default, imagenet, none or a file")
                     .arg(config->weights, config->backbone);
        return false;
    }
    if (parser.isSet(QStringLiteral("weights"))) {
        QString message;
        if (!weightsSpecToConfig(config->backbone, parser.value(QStringLiteral("weights")), &config->weights, &message)) {
            *error = QStringLiteral("--weights: ") + message;
            return false;
        }
        // As the picker does: weights trained at another size than their architecture's (the
        // bundled backbone's 64 px) bring their size along unless one is given.
        const int size = weightsImageSize(config->weights);
        if (size > 0 && !parser.isSet(QStringLiteral("image-size")))
            config->imageSize = size;
    }
    return true;
}

} // namespace Hone::Cli
