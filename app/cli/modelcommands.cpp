// hone-cli commands that train and use models: train, evaluate, export, predict.

#include "clicontext.h"
#include "commands.h"
#include "trainingoptions.h"

#include "evaluation/accuracytext.h"
#include "evaluation/evaluator.h"
#include "evaluation/predictionanalysis.h"
#include "export/modelcard.h"
#include "export/modelexporter.h"
#include "import/importer.h"
#include "inference/predictor.h"
#include "nn/runtime.h"
#include "project/project.h"
#include "training/autorecipe.h"
#include "training/lrfinder.h"
#include "training/runstore.h"
#include "training/trainer.h"
#include "util/atomicfile.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <csignal>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone::Cli", text);
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
    const TrainingOptions options;
    options.addTo(parser);
    const QCommandLineOption resume(QStringLiteral("resume"), tr("Continue the stopped or failed run ID from its last checkpoint, with its own settings."), QStringLiteral("ID"));
    parser.addOption(resume);
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    Project project;
    QString error;
    if (int code = 0; !openProject(&project, parser.positionalArguments().at(0), &code))
        return code;

    TrainingConfig config = TrainingConfig::fromJson(project.trainingDefaults(), userDefaults());
    config.autoChose.clear();   // only what Auto chooses for this run
    if (!options.apply(parser, &config, &error))
        return usage(parser, error);
    if (!config.validate(&error))
        return usage(parser, error);
    const QStringList kept = options.autoFieldsSet(parser);
    // A resumed run starts from its checkpoint: its starting weights are not needed again.
    if (!parser.isSet(resume) && !fetchWeights(config.weights, &error))
        return fail(error);
    QString runId;
    return trainProject(project, config, parser.isSet(resume) ? parser.value(resume) : QString(), &runId, kept);
}

int trainProject(Project &project, TrainingConfig config, const QString &resumeId, QString *runId,
                 const QStringList &autoKept)
{
    QString error;
    // A resumed run must see the data it started with: no new splits.
    if (resumeId.isEmpty()) {
        if (const int assigned = assignMissingSplits(&project, config.seed))
            err() << tr("Assigned %1 labeled images to train/val (80/20, stratified)").arg(assigned) << Qt::endl;
    }
    if (project.isModified())
        return fail(project.lastSaveError());
    TrainingData data;
    if (!TrainingData::fromProject(project, &data, &error))
        return fail(error);

    // Auto chooses from the images the run trains on, keeping what the command line set.
    if (resumeId.isEmpty() && config.recipe == QLatin1String("auto"))
        config = chooseAutoRecipe(config, datasetFacts(data), autoKept).config;
    Trainer trainer(data, config);
    if (!resumeId.isEmpty())
        trainer.setResume(resumeId);
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
    RunRecord record;
    QString findError;
    if (RunStore::find(project.runsDirectory(), trainer.runId(), &record, &findError) && record.bestValAccuracy() >= 0) {
        err() << tr("best validation accuracy %1, epoch %2")
                     .arg(accuracyWithInterval(record.bestValAccuracy(), record.bestValImages()))
                     .arg(record.bestEpoch())
              << Qt::endl;
        if (const QString note = smallSplitNote(record.bestValAccuracy(), record.bestValImages()); !note.isEmpty())
            err() << note << Qt::endl;
    }
    out() << trainer.runId() << Qt::endl;
    *runId = trainer.runId();
    return Success;
}

bool fetchWeights(const QString &configValue, QString *error)
{
    QString path;
    WeightSource pending;
    if (!resolveWeights(configValue, &path, error, &pending))
        return false;
    if (!path.isEmpty() || configValue.isEmpty())
        return true;
    err() << tr("Downloading %1 …").arg(pending.url.toString()) << Qt::endl;
    const bool ok = downloadWeights(pending, WeightDownloader::defaultCacheDir(), &path, error, [](qint64 received, qint64 total) {
        err() << QStringLiteral("\r%1 / %2 MB   ").arg(received / 1e6, 0, 'f', 1).arg(total > 0 ? total / 1e6 : 0.0, 0, 'f', 1) << Qt::flush;
    });
    err() << Qt::endl;
    return ok;
}

int lrFind(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find a learning rate: train a throw-away copy of the configured model "
                                        "while the rate grows, and suggest the rate where the loss fell fastest."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const TrainingOptions options;
    options.addTo(parser);
    const QCommandLineOption minRate(QStringLiteral("min"), tr("Lowest rate (default 1e-7)."), QStringLiteral("X"));
    const QCommandLineOption maxRate(QStringLiteral("max"), tr("Highest rate (default 1)."), QStringLiteral("X"));
    const QCommandLineOption steps(QStringLiteral("steps"), tr("Batches (default 100)."), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the curve and the suggestion as JSON."));
    parser.addOptions({minRate, maxRate, steps, jsonOption});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    Project project;
    QString error;
    if (int code = 0; !openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
    TrainingConfig config = TrainingConfig::fromJson(project.trainingDefaults(), userDefaults());
    if (!options.apply(parser, &config, &error))
        return usage(parser, error);
    if (!fetchWeights(config.weights, &error))
        return fail(error);
    LrFinderOptions range;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &o, double *target) {
        if (parser.isSet(o)) {
            bool good = false;
            *target = parser.value(o).toDouble(&good);
            ok = ok && good;
        }
    };
    number(minRate, &range.minRate);
    number(maxRate, &range.maxRate);
    if (parser.isSet(steps)) {
        bool good = false;
        range.steps = parser.value(steps).toInt(&good);
        ok = ok && good;
    }
    if (!ok)
        return usage(parser, tr("a numeric option has a value that is not a number"));
    if (const int assigned = assignMissingSplits(&project, config.seed))
        err() << tr("Assigned %1 labeled images to train/val (80/20, stratified)").arg(assigned) << Qt::endl;
    TrainingData data;
    if (!TrainingData::fromProject(project, &data, &error))
        return fail(error);
    LrFinderResult result;
    if (!findLearningRate(data, config, range, &result, &error, nullptr, [](int step, int total) {
            err() << QStringLiteral("\rstep %1/%2   ").arg(step).arg(total) << Qt::flush;
        }))
        return fail(error);
    err() << Qt::endl;
    if (parser.isSet(jsonOption)) {
        QJsonArray curve;
        for (int i = 0; i < result.rates.size(); ++i)
            curve.append(QJsonObject{{QStringLiteral("lr"), result.rates.at(i)},
                                     {QStringLiteral("loss"), result.losses.at(i)},
                                     {QStringLiteral("rawLoss"), result.rawLosses.at(i)}});
        printJson(QJsonObject{{QStringLiteral("suggestion"), result.suggestion},
                              {QStringLiteral("stop"), result.stopReason},
                              {QStringLiteral("curve"), curve}});
        return Success;
    }
    out() << tr("suggested learning rate: %1 (%2 steps, %3)")
                 .arg(QString::number(result.suggestion, 'g', 3))
                 .arg(result.rates.size())
                 .arg(result.stopReason)
          << Qt::endl;
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
    if (int code = 0; !openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
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
    out() << QStringLiteral("  ") << tr("accuracy %1").arg(accuracyWithInterval(result.matrix.accuracy(), result.matrix.total()))
          << Qt::endl;
    if (const QString note = smallSplitNote(result.matrix.accuracy(), result.matrix.total()); !note.isEmpty())
        out() << QStringLiteral("  ") << note << Qt::endl;
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
    const QCommandLineOption embed(QStringLiteral("embed-preprocessing"),
                                   tr("The graph takes RGB pixel values 0-255 (float32 NCHW at the model's input size) and normalises them itself."));
    const QCommandLineOption noCard(QStringLiteral("no-model-card"), tr("Do not write the model card (OUTPUT.md)."));
    parser.addOptions({runOption, formatOption, outputOption, noVerify, softmax, embed, noCard});
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
    if (int code = 0; !openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
    RunRecord run;
    if (!findRun(project, parser.value(runOption), &run, &code))
        return code;
    ExportRequest request;
    request.verificationImages = verificationImages(project);
    request.run = &run;
    request.outputPath = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    request.verify = !parser.isSet(noVerify);
    request.softmax = parser.isSet(softmax);
    request.embedPreprocessing = parser.isSet(embed);
    request.modelCard = !parser.isSet(noCard);
    ExportReport report;
    if (!exporter->write(request, &report))
        return fail(exporter->errorString());
    out() << tr("wrote %1 (run %2)").arg(request.outputPath, run.id) << Qt::endl;
    if (request.verify)
        out() << report.summary() << Qt::endl;
    if (request.modelCard)
        out() << tr("model card: %1").arg(modelCardPath(request.outputPath)) << Qt::endl;
    return Success;
}

int predict(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Classify images with an exported model. An image whose calibrated confidence "
                                        "is below the model's threshold is reported as unknown."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A .pt or .onnx file exported by Hone."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Image files, or folders of them (searched recursively)."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Also write the predictions as CSV to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
                                             tr("Unknown below this calibrated confidence, 0-1 (default: the model's)."),
                                             QStringLiteral("P"));
    const QCommandLineOption distanceOption(QStringLiteral("max-distance"),
                                            tr("Unknown above this distance from every class, 0-2 (default: the model's)."),
                                            QStringLiteral("D"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress on stderr."));
    const QCommandLineOption device = deviceOption();
    parser.addOptions({jsonOption, csvOption, thresholdOption, distanceOption, quiet, device});
    int code = 0;
    if (!parse(parser, args, 2, &code))
        return code;
    QStringList images;
    for (const QString &path : parser.positionalArguments().mid(1)) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList found = imagesUnder(info.absoluteFilePath(), true);
            if (found.isEmpty())
                err() << tr("hone-cli: warning: %1 holds no image").arg(path) << Qt::endl;
            images += found;
        } else {
            images.append(path);
        }
    }
    if (images.isEmpty())
        return usage(parser, tr("no image to classify"));
    Nn::setThreadCount(0);
    Predictor predictor;
    QString error;
    if (!predictor.load(parser.positionalArguments().at(0), parser.value(device), &error))
        return fail(error);
    // A number within [low, high] given to `set`, or a usage error naming the option.
    const auto ranged = [&](const QCommandLineOption &option, double low, double high, const auto &set) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < low || value > high)
            return false;
        set(value);
        return true;
    };
    if (!ranged(thresholdOption, 0.0, 1.0, [&](double v) { predictor.setThreshold(v); }))
        return usage(parser, tr("--threshold must be a number from 0 to 1"));
    if (!ranged(distanceOption, 0.0, 2.0, [&](double v) { predictor.setDistanceThreshold(v); }))
        return usage(parser, tr("--max-distance must be a number from 0 to 2"));
    const bool progress = !parser.isSet(quiet) && images.size() > 1;
    const QVector<Prediction> predictions = predictor.predict(images, [&](int done, int total) {
        if (progress)
            err() << QStringLiteral("\r") << tr("classified %1 of %2 images").arg(done).arg(total) << Qt::flush;
    });
    if (progress)
        err() << Qt::endl;
    QJsonArray json;
    QString csv = QStringLiteral("image,label,score,confidence,known,distance,error\n");
    const auto quoted = [](QString v) { return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    int failed = 0, unknown = 0;
    for (const Prediction &p : predictions) {
        QJsonObject o{{QStringLiteral("image"), p.image}};
        if (p.error.isEmpty()) {
            o[QStringLiteral("label")] = p.label;
            o[QStringLiteral("score")] = p.score;
            o[QStringLiteral("known")] = p.known;
            o[QStringLiteral("confidence")] = p.confidence;
            if (p.distance >= 0.0)
                o[QStringLiteral("distance")] = p.distance;
            unknown += p.known ? 0 : 1;
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6,\n").arg(quoted(p.image), quoted(p.label)).arg(p.score, 0, 'f', 6)
                       .arg(p.confidence, 0, 'f', 6).arg(p.known ? QStringLiteral("true") : QStringLiteral("false"))
                       .arg(p.distance >= 0.0 ? QString::number(p.distance, 'f', 6) : QString());
        } else {
            o[QStringLiteral("error")] = p.error;
            ++failed;
            err() << tr("hone-cli: error: %1: %2").arg(p.image, p.error) << Qt::endl;
            csv += QStringLiteral("%1,,,,,,%2\n").arg(quoted(p.image), quoted(p.error));
        }
        json.append(o);
        if (!parser.isSet(jsonOption) && p.error.isEmpty())
            out() << QStringLiteral("%1\t%2\t%3\t%4").arg(p.image, p.known ? p.label : tr("unknown (%1?)").arg(p.label))
                         .arg(p.score, 0, 'f', 4).arg(p.confidence, 0, 'f', 4)
                  << Qt::endl;
    }
    if (parser.isSet(csvOption) && !writeFileAtomically(parser.value(csvOption), csv.toUtf8(), &error))
        return fail(error);
    if (parser.isSet(jsonOption))
        printJson(json);
    if (progress)
        err() << tr("%1 images: %2 known, %3 unknown (confidence below %4 %%5), %6 unreadable")
                     .arg(predictions.size()).arg(predictions.size() - unknown - failed).arg(unknown)
                     .arg(predictor.threshold() * 100.0, 0, 'f', 1)
                     .arg(predictor.hasDistanceCheck()
                              ? tr(" or farther than %1 from every class").arg(predictor.distanceThreshold(), 0, 'f', 3)
                              : QString())
                     .arg(failed)
              << Qt::endl;
    return failed > 0 ? Failure : Success;
}

} // namespace Hone::Cli
