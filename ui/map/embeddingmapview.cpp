#include "embeddingmapview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Hone {

namespace {
constexpr double HitRadius = 6.0;
constexpr int Margin = 16;
}

EmbeddingMapView::EmbeddingMapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("embeddingMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(300, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void EmbeddingMapView::setPoints(const QVector<QPointF> &positions, const QVector<int> &ids)
{
    m_positions = positions;
    m_ids = ids;
    m_colors = QVector<QColor>(positions.size(), QColor(150, 150, 150));
    m_selected = QVector<bool>(positions.size(), false);
    m_selectedCount = 0;
    m_hovered = -1;
    m_bounds = QRectF();
    for (const QPointF &p : positions)
        m_bounds = m_bounds.isNull() ? QRectF(p, QSizeF(1e-6, 1e-6)) : m_bounds.united(QRectF(p, QSizeF(1e-6, 1e-6)));
    resetView();
    Q_EMIT selectionChanged(0);
}

void EmbeddingMapView::setColors(const QVector<QColor> &colors)
{
    if (colors.size() != m_positions.size())
        return;
    m_colors = colors;
    invalidate();
}

void EmbeddingMapView::setMarked(const QSet<int> &ids)
{
    m_marked = ids;
    invalidate();
}

QVector<int> EmbeddingMapView::selection() const
{
    QVector<int> ids;
    for (int i = 0; i < m_selected.size(); ++i) {
        if (m_selected[i])
            ids.append(m_ids[i]);
    }
    return ids;
}

void EmbeddingMapView::setSelection(const QVector<int> &ids)
{
    const QSet<int> wanted(ids.begin(), ids.end());
    m_selectedCount = 0;
    for (int i = 0; i < m_selected.size(); ++i) {
        m_selected[i] = wanted.contains(m_ids[i]);
        m_selectedCount += m_selected[i];
    }
    update();
    Q_EMIT selectionChanged(m_selectedCount);
}

void EmbeddingMapView::selectInside(const QPolygonF &polygon, Qt::KeyboardModifiers modifiers)
{
    const bool add = modifiers & Qt::ShiftModifier;
    const bool remove = modifiers & Qt::ControlModifier;
    const QRectF box = polygon.boundingRect();
    m_selectedCount = 0;
    for (int i = 0; i < m_positions.size(); ++i) {
        const QPointF p = widgetPosition(i);
        const bool inside = box.contains(p) && polygon.containsPoint(p, Qt::OddEvenFill);
        if (remove)
            m_selected[i] = m_selected[i] && !inside;
        else if (add)
            m_selected[i] = m_selected[i] || inside;
        else
            m_selected[i] = inside;
        m_selectedCount += m_selected[i];
    }
    update();
    Q_EMIT selectionChanged(m_selectedCount);
}

QPointF EmbeddingMapView::widgetPosition(int index) const
{
    const QPointF &p = m_positions[index];
    return QPointF((p.x() - m_centre.x()) * m_scale + width() / 2.0, -(p.y() - m_centre.y()) * m_scale + height() / 2.0);
}

int EmbeddingMapView::nearestIndex(const QPointF &position, double radius) const
{
    int best = -1;
    double bestDistance = radius * radius;
    for (int i = 0; i < m_positions.size(); ++i) {
        const QPointF d = widgetPosition(i) - position;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

int EmbeddingMapView::idAt(const QPointF &position) const
{
    const int i = nearestIndex(position, HitRadius);
    return i >= 0 ? m_ids[i] : -1;
}

void EmbeddingMapView::resetView()
{
    m_centre = m_bounds.isNull() ? QPointF() : m_bounds.center();
    const double w = std::max(1e-6, m_bounds.width()), h = std::max(1e-6, m_bounds.height());
    m_scale = std::max(1e-6, std::min((width() - 2.0 * Margin) / w, (height() - 2.0 * Margin) / h));
    invalidate();
}

void EmbeddingMapView::invalidate()
{
    m_dirty = true;
    update();
}

float EmbeddingMapView::pointRadius() const
{
    const int n = m_positions.size();
    return n > 5000 ? 2.2f : n > 1000 ? 3.0f : 4.5f;
}

void EmbeddingMapView::render()
{
    const qreal ratio = devicePixelRatioF();
    m_cache = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(palette().base().color());
    QPainter painter(&m_cache);
    painter.setRenderHint(QPainter::Antialiasing);
    const float r = pointRadius();
    // Grey (unlabelled) points first, so coloured ones stay visible on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_positions.size(); ++i) {
            const QColor &c = m_colors[i];
            const bool grey = c.saturation() < 30;
            if ((pass == 0) != grey)
                continue;
            const QPointF p = widgetPosition(i);
            if (p.x() < -r || p.y() < -r || p.x() > width() + r || p.y() > height() + r)
                continue;
            painter.setPen(Qt::NoPen);
            painter.setBrush(c);
            painter.drawEllipse(p, r, r);
        }
    }
    if (!m_marked.isEmpty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(200, 0, 0), 1.5));
        for (int i = 0; i < m_positions.size(); ++i) {
            if (m_marked.contains(m_ids[i]))
                painter.drawEllipse(widgetPosition(i), r + 3, r + 3);
        }
    }
    m_dirty = false;
}

void EmbeddingMapView::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_cache.size() != size() * devicePixelRatioF())
        render();
    QPainter painter(this);
    painter.drawImage(0, 0, m_cache);
    painter.setRenderHint(QPainter::Antialiasing);
    const float r = pointRadius();
    if (m_selectedCount > 0) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().highlight().color(), 2));
        for (int i = 0; i < m_positions.size(); ++i) {
            if (m_selected[i])
                painter.drawEllipse(widgetPosition(i), r + 1.5, r + 1.5);
        }
    }
    if (m_hovered >= 0 && m_hovered < m_positions.size()) {
        painter.setPen(QPen(palette().text().color(), 2));
        painter.setBrush(m_colors[m_hovered]);
        painter.drawEllipse(widgetPosition(m_hovered), r + 3, r + 3);
    }
    if (m_lassoActive && m_lasso.size() > 1) {
        QColor fill = palette().highlight().color();
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.setPen(QPen(palette().highlight().color(), 1.5, Qt::DashLine));
        painter.drawPolygon(m_lasso);
    }
    if (m_positions.isEmpty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No map yet"));
    }
}

void EmbeddingMapView::resizeEvent(QResizeEvent *)
{
    resetView();
}

void EmbeddingMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    if (event->button() == Qt::LeftButton) {
        m_lassoActive = true;
        m_lasso = QPolygonF({event->position()});
    } else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
    }
}

void EmbeddingMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_lassoActive) {
        m_lasso.append(event->position());
        update();
        return;
    }
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        m_centre -= QPointF(delta.x() / m_scale, -delta.y() / m_scale);
        invalidate();
        return;
    }
    const int hovered = nearestIndex(event->position(), HitRadius);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
        Q_EMIT pointHovered(hovered >= 0 ? m_ids[hovered] : -1, event->globalPosition().toPoint());
    }
}

void EmbeddingMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_lassoActive && event->button() == Qt::LeftButton) {
        m_lassoActive = false;
        const bool click = (event->position().toPoint() - m_pressPosition).manhattanLength() < 4;
        if (click) {
            const int i = nearestIndex(event->position(), HitRadius);
            if (i >= 0)
                Q_EMIT pointActivated(m_ids[i]);
        } else if (m_lasso.size() >= 3) {
            selectInside(m_lasso, event->modifiers());
        }
        m_lasso.clear();
        update();
    }
    m_panning = false;
}

void EmbeddingMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (nearestIndex(event->position(), HitRadius) < 0)
        resetView();
}

void EmbeddingMapView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const QPointF at = event->position();
    // Keep the map point under the cursor where it is.
    const QPointF before((at.x() - width() / 2.0) / m_scale + m_centre.x(), -(at.y() - height() / 2.0) / m_scale + m_centre.y());
    m_scale = std::clamp(m_scale * factor, 1e-6, 1e9);
    m_centre = QPointF(before.x() - (at.x() - width() / 2.0) / m_scale, before.y() + (at.y() - height() / 2.0) / m_scale);
    invalidate();
    event->accept();
}

void EmbeddingMapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9 && !(event->modifiers() & Qt::ControlModifier)) {
        Q_EMIT labelRequested(event->key() - Qt::Key_0);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        setSelection({});
        return;
    }
    QWidget::keyPressEvent(event);
}

void EmbeddingMapView::leaveEvent(QEvent *)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
        Q_EMIT pointHovered(-1, QPoint());
    }
}

} // namespace Hone
