#pragma once

// Downloads a weight file into Hone's cache: progress, cancel, SHA-256 verification, and an atomic
// move into place, so a partial, dropped or wrong download never lands in the cache.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Hone {

struct WeightSource
{
    QUrl url;
    // Lower-case hex SHA-256 of the file: all 64 digits, or a prefix of at least 8 (torchvision
    // publishes the first 8 in its file names, and torch.hub checks just those).
    QString sha256;
    qint64 expectedSize = -1;   // bytes, when known; used for progress if the server sends none
    QString fileName;           // name in the cache, e.g. "resnet18-f37072fd.pth"
};

class WeightDownloader : public QObject
{
    Q_OBJECT

public:
    explicit WeightDownloader(QObject *parent = nullptr);
    ~WeightDownloader() override;

    // QStandardPaths::CacheLocation + "/weights", unless HONE_WEIGHTS_CACHE is set.
    static QString defaultCacheDir();
    void setCacheDir(const QString &dir);
    QString cacheDir() const;

    // The cached file for `source`, or an empty string when it is not in the cache.
    QString cachedPath(const WeightSource &source) const;

    void start(const WeightSource &source);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 received, qint64 total);   // total -1 when unknown
    void finished(const QString &path);             // verified and in the cache
    void failed(const QString &message);            // including "cancelled"

private:
    void onReadyRead();
    void onFinished();

    struct Private;
    Private *d;
};

// Blocking download for the command line: runs its own event loop. Returns the cached path.
bool downloadWeights(const WeightSource &source, const QString &cacheDir, QString *path,
                     QString *error, const std::function<void(qint64, qint64)> &progress = {});

} // namespace Hone
