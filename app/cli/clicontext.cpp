#include "clicontext.h"

#include "project/project.h"
#include "training/runstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Hone::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "hone-cli: error: " << message << Qt::endl;
    return Failure;
}

int usage(const QCommandLineParser &parser, const QString &message)
{
    err() << "hone-cli: " << message << "\n\n" << parser.helpText() << Qt::flush;
    return UsageError;
}

void printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    out() << QString::fromUtf8(bytes) << Qt::flush;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int minPositional,
           int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = usage(parser, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        *exitCode = Success;
        return false;
    }
    if (parser.positionalArguments().size() < minPositional) {
        *exitCode = usage(parser, QCoreApplication::translate("Cli", "missing arguments"));
        return false;
    }
    return true;
}

QCommandLineOption deviceOption()
{
    return QCommandLineOption(QStringLiteral("device"),
                              QCoreApplication::translate("Cli", "auto, cpu, cuda or cuda:N."),
                              QStringLiteral("DEVICE"), QStringLiteral("auto"));
}

bool openProject(Project *project, const QString &dir, int *code)
{
    QString error;
    if (!project->load(dir, &error)) {
        if (Project::hasRestorableBackup(dir))
            error += QCoreApplication::translate("Cli", "\nRun 'hone-cli recover %1' to restore it.").arg(dir);
        *code = fail(error);
        return false;
    }
    if (project->isReadOnly())
        err() << QCoreApplication::translate("Cli", "Note: %1 is read-only; changes cannot be saved.")
                     .arg(QDir::toNativeSeparators(project->directory()))
              << Qt::endl;
    return true;
}

bool findRun(const Project &project, const QString &id, RunRecord *run, int *code)
{
    QString error;
    if (!RunStore::find(project.runsDirectory(), id, run, &error)) {
        *code = fail(error);
        return false;
    }
    return true;
}

} // namespace Hone::Cli
