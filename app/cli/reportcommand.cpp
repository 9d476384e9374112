// hone-cli report: the training report, written headlessly (see trainingreport.h).

#include "clicontext.h"
#include "commands.h"

#include "evaluation/evaluator.h"
#include "project/project.h"
#include "training/runstore.h"
#include "trainingreport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int report(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a training report (HTML, or PDF when FILE ends in .pdf): "
                                        "configuration, curves, confusion matrix, per-class table and "
                                        "the most confident mistakes."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("Run id (default: the latest finished)."), QStringLiteral("ID"));
    const QCommandLineOption splitOption(QStringLiteral("split"), tr("val or test."), QStringLiteral("SPLIT"), QStringLiteral("val"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Output file (.html or .pdf)."), QStringLiteral("FILE"));
    const QCommandLineOption device = deviceOption();
    parser.addOptions({runOption, splitOption, outputOption, device});
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
    const QString output = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    if (!writeTrainingReport(project, run, result, output, &error))
        return fail(error);
    err() << tr("Report of run %1 written to %2").arg(run.id, output) << Qt::endl;
    return Success;
}

} // namespace Hone::Cli
