#pragma once

// A Hone project: a folder holding project.hone.json, the images it copied in, runs/ for training
// runs and cache/ for anything derived. Project owns the undo stack; every change to images,
// labels, splits or classes is an undo command (see the *command.h files), and the project saves
// itself after every change when autosave is on (the default). "Modified" means the stack is not
// clean, i.e. a save is pending or failed.
//
// QUndoStack lives in the QtGui library since Qt 6, but needs no display or QGuiApplication: core
// links QtGui for it alone and includes no other QtGui class.

#include "projectfile.h"

#include <QObject>
#include <QUndoStack>

namespace Hone {

class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(QObject *parent = nullptr);

    // Creates the folder (if needed) and an empty project in it; fails if one exists there.
    bool create(const QString &directory, QString *error);
    bool load(const QString &directory, QString *error);
    bool save(QString *error = nullptr);

    // The project file of `directory` cannot be read but its backup (the last good version) can.
    static bool hasRestorableBackup(const QString &directory);
    // Puts the backup in place; the unreadable file is kept beside it (its name in *keptAs).
    static bool restoreBackup(const QString &directory, QString *keptAs, QString *error);

    // The folder cannot be written (a read-only mount or share): the project is browsed, and
    // every save fails with a message saying so.
    bool isReadOnly() const { return m_readOnly; }

    bool isOpen() const { return !m_directory.isEmpty(); }
    QString directory() const { return m_directory; }
    QString filePath() const;
    QString absolutePath(const QString &relativePath) const;
    QString relativePath(const QString &absolutePath) const;
    QString runsDirectory() const;
    QString cacheDirectory() const;

    const QVector<ClassInfo> &classes() const { return m_data.classes; }
    const QVector<ImageEntry> &images() const { return m_data.images; }
    const ClassInfo *classById(int id) const;
    int classIndex(int id) const;
    int classIdByName(const QString &name) const;
    int imageIndex(const QString &relativePath) const;
    int nextClassId() const;
    int imageCount(int classId) const;

    QJsonObject trainingDefaults() const { return m_data.training; }
    void setTrainingDefaults(const QJsonObject &training);

    QUndoStack *undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }
    void setAutosave(bool on) { m_autosave = on; }
    QString lastSaveError() const { return m_lastSaveError; }

    // Mutators for the undo commands. Everything else goes through a command.
    void insertImages(int row, const QVector<ImageEntry> &images);
    void removeImages(int row, int count);
    void setLabels(const QVector<int> &rows, const QVector<int> &labels);
    void setSplits(const QVector<int> &rows, const QVector<Split> &splits);
    void setReviewed(const QVector<int> &rows, const QVector<QStringList> &reviewed);
    void insertClass(int index, const ClassInfo &info);
    void removeClass(int index);
    void setClassInfo(int index, const ClassInfo &info);

Q_SIGNALS:
    void reset();
    // The about-to signals come before the change, the others after (for item models).
    void imagesAboutToBeInserted(int first, int last);
    void imagesInserted(int first, int last);
    void imagesAboutToBeRemoved(int first, int last);
    void imagesRemoved(int first, int last);
    void labelsChanged(const QVector<int> &rows);
    void splitsChanged(const QVector<int> &rows);
    void reviewedChanged(const QVector<int> &rows);
    void classesChanged();
    void saveFailed(const QString &message);

private:
    void onIndexChanged();
    void rebuildPathIndex();

    QString m_directory;
    ProjectData m_data;
    QHash<QString, int> m_rowByPath;
    QUndoStack m_undoStack;
    bool m_autosave = true;
    bool m_readOnly = false;
    QString m_lastSaveError;
};

} // namespace Hone
