#pragma once

// Runs hone-cli (HONE_CLI_PATH) as a separate process, the way a user or a script does, and
// collects its exit code and output. Messages are forced to English so tests can match them.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace {

struct CliResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;

    QString describe() const
    {
        return QStringLiteral("exit %1%2\n--- stdout\n%3\n--- stderr\n%4")
            .arg(code)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(QString::fromUtf8(out), QString::fromUtf8(err.right(4000)));
    }
};

// `unset` names environment variables the command must do without (e.g. DISPLAY).
// `language`: the interface language (tests match English messages unless they ask otherwise).
CliResult runCli(const QStringList &arguments, int timeoutMs = 120000, const QStringList &unset = {},
                 const QString &language = QStringLiteral("en"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HONE_LANGUAGE"), language);
    for (const QString &name : unset)
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HONE_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForStarted(30000))
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.code = result.crashed ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace
