// hone-cli commands that train and use models: train, evaluate, export, predict.

#include "clicontext.h"
#include "commands.h"

#include "evaluation/evaluator.h"
#include "evaluation/predictionanalysis.h"
#include "export/modelexporter.h"
#include "inference/predictor.h"
#include "nn/runtime.h"
#include "project/project.h"
#include "training/runstore.h"
#include "training/trainer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <csignal>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

Trainer *g_trainer = nullptr;

void onInterrupt(int)
{
    if (g_trainer)
        g_trainer->requestStop();
}

} // namespace

int train(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Train a classifier on the project in DIR."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption backbone(QStringLiteral("backbone"), tr("resnet18 or resnet34."), QStringLiteral("NAME"));
    const QCommandLineOption weights(QStringLiteral("weights"), tr("none, or a pretrained weight file."), QStringLiteral("FILE"));
    const QCommandLineOption freeze(QStringLiteral("freeze"), tr("Frozen stages: 0 = train all ... 5 = head only."), QStringLiteral("N"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), tr("Epochs."), QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("batch-size"), tr("Batch size."), QStringLiteral("N"));
    const QCommandLineOption lr(QStringLiteral("lr"), tr("Learning rate."), QStringLiteral("X"));
    const QCommandLineOption optimizer(QStringLiteral("optimizer"), tr("adamw or sgd."), QStringLiteral("NAME"));
    const QCommandLineOption schedule(QStringLiteral("schedule"), tr("Learning-rate schedule: cosine, onecycle, step or constant."), QStringLiteral("NAME"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), tr("Warm-up epochs (cosine schedule)."), QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("image-size"), tr("Input size in pixels."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("CPU threads (0 = all cores)."), QStringLiteral("N"));
    const QCommandLineOption noAugment(QStringLiteral("no-augment"), tr("No augmentation at all."));
    const QCommandLineOption augmentList(QStringLiteral("augment"), tr("Augmentations, comma-separated: flip, crop, rotate, color, trivial (default: flip)."), QStringLiteral("LIST"));
    const QCommandLineOption cacheViews(QStringLiteral("cache-views"), tr("Feature cache: random views kept per image when augmenting more than flips (default 4)."), QStringLiteral("N"));
    const QCommandLineOption resume(QStringLiteral("resume"), tr("Continue the stopped or failed run ID from its last checkpoint, with its own settings."), QStringLiteral("ID"));
    const QCommandLineOption recipe(QStringLiteral("recipe"), tr("custom (train from --freeze on), feature-extraction (the head only) or fine-tune (the head first, then from --freeze on with lower rates for earlier stages)."), QStringLiteral("NAME"));
    const QCommandLineOption headEpochs(QStringLiteral("head-epochs"), tr("fine-tune: epochs of the head alone (default: a fifth)."), QStringLiteral("N"));
    const QCommandLineOption stageDecay(QStringLiteral("stage-lr-decay"), tr("fine-tune: rate factor per stage below the head (default 0.5)."), QStringLiteral("X"));
    const QCommandLineOption nesterov(QStringLiteral("nesterov"), tr("Nesterov momentum (SGD)."));
    const QCommandLineOption smoothing(QStringLiteral("label-smoothing"), tr("Label smoothing, 0 to below 1."), QStringLiteral("X"));
    const QCommandLineOption clip(QStringLiteral("clip-grad"), tr("Clip the global gradient norm to X (0 = off)."), QStringLiteral("X"));
    const QCommandLineOption weightDecay(QStringLiteral("weight-decay"), tr("Weight decay (not on biases and norms)."), QStringLiteral("X"));
    const QCommandLineOption decayAll(QStringLiteral("decay-all"), tr("Weight decay on biases and norms too."));
    const QCommandLineOption classWeights(QStringLiteral("class-weights"), tr("none or balanced (inverse class frequency)."), QStringLiteral("MODE"));
    const QCommandLineOption earlyStop(QStringLiteral("early-stop"), tr("Stop after N epochs without improvement (0 = off)."), QStringLiteral("N"));
    const QCommandLineOption earlyStopMetric(QStringLiteral("early-stop-metric"), tr("val_accuracy or val_loss: what improves, and which epoch is best."), QStringLiteral("METRIC"));
    const QCommandLineOption keepLast(QStringLiteral("keep-last"), tr("Keep the last epoch's weights instead of the best epoch's."));
    const QCommandLineOption noCache(QStringLiteral("no-feature-cache"),
                                     tr("Run the frozen stages on every batch instead of caching their output."));
    const QCommandLineOption device = deviceOption();
    parser.addOptions({backbone, weights, freeze, epochs, batch, lr, optimizer, schedule, warmup, size, seed, threads,
                       noAugment, noCache, nesterov, smoothing, clip, weightDecay, decayAll, classWeights,
                       earlyStop, earlyStopMetric, keepLast, recipe, headEpochs, stageDecay, resume, augmentList,
                       cacheViews, device});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    Project project;
    QString error;
    if (!project.load(parser.positionalArguments().at(0), &error))
        return fail(error);

    TrainingConfig config = TrainingConfig::fromJson(project.trainingDefaults());
    bool ok = true;
    auto intValue = [&](const QCommandLineOption &o, int *target) {
        if (parser.isSet(o)) {
            bool good = false;
            *target = parser.value(o).toInt(&good);
            ok = ok && good;
        }
    };
    if (parser.isSet(backbone))
        config.backbone = parser.value(backbone);
    if (parser.isSet(weights))
        config.weights = parser.value(weights) == QLatin1String("none") ? QString()
                                                                         : QFileInfo(parser.value(weights)).absoluteFilePath();
    intValue(freeze, &config.freezeDepth);
    intValue(epochs, &config.epochs);
    intValue(batch, &config.batchSize);
    intValue(size, &config.imageSize);
    intValue(threads, &config.threads);
    if (parser.isSet(lr)) {
        bool good = false;
        config.learningRate = parser.value(lr).toDouble(&good);
        ok = ok && good;
    }
    if (parser.isSet(warmup)) {
        bool good = false;
        config.warmupEpochs = parser.value(warmup).toDouble(&good);
        ok = ok && good;
    }
    if (parser.isSet(schedule))
        config.schedule = parser.value(schedule);
    if (parser.isSet(seed)) {
        bool good = false;
        config.seed = parser.value(seed).toULongLong(&good);
        ok = ok && good;
    }
    if (parser.isSet(optimizer))
        config.optimizer = parser.value(optimizer);
    if (parser.isSet(augmentList)) {
        AugmentOptions a{false, false, false, false, false};
        for (const QString &name : parser.value(augmentList).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
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
                return usage(parser, tr("unknown augmentation '%1' (flip, crop, rotate, color, trivial)").arg(n));
        }
        config.augmentations = a;
        config.augment = a.any();
    }
    if (parser.isSet(noAugment))
        config.augment = false;
    if (parser.isSet(noCache))
        config.featureCache = false;
    auto doubleValue = [&](const QCommandLineOption &o, double *target) {
        if (parser.isSet(o)) {
            bool good = false;
            *target = parser.value(o).toDouble(&good);
            ok = ok && good;
        }
    };
    doubleValue(smoothing, &config.labelSmoothing);
    doubleValue(clip, &config.gradientClip);
    doubleValue(weightDecay, &config.weightDecay);
    intValue(earlyStop, &config.earlyStopPatience);
    intValue(headEpochs, &config.headEpochs);
    intValue(cacheViews, &config.cacheViews);
    doubleValue(stageDecay, &config.stageLrDecay);
    if (parser.isSet(recipe))
        config.recipe = parser.value(recipe);
    if (parser.isSet(nesterov))
        config.nesterov = true;
    if (parser.isSet(decayAll))
        config.decayAll = true;
    if (parser.isSet(classWeights))
        config.classWeights = parser.value(classWeights);
    if (parser.isSet(earlyStopMetric))
        config.earlyStopMetric = parser.value(earlyStopMetric);
    if (parser.isSet(keepLast))
        config.restoreBest = false;
    config.device = parser.value(device);
    if (!ok)
        return usage(parser, tr("a numeric option has a value that is not a number"));
    if (!config.validate(&error))
        return usage(parser, error);
    if (!config.weights.isEmpty() && !QFileInfo(config.weights).isFile())
        return fail(tr("weight file %1 does not exist").arg(config.weights));

    // A resumed run must see the data it started with: no new splits.
    if (!parser.isSet(resume)) {
        if (const int assigned = assignMissingSplits(&project, config.seed))
            err() << tr("Assigned %1 labeled images to train/val (80/20, stratified)").arg(assigned) << Qt::endl;
    }
    if (project.isModified())
        return fail(project.lastSaveError());
    TrainingData data;
    if (!TrainingData::fromProject(project, &data, &error))
        return fail(error);

    Trainer trainer(data, config);
    if (parser.isSet(resume))
        trainer.setResume(parser.value(resume));
    QObject::connect(&trainer, &Trainer::runStarted, [](const QString &id) {
        err() << tr("Run %1").arg(id) << Qt::endl;
    });
    QObject::connect(&trainer, &Trainer::message, [](const QString &text) { err() << text << Qt::endl; });
    QObject::connect(&trainer, &Trainer::batchFinished, [](const BatchMetrics &m) {
        err() << QStringLiteral("\repoch %1 batch %2/%3 loss %4   ").arg(m.epoch).arg(m.batch).arg(m.batches).arg(m.loss, 0, 'f', 4)
              << Qt::flush;
    });
    QObject::connect(&trainer, &Trainer::epochFinished, [](const EpochMetrics &m) {
        err() << QStringLiteral("\repoch %1/%2  train loss %3 acc %4  val loss %5 acc %6  (%7 s)")
                     .arg(m.epoch).arg(m.epochs)
                     .arg(m.trainLoss, 0, 'f', 4).arg(m.trainAccuracy * 100, 0, 'f', 1)
                     .arg(m.valLoss, 0, 'f', 4).arg(m.valAccuracy * 100, 0, 'f', 1)
                     .arg(m.seconds, 0, 'f', 1)
              << Qt::endl;
    });
    QString status, message;
    QObject::connect(&trainer, &Trainer::finished, [&](const QString &s, const QString &text) {
        status = s;
        message = text;
    });
    g_trainer = &trainer;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    trainer.run();
    g_trainer = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (status == QLatin1String("failed"))
        return fail(message);
    if (status != QLatin1String("finished"))
        return fail(tr("run %1 was stopped before it finished; its weights so far are saved").arg(trainer.runId()));
    err() << tr("Run %1 %2").arg(trainer.runId(), status) << Qt::endl;
    out() << trainer.runId() << Qt::endl;
    return Success;
}

int evaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Evaluate a run on the validation or test split."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("Run id (default: the latest finished)."), QStringLiteral("ID"));
    const QCommandLineOption splitOption(QStringLiteral("split"), tr("val or test."), QStringLiteral("SPLIT"), QStringLiteral("val"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption device = deviceOption();
    parser.addOptions({runOption, splitOption, jsonOption, device});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    Split split = Split::Val;
    if (!splitFromName(parser.value(splitOption), &split) || split == Split::Unassigned)
        return usage(parser, tr("--split must be val or test (or train)"));
    Project project;
    QString error;
    if (!project.load(parser.positionalArguments().at(0), &error))
        return fail(error);
    RunRecord run;
    if (!findRun(project, parser.value(runOption), &run, &code))
        return code;
    EvaluationResult result;
    if (!evaluateRun(project, run, split, parser.value(device), &result, &error))
        return fail(error);
    if (parser.isSet(jsonOption)) {
        printJson(result.toJson(&project));
        return Success;
    }
    out() << tr("run %1, %2 split: accuracy %3 % on %4 images, macro-F1 %5")
                 .arg(run.id, splitName(split))
                 .arg(result.matrix.accuracy() * 100, 0, 'f', 2)
                 .arg(result.matrix.total())
                 .arg(result.matrix.macroF1(), 0, 'f', 3)
          << Qt::endl;
    for (int c = 0; c < result.classNames.size(); ++c)
        out() << QStringLiteral("  %1  precision %2  recall %3  f1 %4  support %5")
                     .arg(result.classNames.at(c), -16)
                     .arg(result.matrix.precision(c), 0, 'f', 3)
                     .arg(result.matrix.recall(c), 0, 'f', 3)
                     .arg(result.matrix.f1(c), 0, 'f', 3)
                     .arg(result.matrix.support(c))
              << Qt::endl;
    for (int k : reportedTopK(result.classNames.size()))
        out() << tr("top-%1 accuracy %2 %").arg(k).arg(result.topKAccuracy(k) * 100, 0, 'f', 2) << Qt::endl;
    const QVector<ConfusedPair> pairs = mostConfusedPairs(result.matrix, 5);
    if (!pairs.isEmpty())
        out() << tr("most confused:") << Qt::endl;
    for (const ConfusedPair &pair : pairs)
        out() << QStringLiteral("  %1 -> %2  %3")
                     .arg(result.classNames.value(pair.trueClass), result.classNames.value(pair.predicted))
                     .arg(pair.count)
              << Qt::endl;
    return Success;
}

int exportModel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a trained run as a model file, verified by reloading it."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("Run id (default: the latest finished)."), QStringLiteral("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("torchscript or onnx."), QStringLiteral("FORMAT"), QStringLiteral("torchscript"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption noVerify(QStringLiteral("no-verify"), tr("Skip the reload-and-compare check."));
    const QCommandLineOption softmax(QStringLiteral("softmax"), tr("Put the softmax in the graph: the model outputs probabilities."));
    parser.addOptions({runOption, formatOption, outputOption, noVerify, softmax});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    if (!parser.isSet(outputOption))
        return usage(parser, tr("--output is required"));
    const std::unique_ptr<ModelExporter> exporter = ModelExporter::create(parser.value(formatOption));
    if (!exporter)
        return usage(parser, tr("unknown format '%1' (expected %2)")
                                 .arg(parser.value(formatOption), ModelExporter::formatNames().join(QStringLiteral(" or "))));
    Project project;
    QString error;
    if (!project.load(parser.positionalArguments().at(0), &error))
        return fail(error);
    RunRecord run;
    if (!findRun(project, parser.value(runOption), &run, &code))
        return code;
    ExportRequest request;
    request.verificationImages = verificationImages(project);
    request.run = &run;
    request.outputPath = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    request.verify = !parser.isSet(noVerify);
    request.softmax = parser.isSet(softmax);
    ExportReport report;
    if (!exporter->write(request, &report))
        return fail(exporter->errorString());
    out() << tr("wrote %1 (run %2)").arg(request.outputPath, run.id) << Qt::endl;
    if (request.verify)
        out() << report.summary() << Qt::endl;
    return Success;
}

int predict(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Classify images with an exported model."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A .pt or .onnx file exported by Hone."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("Image files."), QStringLiteral("IMAGE..."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption device = deviceOption();
    parser.addOptions({jsonOption, device});
    int code = 0;
    if (!parse(parser, args, 2, &code))
        return code;
    Nn::setThreadCount(0);
    Predictor predictor;
    QString error;
    if (!predictor.load(parser.positionalArguments().at(0), parser.value(device), &error))
        return fail(error);
    const QVector<Prediction> predictions = predictor.predict(parser.positionalArguments().mid(1));
    QJsonArray json;
    bool anyFailed = false;
    for (const Prediction &p : predictions) {
        QJsonObject o{{QStringLiteral("image"), p.image}};
        if (p.error.isEmpty()) {
            o[QStringLiteral("label")] = p.label;
            o[QStringLiteral("score")] = p.score;
        } else {
            o[QStringLiteral("error")] = p.error;
            anyFailed = true;
            err() << tr("hone-cli: error: %1: %2").arg(p.image, p.error) << Qt::endl;
        }
        json.append(o);
        if (!parser.isSet(jsonOption) && p.error.isEmpty())
            out() << QStringLiteral("%1\t%2\t%3").arg(p.image, p.label).arg(p.score, 0, 'f', 4) << Qt::endl;
    }
    if (parser.isSet(jsonOption))
        printJson(json);
    return anyFailed ? Failure : Success;
}

} // namespace Hone::Cli
