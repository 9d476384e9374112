#pragma once

// The large view of the current image: wheel to zoom (around the mouse), drag to pan,
// double-click to fit. Images decode off the UI thread.

#include <QGraphicsView>

class QGraphicsPixmapItem;

namespace Hone {

class ImageViewer : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ImageViewer(QWidget *parent = nullptr);

    // Shows the image file; an empty path clears the view.
    void showImage(const QString &path);
    void setImage(const QImage &image);
    double zoom() const { return transform().m11(); }
    void zoomBy(double factor);
    void fit();
    // A ghost tag over the image's top-left corner ("bag? 87 %"); empty text: none.
    void setSuggestion(const QString &text, const QColor &color);
    QString suggestionText() const { return m_suggestion; }

Q_SIGNALS:
    void imageShown(const QString &path);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QGraphicsPixmapItem *m_item;
    QString m_path;
    bool m_fitted = true;
    QString m_suggestion;
    QColor m_suggestionColor;
};

} // namespace Hone
