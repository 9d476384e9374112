#pragma once

// The projects opened last, newest first, for File › Open Recent; each opening is also written to
// the desktop's recently-used list (see DesktopRecentList), so file managers and launchers offer it.

#include <QStringList>

namespace Hone::RecentProjects {

constexpr int maximum = 8;

// Folders that still hold a project, newest first.
QStringList list();
void add(const QString &directory);
void remove(const QString &directory);
void clear();

} // namespace Hone::RecentProjects
