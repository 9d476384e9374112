#include "camerafeed.h"

#ifdef HONE_HAVE_CAMERA
#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>
#endif

namespace Hone {

struct CameraFeed::Private
{
#ifdef HONE_HAVE_CAMERA
    std::unique_ptr<QCamera> camera;
    QMediaCaptureSession session;
    QVideoSink sink;
    QVideoFrame latest;
#endif
    bool fresh = false;
};

CameraFeed::CameraFeed(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
#ifdef HONE_HAVE_CAMERA
    d->session.setVideoSink(&d->sink);
    // The sink may report from a capture thread; the context object queues it to this one.
    connect(&d->sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (!d->camera || !frame.isValid())
            return;
        d->latest = frame;   // a shared handle: keeping it copies no pixels
        if (!d->fresh) {
            d->fresh = true;
            Q_EMIT frameArrived();
        }
    });
#endif
}

CameraFeed::~CameraFeed()
{
    stop();
}

QStringList CameraFeed::deviceNames()
{
    QStringList names;
#ifdef HONE_HAVE_CAMERA
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : devices)
        names.append(device.description());
#endif
    return names;
}

bool CameraFeed::start(int device, QString *error)
{
    stop();
#ifdef HONE_HAVE_CAMERA
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (device < 0 || device >= devices.size()) {
        *error = tr("The camera is no longer connected.");
        return false;
    }
    d->camera = std::make_unique<QCamera>(devices.at(device));
    connect(d->camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        stop();
        Q_EMIT failed(message);
    });
    d->session.setCamera(d->camera.get());
    d->camera->start();
    return true;
#else
    Q_UNUSED(device);
    *error = tr("This build of Hone has no camera support.");
    return false;
#endif
}

void CameraFeed::stop()
{
#ifdef HONE_HAVE_CAMERA
    if (d->camera) {
        d->camera->stop();
        d->session.setCamera(nullptr);
        d->camera.reset();
    }
    d->latest = QVideoFrame();
#endif
    d->fresh = false;
}

bool CameraFeed::isActive() const
{
#ifdef HONE_HAVE_CAMERA
    return d->camera && d->camera->isActive();
#else
    return false;
#endif
}

bool CameraFeed::hasFrame() const
{
    return d->fresh;
}

QImage CameraFeed::takeFrame()
{
    if (!d->fresh)
        return QImage();
    d->fresh = false;
#ifdef HONE_HAVE_CAMERA
    return d->latest.toImage();
#else
    return QImage();
#endif
}

} // namespace Hone
