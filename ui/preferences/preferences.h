#pragma once

// The user's preferences that outlive a project: theme and the device new training runs default
// to. The interface language is kept by LanguageManager (hone-cli reads it too). Each value is
// typed here and stored under its own QSettings key, so no widget spells a key.

#include <QString>

namespace Hone::Preferences {

enum class Theme { System, Light, Dark };

Theme theme();
void setTheme(Theme theme);
QString themeName(Theme theme);        // "system", "light", "dark"
Theme themeFromName(const QString &name);

// "auto", "cpu" or "cuda": the Train view's device when a project has not chosen one.
QString defaultDevice();
void setDefaultDevice(const QString &device);

} // namespace Hone::Preferences
