// `hone-cli --help`, rendered from the command table. help2man turns this text into the manual
// page, so its shape follows help2man's rules: "Usage:" and "  or:" make the synopsis, a line
// ending in ':' starts a section, and "  TAG  text" with the text's continuation lines at the
// text's column makes one tagged paragraph (so a command's synopsis never wraps inside its tag).

#include "commandtable.h"

#include <QCoreApplication>

#include <algorithm>

namespace Hone::Cli {

namespace {

constexpr int width = 79;

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone::Cli", text);
}

// "[--format torchscript|onnx]", "[--augment flip,crop,…]", "--output FILE", "[--json]".
QString optionSynopsis(const CliOption &option)
{
    QString text = QStringLiteral("--") + QLatin1String(option.name);
    if (option.value) {
        const QStringList choices = isBackboneList(option) ? QStringList() : choicesOf(option);
        const bool list = QLatin1String(option.value) == QLatin1String("LIST");
        text += QLatin1Char(' ')
            + (choices.isEmpty() ? QString::fromLatin1(option.value)
                                 : choices.join(list ? QLatin1Char(',') : QLatin1Char('|')));
    }
    return option.required ? text : QLatin1Char('[') + text + QLatin1Char(']');
}

// Words filled up to `width` from `column`; every further line starts at `indent`.
QString fill(const QStringList &words, int column, int indent)
{
    QString text;
    bool lineStart = true;
    for (const QString &word : words) {
        if (!lineStart && column + 1 + word.size() > width) {
            text += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineStart = true;
        }
        if (!lineStart) {
            text += QLatin1Char(' ');
            ++column;
        }
        text += word;
        column += int(word.size());
        lineStart = false;
    }
    return text + QLatin1Char('\n');
}

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString tag(const CliCommand &command)
{
    return *command.arguments ? QLatin1String(command.name) + QLatin1Char(' ') + QLatin1String(command.arguments)
                              : QString::fromLatin1(command.name);
}

} // namespace

QString overview()
{
    QString text = tr("Usage: hone-cli COMMAND [ARGUMENTS] [OPTIONS]") + QLatin1Char('\n')
        + QStringLiteral("  or:  hone-cli --version\n\n");
    text += fill(words(tr("Hone without a window: every step from import to export, for scripts and "
                          "machines without a display.")),
                 0, 0);
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    int column = 0;
    for (const CliCommand &command : commandTable())
        column = std::max(column, int(tag(command).size()));
    column += 4;
    for (const CliCommand &command : commandTable()) {
        const QString head = QStringLiteral("  ") + tag(command);
        text += head + QString(column - int(head.size()), QLatin1Char(' '));
        text += fill(words(QCoreApplication::translate("Cli", command.summary)), column, column);   // QT_TRANSLATE_NOOP("Cli", …)
        QStringList options;
        if (command.training)
            options += tr("[training options]");
        for (const CliOption &option : command.options)
            options += optionSynopsis(option);
        if (!options.isEmpty())
            text += QString(column, QLatin1Char(' ')) + fill(options, column, column);
    }
    QStringList trainers;
    for (const CliCommand &command : commandTable())
        if (command.training)
            trainers += QString::fromLatin1(command.name);
    text += QLatin1Char('\n') + tr("Training options (%1):").arg(trainers.join(QStringLiteral(", "))) + QLatin1Char('\n');
    QStringList training;
    for (const CliOption &option : trainingOptionTable())
        training += optionSynopsis(option);
    text += QStringLiteral("  ") + fill(training, 2, 2);
    text += QLatin1Char('\n') + tr("Exit status and output:") + QLatin1Char('\n');
    text += QStringLiteral("  ") + fill(words(tr("0 success; 1 failure, with \"hone-cli: error: ...\" on stderr; "
                                                   "2 usage error. --json output goes to stdout alone, so it "
                                                   "always parses; progress and messages go to stderr. Without "
                                                   "--run, a command uses the latest finished run.")),
                                        2, 2);
    text += QLatin1Char('\n') + tr("'hone-cli COMMAND --help' describes a command and each of its options.") + QLatin1Char('\n');
    return text;
}

} // namespace Hone::Cli
