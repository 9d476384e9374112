#include "reliabilitydiagram.h"

#include <QPainter>
#include <QCoreApplication>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Hone {

ReliabilityData ReliabilityData::fromProbabilities(const QVector<float> &probabilities, int classes,
                                                   const QVector<int> &labels, double temperature)
{
    ReliabilityData data;
    if (classes < 2 || probabilities.size() < labels.size() * classes)
        return data;
    // Softmax probabilities back to log space, where the temperature divides.
    std::vector<float> logits(size_t(labels.size()) * size_t(classes));
    for (size_t i = 0; i < logits.size(); ++i)
        logits[i] = std::log(std::max(probabilities.at(int(i)), 1e-30f));
    data.images = int(labels.size());
    data.temperature = temperature;
    data.before = reliabilityBins(logits, classes, labels, 1.0);
    data.after = reliabilityBins(logits, classes, labels, temperature);
    data.eceBefore = expectedCalibrationError(data.before);
    data.eceAfter = expectedCalibrationError(data.after);
    return data;
}

ReliabilityDiagram::ReliabilityDiagram(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(tr("Per confidence bin: the share of right answers against the mean confidence. Bars below the "
                  "diagonal are over-confident. Grey: the model's own softmax; blue: after temperature scaling."));
}

void ReliabilityDiagram::setData(const ReliabilityData &data)
{
    m_data = data;
    update();
}

void ReliabilityDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, rect(), m_data, palette());
}

void ReliabilityDiagram::paint(QPainter &painter, const QRect &rect, const ReliabilityData &data, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(painter.font());
    const int line = fm.height();
    const QColor text = palette.color(QPalette::WindowText);
    painter.setPen(text);
    if (data.isEmpty()) {
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                         QCoreApplication::translate("ReliabilityDiagram", "Calibration: evaluate a run to see it."));
        painter.restore();
        return;
    }
    const QString heading = QCoreApplication::translate("ReliabilityDiagram",
                                                        "Calibration on %1 images: ECE %2 % → %3 % (T = %4)")
                                .arg(data.images)
                                .arg(data.eceBefore * 100.0, 0, 'f', 1)
                                .arg(data.eceAfter * 100.0, 0, 'f', 1)
                                .arg(data.temperature, 0, 'f', 2)
        + (data.note.isEmpty() ? QString() : QStringLiteral("\n") + data.note);
    // As tall as the wrapped text needs, so that it never runs into the plot.
    const QRect title = fm.boundingRect(QRect(rect.left(), rect.top(), rect.width(), rect.height()),
                                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, heading);
    painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title.height()),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, heading);
    const int axisLabel = fm.horizontalAdvance(QStringLiteral("100 %")) + 6;
    QRect plot(rect.left() + axisLabel, title.bottom() + line / 2 + 4, rect.width() - axisLabel - axisLabel / 2 - 4,
               rect.height() - title.height() - line / 2 - 2 * line - 12);
    if (plot.width() < 40 || plot.height() < 40) {
        painter.restore();
        return;
    }
    const auto x = [&](double v) { return plot.left() + v * plot.width(); };
    const auto y = [&](double v) { return plot.bottom() - v * plot.height(); };
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawRect(plot);
    for (double t : {0.25, 0.5, 0.75}) {
        painter.setPen(QPen(palette.color(QPalette::Midlight), 1, Qt::DotLine));
        painter.drawLine(QPointF(x(t), plot.top()), QPointF(x(t), plot.bottom()));
        painter.drawLine(QPointF(plot.left(), y(t)), QPointF(plot.right(), y(t)));
    }
    // Two bars per bin: before (grey) and after (blue), side by side.
    const auto bars = [&](const QVector<ReliabilityBin> &bins, const QColor &color, double offset) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        for (const ReliabilityBin &b : bins) {
            if (b.count == 0)
                continue;
            const double width = (b.upper - b.lower) / 2.0;
            const QRectF bar(QPointF(x(b.lower + offset * width) + 1, y(b.accuracy)),
                             QPointF(x(b.lower + (offset + 1.0) * width) - 1, y(0.0)));
            painter.drawRect(bar);
        }
    };
    bars(data.before, QColor(150, 150, 150, 200), 0.0);
    bars(data.after, QColor(78, 121, 167, 220), 1.0);
    painter.setPen(QPen(QColor(225, 87, 89), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x(0), y(0)), QPointF(x(1), y(1)));
    painter.setPen(text);
    for (double t : {0.0, 0.5, 1.0}) {
        const QString label = QStringLiteral("%1 %").arg(int(t * 100));
        painter.drawText(QRectF(rect.left(), y(t) - line / 2.0, axisLabel - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                         label);
        painter.drawText(QRectF(x(t) - 30, plot.bottom() + 2, 60, line), Qt::AlignCenter, label);
    }
    const QString caption = QCoreApplication::translate("ReliabilityDiagram",
                                                        "confidence · share right: grey before, blue after");
    painter.drawText(QRect(rect.left(), plot.bottom() + line + 4, rect.width(), line), Qt::AlignCenter,
                     fm.elidedText(caption, Qt::ElideRight, rect.width()));
    painter.restore();
}

} // namespace Hone
