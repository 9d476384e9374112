// What hone-cli says about itself, checked against what it does: --version names the libraries
// this test is built with; the bash completion the build generated parses, completes commands,
// options and option values, and offers exactly the options each command's own parser accepts;
// the overview lists the same options with the same kind (switch or value); the manual page the
// build generated names every command and option of the overview.

#include "clirunner.h"
#include "nn/runtime.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core/version.hpp>

namespace {

// An option as a command shows it: name, and whether it takes a value.
using OptionSet = QSet<QString>;   // "name" for a switch, "name=" for an option with a value

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// COMPREPLY of the build's completion script for `words` (the last is the word being completed).
QStringList complete(const QStringList &words, const QString &workingDirectory = QString())
{
    QStringList quoted;
    for (const QString &word : words)
        quoted += QLatin1Char('\'') + word + QLatin1Char('\'');
    const QString script = QStringLiteral("source '%1' && COMP_WORDS=(%2) && COMP_CWORD=%3 && _hone_cli && "
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"")
                               .arg(QStringLiteral(HONE_CLI_COMPLETION), quoted.join(QLatin1Char(' ')))
                               .arg(words.size() - 1);
    QProcess bash;
    if (!workingDirectory.isEmpty())
        bash.setWorkingDirectory(workingDirectory);
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0)
        return {QStringLiteral("<bash failed: %1>").arg(QString::fromUtf8(bash.readAllStandardError()))};
    QStringList reply = QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    reply.sort();
    return reply;
}

// The options in a command's QCommandLineParser help (two-space indent: wrapped descriptions
// sit further right and are not options).
OptionSet parserOptions(const QString &help)
{
    static const QRegularExpression line(QStringLiteral("^  (?:-\\w, )?--([a-z0-9-]+)( <)?"),
                                         QRegularExpression::MultilineOption);
    OptionSet options;
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const auto m = it.next();
        options.insert(m.captured(1) + (m.captured(2).isEmpty() ? QString() : QStringLiteral("=")));
    }
    return options;
}

// The options of `[--name]`, `[--name VALUE]` and `--name VALUE` in overview text.
OptionSet overviewOptions(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("(?:^|[\\s\\[])--([a-z0-9-]+)([ \\]\\n])"));
    OptionSet options;
    for (auto it = option.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        options.insert(m.captured(1) + (m.captured(2) == QLatin1String(" ") ? QStringLiteral("=") : QString()));
    }
    return options;
}

struct Overview
{
    QStringList commands;
    QMap<QString, QString> blocks;   // command → its lines
    QString trainingOptions;
};

// Splits `hone-cli --help` into commands: a command line starts at two spaces, its continuation
// lines further right; the training options are a section of their own.
Overview parseOverview(const QString &text)
{
    Overview overview;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString section;
    QString current;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char(' ')) && line.endsWith(QLatin1Char(':'))) {
            section = line;
            current.clear();
        } else if (section == QLatin1String("Commands:") && line.startsWith(QLatin1String("  "))
                   && line.at(2) != QLatin1Char(' ')) {
            current = line.mid(2).section(QLatin1Char(' '), 0, 0);
            overview.commands += current;
            overview.blocks[current] = line + QLatin1Char('\n');
        } else if (section == QLatin1String("Commands:") && !current.isEmpty()) {
            overview.blocks[current] += line + QLatin1Char('\n');
        } else if (section.startsWith(QLatin1String("Training options"))) {
            overview.trainingOptions += line + QLatin1Char('\n');
        }
    }
    return overview;
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionNamesTheLibraries();
    void guiVersionMatches();
    void completionScriptParses();
    void completesCommandsAndValues();
    void completionAndOverviewMatchEachParser();
    void manPageListsEveryCommand();
    void messagesFollowTheLanguage_data();
    void messagesFollowTheLanguage();

private:
    QString m_overview;
};

void TestCliDocs::initTestCase()
{
    const CliResult r = runCli({QStringLiteral("--help")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    m_overview = QString::fromUtf8(r.out);
    QVERIFY2(parseOverview(m_overview).commands.size() >= 20, qPrintable(m_overview));
}

void TestCliDocs::versionNamesTheLibraries()
{
    const CliResult r = runCli({QStringLiteral("--version")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("hone-cli " HONE_VERSION));   // what help2man and scripts read
    QCOMPARE(lines.at(1), QStringLiteral("Qt %1 (built against %2)").arg(QString::fromLatin1(qVersion()),
                                                                            QStringLiteral(QT_VERSION_STR)));
    QCOMPARE(lines.at(2), QStringLiteral("LibTorch ") + QString::fromStdString(Hone::Nn::torchVersion()));
    QVERIFY2(QRegularExpression(QStringLiteral("^LibTorch \\d+\\.\\d+\\.\\d+")).match(lines.at(2)).hasMatch(),
             qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), QStringLiteral("OpenCV " CV_VERSION));
    QCOMPARE(lines.at(4).startsWith(QLatin1String("CUDA: available")), Hone::Nn::cudaAvailable());
    QVERIFY2(lines.at(4).startsWith(QLatin1String("CUDA: ")), qPrintable(lines.at(4)));

    const CliResult command = runCli({QStringLiteral("version")});
    QVERIFY2(command.code == 0, qPrintable(command.describe()));
    QCOMPARE(command.out, r.out);
}

void TestCliDocs::guiVersionMatches()
{
#ifndef HONE_GUI_PATH
    QSKIP("built without the GUI");
#else
    QProcess gui;
    gui.start(QStringLiteral(HONE_GUI_PATH), {QStringLiteral("--version")});   // offscreen (CTest's environment)
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(gui.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList cli = QString::fromUtf8(runCli({QStringLiteral("--version")}).out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("Hone " HONE_VERSION));
    QCOMPARE(lines.mid(1), cli.mid(1));
#endif
}

void TestCliDocs::completionScriptParses()
{
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), QStringLiteral(HONE_CLI_COMPLETION)});
    QVERIFY(bash.waitForFinished(30000));
    QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    // The installed file is what the program prints now, not a stale copy.
    const CliResult r = runCli({QStringLiteral("--completion"), QStringLiteral("bash")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out), readText(QStringLiteral(HONE_CLI_COMPLETION)));
}

void TestCliDocs::completesCommandsAndValues()
{
    const QString hone = QStringLiteral("hone-cli");
    QCOMPARE(complete({hone, QStringLiteral("tr")}), QStringList{QStringLiteral("train")});
    QCOMPARE(complete({hone, QStringLiteral("export"), QStringLiteral("DIR"), QStringLiteral("--format"), QString()}),
             (QStringList{QStringLiteral("onnx"), QStringLiteral("torchscript")}));
    QCOMPARE(complete({hone, QStringLiteral("export-dataset"), QStringLiteral("DIR"), QStringLiteral("--format"), QString()}),
             (QStringList{QStringLiteral("csv"), QStringLiteral("folders")}));
    QCOMPARE(complete({hone, QStringLiteral("train"), QStringLiteral("DIR"), QStringLiteral("--device"), QString()}),
             (QStringList{QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda")}));
    QCOMPARE(complete({hone, QStringLiteral("import"), QStringLiteral("DIR"), QStringLiteral("--lay")}),
             QStringList{QStringLiteral("--layout")});
    QCOMPARE(complete({hone, QStringLiteral("train"), QStringLiteral("DIR"), QStringLiteral("--epochs"), QString()}),
             QStringList());
    QVERIFY(complete({hone, QStringLiteral("train"), QStringLiteral("DIR"), QStringLiteral("--backbone"), QString()})
                .contains(QStringLiteral("resnet18")));

    // A project folder completes to folders only; an image argument to files too.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("project")));
    QFile file(dir.filePath(QStringLiteral("photo.png")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(complete({hone, QStringLiteral("new"), QString()}, dir.path()), QStringList{QStringLiteral("project")});
    QCOMPARE(complete({hone, QStringLiteral("embed"), QString()}, dir.path()),
             (QStringList{QStringLiteral("photo.png"), QStringLiteral("project")}));
    QCOMPARE(complete({hone, QStringLiteral("predict"), QStringLiteral("m.pt"), QStringLiteral("--csv"), QStringLiteral("ph")}, dir.path()),
             QStringList{QStringLiteral("photo.png")});
}

void TestCliDocs::completionAndOverviewMatchEachParser()
{
    const Overview overview = parseOverview(m_overview);
    QStringList completed = complete({QStringLiteral("hone-cli"), QString()});
    completed.removeAll(QStringLiteral("--help"));
    completed.removeAll(QStringLiteral("--version"));
    QStringList listed = overview.commands;
    listed.sort();
    QCOMPARE(completed, listed);

    for (const QString &command : overview.commands) {
        const CliResult help = runCli({command, QStringLiteral("--help")});
        QVERIFY2(help.code == 0, qPrintable(command + QLatin1Char('\n') + help.describe()));
        OptionSet accepted = parserOptions(QString::fromUtf8(help.out));
        QVERIFY2(accepted.contains(QStringLiteral("help")), qPrintable(command));

        QSet<QString> names;
        for (const QString &option : accepted)
            names.insert(QStringLiteral("--") + option.chopped(option.endsWith(QLatin1Char('=')) ? 1 : 0));
        const QStringList offered = complete({QStringLiteral("hone-cli"), command, QStringLiteral("--")});
        QCOMPARE(QSet<QString>(offered.begin(), offered.end()), names);

        const QString block = overview.blocks.value(command);
        OptionSet shown = overviewOptions(block);
        if (block.contains(QLatin1String("[training options]")))
            shown.unite(overviewOptions(overview.trainingOptions));
        accepted.remove(QStringLiteral("help"));
        if (shown != accepted) {
            const auto missing = QStringList((accepted - shown).values()).join(QLatin1Char(' '));
            const auto extra = QStringList((shown - accepted).values()).join(QLatin1Char(' '));
            QFAIL(qPrintable(QStringLiteral("%1: overview lacks [%2], has [%3] the command does not take")
                                 .arg(command, missing, extra)));
        }
    }
}

void TestCliDocs::manPageListsEveryCommand()
{
    QString page = readText(QStringLiteral(HONE_CLI_MANPAGE));
    QVERIFY2(!page.isEmpty(), HONE_CLI_MANPAGE);
    page.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    QVERIFY2(page.contains(QLatin1String(".TH HONE-CLI \"1\"")), qPrintable(page.left(300)));
    const Overview overview = parseOverview(m_overview);
    for (const QString &command : overview.commands) {
        // help2man makes each command a tagged paragraph: the tag line starts with its name.
        const QRegularExpression tag(QStringLiteral("\\n\\.TP\\n%1( |\\n)").arg(QRegularExpression::escape(command)));
        QVERIFY2(tag.match(page).hasMatch(), qPrintable(command));
    }
    for (const QString &option : overviewOptions(m_overview)) {
        const QString name = QStringLiteral("--") + option.chopped(option.endsWith(QLatin1Char('=')) ? 1 : 0);
        QVERIFY2(page.contains(name), qPrintable(name));
    }
}

void TestCliDocs::messagesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "fr", "es", "zh_CN", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// Each kind of message hone-cli prints comes out translated: the overview's command summaries, a
// command's own options, the shared training and embedding options, and an error. (A string whose
// lookup context differs from the one lupdate recorded would stay English.)
void TestCliDocs::messagesFollowTheLanguage()
{
    QFETCH(QString, language);
    auto line = [](const QByteArray &text, const QString &containing) {
        for (const QString &l : QString::fromUtf8(text).split(QLatin1Char('\n')))
            if (l.contains(containing))
                return l;
        return QString();
    };
    struct Probe
    {
        QStringList arguments;
        QString lineWith;   // empty: compare stderr
    };
    const QList<Probe> probes = {
        {{QStringLiteral("--help")}, QStringLiteral("  new DIR")},
        {{QStringLiteral("export"), QStringLiteral("--help")}, QStringLiteral("--softmax")},
        {{QStringLiteral("train"), QStringLiteral("--help")}, QStringLiteral("--epochs")},
        {{QStringLiteral("embed"), QStringLiteral("--help")}, QStringLiteral("--image-size")},
        {{QStringLiteral("backbones"), QStringLiteral("--help")}, QStringLiteral("--download")},
        {{QStringLiteral("info"), QStringLiteral("/nonexistent/project")}, QString()},
    };
    for (const Probe &probe : probes) {
        const CliResult english = runCli(probe.arguments);
        const CliResult translated = runCli(probe.arguments, 120000, {}, language);
        QCOMPARE(translated.code, english.code);
        const QString what = probe.arguments.join(QLatin1Char(' '));
        if (probe.lineWith.isEmpty()) {
            QVERIFY2(!english.err.isEmpty(), qPrintable(what));
            QVERIFY2(translated.err != english.err, qPrintable(what + QStringLiteral(": ") + QString::fromUtf8(translated.err)));
            continue;
        }
        const QString before = line(english.out, probe.lineWith);
        const QString after = line(translated.out, probe.lineWith);
        QVERIFY2(!before.isEmpty() && !after.isEmpty(), qPrintable(what));
        QVERIFY2(after != before, qPrintable(QStringLiteral("%1 stays English: %2").arg(what, after)));
    }
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
