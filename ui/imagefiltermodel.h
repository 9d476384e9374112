#pragma once

// Filters the thumbnail grid by class (or unlabeled), split and a file-name search.

#include <QSortFilterProxyModel>

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_class = AnyClass;
    int m_split = AnySplit;
    QString m_search;
};

} // namespace Hone
