#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Hone::LanguageManager {

namespace {

const QString languageKey = QStringLiteral("language");

QString normalized(QString code)
{
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    // Script subtags say nothing the region does not for Hone's languages: zh_Hans_CN is zh_CN.
    const QStringList parts = code.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &part : parts)
        if (kept.isEmpty() || part.size() != 4)
            kept.append(part);
    return kept.join(QLatin1Char('_'));
}

QString languagePart(const QString &code)
{
    return code.section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("hone_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(5, file.size() - 8));
    languages.removeAll(QStringLiteral("en"));   // the source language's plural forms only
    return languages;
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code == QLatin1String("zh_CN"))
        name = QStringLiteral("简体中文");
    if (name.isEmpty())
        return code;
    return name.left(1).toUpper() + name.mid(1);
}

QString bestMatch(const QStringList &wanted, const QStringList &available)
{
    for (const QString &raw : wanted) {
        const QString code = normalized(raw);
        if (languagePart(code) == QLatin1String("en") || code == QLatin1String("C"))
            return QStringLiteral("en");
        for (const QString &candidate : available)
            if (candidate.compare(code, Qt::CaseInsensitive) == 0)
                return candidate;
        for (const QString &candidate : available)
            if (languagePart(candidate) == languagePart(code))
                return candidate;
    }
    return QStringLiteral("en");
}

QString savedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void setSavedLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, code);
}

QString preferredLanguage(const QString &override)
{
    const QStringList available = availableLanguages();
    if (!override.isEmpty())
        return bestMatch({override}, available);
    const QByteArray env = qgetenv("HONE_LANGUAGE");
    if (!env.isEmpty())
        return bestMatch({QString::fromLatin1(env)}, available);
    const QString setting = savedLanguage();
    if (!setting.isEmpty())
        return bestMatch({setting}, available);
    return bestMatch(QLocale::system().uiLanguages(), available);
}

QString install(const QString &override)
{
    const QString language = preferredLanguage(override);
    if (language == QLatin1String("en")) {
        // English needs its plural forms ("1 image", "2 images") and nothing else.
        auto *plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(QStringLiteral(":/i18n/hone_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return language;
    }
    auto *hone = new QTranslator(QCoreApplication::instance());
    if (!hone->load(QStringLiteral(":/i18n/hone_%1.qm").arg(language))) {
        delete hone;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(hone);
    // Qt's own strings (standard buttons, file dialogs): qtbase_zh_CN, falling back to qtbase_zh.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace Hone::LanguageManager
