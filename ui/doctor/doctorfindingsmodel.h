#pragma once

// The findings of the last data-doctor scan, one kind at a time, as a tree: one top-level row per
// finding, and for duplicate groups one child per image. The model follows the project live: a
// label issue leaves when the image's label is no longer the one the scan questioned or when it is
// marked checked; a removed image leaves every finding; a duplicate group with fewer than two
// images left goes; undo brings them back. It never edits the project.

#include "doctorfindings.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace Hone {

class ImageGridModel;
class Project;

class DoctorFindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit DoctorFindingsModel(Project *project, QObject *parent = nullptr);

    void setFindings(const QVector<DoctorFinding> &findings);
    const QVector<DoctorFinding> &findings() const { return m_findings; }
    void setKind(FindingKind kind);
    FindingKind kind() const { return m_kind; }
    // What the list of kinds shows: the findings still open (for leakage, the groups still leaking).
    int count(FindingKind kind) const;

    // The finding (an index into findings()) that an index belongs to, or −1.
    int findingAt(const QModelIndex &index) const;
    QModelIndex indexOfFinding(int finding) const;
    // A child's or a one-image finding's image as a project row; −1 for a group or a class.
    int imageRowAt(const QModelIndex &index) const;
    // The image path (project-relative) of a child or a one-image finding, without looking it up.
    QString pathAt(const QModelIndex &index) const;
    // The images a finding still has, as project rows (a group's remaining members).
    QVector<int> findingRows(int finding) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    struct Entry
    {
        int finding = -1;
        QStringList paths;      // the images still in the project (and not dismissed)
        bool leaking = false;
    };

    void refresh();
    bool entryFor(int finding, Entry *entry) const;
    bool hasChildren(FindingKind kind) const;
    QVariant imageData(const QString &path, int role) const;
    QVariant findingData(const Entry &entry, int column, int role) const;
    QVariant childData(const Entry &entry, int child, int column, int role) const;
    QString className(int classId) const;
    QString splitText(const QString &path) const;

    Project *m_project;
    ImageGridModel *m_thumbnails;
    QVector<DoctorFinding> m_findings;
    QVector<Entry> m_entries[FindingKindCount];
    int m_leaking = 0;
    FindingKind m_kind = FindingKind::Label;
    QTimer m_thumbnailTimer;   // coalesces thumbnail arrivals into one repaint
};

} // namespace Hone
