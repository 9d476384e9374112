// Screenshots of every workspace in every language (and theme, and scale), for looking at layouts
// and for the AppStream listing:
//   QT_QPA_PLATFORM=offscreen screenshots PROJECT OUTDIR [--lang de,zh_CN] [--theme dark] [--size 1280x800]
// Writes OUTDIR/<lang>-<theme>-<n>-<tab>.png. QT_SCALE_FACTOR=2 gives the 200 % pictures.

#include "evaluateworkspace.h"
#include "mainwindow.h"

#include "languagemanager.h"
#include "preferences/theme.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HoneScreenshots"));
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString &name, const QString &fallback) {
        const int at = int(args.indexOf(name));
        if (at < 0 || at + 1 >= args.size())
            return fallback;
        const QString value = args.at(at + 1);
        args.remove(at, 2);
        return value;
    };
    QStringList languages = option(QStringLiteral("--lang"), QStringLiteral("en,") +
                                   Hone::LanguageManager::availableLanguages().join(QLatin1Char(',')))
                                .split(QLatin1Char(','));
    const QString theme = option(QStringLiteral("--theme"), QStringLiteral("light"));
    const QStringList size = option(QStringLiteral("--size"), QStringLiteral("1280x800")).split(QLatin1Char('x'));
    if (args.size() != 2 || size.size() != 2) {
        std::fprintf(stderr, "usage: screenshots PROJECT OUTDIR [--lang a,b] [--theme light|dark] [--size WxH]\n");
        return 2;
    }
    const QString project = args.at(0);
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    Hone::ThemeManager themes;
    themes.apply(theme == QLatin1String("dark") ? Hone::Preferences::Theme::Dark : Hone::Preferences::Theme::Light);
    for (const QString &language : languages) {
        std::unique_ptr<QTranslator> translator;
        if (language != QLatin1String("en")) {
            translator = std::make_unique<QTranslator>();
            if (!translator->load(QStringLiteral(":/i18n/hone_%1.qm").arg(language))) {
                std::fprintf(stderr, "no translation %s\n", qPrintable(language));
                return 1;
            }
            QCoreApplication::installTranslator(translator.get());
        }
        {
            Hone::MainWindow window;
            window.resize(size.at(0).toInt(), size.at(1).toInt());
            window.show();
            if (!window.openProject(project))
                return 1;
            QTest::qWait(1500);
            // The Evaluate workspace shows its tables, matrix and diagram once a run is evaluated.
            window.evaluateWorkspace()->evaluate();
            if (!QTest::qWaitFor([&window] { return !window.evaluateWorkspace()->isEvaluating(); }, 60000))
                std::fprintf(stderr, "the evaluation did not finish; the Evaluate picture shows it running\n");
            for (int i = 0; i < window.tabs()->count(); ++i) {
                window.tabs()->setCurrentIndex(i);
                QTest::qWait(i == 0 ? 2500 : 1200);   // thumbnails, run lists and plots arrive
                static const QStringList names = {QStringLiteral("dataset"), QStringLiteral("doctor"),
                                                  QStringLiteral("map"), QStringLiteral("train"),
                                                  QStringLiteral("evaluate"), QStringLiteral("use")};
                const QString name = QStringLiteral("%1-%2-%3-%4.png")
                                         .arg(language, theme).arg(i)
                                         .arg(names.value(i, QStringLiteral("tab")));
                window.grab().save(out.filePath(name));
                std::printf("%s\n", qPrintable(out.filePath(name)));
            }
        }
        if (translator)
            QCoreApplication::removeTranslator(translator.get());
    }
    return 0;
}
