#include "recentprojects.h"

#include "common/desktoprecentlist.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Hone::RecentProjects {

namespace {

const QString key = QStringLiteral("recentProjects");

QStringList stored()
{
    return QSettings().value(key).toStringList();
}

void store(const QStringList &directories)
{
    QSettings().setValue(key, directories);
}

} // namespace

QStringList list()
{
    QStringList existing;
    for (const QString &directory : stored())
        if (QFileInfo::exists(QDir(directory).filePath(ProjectFile::fileName())))
            existing.append(directory);
    return existing;
}

void add(const QString &directory)
{
    const QString path = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    QStringList directories = stored();
    directories.removeAll(path);
    directories.prepend(path);
    while (directories.size() > maximum)
        directories.removeLast();
    store(directories);
    DesktopRecentList::add(QDir(path).filePath(ProjectFile::fileName()),
                           QStringLiteral("application/x-hone-project"));
}

void remove(const QString &directory)
{
    QStringList directories = stored();
    directories.removeAll(QDir::cleanPath(directory));
    store(directories);
}

void clear()
{
    store({});
}

} // namespace Hone::RecentProjects
