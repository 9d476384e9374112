#include "confusionmatrixwidget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Hone {

namespace {
constexpr int Margin = 8;
constexpr int CaptionHeight = 22;
constexpr int AxisTitle = 16;
constexpr int LegendWidth = 56;   // two colour bars and their labels, right of the grid
}

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("confusionMatrix"));
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click a cell to see its images"));
}

void ConfusionMatrixWidget::setClassNames(const QStringList &names)
{
    m_names = names;
    m_counts = QVector<int>(int(names.size() * names.size()), 0);
    update();
}

void ConfusionMatrixWidget::setMatrix(const QVector<int> &counts, const QString &caption)
{
    if (counts.size() != m_names.size() * m_names.size())
        return;
    m_counts = counts;
    m_caption = caption;
    update();
}

void ConfusionMatrixWidget::setShowPercentages(bool on)
{
    m_percentages = on;
    update();
}

void ConfusionMatrixWidget::clear()
{
    m_counts.fill(0);
    m_caption.clear();
    update();
}

int ConfusionMatrixWidget::total() const
{
    int n = 0;
    for (int v : m_counts)
        n += v;
    return n;
}

QFont ConfusionMatrixWidget::labelFont() const
{
    // Class names shrink with the cells (down to 7 px) so that each stays beside its own row.
    QFont f = font();
    const int n = std::max<int>(1, int(m_names.size()));
    const int room = std::min(width() - LegendWidth - 2 * Margin - AxisTitle,
                              height() - CaptionHeight - 2 * Margin - AxisTitle);
    const double cell = room * 0.78 / n;
    if (cell - 1 < QFontInfo(f).pixelSize())
        f.setPixelSize(std::max(7, int(cell - 1)));
    return f;
}

int ConfusionMatrixWidget::labelWidth() const
{
    // Measuring every name is not free, and cellAt() runs on every mouse move: cached per size,
    // names and font.
    const auto key = std::make_tuple(size(), m_names, font());
    if (m_labelWidthCache && m_labelWidthKey == key)
        return *m_labelWidthCache;
    const QFontMetrics metrics(labelFont());
    int width = 0;
    for (const QString &name : m_names)
        width = std::max(width, metrics.horizontalAdvance(name));
    // Many classes: the names give up more room to the grid (and elide).
    const int share = m_names.size() > 12 ? 5 : 4;
    m_labelWidthKey = key;
    m_labelWidthCache = std::min(width + 8, std::max(60, std::min(this->width(), this->height()) / share));
    return *m_labelWidthCache;
}

bool ConfusionMatrixWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Over a cell: its classes, count and row share (the cells of a large matrix have no text).
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [t, c] = cellAt(help->pos());
        if (t >= 0) {
            const int n = int(m_names.size());
            int rowSum = 0;
            for (int i = 0; i < n; ++i)
                rowSum += m_counts.value(t * n + i);
            const int count = m_counts.value(t * n + c);
            QToolTip::showText(help->globalPos(),
                               tr("%1 predicted as %2: %n image(s), %3 % of the class. Click to see them.",
                                  nullptr, count)
                                   .arg(m_names.at(t), m_names.at(c),
                                        QString::number(rowSum > 0 ? qRound(100.0 * count / rowSum) : 0)),
                               this);
            return true;
        }
    }
    return QWidget::event(event);
}

QRect ConfusionMatrixWidget::gridRect() const
{
    const int n = std::max<int>(1, int(m_names.size()));
    const int left = Margin + AxisTitle + labelWidth();
    const int top = Margin + CaptionHeight;
    const int bottom = height() - Margin - AxisTitle - labelWidth();
    const int side = std::max(n, std::min(width() - left - Margin - LegendWidth, bottom - top));
    const int cell = side / n;
    // Centre the grid in the room to its right.
    const int slack = std::max(0, width() - Margin - LegendWidth - left - cell * n);
    return QRect(left + slack / 2, top, cell * n, cell * n);
}

QPair<int, int> ConfusionMatrixWidget::cellAt(const QPoint &pos) const
{
    const QRect grid = gridRect();
    const int n = int(m_names.size());
    if (n == 0 || !grid.contains(pos))
        return {-1, -1};
    const int cell = grid.width() / n;
    return {(pos.y() - grid.top()) / cell, (pos.x() - grid.left()) / cell};
}

void ConfusionMatrixWidget::mousePressEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (cell.first >= 0)
        Q_EMIT cellClicked(cell.first, cell.second);
}

void ConfusionMatrixWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int n = int(m_names.size());
    p.setPen(palette().text().color());
    const QString caption = n == 0 ? tr("The confusion matrix appears after the first validation pass.")
                                   : (m_caption.isEmpty() ? tr("Confusion matrix") : m_caption);
    p.drawText(QRect(Margin, Margin, width() - 2 * Margin, CaptionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               caption);
    if (n == 0)
        return;

    const QRect grid = gridRect();
    const int cell = grid.width() / n;
    QFont small = font();
    small.setPointSizeF(std::max(6.0, std::min(font().pointSizeF(), cell / 3.0)));
    p.setFont(small);
    for (int t = 0; t < n; ++t) {
        int rowSum = 0;
        for (int c = 0; c < n; ++c)
            rowSum += m_counts.value(t * n + c);
        for (int c = 0; c < n; ++c) {
            const int count = m_counts.value(t * n + c);
            const double share = rowSum > 0 ? double(count) / rowSum : 0.0;
            const QRect r(grid.left() + c * cell, grid.top() + t * cell, cell, cell);
            // Diagonal cells in blue, confusions in orange; the share sets the intensity.
            const QColor hue = t == c ? QColor(78, 121, 167) : QColor(225, 87, 89);
            QColor fill = hue;
            fill.setAlphaF(0.08 + 0.92 * share);
            p.fillRect(r, palette().base());
            p.fillRect(r, fill);
            p.setPen(palette().mid().color());
            p.drawRect(r.adjusted(0, 0, -1, -1));
            if (cell >= 18) {
                p.setPen(share > 0.55 ? Qt::white : palette().text().color());
                const QString percent = rowSum > 0 ? QStringLiteral("%1%").arg(qRound(share * 100)) : QStringLiteral("–");
                QString text = m_percentages ? percent : QString::number(count);
                if (cell >= 44 && rowSum > 0)
                    text = m_percentages ? QStringLiteral("%1\n(%2)").arg(percent).arg(count)
                                         : QStringLiteral("%1\n%2").arg(count).arg(percent);
                p.drawText(r, Qt::AlignCenter, text);
            }
        }
    }
    p.setFont(labelFont());
    p.setPen(palette().text().color());
    const int lw = labelWidth();
    for (int i = 0; i < n; ++i) {
        const QString name = p.fontMetrics().elidedText(m_names.at(i), Qt::ElideRight, lw - 6);
        p.drawText(QRect(grid.left() - lw, grid.top() + i * cell, lw - 6, cell),
                   Qt::AlignRight | Qt::AlignVCenter, name);
        p.save();
        p.translate(grid.left() + i * cell + cell / 2, grid.bottom() + 6);
        p.rotate(90);
        p.drawText(QRect(0, -cell / 2, lw - 6, cell), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.restore();
    }
    // Colour scale: the share of the row, for correct (diagonal) and confused cells.
    const QRect bars(grid.right() + 12, grid.top(), 10, grid.height());
    for (int which = 0; which < 2; ++which) {
        const QColor hue = which == 0 ? QColor(78, 121, 167) : QColor(225, 87, 89);
        const QRect bar = bars.translated(which * 12, 0);
        QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
        QColor low = hue;
        low.setAlphaF(0.08);
        gradient.setColorAt(0, low);
        gradient.setColorAt(1, hue);
        p.fillRect(bar, palette().base());
        p.fillRect(bar, gradient);
        p.setPen(palette().mid().color());
        p.drawRect(bar.adjusted(0, 0, -1, -1));
    }
    QFont tiny = font();
    tiny.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.8));
    p.setFont(tiny);
    p.setPen(palette().text().color());
    p.drawText(QPoint(bars.left() + 26, bars.top() + p.fontMetrics().ascent()), QStringLiteral("100%"));
    p.drawText(QPoint(bars.left() + 26, bars.bottom()), QStringLiteral("0%"));

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(grid.left(), grid.bottom() + lw + 4, grid.width(), AxisTitle), Qt::AlignCenter,
               tr("predicted"));
    p.save();
    p.translate(grid.left() - lw - AxisTitle, grid.top() + grid.height() / 2);
    p.rotate(-90);
    p.drawText(QRect(-grid.height() / 2, 0, grid.height(), AxisTitle), Qt::AlignCenter, tr("true class"));
    p.restore();
}

} // namespace Hone
