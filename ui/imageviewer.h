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

Q_SIGNALS:
    void imageShown(const QString &path);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsPixmapItem *m_item;
    QString m_path;
    bool m_fitted = true;
};

} // namespace Hone
