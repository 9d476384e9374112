#include "imagefiltermodel.h"

#include "imagegridmodel.h"

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
    return m_class != AnyClass || m_split != AnySplit || !m_search.isEmpty();
}

bool ImageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_class != AnyClass && index.data(ImageGridModel::LabelIdRole).toInt() != m_class)
        return false;
    if (m_split != AnySplit && index.data(ImageGridModel::SplitIdRole).toInt() != m_split)
        return false;
    return m_search.isEmpty()
        || index.data(ImageGridModel::PathRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace Hone
