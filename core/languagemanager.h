#pragma once

// Loads Hone's translation for the user's language at start-up: an explicit override (`--lang`),
// else HONE_LANGUAGE, else the "language" setting (Preferences), else the system locale's UI
// languages in order, matched to the shipped translations ("zh-Hans-CN" finds zh_CN, "de-AT" finds
// de). Translations are compiled into the executables as resources under :/i18n/.

#include <QString>
#include <QStringList>

namespace Hone::LanguageManager {

// Languages Hone ships besides English, as codes of the .qm files ("de", "zh_CN"). (English,
// the source, has a file of its own plural forms, hone_en.qm, which install() loads for it.)
QStringList availableLanguages();

// The language's own name ("Deutsch", "简体中文"), for choosers.
QString nativeName(const QString &code);

// The shipped language that best serves a list of wanted ones (BCP 47 or POSIX style, best first):
// an exact match, else one of the same language. "en" when none matches (English is the source).
QString bestMatch(const QStringList &wanted, const QStringList &available);

// The saved choice ("" = follow the system).
QString savedLanguage();
void setSavedLanguage(const QString &code);

// The language in effect: override, else HONE_LANGUAGE, else the saved choice, else the system's.
QString preferredLanguage(const QString &override = QString());

// Installs Hone's and Qt's translators on the running application; returns the language loaded,
// or "en" when none applied.
QString install(const QString &override = QString());

} // namespace Hone::LanguageManager
