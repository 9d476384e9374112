#include "imagefiltermodel.h"

#include "imagegridmodel.h"

#include <climits>

namespace Hone {

void ImageFilterModel::setClassFilter(int classId)
{
    m_class = classId;
    invalidateFilter();
}

void ImageFilterModel::setSplitFilter(int split)
{
    m_split = split;
    invalidateFilter();
}

void ImageFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool ImageFilterModel::isFiltering() const
{
    return m_class != AnyClass || m_split != AnySplit || !m_search.isEmpty() || m_queueMode;
}

void ImageFilterModel::setQueue(const QVector<int> &rows)
{
    m_queuePosition.clear();
    for (int i = 0; i < rows.size(); ++i)
        m_queuePosition.insert(rows[i], i);
    if (m_queueMode)
        invalidate();
}

void ImageFilterModel::setQueueMode(bool on)
{
    if (m_queueMode == on)
        return;
    m_queueMode = on;
    invalidate();
    sort(on ? 0 : -1);
}

bool ImageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_queueMode)
        return left.row() < right.row();
    return m_queuePosition.value(left.row(), INT_MAX) < m_queuePosition.value(right.row(), INT_MAX);
}

bool ImageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_queueMode && (!m_queuePosition.contains(sourceRow) || index.data(ImageGridModel::LabelIdRole).toInt() >= 0))
        return false;
    if (m_class != AnyClass && index.data(ImageGridModel::LabelIdRole).toInt() != m_class)
        return false;
    if (m_split != AnySplit && index.data(ImageGridModel::SplitIdRole).toInt() != m_split)
        return false;
    return m_search.isEmpty()
        || index.data(ImageGridModel::PathRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace Hone
