#pragma once

// hone-cli's commands as one table: name, arguments, options and a one-line summary. The overview
// (`hone-cli --help`, and through help2man the manual page), the bash completion and main()'s
// dispatch all read it, so a command or option exists in all of them or in none. Each command's
// own QCommandLineParser still parses; tst_clidocs checks that the two agree.

#include <QString>
#include <QStringList>

#include <vector>

namespace Hone::Cli {

struct CliOption
{
    const char *name;               // without the dashes
    const char *value = nullptr;    // its value's name as the command's --help shows it; none: a switch
    // The values it takes, '|'-separated, when they are a fixed few. A word with a capital letter
    // is a placeholder ("ID", "FILE", "cuda:N"): shown in the overview, not offered by completion.
    const char *choices = nullptr;
    bool required = false;          // shown without brackets
};

struct CliCommand
{
    const char *name;
    const char *arguments;          // positional synopsis: "DIR SOURCE..."
    std::vector<CliOption> options;
    bool training;                  // also takes every training option (trainingOptionTable())
    const char *summary;            // QT_TRANSLATE_NOOP("Cli", …)
    int (*run)(const QStringList &args);
};

const std::vector<CliCommand> &commandTable();
const CliCommand *findCommand(const QString &name);
// The options of TrainingOptions (train, lr-find, pretrain).
const std::vector<CliOption> &trainingOptionTable();
// An option's choices, with "@backbones" expanded to the catalogue's architectures.
QStringList choicesOf(const CliOption &option);
// Its choices are the catalogue's architectures: too many to show, `hone-cli backbones` lists them.
bool isBackboneList(const CliOption &option);

// `hone-cli --help`: usage, every command with its options, the training options, and the
// conventions (exit codes, JSON on stdout, messages on stderr).
QString overview();
// `hone-cli --completion bash`: a bash completion script for hone-cli.
QString bashCompletion();

} // namespace Hone::Cli
