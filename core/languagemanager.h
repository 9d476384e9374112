#pragma once

// Loads Hone's translation for the user's language at start-up: the "language" setting
// (or HONE_LANGUAGE) when set, otherwise the system locale. Translations are compiled into the
// executables as resources under :/i18n/.

#include <QString>
#include <QStringList>

namespace Hone::LanguageManager {

// Languages Hone ships besides English, as ISO codes ("de").
QStringList availableLanguages();

// The language in effect: override, else the setting, else the system locale's.
QString preferredLanguage(const QString &override = QString());

// Installs Hone's and Qt's translators on the running application; returns the language loaded,
// or "en" when none applied.
QString install(const QString &override = QString());

} // namespace Hone::LanguageManager
