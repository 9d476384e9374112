#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Hone::LanguageManager {

QStringList availableLanguages()
{
    QStringList languages;
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("hone_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(5, file.size() - 8));
    return languages;
}

QString preferredLanguage(const QString &override)
{
    if (!override.isEmpty())
        return override;
    const QByteArray env = qgetenv("HONE_LANGUAGE");
    if (!env.isEmpty())
        return QString::fromLatin1(env);
    const QString setting = QSettings().value(QStringLiteral("language")).toString();
    if (!setting.isEmpty())
        return setting;
    return QLocale::system().name().section(QLatin1Char('_'), 0, 0);
}

QString install(const QString &override)
{
    const QString language = preferredLanguage(override);
    if (language.isEmpty() || language == QLatin1String("en") || language == QLatin1String("C"))
        return QStringLiteral("en");
    auto *hone = new QTranslator(QCoreApplication::instance());
    if (!hone->load(QStringLiteral(":/i18n/hone_%1.qm").arg(language))) {
        delete hone;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(hone);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace Hone::LanguageManager
