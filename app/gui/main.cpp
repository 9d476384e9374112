// hone: the desktop workbench. Opens the project given on the command line, else the last one.

#include "mainwindow.h"

#include "languagemanager.h"
#include "nn/runtime.h"
#include "preferences/preferences.h"
#include "preferences/theme.h"
#include "project/project.h"
#include "util/failure.h"
#include "util/versioninfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <exception>

namespace {

// The last line of defence. Core and the workspaces turn failures into messages; should anything
// still escape an event handler, the user is told what happened and the project is saved, rather
// than Qt ending the process mid-work.
QPointer<Hone::Project> openProject;

void saveWhatCanBeSaved()
{
    if (openProject && openProject->isOpen() && openProject->isModified())
        openProject->save();
}

class GuardedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        try {
            return QApplication::notify(receiver, event);
        } catch (...) {
            const QString message = Hone::describeCurrentException();
            std::fprintf(stderr, "hone: unexpected error: %s\n", qPrintable(message));
            saveWhatCanBeSaved();
            if (!m_reporting) {   // a failure while the message box is up is only logged
                m_reporting = true;
                QMessageBox::critical(nullptr, QApplication::translate("main", "Hone"),
                                      QApplication::translate("main", "An unexpected error occurred and was "
                                                                      "stopped:\n%1\n\nYour project is saved.")
                                          .arg(message));
                m_reporting = false;
            }
            return false;
        }
    }

private:
    bool m_reporting = false;
};

[[noreturn]] void onTerminate()
{
    // An exception that escaped a thread of its own: report it, save, then end as terminate must.
    const QString message = std::current_exception() ? Hone::describeCurrentException()
                                                     : QStringLiteral("terminate called");
    std::fprintf(stderr, "hone: fatal error: %s\n", qPrintable(message));
    saveWhatCanBeSaved();
    std::abort();
}

} // namespace

int main(int argc, char *argv[])
{
    std::set_terminate(onTerminate);
    GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hone"));
    QApplication::setApplicationName(QStringLiteral("Hone"));
    QApplication::setApplicationVersion(Hone::versionText());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hone.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hone.Hone"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Transfer learning workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        {QStringLiteral("lang"), QStringLiteral("language")},
        QApplication::translate("main", "User interface language for this run: en, de, fr, es, zh_CN or ja "
                                        "(default: the Preferences choice, else the system's)."),
        QStringLiteral("CODE"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QApplication::translate("main", "Project folder to open."));
    parser.process(app);

    const QString loaded = Hone::LanguageManager::install(parser.value(language));
    if (parser.isSet(language) && loaded == QLatin1String("en")
        && !parser.value(language).startsWith(QLatin1String("en")))
        std::fprintf(stderr, "hone: no translation for '%s'; Hone speaks en, %s\n", qPrintable(parser.value(language)),
                     qPrintable(Hone::LanguageManager::availableLanguages().join(QStringLiteral(", "))));
    Hone::Nn::setThreadCount(0);

    Hone::MainWindow window;
    window.setActiveLanguage(loaded);
    window.themeManager()->apply(Hone::Preferences::theme());
    openProject = window.project();
    window.show();
    const QStringList positional = parser.positionalArguments();
    const QString project = positional.isEmpty() ? QSettings().value(QStringLiteral("lastProject")).toString()
                                                 : positional.first();
    if (!project.isEmpty() && (!positional.isEmpty() || QFileInfo::exists(project)))
        window.openProject(project);
    return app.exec();
}
