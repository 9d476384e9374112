#include "preferences.h"

#include <QSettings>

namespace Hone::Preferences {

namespace {
const QString themeKey = QStringLiteral("appearance/theme");
const QString deviceKey = QStringLiteral("training/defaultDevice");
} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Theme theme()
{
    return themeFromName(QSettings().value(themeKey).toString());
}

void setTheme(Theme theme)
{
    QSettings().setValue(themeKey, themeName(theme));
}

QString defaultDevice()
{
    const QString device = QSettings().value(deviceKey, QStringLiteral("auto")).toString();
    if (device == QLatin1String("cpu") || device == QLatin1String("cuda"))
        return device;
    return QStringLiteral("auto");
}

void setDefaultDevice(const QString &device)
{
    QSettings().setValue(deviceKey, device);
}

} // namespace Hone::Preferences
