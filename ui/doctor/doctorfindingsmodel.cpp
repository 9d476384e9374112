#include "doctorfindingsmodel.h"

#include "imagegridmodel.h"
#include "splittext.h"

#include "project/project.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>

#include <algorithm>

namespace Hone {

namespace {

// Top-level indices carry 0, a child carries its parent's row + 1.
constexpr quintptr TopLevel = 0;

// The image-quality checks' names (core/analysis/imagequality.h) are keys in the CLI's JSON too; this
// is how the Doctor's table shows them.
QString issueText(const QString &issue)
{
    if (issue == QLatin1String("dark"))
        return DoctorFindingsModel::tr("dark");
    if (issue == QLatin1String("overexposed"))
        return DoctorFindingsModel::tr("overexposed");
    if (issue == QLatin1String("blurry"))
        return DoctorFindingsModel::tr("blurry");
    if (issue == QLatin1String("low-information"))
        //: an image that is nearly flat: almost one grey level
        return DoctorFindingsModel::tr("low information");
    if (issue == QLatin1String("odd-size"))
        //: an image whose size or aspect ratio is unusual among the dataset's images
        return DoctorFindingsModel::tr("odd size");
    if (issue == QLatin1String("grayscale"))
        return DoctorFindingsModel::tr("grayscale");
    return issue;
}

} // namespace

DoctorFindingsModel::DoctorFindingsModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
    , m_thumbnails(new ImageGridModel(project, this))
{
    m_thumbnailTimer.setSingleShot(true);
    m_thumbnailTimer.setInterval(40);
    connect(&m_thumbnailTimer, &QTimer::timeout, this, [this] {
        const int n = rowCount();
        if (n == 0)
            return;
        Q_EMIT dataChanged(index(0, 0), index(n - 1, 0), {Qt::DecorationRole});
        for (int row = 0; row < n; ++row) {
            const QModelIndex parent = index(row, 0);
            if (const int children = rowCount(parent))
                Q_EMIT dataChanged(index(0, 0, parent), index(children - 1, 0, parent), {Qt::DecorationRole});
        }
    });
    connect(m_thumbnails, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(Qt::DecorationRole))
                    m_thumbnailTimer.start();
            });
    // A new project: the old findings lead nowhere.
    connect(project, &Project::reset, this, [this] { setFindings({}); });
    connect(project, &Project::imagesInserted, this, &DoctorFindingsModel::refresh);
    connect(project, &Project::imagesRemoved, this, &DoctorFindingsModel::refresh);
    connect(project, &Project::labelsChanged, this, &DoctorFindingsModel::refresh);
    connect(project, &Project::splitsChanged, this, &DoctorFindingsModel::refresh);
    connect(project, &Project::reviewedChanged, this, &DoctorFindingsModel::refresh);
    connect(project, &Project::classesChanged, this, &DoctorFindingsModel::refresh);
}

void DoctorFindingsModel::setFindings(const QVector<DoctorFinding> &findings)
{
    m_findings = findings;
    refresh();
}

void DoctorFindingsModel::setKind(FindingKind kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    endResetModel();
}

int DoctorFindingsModel::count(FindingKind kind) const
{
    return kind == FindingKind::Leakage ? m_leaking : int(m_entries[int(kind)].size());
}

bool DoctorFindingsModel::hasChildren(FindingKind kind) const
{
    return kind == FindingKind::Duplicate || kind == FindingKind::Leakage;
}

bool DoctorFindingsModel::entryFor(int finding, Entry *entry) const
{
    const DoctorFinding &f = m_findings[finding];
    entry->finding = finding;
    const QString mark = reviewedMark(f.kind);
    if (f.kind == FindingKind::SmallClass)
        return m_project->classById(f.classId) != nullptr;
    int dismissed = 0;
    QVector<Split> splits;
    for (const QString &path : f.paths) {
        const int row = m_project->imageIndex(path);
        if (row < 0)
            continue;
        const ImageEntry &image = m_project->images().at(row);
        if (!mark.isEmpty() && image.reviewed.contains(mark))
            ++dismissed;
        if (f.kind == FindingKind::Label && image.label != f.given)
            continue;
        entry->paths.append(path);
        splits.append(image.split);
    }
    if (f.kind != FindingKind::Duplicate)
        return entry->paths.size() == 1 && dismissed == 0;
    entry->leaking = spansSplits(splits);
    // Like the scan: a group stays until every image left in it was checked.
    return entry->paths.size() >= 2 && dismissed < entry->paths.size();
}

void DoctorFindingsModel::refresh()
{
    beginResetModel();
    for (auto &entries : m_entries)
        entries.clear();
    m_leaking = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        Entry entry;
        if (!entryFor(i, &entry))
            continue;
        const FindingKind kind = m_findings[i].kind;
        m_entries[int(kind)].append(entry);
        if (kind == FindingKind::Duplicate && m_findings[i].crossSplit)
            m_entries[int(FindingKind::Leakage)].append(entry);
        m_leaking += entry.leaking ? 1 : 0;
    }
    endResetModel();
    Q_EMIT countsChanged();
}

int DoctorFindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const int top = index.internalId() == TopLevel ? index.row() : int(index.internalId()) - 1;
    return m_entries[int(m_kind)].value(top).finding;
}

QModelIndex DoctorFindingsModel::indexOfFinding(int finding) const
{
    const auto &entries = m_entries[int(m_kind)];
    for (int row = 0; row < entries.size(); ++row) {
        if (entries[row].finding == finding)
            return index(row, 0);
    }
    return QModelIndex();
}

int DoctorFindingsModel::imageRowAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const auto &entries = m_entries[int(m_kind)];
    if (index.internalId() != TopLevel) {
        const Entry &entry = entries[int(index.internalId()) - 1];
        return m_project->imageIndex(entry.paths.value(index.row()));
    }
    const Entry &entry = entries[index.row()];
    if (hasChildren(m_kind) || entry.paths.size() != 1)
        return -1;
    return m_project->imageIndex(entry.paths.first());
}

QString DoctorFindingsModel::pathAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return QString();
    const auto &entries = m_entries[int(m_kind)];
    if (index.internalId() != TopLevel)
        return entries[int(index.internalId()) - 1].paths.value(index.row());
    const Entry &entry = entries[index.row()];
    return hasChildren(m_kind) || entry.paths.size() != 1 ? QString() : entry.paths.first();
}

QVector<int> DoctorFindingsModel::findingRows(int finding) const
{
    QVector<int> rows;
    Entry entry;
    if (finding < 0 || finding >= m_findings.size() || !entryFor(finding, &entry))
        return rows;
    for (const QString &path : entry.paths)
        rows.append(m_project->imageIndex(path));
    std::sort(rows.begin(), rows.end());
    return rows;
}

QModelIndex DoctorFindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DoctorFindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return QModelIndex();
    return createIndex(int(child.internalId()) - 1, 0, TopLevel);
}

int DoctorFindingsModel::rowCount(const QModelIndex &parent) const
{
    const auto &entries = m_entries[int(m_kind)];
    if (!parent.isValid())
        return int(entries.size());
    if (parent.internalId() != TopLevel || parent.column() != 0 || !hasChildren(m_kind))
        return 0;
    return int(entries.value(parent.row()).paths.size());
}

int DoctorFindingsModel::columnCount(const QModelIndex &) const
{
    switch (m_kind) {
    case FindingKind::Label:
        return 4;
    case FindingKind::Duplicate:
    case FindingKind::Leakage:
        return 5;
    case FindingKind::SmallClass:
        return 3;
    default:
        return 2;
    }
}

QVariant DoctorFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    QStringList names;
    switch (m_kind) {
    case FindingKind::Label:
        names = {tr("Image"), tr("Given label"), tr("Suggested label"), tr("Label quality")};
        break;
    case FindingKind::Duplicate:
    case FindingKind::Leakage:
        names = {tr("Images"), tr("Kind / label"), tr("Similarity"), tr("Split", "noun: train, val or test"), tr("Leak")};
        break;
    case FindingKind::Quality:
        names = {tr("Image"), tr("Problems")};
        break;
    case FindingKind::Outlier:
        names = {tr("Image"), tr("Outlier score")};
        break;
    case FindingKind::SmallClass:
        names = {tr("Class"), tr("Images"), tr("Effect on training")};
        break;
    case FindingKind::Unreadable:
        names = {tr("Image"), tr("Reason")};
        break;
    }
    return names.value(section);
}

QVariant DoctorFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const auto &entries = m_entries[int(m_kind)];
    if (index.internalId() != TopLevel)
        return childData(entries[int(index.internalId()) - 1], index.row(), index.column(), role);
    return findingData(entries[index.row()], index.column(), role);
}

QVariant DoctorFindingsModel::imageData(const QString &path, int role) const
{
    const int row = m_project->imageIndex(path);
    if (row < 0)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(path).fileName();
    case Qt::ToolTipRole:
        return path;
    case Qt::DecorationRole:
        // An icon, so that the view draws it at its icon size rather than the grid's.
        return QIcon(m_thumbnails->data(m_thumbnails->index(row), Qt::DecorationRole).value<QPixmap>());
    default:
        return QVariant();
    }
}

QString DoctorFindingsModel::className(int classId) const
{
    const ClassInfo *info = m_project->classById(classId);
    return info ? info->name : tr("unlabeled");
}

QString DoctorFindingsModel::splitText(const QString &path) const
{
    const int row = m_project->imageIndex(path);
    const Split split = row >= 0 ? m_project->images().at(row).split : Split::Unassigned;
    return split == Split::Unassigned ? tr("none") : Hone::splitText(split);
}

QVariant DoctorFindingsModel::findingData(const Entry &entry, int column, int role) const
{
    const DoctorFinding &f = m_findings[entry.finding];
    if (column == 0 && f.kind != FindingKind::SmallClass && f.kind != FindingKind::Duplicate)
        return imageData(entry.paths.value(0), role);
    const bool number = (f.kind == FindingKind::Label && column == 3) || (f.kind == FindingKind::Duplicate && column == 2)
        || (f.kind == FindingKind::Outlier && column == 1) || (f.kind == FindingKind::SmallClass && column == 1);
    if (role == Qt::TextAlignmentRole && number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && f.kind == FindingKind::Duplicate && column == 4 && entry.leaking)
        return QBrush(QColor(0xc0, 0x20, 0x20));
    if (role == Qt::ToolTipRole && f.kind == FindingKind::SmallClass)
        return f.text;
    if (role == Qt::DecorationRole && f.kind == FindingKind::Duplicate && column == 0)
        return imageData(entry.paths.value(0), role);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (f.kind) {
    case FindingKind::Label:
        if (column == 1)
            return className(f.given);
        if (column == 2)
            return className(f.suggested);
        return QString::number(f.score, 'f', 3);
    case FindingKind::Duplicate: {
        if (column == 0)
            return f.exact ? tr("Exact duplicates (%n image(s))", nullptr, int(entry.paths.size()))
                           : tr("Near duplicates (%n image(s))", nullptr, int(entry.paths.size()));
        if (column == 1)
            return f.exact ? tr("exact") : tr("near");
        if (column == 2)
            return QString::number(f.similarity, 'f', 3);
        if (column == 3) {
            QStringList splits;
            for (const QString &path : entry.paths) {
                const QString s = splitText(path);
                if (!splits.contains(s))
                    splits.append(s);
            }
            return splits.join(QStringLiteral(", "));
        }
        return entry.leaking ? tr("leak") : f.crossSplit ? tr("no longer leaking") : QString();
    }
    case FindingKind::Quality: {
        QStringList texts;
        for (const QString &issue : f.issues)
            texts.append(issueText(issue));
        //: separates the problems of one image
        return texts.join(tr(", "));
    }
    case FindingKind::Outlier:
        return QString::number(f.score, 'f', 3);
    case FindingKind::SmallClass:
        if (column == 0)
            return className(f.classId);
        if (column == 1)
            return f.images;
        return f.text;
    case FindingKind::Unreadable:
        return f.text;
    case FindingKind::Leakage:
        break;
    }
    return QVariant();
}

QVariant DoctorFindingsModel::childData(const Entry &entry, int child, int column, int role) const
{
    const QString path = entry.paths.value(child);
    if (column == 0)
        return imageData(path, role);
    if (role != Qt::DisplayRole)
        return QVariant();
    if (column == 1) {
        const int row = m_project->imageIndex(path);
        return row >= 0 ? className(m_project->images().at(row).label) : QString();
    }
    return column == 3 ? splitText(path) : QString();
}

} // namespace Hone
