#include "weightdownloader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

namespace Hone {

namespace {

// A stalled server gets this long without a byte before the download gives up.
constexpr int TransferTimeoutMs = 30 * 1000;
constexpr int MinimumHashDigits = 8;

bool isHex(const QString &text)
{
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !letter)
            return false;
    }
    return true;
}

QString resolvedFileName(const WeightSource &source)
{
    return source.fileName.isEmpty() ? source.url.fileName() : source.fileName;
}

// The cache holds plain file names; anything that could point outside it is refused.
bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace

struct WeightDownloader::Private
{
    QNetworkAccessManager *manager = nullptr;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QSaveFile> file;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    QString cacheDir = WeightDownloader::defaultCacheDir();
    WeightSource source;
    QString expectedHash;
    QString finalPath;
    qint64 received = 0;

    qint64 contentLength() const
    {
        if (!reply)
            return -1;
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        return ok ? length : -1;
    }

    qint64 total() const
    {
        const qint64 length = contentLength();
        return length >= 0 ? length : source.expectedSize;
    }

    int httpStatus() const
    {
        return reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }

    // Drops the reply and the unfinished file; the partial bytes never reach the final name.
    void discard()
    {
        if (reply) {
            QObject::disconnect(reply, nullptr, nullptr, nullptr);
            reply->abort();
            reply->deleteLater();
            reply = nullptr;
        }
        if (file) {
            file->cancelWriting();
            file.reset();   // removes the temporary file
        }
    }
};

WeightDownloader::WeightDownloader(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->manager = new QNetworkAccessManager(this);
}

WeightDownloader::~WeightDownloader()
{
    d->discard();
    delete d;
}

QString WeightDownloader::defaultCacheDir()
{
    const QString fromEnvironment = qEnvironmentVariable("HONE_WEIGHTS_CACHE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/weights");
}

void WeightDownloader::setCacheDir(const QString &dir)
{
    d->cacheDir = dir;
}

QString WeightDownloader::cacheDir() const
{
    return d->cacheDir;
}

QString WeightDownloader::cachedPath(const WeightSource &source) const
{
    const QString name = resolvedFileName(source);
    if (!isPlainFileName(name))
        return QString();
    const QString path = QDir(d->cacheDir).filePath(name);
    return QFileInfo(path).isFile() ? path : QString();
}

bool WeightDownloader::isRunning() const
{
    return d->reply != nullptr;
}

void WeightDownloader::start(const WeightSource &source)
{
    if (isRunning())
        cancel();

    d->source = source;
    d->received = 0;
    d->hash.reset();
    d->expectedHash = source.sha256.trimmed().toLower();

    const QString name = resolvedFileName(source);
    if (d->expectedHash.size() < MinimumHashDigits || d->expectedHash.size() > 64
        || !isHex(d->expectedHash)) {
        Q_EMIT failed(tr("Invalid SHA-256 \"%1\" for %2: it needs 8 to 64 hex digits.")
                          .arg(source.sha256, name));
        return;
    }
    if (!isPlainFileName(name)) {
        Q_EMIT failed(tr("Invalid file name \"%1\" for the weights cache.").arg(name));
        return;
    }
    if (!source.url.isValid()) {
        Q_EMIT failed(tr("Invalid download address for %1.").arg(name));
        return;
    }

    const QDir dir(d->cacheDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        Q_EMIT failed(tr("Cannot create the weights cache folder %1.")
                          .arg(QDir::toNativeSeparators(d->cacheDir)));
        return;
    }
    d->finalPath = dir.filePath(name);
    d->file = std::make_unique<QSaveFile>(d->finalPath);
    // Unbuffered, so that every write is checked: Qt 6.4's buffered QSaveFile commits an empty file
    // when flushing fails on a full disk.
    if (!d->file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const QString reason = d->file->errorString();
        d->file.reset();
        Q_EMIT failed(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(d->finalPath), reason));
        return;
    }

    QNetworkRequest request(source.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(TransferTimeoutMs);
    // Content-Length must count the bytes that reach the file, so no transfer compression.
    request.setRawHeader("Accept-Encoding", "identity");

    d->reply = d->manager->get(request);
    connect(d->reply, &QNetworkReply::readyRead, this, &WeightDownloader::onReadyRead);
    connect(d->reply, &QNetworkReply::finished, this, &WeightDownloader::onFinished);
}

void WeightDownloader::cancel()
{
    if (!isRunning())
        return;
    d->discard();
    Q_EMIT failed(tr("Download of %1 cancelled.").arg(resolvedFileName(d->source)));
}

void WeightDownloader::onReadyRead()
{
    const QByteArray chunk = d->reply->readAll();
    // Only a 2xx body is the file; an error page or a redirect body is not. (Status 0: no HTTP.)
    const int status = d->httpStatus();
    if (status != 0 && (status < 200 || status > 299))
        return;
    if (d->file->write(chunk) != chunk.size()) {
        const QString reason = d->file->errorString();
        d->discard();
        Q_EMIT failed(tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(d->finalPath), reason));
        return;
    }
    d->hash.addData(chunk);
    d->received += chunk.size();
    Q_EMIT progress(d->received, d->total());
}

void WeightDownloader::onFinished()
{
    if (d->reply->bytesAvailable() > 0)
        onReadyRead();
    if (!isRunning())
        return;   // a write error already reported

    const QString url = displayUrl(d->reply->url());
    const int status = d->httpStatus();
    const QNetworkReply::NetworkError error = d->reply->error();
    const qint64 length = d->contentLength();
    const qint64 received = d->received;
    QString message;

    if (status != 0 && (status < 200 || status > 299)) {
        const QString reason = d->reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                   .toString();
        message = tr("HTTP %1 %2 from %3").arg(status).arg(reason, url);
    } else if (error == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout aborts the reply behind our back; cancel() disconnects first.
        message = tr("No data from %1 for %2 seconds; the download stopped after %3 bytes.")
                      .arg(url).arg(TransferTimeoutMs / 1000).arg(received);
    } else if (error != QNetworkReply::NoError || (length >= 0 && received < length)) {
        const QString reason = error != QNetworkReply::NoError ? d->reply->errorString()
                                                               : tr("the file is incomplete");
        message = length >= 0
            ? tr("Connection dropped after %1 of %2 bytes from %3 (%4).")
                  .arg(received).arg(length).arg(url, reason)
            : tr("Connection dropped after %1 bytes from %2 (%3).").arg(received).arg(url, reason);
    } else {
        const QString actual = QString::fromLatin1(d->hash.result().toHex());
        if (!actual.startsWith(d->expectedHash)) {
            message = tr("SHA-256 checksum mismatch for %1 from %2: expected %3, got %4.")
                          .arg(resolvedFileName(d->source), url, d->expectedHash, actual);
        }
    }

    if (message.isEmpty() && !d->file->commit()) {
        message = tr("Cannot move the download into %1: %2")
                      .arg(QDir::toNativeSeparators(d->finalPath), d->file->errorString());
    }

    if (message.isEmpty())
        d->file.reset();   // committed: nothing left to remove
    d->discard();
    if (message.isEmpty())
        Q_EMIT finished(d->finalPath);
    else
        Q_EMIT failed(message);
}

bool downloadWeights(const WeightSource &source, const QString &cacheDir, QString *path,
                     QString *error, const std::function<void(qint64, qint64)> &progress)
{
    WeightDownloader downloader;
    if (!cacheDir.isEmpty())
        downloader.setCacheDir(cacheDir);

    const QString cached = downloader.cachedPath(source);
    if (!cached.isEmpty()) {
        if (path)
            *path = cached;
        return true;
    }

    QEventLoop loop;
    bool done = false;
    bool ok = false;
    QObject::connect(&downloader, &WeightDownloader::progress, &loop,
                     [&progress](qint64 received, qint64 total) {
                         if (progress)
                             progress(received, total);
                     });
    QObject::connect(&downloader, &WeightDownloader::finished, &loop,
                     [&](const QString &finalPath) {
                         if (path)
                             *path = finalPath;
                         ok = true;
                         done = true;
                         loop.quit();
                     });
    QObject::connect(&downloader, &WeightDownloader::failed, &loop, [&](const QString &message) {
        if (error)
            *error = message;
        done = true;
        loop.quit();
    });

    downloader.start(source);
    if (!done)   // start() reports a bad source at once
        loop.exec();
    return ok;
}

} // namespace Hone
