#pragma once

#include <QStyledItemDelegate>

namespace Hone {

// Draws a grid cell: the thumbnail, the file name, and the label as a coloured tag.
class ImageGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Hone
