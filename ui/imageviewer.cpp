#include "imageviewer.h"

#include "imaging/thumbnails.h"
#include "util/failure.h"

#include <QFutureWatcher>
#include <QGraphicsPixmapItem>
#include <QPainter>
#include <QPointer>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

ImageViewer::ImageViewer(QWidget *parent)
    : QGraphicsView(parent)
    , m_item(new QGraphicsPixmapItem)
{
    setObjectName(QStringLiteral("imageViewer"));
    setScene(new QGraphicsScene(this));
    scene()->addItem(m_item);
    m_item->setTransformationMode(Qt::SmoothTransformation);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0x30, 0x30, 0x30));
    setMinimumWidth(200);
}

void ImageViewer::showImage(const QString &path)
{
    m_path = path;
    if (path.isEmpty()) {
        setImage(QImage());
        return;
    }
    QPointer<ImageViewer> self(this);
    // Never throws: a continuation is skipped when its task threw.
    auto future = QtConcurrent::run([path]() {
        QImage image;
        QString error;
        catchAll([&] {
            QByteArray rgb;
            int w = 0, h = 0;
            if (loadRgbImage(path, &rgb, &w, &h, &error))
                image = QImage(reinterpret_cast<const uchar *>(rgb.constData()), w, h, 3 * w,
                               QImage::Format_RGB888).copy();
            return true;
        }, &error);
        return image;
    });
    future.then(this, [self, path](const QImage &image) {
        if (self && self->m_path == path) {   // a later request wins
            self->setImage(image);
            Q_EMIT self->imageShown(path);
        }
    });
}

void ImageViewer::setImage(const QImage &image)
{
    m_item->setPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(m_item->boundingRect());
    fit();
}

void ImageViewer::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.02, 64.0);
    scale(next / zoom(), next / zoom());
    m_fitted = false;
}

void ImageViewer::fit()
{
    if (m_item->pixmap().isNull())
        return;
    resetTransform();
    fitInView(m_item, Qt::KeepAspectRatio);
    m_fitted = true;
}

void ImageViewer::setSuggestion(const QString &text, const QColor &color)
{
    if (text == m_suggestion && color == m_suggestionColor)
        return;
    m_suggestion = text;
    m_suggestionColor = color;
    viewport()->update();
}

void ImageViewer::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_suggestion.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    QFont font = painter->font();
    font.setItalic(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRect box(10, 10, metrics.horizontalAdvance(m_suggestion) + 20, metrics.height() + 10);
    QColor fill = m_suggestionColor;
    fill.setAlpha(150);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_suggestionColor.lighter(130), 2, Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 6, 6);
    painter->setPen(Qt::white);
    painter->drawText(box, Qt::AlignCenter, m_suggestion);
    painter->restore();
}

void ImageViewer::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void ImageViewer::mouseDoubleClickEvent(QMouseEvent *)
{
    fit();
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fit();
}

} // namespace Hone
