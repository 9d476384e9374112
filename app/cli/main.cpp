// hone-cli: everything the GUI does, headless. Runs without a display: a QCoreApplication, except
// for `report`, whose plots are drawn by widgets on Qt's offscreen platform.

#include "clicontext.h"
#include "commands.h"
#include "commandtable.h"

#include "languagemanager.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QGuiApplication>
#ifdef HONE_CLI_REPORT
#include <QApplication>
#endif

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>

#include <memory>

namespace {

// An exception that escaped a thread of its own: one line on stderr rather than a bare
// "terminate called". Every project write is atomic, so what is on disk stays loadable.
[[noreturn]] void onTerminate()
{
    const QString message = std::current_exception() ? Hone::describeCurrentException()
                                                     : QStringLiteral("terminate called");
    std::fprintf(stderr, "hone-cli: fatal error: %s\n", qPrintable(message));
    std::abort();
}

} // namespace

int main(int argc, char *argv[])
{
    std::set_terminate(onTerminate);
    // `report` draws with widgets, `map` paints a picture with text: both on the offscreen platform.
    const bool needsWidgets = argc > 1 && std::strcmp(argv[1], "report") == 0;
    const bool needsGui = needsWidgets || (argc > 1 && std::strcmp(argv[1], "map") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef HONE_CLI_REPORT
    std::unique_ptr<QCoreApplication> application(needsWidgets ? new QApplication(argc, argv)
                                                  : needsGui   ? new QGuiApplication(argc, argv)
                                                               : new QCoreApplication(argc, argv));
#else
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
#endif
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Hone"));
    QCoreApplication::setApplicationName(QStringLiteral("Hone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HONE_VERSION));
    Hone::LanguageManager::install();

    QStringList args = app.arguments();
    if (args.size() < 2) {
        Hone::Cli::err() << Hone::Cli::overview() << Qt::flush;
        return Hone::Cli::UsageError;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        Hone::Cli::out() << Hone::Cli::overview() << Qt::flush;
        return Hone::Cli::Success;
    }
    if (name == QLatin1String("--version"))
        return Hone::Cli::version({QStringLiteral("hone-cli version")});
    // Hidden: the build writes the installed completion script with it.
    if (name == QLatin1String("--completion")) {
        if (args.value(2) != QLatin1String("bash")) {
            Hone::Cli::err() << "hone-cli: --completion takes: bash" << Qt::endl;
            return Hone::Cli::UsageError;
        }
        Hone::Cli::out() << Hone::Cli::bashCompletion() << Qt::flush;
        return Hone::Cli::Success;
    }
    const Hone::Cli::CliCommand *command = Hone::Cli::findCommand(name);
    if (!command) {
        Hone::Cli::err() << "hone-cli: unknown command '" << name << "'\n\n" << Hone::Cli::overview() << Qt::flush;
        return Hone::Cli::UsageError;
    }
    args.removeFirst();
    args[0] = QStringLiteral("hone-cli ") + name;
    // Core turns failures into messages; this is the last line of defence, never a core dump.
    try {
        return command->run(args);
    } catch (...) {
        return Hone::Cli::fail(Hone::describeCurrentException());
    }
}
