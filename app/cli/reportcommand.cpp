// hone-cli report: the training report, written headlessly (see trainingreport.h).

#include "clicontext.h"
#include "commands.h"

#include "analysis/datadoctor.h"
#include "evaluation/evaluator.h"
#include "project/project.h"
#include "training/runstore.h"
#include "trainingreport.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone::Cli", text);
}

} // namespace

int report(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a training report (HTML, or PDF when FILE ends in .pdf): "
                                        "configuration, curves, confusion matrix, per-class table and "
                                        "the most confident mistakes, and a data-health section."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("Run id (default: the latest finished)."), QStringLiteral("ID"));
    const QCommandLineOption splitOption(QStringLiteral("split"), tr("val or test."), QStringLiteral("SPLIT"), QStringLiteral("val"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Output file (.html or .pdf)."), QStringLiteral("FILE"));
    const QCommandLineOption noHealth(QStringLiteral("no-data-health"),
                                      tr("Leave out the data-health section (a data-doctor scan with the bundled backbone)."));
    const QCommandLineOption device = deviceOption();
    parser.addOptions({runOption, splitOption, outputOption, noHealth, device});
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    if (parser.value(outputOption).isEmpty())
        return usage(parser, tr("--output FILE is required"));
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
    QString health;
    if (!parser.isSet(noHealth)) {
        DoctorOptions options;
        options.backbone = bundledBackbone();
        options.device = parser.value(device);
        const DoctorInput input = DoctorInput::fromProject(project);
        DoctorReport scan;
        std::atomic_bool stop{false};
        if (weightsSpecToConfig(options.backbone, QStringLiteral("default"), &options.weights, &error)
            && runDoctor(input, options, &scan, &error, stop))
            health = dataHealthSection(input, scan);
        else
            err() << tr("warning: no data-health section: %1").arg(error) << Qt::endl;
    }
    const QString output = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    if (!writeTrainingReport(project, run, result, output, &error, health))
        return fail(error);
    err() << tr("Report of run %1 written to %2").arg(run.id, output) << Qt::endl;
    return Success;
}

} // namespace Hone::Cli
