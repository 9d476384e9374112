// hone: the desktop workbench. Opens the project given on the command line, else the last one.

#include "mainwindow.h"

#include "languagemanager.h"
#include "nn/runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hone"));
    QApplication::setApplicationName(QStringLiteral("Hone"));
    QApplication::setApplicationVersion(QStringLiteral(HONE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hone.svg")));
    QApplication::setDesktopFileName(QStringLiteral("hone"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Transfer learning workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "User interface language (e.g. de, en)."),
                                      QStringLiteral("CODE"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QApplication::translate("main", "Project folder to open."));
    parser.process(app);

    Hone::LanguageManager::install(parser.value(language));
    Hone::Nn::setThreadCount(0);

    Hone::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    const QString project = positional.isEmpty() ? QSettings().value(QStringLiteral("lastProject")).toString()
                                                 : positional.first();
    if (!project.isEmpty() && (!positional.isEmpty() || QFileInfo::exists(project)))
        window.openProject(project);
    return app.exec();
}
