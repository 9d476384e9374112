// hone-cli commands that read or edit a project: new, import, info, label, split, demo.

#include "clicontext.h"
#include "commands.h"

#include "dataset/splitter.h"
#include "demo/demoproject.h"
#include "export/datasetexporter.h"
#include "import/importer.h"
#include "project/addclasscommand.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"
#include "project/setsplitscommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone::Cli", text);
}

bool saved(Project &project, int *code)
{
    if (project.isModified()) {
        *code = fail(project.lastSaveError().isEmpty() ? tr("the project could not be saved")
                                                       : project.lastSaveError());
        return false;
    }
    return true;
}

} // namespace

int newProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an empty project in DIR."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    Project project;
    QString error;
    if (!project.create(parser.positionalArguments().at(0), &error))
        return fail(error);
    err() << tr("Created project %1").arg(QDir::toNativeSeparators(project.directory())) << Qt::endl;
    return Success;
}

int importImages(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import images into the project in DIR."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("Image files or folders."), QStringLiteral("SOURCE..."));
    const QCommandLineOption layoutOption(QStringLiteral("layout"),
                                          tr("auto, folders (one folder per class), flat, or csv (path,label rows)."),
                                          QStringLiteral("LAYOUT"), QStringLiteral("auto"));
    const QCommandLineOption copyOption(QStringLiteral("copy"), tr("Copy the images into the project (the default)."));
    const QCommandLineOption referenceOption(QStringLiteral("reference"), tr("Leave the images where they are and reference them."));
    parser.addOptions({layoutOption, copyOption, referenceOption});
    int code = 0;
    if (!parse(parser, args, 2, &code))
        return code;
    if (parser.isSet(copyOption) && parser.isSet(referenceOption))
        return usage(parser, tr("--copy and --reference exclude each other"));
    ImportLayout layout;
    if (!importLayoutFromName(parser.value(layoutOption), &layout))
        return usage(parser, tr("unknown layout '%1'").arg(parser.value(layoutOption)));
    Project project;
    if (!openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
    const QStringList sources = parser.positionalArguments().mid(1);
    const ImportResult result = Importer(project, layout, !parser.isSet(referenceOption)).run(sources, [](int done, int total) {
        err() << QStringLiteral("\r") << tr("Checking images: %1/%2").arg(done).arg(total) << Qt::flush;
    });
    err() << Qt::endl;
    applyImport(&project, result);
    if (!saved(project, &code))
        return code;
    for (const ImportRejection &r : result.rejected)
        err() << QStringLiteral("%1: %2").arg(r.path, r.reason) << Qt::endl;
    err() << tr("Imported %1 images, %2 refused, %3 duplicates")
                 .arg(result.images.size())
                 .arg(result.rejected.size())
                 .arg(result.duplicates.size())
          << Qt::endl;
    // Refused files do not make the import fail: it did what it could and said why for the rest.
    return Success;
}

int recover(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Restore the last good version of the project file in DIR when the "
                                        "current one cannot be read. The unreadable file is kept beside it."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    const QString dir = parser.positionalArguments().at(0);
    Project project;
    QString error;
    if (project.load(dir, &error)) {
        err() << tr("The project file of %1 reads correctly; nothing to recover.").arg(QDir::toNativeSeparators(dir))
              << Qt::endl;
        return Success;
    }
    QString keptAs;
    if (!Project::restoreBackup(dir, &keptAs, &error))
        return fail(tr("cannot recover %1: %2").arg(QDir::toNativeSeparators(dir), error));
    if (!project.load(dir, &error))
        return fail(error);
    err() << QCoreApplication::translate("Cli", "Restored the last good version: %n image(s).", nullptr,
                                         int(project.images().size()))
          << Qt::endl;
    if (!keptAs.isEmpty())
        err() << tr("The unreadable file is kept as %1").arg(QDir::toNativeSeparators(keptAs)) << Qt::endl;
    return Success;
}

int info(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Summarise the project in DIR."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(jsonOption);
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    Project project;
    if (!openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
    int labeled = 0;
    int splits[4] = {0, 0, 0, 0};
    for (const ImageEntry &image : project.images()) {
        labeled += image.label >= 0;
        ++splits[int(image.split)];
    }
    QJsonArray classes;
    for (const ClassInfo &c : project.classes())
        classes.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("count"), project.imageCount(c.id)}});
    const QJsonObject json{
        {QStringLiteral("classes"), classes},
        {QStringLiteral("images"), project.images().size()},
        {QStringLiteral("labeled"), labeled},
        {QStringLiteral("unlabeled"), project.images().size() - labeled},
        {QStringLiteral("splits"), QJsonObject{{QStringLiteral("train"), splits[int(Split::Train)]},
                                               {QStringLiteral("val"), splits[int(Split::Val)]},
                                               {QStringLiteral("test"), splits[int(Split::Test)]}}},
    };
    if (parser.isSet(jsonOption)) {
        printJson(json);
        return Success;
    }
    out() << tr("%1 images, %2 labeled, %3 unlabeled").arg(project.images().size()).arg(labeled)
                 .arg(project.images().size() - labeled) << Qt::endl;
    for (const ClassInfo &c : project.classes())
        out() << QStringLiteral("  %1: %2").arg(c.name).arg(project.imageCount(c.id)) << Qt::endl;
    out() << tr("splits: train %1, val %2, test %3").arg(splits[1]).arg(splits[2]).arg(splits[3]) << Qt::endl;
    return Success;
}

int label(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Label IMAGE (a project-relative path) as CLASS; the class is created if new."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("Image path inside the project."));
    parser.addPositionalArgument(QStringLiteral("CLASS"), tr("Class name."));
    int code = 0;
    if (!parse(parser, args, 3, &code))
        return code;
    Project project;
    if (!openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
    const QString image = parser.positionalArguments().at(1);
    const QString className = parser.positionalArguments().at(2).trimmed();
    const int row = project.imageIndex(image);
    if (row < 0)
        return fail(tr("no image '%1' in this project").arg(image));
    if (className.isEmpty())
        return usage(parser, tr("the class name is empty"));
    int id = project.classIdByName(className);
    if (id < 0) {
        ClassInfo info;
        info.id = project.nextClassId();
        info.name = className;
        info.color = defaultClassColor(project.classes().size());
        project.undoStack()->push(new AddClassCommand(&project, info));
        id = info.id;
    }
    project.undoStack()->push(new AssignLabelCommand(&project, {row}, id));
    return saved(project, &code) ? Success : code;
}

int split(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Split the labeled images into train/val/test, stratified by class."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption trainOption(QStringLiteral("train"), tr("Train share."), QStringLiteral("X"), QStringLiteral("0.7"));
    const QCommandLineOption valOption(QStringLiteral("val"), tr("Validation share."), QStringLiteral("X"), QStringLiteral("0.15"));
    const QCommandLineOption testOption(QStringLiteral("test"), tr("Test share."), QStringLiteral("X"), QStringLiteral("0.15"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("N"), QStringLiteral("42"));
    parser.addOptions({trainOption, valOption, testOption, seedOption});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    bool ok[4];
    const SplitRatios ratios{parser.value(trainOption).toDouble(&ok[0]), parser.value(valOption).toDouble(&ok[1]),
                             parser.value(testOption).toDouble(&ok[2])};
    const quint64 seed = parser.value(seedOption).toULongLong(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !std::isfinite(ratios.train) || !std::isfinite(ratios.val)
        || !std::isfinite(ratios.test) || ratios.train < 0 || ratios.val < 0 || ratios.test < 0
        || ratios.train + ratios.val + ratios.test <= 0)
        return usage(parser, tr("ratios must be non-negative numbers and the seed an integer"));
    Project project;
    if (!openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
    QVector<int> rows, labels;
    for (int i = 0; i < project.images().size(); ++i) {
        rows.append(i);
        labels.append(project.images().at(i).label);
    }
    project.undoStack()->push(new SetSplitsCommand(&project, rows, stratifiedSplit(labels, ratios, seed)));
    return saved(project, &code) ? Success : code;
}

int demo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a demo project of Fashion-MNIST images to DIR."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder (created)."));
    const QCommandLineOption perClassOption(QStringLiteral("per-class"), tr("Images per class."),
                                            QStringLiteral("N"), QStringLiteral("30"));
    parser.addOption(perClassOption);
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    bool ok = false;
    const int perClass = parser.value(perClassOption).toInt(&ok);
    if (!ok || perClass < 2 || perClass > 1000)
        return usage(parser, tr("--per-class must be between 2 and 1000"));
    QString error;
    if (!createDemoProject(parser.positionalArguments().at(0), perClass, &error))
        return fail(error);
    err() << tr("Demo project written to %1").arg(parser.positionalArguments().at(0)) << Qt::endl;
    return Success;
}

int exportDataset(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the labeled images as an ImageFolder tree or a CSV."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("folders or csv."), QStringLiteral("FORMAT"),
                                          QStringLiteral("folders"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("A new folder, or the CSV file."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption splitFolders(QStringLiteral("split-folders"),
                                          tr("folders: put classes under train/, val/ and test/."));
    parser.addOptions({formatOption, outputOption, splitFolders});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    DatasetExportOptions options;
    if (!datasetFormatFromName(parser.value(formatOption), &options.format))
        return usage(parser, tr("unknown format '%1' (expected folders or csv)").arg(parser.value(formatOption)));
    if (!parser.isSet(outputOption))
        return usage(parser, tr("--output is required"));
    options.output = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    options.splitFolders = parser.isSet(splitFolders);
    Project project;
    if (!openProject(&project, parser.positionalArguments().at(0), &code))
        return code;
    QString error;
    QStringList skipped;
    const int written = Hone::exportDataset(project, options, &error, &skipped);
    if (written < 0)
        return fail(error);
    for (const QString &path : skipped)
        err() << tr("%1: the file is missing; left out").arg(path) << Qt::endl;
    err() << tr("Wrote %1 images to %2").arg(written).arg(options.output) << Qt::endl;
    return Success;
}

} // namespace Hone::Cli
