#pragma once

// Shared plumbing of hone-cli's commands: output streams and the exit-code contract
// (0 success, 1 failure with "hone-cli: error: ..." on stderr, 2 usage error). JSON goes to
// stdout only; progress goes to stderr.

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace Hone {
class Project;
struct RunRecord;
}

namespace Hone::Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QTextStream &out();
QTextStream &err();

int fail(const QString &message);
int usage(const QCommandLineParser &parser, const QString &message);
void printJson(const QJsonValue &value);

// Parses `arguments` (command name first) with the given options; on a usage problem prints
// it and returns false with *exitCode set. `minPositional` counts required positional arguments.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int minPositional,
           int *exitCode);

// --device auto|cpu|cuda|cuda:N, default auto.
QCommandLineOption deviceOption();
// Loads the project in dir; on failure prints why (and, when the file is damaged but its backup
// is good, the recover command) and sets *code.
bool openProject(Project *project, const QString &dir, int *code);
// The run `id` of the project (the latest finished when empty); on failure prints why and sets *code.
bool findRun(const Project &project, const QString &id, RunRecord *run, int *code);

} // namespace Hone::Cli
