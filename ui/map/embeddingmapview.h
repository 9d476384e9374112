#pragma once

// A scatter of many points (the dataset's map) that stays fluid at tens of thousands: the points
// are drawn once into an image whenever they, their colours, the zoom or the size change, and
// each repaint only blits that image and draws the lasso, the selection and the hovered point.
//
// Mouse: drag with the left button draws a lasso that selects the points inside (Shift adds,
// Ctrl removes); a click on a point activates it; the wheel zooms around the cursor; the right or
// middle button pans; a double click on empty space shows everything. Keys 1–9 and 0 ask for the
// selection's label (the workspace decides what that means).

#include <QColor>
#include <QImage>
#include <QPolygonF>
#include <QSet>
#include <QVector>
#include <QWidget>

namespace Hone {

class EmbeddingMapView : public QWidget
{
    Q_OBJECT

public:
    explicit EmbeddingMapView(QWidget *parent = nullptr);

    // Positions in map coordinates with an id per point (a project row) and a colour each.
    void setPoints(const QVector<QPointF> &positions, const QVector<int> &ids);
    void setColors(const QVector<QColor> &colors);
    // Points drawn with a ring (e.g. the doctor's findings), by id.
    void setMarked(const QSet<int> &ids);
    int pointCount() const { return m_positions.size(); }

    QVector<int> selection() const;
    void setSelection(const QVector<int> &ids);
    // Selects the points inside a polygon in widget coordinates, as a lasso does.
    void selectInside(const QPolygonF &polygon, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // The widget position of a point (by index into the positions), for tests and hovering.
    QPointF widgetPosition(int index) const;
    // The id of the point under a widget position (within a few pixels), or −1.
    int idAt(const QPointF &position) const;
    void resetView();

Q_SIGNALS:
    void selectionChanged(int count);
    void pointActivated(int id);
    void pointHovered(int id, const QPoint &globalPosition);   // id −1: none
    void labelRequested(int key);                              // 0–9

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    int nearestIndex(const QPointF &position, double radius) const;
    void invalidate();
    void render();
    float pointRadius() const;

    QVector<QPointF> m_positions;
    QVector<int> m_ids;
    QVector<QColor> m_colors;
    QSet<int> m_marked;
    QVector<bool> m_selected;
    int m_selectedCount = 0;
    QRectF m_bounds;
    // View: widget = (map − m_centre) · m_scale (y up) + the widget's centre.
    QPointF m_centre;
    double m_scale = 1.0;
    QImage m_cache;
    bool m_dirty = true;
    QPolygonF m_lasso;
    bool m_lassoActive = false;
    QPoint m_pressPosition;
    QPoint m_panFrom;
    bool m_panning = false;
    int m_hovered = -1;
};

} // namespace Hone
