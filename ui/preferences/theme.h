#pragma once

// Light and dark palettes for the whole application. "System" follows the desktop: a platform
// theme that already hands Qt a dark palette, the freedesktop portal's color-scheme (GNOME, KDE and
// others publish it, and Hone follows when it changes), or a GTK_THEME ending in ":dark".
// Widgets that paint themselves read the palette, and plots restyle on QEvent::PaletteChange.

#include "preferences.h"

#include <QObject>
#include <QPalette>

class QCustomPlot;

namespace Hone {

class ThemeManager : public QObject
{
    Q_OBJECT

public:
    // Remembers the palette and style the platform gave, so "System" and "Light" can return to them.
    explicit ThemeManager(QObject *parent = nullptr);

    void apply(Preferences::Theme theme);
    Preferences::Theme theme() const { return m_theme; }

    // The desktop asks for dark (see above); false where nothing says so.
    bool systemPrefersDark() const;

    static QPalette darkPalette();
    // True when a palette reads light-on-dark.
    static bool isDark(const QPalette &palette);
    // Background, axes, grid and text of a plot from its palette, now and whenever the palette
    // changes (axes given colours of their own keep them).
    static void followPalette(QCustomPlot *plot);

private:
    void onPortalSchemeChanged(int scheme);
    void applyPalette(bool dark);

    Preferences::Theme m_theme = Preferences::Theme::System;
    QPalette m_platformPalette;
    QString m_platformStyle;
    int m_portalScheme = -1;   // the portal's color-scheme: 0 none, 1 dark, 2 light; -1 unknown
};

} // namespace Hone
