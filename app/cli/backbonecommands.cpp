// hone-cli commands about backbones: backbones (the zoo), embed, pretrain, save-backbone.

#include "clicontext.h"

#include "util/atomicfile.h"
#include "commands.h"
#include "trainingoptions.h"

#include "demo/demoproject.h"
#include "imaging/imagedecoder.h"
#include "nn/classifiermodel.h"
#include "nn/runtime.h"
#include "nn/weightfile.h"
#include "project/project.h"
#include "training/backbonespeed.h"
#include "training/runstore.h"
#include "zoo/backbonecatalog.h"
#include "zoo/backboneexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone::Cli", text);
}

QJsonObject backboneJson(const BackboneInfo &info)
{
    QJsonArray weights;
    for (const auto &w : info.weights) {
        QJsonObject entry{
            {QStringLiteral("id"), w.id},
            {QStringLiteral("label"), w.label},
            {QStringLiteral("dataset"), w.dataset},
            {QStringLiteral("top1"), w.top1},
            {QStringLiteral("sha256"), w.source.sha256},
            {QStringLiteral("bundled"), w.bundled},
            {QStringLiteral("available"), weightsAvailable(info.name, w)},
            {QStringLiteral("default"), w.bundled || w.id == info.imagenetDefault},
        };
        if (!w.bundled)
            entry.insert(QStringLiteral("url"), w.source.url.toString());
        if (w.imageSize > 0)
            entry.insert(QStringLiteral("imageSize"), w.imageSize);
        weights.append(entry);
    }
    std::string error;
    auto model = Nn::ClassifierModel::create(info.name.toStdString(), 1000, 0, &error);
    // Measured here by hone-cli backbones --speed (or the GUI's picker), on the CPU.
    SpeedKey key{info.name, defaultSpeedSize(info), QStringLiteral("cpu")};
    const double ms = cachedSpeed(key);
    return QJsonObject{
        {QStringLiteral("name"), info.name},
        {QStringLiteral("plain"), info.plainText()},
        {QStringLiteral("imagenetTop1"), info.imagenetTop1},
        {QStringLiteral("speedImageSize"), key.imageSize},
        {QStringLiteral("msPerImage"), ms > 0 ? QJsonValue(ms) : QJsonValue()},
        {QStringLiteral("family"), info.family},
        {QStringLiteral("params"), double(trunkParameters(info.name))},
        {QStringLiteral("imagenetParams"), model ? double(model->parameterCount()) : 0.0},
        {QStringLiteral("gflops"), model ? model->forwardGflops(info.inputSize) : 0.0},
        {QStringLiteral("inputSize"), info.inputSize},
        {QStringLiteral("stages"), QJsonArray::fromStringList(info.stages)},
        {QStringLiteral("weights"), weights},
    };
}

// The image size a weight file was trained at, from Hone's safetensors metadata; 0 if unknown.
int recordedImageSize(const QString &path)
{
    if (!path.endsWith(QLatin1String(".safetensors")))
        return 0;
    std::vector<Nn::RawTensor> tensors;
    std::vector<std::pair<std::string, std::string>> metadata;
    std::string error;
    if (!Nn::readSafetensors(QFile::encodeName(path).toStdString(), &tensors, &metadata, &error))
        return 0;
    for (const auto &[key, value] : metadata) {
        if (key == "imageSize")
            return QString::fromStdString(value).toInt();
    }
    return 0;
}

// hone-cli backbones --speed NAME: one line, or {"backbone", "imageSize", "device", "msPerImage"}.
int measureBackboneSpeed(const QCommandLineParser &parser, const QString &name, const QCommandLineOption &sizeOption,
                         bool json)
{
    const BackboneInfo *info = findBackbone(name);
    if (!info)
        return usage(parser, tr("unknown backbone '%1'").arg(name));
    SpeedKey key;
    key.backbone = info->name;
    key.imageSize = defaultSpeedSize(*info);
    if (parser.isSet(sizeOption)) {
        bool ok = false;
        key.imageSize = parser.value(sizeOption).toInt(&ok);
        if (!ok || key.imageSize < 32 || key.imageSize > 1024)
            return usage(parser, tr("--image-size: give 32 to 1024 pixels"));
    }
    std::string message;
    key.device = QString::fromStdString(Nn::resolveDevice(parser.value(QStringLiteral("device")).toStdString(), &message));
    if (key.device.isEmpty())
        return fail(QString::fromStdString(message));
    QString error;
    const double ms = measureSpeed(key, &error);
    if (ms < 0)
        return fail(error);
    if (json) {
        printJson(QJsonObject{{QStringLiteral("backbone"), key.backbone},
                              {QStringLiteral("imageSize"), key.imageSize},
                              {QStringLiteral("device"), key.device},
                              {QStringLiteral("threads"), Nn::threadCount()},
                              {QStringLiteral("msPerImage"), ms}});
    } else {
        out() << tr("%1 at %2 px: %3 ms per image to train on %4 (%5 threads)")
                     .arg(key.backbone)
                     .arg(key.imageSize)
                     .arg(ms, 0, 'f', ms < 10 ? 2 : 1)
                     .arg(key.device)
                     .arg(Nn::threadCount())
              << Qt::endl;
    }
    return Success;
}

} // namespace

int backbones(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the backbones, their freeze stages and the weights they can start from; "
                                        "download weights into the cache."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption download(QStringLiteral("download"), tr("Download the weights ID of backbone NAME (give both: --download NAME ID)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Measure how long backbone NAME takes to train on one image on this computer "
                                      "(kept for the GUI's picker)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption size(QStringLiteral("image-size"),
                                  tr("With --speed: the input size (default: the size its default weights train at)."),
                                  QStringLiteral("N"));
    parser.addOptions({json, download, speed, size, deviceOption()});
    parser.addPositionalArgument(QStringLiteral("[ID]"), tr("With --download: the weights id (default: imagenet)."));
    int code = 0;
    if (!parse(parser, args, 0, &code))
        return code;
    if (parser.isSet(speed))
        return measureBackboneSpeed(parser, parser.value(speed), size, parser.isSet(json));
    if (parser.isSet(download)) {
        const QString name = parser.value(download);
        const QString id = parser.positionalArguments().value(0, QStringLiteral("imagenet"));
        QString config, error;
        if (!weightsSpecToConfig(name, id, &config, &error))
            return fail(error);
        if (!fetchWeights(config, &error))
            return fail(error);
        QString path;
        if (!resolveWeights(config, &path, &error))
            return fail(error);
        out() << path << Qt::endl;
        return Success;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &info : backboneCatalog())
            list.append(backboneJson(info));
        printJson(list);
        return Success;
    }
    for (const auto &info : backboneCatalog()) {
        out() << QStringLiteral("%1  %2 M parameters (trunk), %3 px, stages: %4\n")
                     .arg(info.name, -20)
                     .arg(trunkParameters(info.name) / 1e6, 0, 'f', 1)
                     .arg(info.inputSize)
                     .arg(info.stages.join(QStringLiteral(", ")));
        out() << QStringLiteral("    %1\n").arg(info.plainText());
        for (const auto &w : info.weights)
            out() << QStringLiteral("    %1  %2%3%4\n")
                         .arg(w.id, -14)
                         .arg(w.label)
                         .arg(w.top1 > 0 ? QStringLiteral(", top-1 %1 %").arg(w.top1, 0, 'f', 1) : QString())
                         .arg(weightsAvailable(info.name, w) ? (w.bundled ? tr(" [bundled]") : tr(" [downloaded]")) : QString());
    }
    out() << Qt::flush;
    return Success;
}

int embed(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print each image's pooled features before the classifier, one JSON object per line: "
                                        "{\"image\": PATH, \"features\": [...]}."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("Images."), QStringLiteral("IMAGE..."));
    const QCommandLineOption backbone(QStringLiteral("backbone"), tr("Architecture (hone-cli backbones)."), QStringLiteral("NAME"),
                                      bundledBackbone().isEmpty() ? QStringLiteral("resnet18") : bundledBackbone());
    const QCommandLineOption weights(QStringLiteral("weights"), tr("default, imagenet, none, a catalog id or a weight file."),
                                     QStringLiteral("SPEC"), QStringLiteral("default"));
    const QCommandLineOption size(QStringLiteral("image-size"),
                                  tr("Input size (default: the size the weights were trained at, else the architecture's)."),
                                  QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON output (the only format; accepted for clarity)."));
    parser.addOptions({backbone, weights, size, json, deviceOption()});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;

    const QString arch = parser.value(backbone);
    const BackboneInfo *info = findBackbone(arch);
    if (!info)
        return usage(parser, tr("unknown backbone '%1'").arg(arch));
    QString config, path, error;
    if (!weightsSpecToConfig(arch, parser.value(weights), &config, &error) || !fetchWeights(config, &error)
        || !resolveWeights(config, &path, &error))
        return fail(error);
    int imageSize = info->inputSize;
    if (parser.isSet(size)) {
        bool ok = false;
        imageSize = parser.value(size).toInt(&ok);
        if (!ok || imageSize < 16 || imageSize > 1024)
            return usage(parser, tr("--image-size: give a size from 16 to 1024"));
    } else if (const int recorded = recordedImageSize(path)) {
        imageSize = recorded;
    }
    std::string message;
    const std::string device = Nn::resolveDevice(parser.value(QStringLiteral("device")).toStdString(), &message);
    auto model = Nn::ClassifierModel::create(arch.toStdString(), 2, 0, &message);
    if (device.empty() || !model || !model->setDevice(device, &message))
        return fail(QString::fromStdString(message));
    if (!path.isEmpty()) {
        Nn::WeightLoadReport report;
        if (!model->loadPretrained(QFile::encodeName(path).toStdString(), &report, &message))
            return fail(QString::fromStdString(message));
        if (!report.missing.empty() || !report.mismatched.empty())
            err() << tr("warning: the weights cover the backbone only in part: %1").arg(QString::fromStdString(report.summary()))
                  << Qt::endl;
    }
    Nn::setThreadCount(0);
    bool allRead = true;
    for (const QString &image : parser.positionalArguments()) {
        Nn::ImageBatch batch;
        batch.count = 1;
        batch.height = batch.width = imageSize;
        batch.pixels.resize(batch.imageBytes());
        if (!loadPreprocessed(image, imageSize, batch.pixels.data(), &error)) {
            err() << tr("hone-cli: error: %1: %2").arg(image, error) << Qt::endl;
            allRead = false;
            continue;
        }
        int64_t dimension = 0;
        const std::vector<float> features = model->embeddings(batch, &dimension);
        QJsonArray values;
        for (float v : features)
            values.append(double(v));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("image"), image}, {QStringLiteral("features"), values}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    }
    out() << Qt::flush;
    return allRead ? Success : Failure;
}

int pretrain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Pretrain a backbone and save it, without its classifier layer, as OUTPUT.safetensors with a manifest "
           "(OUTPUT.json: the command, seed, data and SHA-256). Data: Fashion-MNIST training images of the given "
           "classes, or a labelled project."));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"), tr("The .safetensors file to write."));
    const QCommandLineOption fashion(QStringLiteral("fashion-mnist"), tr("Fashion-MNIST labels to pretrain on, e.g. 0,2,3,4,6,9."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption perClass(QStringLiteral("per-class"), tr("Training images per class (default 1000)."), QStringLiteral("N"),
                                      QStringLiteral("1000"));
    const QCommandLineOption projectDir(QStringLiteral("project"), tr("Pretrain on this labelled project instead."), QStringLiteral("DIR"));
    const QCommandLineOption work(QStringLiteral("work"), tr("Keep the Fashion-MNIST project in DIR (default: a temporary folder)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption id(QStringLiteral("id"), tr("Weights id for the manifest (default: the file's base name)."), QStringLiteral("ID"));
    const QCommandLineOption label(QStringLiteral("label"), tr("A one-line description for the manifest."), QStringLiteral("TEXT"));
    parser.addOptions({fashion, perClass, projectDir, work, id, label});
    const TrainingOptions options;
    options.addTo(parser);
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    if (parser.isSet(fashion) == parser.isSet(projectDir))
        return usage(parser, tr("give either --fashion-mnist LIST or --project DIR"));
    const QString output = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    if (!output.endsWith(QLatin1String(".safetensors")))
        return usage(parser, tr("OUTPUT must end in .safetensors"));

    QString error;
    QTemporaryDir temporary;
    QString directory = parser.value(projectDir);
    QString dataset;
    if (parser.isSet(fashion)) {
        QList<int> classes;
        QStringList names;
        for (const QString &part : parser.value(fashion).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int c = part.trimmed().toInt(&ok);
            if (!ok)
                return usage(parser, tr("--fashion-mnist: '%1' is not a label from 0 to 9").arg(part));
            classes.append(c);
            names.append(fashionMnistClassNames().value(c));
        }
        bool ok = false;
        const int n = parser.value(perClass).toInt(&ok);
        if (!ok || n < 10)
            return usage(parser, tr("--per-class: give at least 10"));
        directory = parser.isSet(work) ? parser.value(work) : temporary.filePath(QStringLiteral("project"));
        err() << tr("Writing %1 Fashion-MNIST training images per class (%2) to %3 …").arg(n).arg(names.join(QStringLiteral(", ")), directory)
              << Qt::endl;
        if (!createFashionMnistProject(directory, classes, n, FashionMnistSplit::Train, &error))
            return fail(error);
        dataset = QStringLiteral("Fashion-MNIST training images, first %1 of each of: %2").arg(n).arg(names.join(QStringLiteral(", ")));
    }
    Project project;
    if (int code = 0; !openProject(&project, directory, &code))
        return code;
    if (dataset.isEmpty()) {
        QStringList names;
        for (const auto &c : project.classes())
            names.append(c.name);
        dataset = QStringLiteral("project %1 (%2)").arg(QFileInfo(directory).fileName(), names.join(QStringLiteral(", ")));
    }
    TrainingConfig config = TrainingConfig::fromJson(project.trainingDefaults());
    if (!options.apply(parser, &config, &error) || !config.validate(&error))
        return usage(parser, error);
    if (!fetchWeights(config.weights, &error))
        return fail(error);
    QString runId;
    if (const int trained = trainProject(project, config, QString(), &runId))
        return trained;

    RunRecord run;
    if (!RunStore::find(project.runsDirectory(), runId, &run, &error))
        return fail(error);
    QStringList command = args;
    command[0] = QStringLiteral("hone-cli pretrain");
    for (int i = 1; i < command.size(); ++i) {
        if (command[i].contains(QLatin1Char(' ')) || command[i].contains(QLatin1Char('\'')))
            command[i] = QLatin1Char('\'') + command[i].replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    }
    const QString weightsId = parser.isSet(id) ? parser.value(id) : QFileInfo(output).completeBaseName();
    QString sha256;
    QList<QPair<QString, QString>> metadata = {{QStringLiteral("command"), command.join(QLatin1Char(' '))},
                                               {QStringLiteral("dataset"), dataset},
                                               {QStringLiteral("seed"), QString::number(config.seed)}};
    // The same command gives the same bytes: no timestamped run id from a throw-away project.
    if (!parser.isSet(projectDir) && !parser.isSet(work))
        metadata.append({QStringLiteral("sourceRun"), QStringLiteral("a temporary project")});
    if (!saveRunAsBackbone(run, output, metadata, false, &sha256, &error))
        return fail(error);
    const QJsonObject manifest{
        {QStringLiteral("architecture"), config.backbone},
        {QStringLiteral("id"), weightsId},
        {QStringLiteral("label"), parser.isSet(label) ? parser.value(label) : dataset},
        {QStringLiteral("dataset"), dataset},
        {QStringLiteral("file"), QFileInfo(output).fileName()},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("bytes"), double(QFileInfo(output).size())},
        {QStringLiteral("imageSize"), config.imageSize},
        {QStringLiteral("valAccuracy"), run.bestValAccuracy()},
        {QStringLiteral("seed"), QString::number(config.seed)},
        {QStringLiteral("command"), command.join(QLatin1Char(' '))},
        {QStringLiteral("config"), config.toJson()},
        {QStringLiteral("versions"), run.json.value(QStringLiteral("versions"))},
    };
    QString writeError;
    if (!writeFileAtomically(output.left(output.size() - int(qstrlen(".safetensors"))) + QStringLiteral(".json"),
                             QJsonDocument(manifest).toJson(QJsonDocument::Indented), &writeError))
        return fail(writeError);
    err() << tr("Backbone written: %1 (%2 bytes, SHA-256 %3, best validation accuracy %4 %)")
                 .arg(output).arg(QFileInfo(output).size()).arg(sha256).arg(run.bestValAccuracy() * 100, 0, 'f', 1)
          << Qt::endl;
    out() << output << Qt::endl;
    return Success;
}

int saveBackbone(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Save a finished run's network, without its classifier layer, as a backbone "
                                        "(.safetensors) other projects can start from."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("Run id (default: the latest finished)."), QStringLiteral("ID"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The .safetensors file to write."), QStringLiteral("FILE"));
    const QCommandLineOption full(QStringLiteral("float32"), tr("Keep float32 weights (default: float16, half the size)."));
    parser.addOptions({runOption, output, full});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    if (!parser.isSet(output) || !parser.value(output).endsWith(QLatin1String(".safetensors")))
        return usage(parser, tr("--output FILE.safetensors is required"));
    Project project;
    QString error;
    if (int code = 0; !openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
    RunRecord run;
    if (!findRun(project, parser.value(runOption), &run, &code))
        return code;
    QString sha256;
    if (!saveRunAsBackbone(run, parser.value(output), {}, parser.isSet(full), &sha256, &error))
        return fail(error);
    err() << tr("Backbone of run %1 written (SHA-256 %2); train with --weights %3").arg(run.id, sha256, parser.value(output))
          << Qt::endl;
    return Success;
}

} // namespace Hone::Cli
