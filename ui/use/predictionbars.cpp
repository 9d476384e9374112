#include "predictionbars.h"

#include "inference/predictor.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace Hone {

PredictionBars::PredictionBars(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("predictionBars"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QVector<PredictionBars::Row> PredictionBars::topClasses(const Prediction &prediction, const QStringList &classNames,
                                                        int k)
{
    QVector<int> order(prediction.probabilities.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return prediction.probabilities.at(a) > prediction.probabilities.at(b);
    });
    QVector<Row> rows;
    for (int i = 0; i < std::min<int>(k, order.size()); ++i)
        rows.append({classNames.value(order.at(i)), double(prediction.probabilities.at(order.at(i)))});
    return rows;
}

QString PredictionBars::percent(double probability)
{
    const int p = qRound(probability * 100);
    if (p == 0 && probability > 0)
        return tr("<1 %");
    if (p == 100 && probability < 1)
        return tr(">99 %");   // never "100 %" for what is not certain
    return tr("%1 %").arg(p);
}

void PredictionBars::setRows(const QVector<Row> &rows, bool known)
{
    m_rows = rows;
    m_known = known;
    updateGeometry();
    update();
}

int PredictionBars::rowHeight() const
{
    return fontMetrics().height() * 2;
}

QSize PredictionBars::sizeHint() const
{
    return QSize(360, std::max(1, int(m_rows.size())) * rowHeight());
}

QSize PredictionBars::minimumSizeHint() const
{
    return QSize(200, std::max(1, int(m_rows.size())) * rowHeight());
}

void PredictionBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int h = rowHeight();
    const int percentWidth = metrics.horizontalAdvance(QStringLiteral(">99 %")) + 8;
    QFont bold = font();
    bold.setBold(true);   // the best class's name is bold: measured so
    const QFontMetrics boldMetrics(bold);
    int nameWidth = 0;
    for (const Row &row : m_rows)
        nameWidth = std::max(nameWidth, boldMetrics.horizontalAdvance(row.name));
    nameWidth = std::min(nameWidth + 12, width() * 2 / 5);
    const int barLeft = nameWidth;
    const int barWidth = std::max(10, width() - nameWidth - percentWidth);
    const QColor track = palette().color(QPalette::Midlight);
    const QColor best = m_known ? palette().color(QPalette::Highlight) : QColor(0xb0, 0x84, 0x30);
    const QColor other = palette().color(QPalette::Mid);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const int top = i * h;
        const QRect nameRect(0, top, nameWidth - 8, h);
        painter.setFont(i == 0 ? bold : font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                         (i == 0 ? boldMetrics : metrics).elidedText(row.name, Qt::ElideRight, nameRect.width()));
        const QRectF barRect(barLeft, top + h * 0.25, barWidth, h * 0.5);
        QPainterPath trackPath;
        trackPath.addRoundedRect(barRect, 3, 3);
        painter.fillPath(trackPath, track);
        const double filled = std::clamp(row.probability, 0.0, 1.0) * barRect.width();
        if (filled > 0.5) {
            QPainterPath fill;
            fill.addRoundedRect(QRectF(barRect.left(), barRect.top(), filled, barRect.height()), 3, 3);
            painter.fillPath(fill, i == 0 ? best : other);
        }
        painter.drawText(QRect(barLeft + barWidth, top, percentWidth, h), Qt::AlignVCenter | Qt::AlignRight,
                         percent(row.probability));
    }
}

} // namespace Hone
