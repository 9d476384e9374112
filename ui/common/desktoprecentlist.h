#pragma once

// The freedesktop.org recently-used list ($XDG_DATA_HOME/recently-used.xbel), which GNOME, KDE
// and GTK file choosers read. Hone adds or refreshes one bookmark per file it opens and leaves every
// other entry as it was; a list it cannot parse is left untouched rather than rewritten.

#include <QString>

namespace Hone::DesktopRecentList {

// The file the list lives in (in Qt's test mode, under the test's own data folder).
QString path();

// Adds FILE (or moves it to the front) with its MIME type and Hone as the application.
// False, with the reason, when the list could not be read or written; nothing is lost then.
bool add(const QString &file, const QString &mimeType, QString *error = nullptr);

} // namespace Hone::DesktopRecentList
