#pragma once

// A camera's frames for the Use workspace, through Qt Multimedia when Hone is built with it
// (HONE_HAVE_CAMERA); without it, or without any camera, there are no devices. The camera sends
// frames at its own pace; only the latest is kept, and it becomes a QImage only when taken, so a
// busy model skips frames instead of queueing them.

#include <QImage>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Hone {

class CameraFeed : public QObject
{
    Q_OBJECT

public:
    explicit CameraFeed(QObject *parent = nullptr);
    ~CameraFeed() override;

    // The cameras present now, by description; empty without Qt Multimedia.
    static QStringList deviceNames();

    bool start(int device, QString *error);
    void stop();
    bool isActive() const;
    // A frame has come since the last takeFrame().
    bool hasFrame() const;
    // The latest frame as an image (null when none has come since the last call).
    QImage takeFrame();

Q_SIGNALS:
    // A new frame waits; sent once until it is taken.
    void frameArrived();
    void failed(const QString &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Hone
