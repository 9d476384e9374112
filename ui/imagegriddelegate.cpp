#include "imagegriddelegate.h"

#include "imagegridmodel.h"
#include "splittext.h"

#include <QApplication>
#include <algorithm>
#include <QPainter>

namespace Hone {

namespace {
constexpr int CellSize = 132;
constexpr int TagHeight = 20;
}

QSize ImageGridDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(CellSize, CellSize + TagHeight);
}

void ImageGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    const QRect cell = option.rect.adjusted(3, 3, -3, -3);
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillRect(cell, selected ? option.palette.highlight() : option.palette.base());

    const QPixmap pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    const QRect imageRect(cell.left() + 4, cell.top() + 4, cell.width() - 8, cell.height() - TagHeight - 8);
    if (!pixmap.isNull()) {
        // Scaled to the screen's pixels, not the logical ones: sharp at 200 %.
        const qreal ratio = painter->device()->devicePixelRatioF();
        QPixmap scaled = pixmap.scaled(imageRect.size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(ratio);
        const QSizeF shown = scaled.deviceIndependentSize();
        painter->drawPixmap(QPointF(imageRect.left() + (imageRect.width() - shown.width()) / 2,
                                    imageRect.top() + (imageRect.height() - shown.height()) / 2),
                            scaled);
    }

    const QRect tag(cell.left() + 4, cell.bottom() - TagHeight - 2, cell.width() - 8, TagHeight);
    const QString label = index.data(ImageGridModel::LabelNameRole).toString();
    bool showSplit = true;
    const QColor color = index.data(ImageGridModel::LabelColorRole).value<QColor>();
    if (!label.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(tag, 4, 4);
        painter->setPen(color.lightness() > 150 ? Qt::black : Qt::white);
        painter->drawText(tag.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(label, Qt::ElideRight, tag.width() - 8));
    } else if (const QString suggested = index.data(ImageGridModel::SuggestedNameRole).toString(); !suggested.isEmpty()) {
        // A ghost tag: the suggested class in its colour, faded and dashed, with the confidence.
        const QColor ghost = index.data(ImageGridModel::SuggestedColorRole).value<QColor>();
        QColor fill = ghost;
        fill.setAlpha(60);
        painter->setPen(QPen(ghost, 1.5, Qt::DashLine));
        painter->setBrush(fill);
        painter->drawRoundedRect(tag, 4, 4);
        painter->setPen(option.palette.text().color());
        const QString percent = QStringLiteral(" %1%").arg(qRound(100.0 * index.data(ImageGridModel::SuggestedConfidenceRole).toDouble()));
        QFont italic = painter->font();
        italic.setItalic(true);
        painter->setFont(italic);
        const QFontMetrics metrics = painter->fontMetrics();
        const int room = tag.width() - 12 - metrics.horizontalAdvance(percent + QLatin1Char('?'));
        // The split gives way when the class name would not fit beside it.
        const QString split = splitText(index.data(ImageGridModel::SplitRole).toString());
        const int splitWidth = split.isEmpty() ? 0 : metrics.horizontalAdvance(split) + 6;
        showSplit = metrics.horizontalAdvance(suggested) <= room - splitWidth;
        const QString text = metrics.elidedText(suggested, Qt::ElideRight, std::max(room, 12));
        painter->drawText(tag.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text + QStringLiteral("?") + percent);
        painter->setFont(option.font);
    } else {
        painter->setPen(QPen(option.palette.mid().color(), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tag, 4, 4);
        painter->setPen(option.palette.placeholderText().color());
        painter->drawText(tag, Qt::AlignCenter, tr("unlabeled"));
    }
    const QString split = splitText(index.data(ImageGridModel::SplitRole).toString());
    if (!split.isEmpty() && showSplit) {
        painter->setPen(option.palette.placeholderText().color());
        painter->drawText(tag.adjusted(0, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, split);
    }
    painter->restore();
}

} // namespace Hone
