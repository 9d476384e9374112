#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QDateTime>
#include <QTemporaryFile>

namespace Hone {

namespace {

// Permission bits do not say it (root may write anywhere, a read-only mount refuses everyone):
// only writing a file does.
bool folderWritable(const QString &directory)
{
    QTemporaryFile probe(QDir(directory).filePath(QStringLiteral(".hone-write-test-XXXXXX")));
    return probe.open();
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &Project::onIndexChanged);
}

bool Project::create(const QString &directory, QString *error)
{
    QDir dir(directory);
    if (QFileInfo::exists(dir.filePath(ProjectFile::fileName()))) {
        if (error)
            *error = tr("%1 already holds a Hone project").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    ProjectData empty;
    if (!ProjectFile::write(dir.filePath(ProjectFile::fileName()), empty, error))
        return false;
    return load(directory, error);
}

bool Project::load(const QString &directory, QString *error)
{
    const QString dir = QDir(directory).absolutePath();
    ProjectData data;
    const QString path = QDir(dir).filePath(ProjectFile::fileName());
    QString message;
    if (!ProjectFile::read(path, &data, &message)) {
        if (QFileInfo::exists(path) && ProjectFile::backupReadable(path))
            message += tr("\nThe last good version is kept as %1 (saved %2).")
                           .arg(QDir::toNativeSeparators(ProjectFile::backupPath(path)),
                                QFileInfo(ProjectFile::backupPath(path)).lastModified().toString(Qt::ISODate));
        if (error)
            *error = message;
        return false;
    }
    m_undoStack.clear();
    m_directory = dir;
    m_data = std::move(data);
    m_readOnly = !folderWritable(dir);
    rebuildPathIndex();
    m_lastSaveError.clear();
    Q_EMIT reset();
    return true;
}

bool Project::hasRestorableBackup(const QString &directory)
{
    const QString path = QDir(directory).filePath(ProjectFile::fileName());
    ProjectData data;
    return QFileInfo::exists(path) && !ProjectFile::read(path, &data, nullptr) && ProjectFile::backupReadable(path);
}

bool Project::restoreBackup(const QString &directory, QString *keptAs, QString *error)
{
    return ProjectFile::restoreBackup(QDir(directory).filePath(ProjectFile::fileName()), keptAs, error);
}

bool Project::save(QString *error)
{
    QString message;
    if (m_readOnly) {
        message = tr("the project folder %1 is read-only: changes cannot be saved")
                      .arg(QDir::toNativeSeparators(m_directory));
        m_lastSaveError = message;
        if (error)
            *error = message;
        Q_EMIT saveFailed(message);
        return false;
    }
    if (!ProjectFile::write(filePath(), m_data, &message)) {
        m_lastSaveError = message;
        if (error)
            *error = message;
        Q_EMIT saveFailed(message);
        return false;
    }
    m_lastSaveError.clear();
    m_undoStack.setClean();
    return true;
}

QString Project::filePath() const
{
    return QDir(m_directory).filePath(ProjectFile::fileName());
}

QString Project::absolutePath(const QString &relativePath) const
{
    return QDir(m_directory).filePath(relativePath);
}

QString Project::relativePath(const QString &absolutePath) const
{
    return QDir(m_directory).relativeFilePath(QFileInfo(absolutePath).absoluteFilePath());
}

QString Project::runsDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("runs"));
}

QString Project::cacheDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("cache"));
}

const ClassInfo *Project::classById(int id) const
{
    const int index = classIndex(id);
    return index >= 0 ? &m_data.classes.at(index) : nullptr;
}

int Project::classIndex(int id) const
{
    for (int i = 0; i < m_data.classes.size(); ++i) {
        if (m_data.classes.at(i).id == id)
            return i;
    }
    return -1;
}

int Project::classIdByName(const QString &name) const
{
    for (const ClassInfo &c : m_data.classes) {
        if (c.name == name)
            return c.id;
    }
    return -1;
}

int Project::imageIndex(const QString &relativePath) const
{
    return m_rowByPath.value(relativePath, -1);
}

int Project::nextClassId() const
{
    int next = 0;
    for (const ClassInfo &c : m_data.classes)
        next = std::max(next, c.id + 1);
    return next;
}

int Project::imageCount(int classId) const
{
    int n = 0;
    for (const ImageEntry &image : m_data.images)
        n += image.label == classId ? 1 : 0;
    return n;
}

void Project::setTrainingDefaults(const QJsonObject &training)
{
    // Merged, so keys another version wrote there survive.
    for (auto it = training.begin(); it != training.end(); ++it)
        m_data.training.insert(it.key(), it.value());
    save();
}

void Project::insertImages(int row, const QVector<ImageEntry> &images)
{
    if (images.isEmpty())
        return;
    Q_EMIT imagesAboutToBeInserted(row, row + int(images.size()) - 1);
    for (int i = 0; i < images.size(); ++i)
        m_data.images.insert(row + i, images.at(i));
    rebuildPathIndex();
    Q_EMIT imagesInserted(row, row + images.size() - 1);
}

void Project::removeImages(int row, int count)
{
    if (count <= 0)
        return;
    Q_EMIT imagesAboutToBeRemoved(row, row + count - 1);
    m_data.images.remove(row, count);
    rebuildPathIndex();
    Q_EMIT imagesRemoved(row, row + count - 1);
}

void Project::setLabels(const QVector<int> &rows, const QVector<int> &labels)
{
    Q_ASSERT(rows.size() == labels.size());
    for (int i = 0; i < rows.size(); ++i)
        m_data.images[rows.at(i)].label = labels.at(i);
    Q_EMIT labelsChanged(rows);
}

void Project::setSplits(const QVector<int> &rows, const QVector<Split> &splits)
{
    Q_ASSERT(rows.size() == splits.size());
    for (int i = 0; i < rows.size(); ++i)
        m_data.images[rows.at(i)].split = splits.at(i);
    Q_EMIT splitsChanged(rows);
}

void Project::setReviewed(const QVector<int> &rows, const QVector<QStringList> &reviewed)
{
    Q_ASSERT(rows.size() == reviewed.size());
    for (int i = 0; i < rows.size(); ++i)
        m_data.images[rows.at(i)].reviewed = reviewed.at(i);
    Q_EMIT reviewedChanged(rows);
}

void Project::insertClass(int index, const ClassInfo &info)
{
    m_data.classes.insert(index, info);
    Q_EMIT classesChanged();
}

void Project::removeClass(int index)
{
    m_data.classes.remove(index);
    Q_EMIT classesChanged();
}

void Project::setClassInfo(int index, const ClassInfo &info)
{
    m_data.classes[index] = info;
    Q_EMIT classesChanged();
}

void Project::onIndexChanged()
{
    // Every edit is saved at once: a label acknowledged in the UI is on disk.
    if (m_autosave && isOpen() && !m_undoStack.isClean())
        save();
}

void Project::rebuildPathIndex()
{
    m_rowByPath.clear();
    m_rowByPath.reserve(m_data.images.size());
    for (int i = 0; i < m_data.images.size(); ++i)
        m_rowByPath.insert(m_data.images.at(i).path, i);
}

} // namespace Hone
