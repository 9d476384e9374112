#pragma once

// Filters the thumbnail grid by class (or unlabeled), split and a file-name search; in "Label
// next" mode it shows the unlabelled images of the assistant's queue, in the queue's order.

#include <QHash>
#include <QSortFilterProxyModel>
#include <QVector>

namespace Hone {

class ImageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int AnyClass = -2;   // class filter values: AnyClass, -1 unlabeled, a class id
    static constexpr int AnySplit = -1;   // split filter values: AnySplit or int(Split)

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setClassFilter(int classId);
    void setSplitFilter(int split);
    void setSearch(const QString &text);
    bool isFiltering() const;
    // Project rows, most useful to label first; shown alone (and in this order) while queue mode is on.
    void setQueue(const QVector<int> &rows);
    void setQueueMode(bool on);
    bool queueMode() const { return m_queueMode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_class = AnyClass;
    int m_split = AnySplit;
    QString m_search;
    bool m_queueMode = false;
    QHash<int, int> m_queuePosition;   // project row → place in the queue
};

} // namespace Hone
