// WeightDownloader against a small HTTP server inside the test (127.0.0.1 only): the file lands
// only when complete and verified; drops, errors, mismatches and cancels leave the cache as it was.

#include "zoo/weightdownloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Hone;

namespace {

constexpr int Timeout = 8000;   // ms, per wait
constexpr int ChunkSize = 48 * 1024;

QByteArray makePayload(int size)
{
    // Deterministic, and no run of equal bytes that a shifted or truncated copy could match.
    QByteArray data(size, Qt::Uninitialized);
    quint32 state = 0x2545f491u;
    for (int i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u;
        data[i] = char(state >> 24);
    }
    return data;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// Everything in the folder, hidden files included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot, QDir::Name);
}

void whenFlushed(QTcpSocket *socket, const std::function<void()> &action)
{
    if (socket->bytesToWrite() == 0) {
        action();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                                   [socket, action, connection](qint64) {
                                       if (socket->bytesToWrite() > 0)
                                           return;
                                       QObject::disconnect(*connection);
                                       action();
                                   });
}

} // namespace

class TestDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void success();
    void prefixHash();
    void checksumMismatch_data();
    void checksumMismatch();
    void droppedConnection_data();
    void droppedConnection();
    void http404();
    void cancel();
    void redirect();
    void failureKeepsCachedFile_data();
    void failureKeepsCachedFile();
    void invalidHash_data();
    void invalidHash();
    void cachedPathAndDefaultDir();
    void blockingHelper();

private:
    enum class End { Close, Abort, Stall };

    QUrl url(const char *path) const;
    WeightSource source(const char *path, const QString &sha256) const;
    void serve(QTcpSocket *socket, const QByteArray &path);
    void sendHeader(QTcpSocket *socket, const QByteArray &statusLine, qint64 length,
                    const QByteArray &extra = QByteArray());
    void sendBody(QTcpSocket *socket, qint64 from, qint64 to, End end);
    void assertNothingCached() const;

    QTcpServer m_server;
    QByteArray m_payload;
    QString m_hash;
    QStringList m_requests;
    std::unique_ptr<QTemporaryDir> m_cache;
};

void TestDownload::initTestCase()
{
    // The downloads go straight to the server below, whatever the environment's proxy says.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);

    m_payload = makePayload(300 * 1024 + 123);
    m_hash = sha256Hex(m_payload);
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));

    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto request = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                if (request->contains("\r\n\r\n"))
                    return;   // one request per connection; the server closes after it
                request->append(socket->readAll());
                const int end = request->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> parts = request->left(request->indexOf("\r\n")).split(' ');
                serve(socket, parts.size() >= 2 ? parts.at(1) : QByteArray());
            });
        }
    });
}

void TestDownload::init()
{
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_requests.clear();
}

void TestDownload::cleanup()
{
    // Drop connections a test left open (the stalled one), so they cannot reach the next test.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->abort();
    m_cache.reset();
}

QUrl TestDownload::url(const char *path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                    .arg(m_server.serverPort())
                    .arg(QString::fromLatin1(path)));
}

WeightSource TestDownload::source(const char *path, const QString &sha256) const
{
    WeightSource s;
    s.url = url(path);
    s.sha256 = sha256;
    s.expectedSize = m_payload.size();
    s.fileName = QStringLiteral("model-%1.pth").arg(sha256.left(8));
    return s;
}

void TestDownload::sendHeader(QTcpSocket *socket, const QByteArray &statusLine, qint64 length,
                              const QByteArray &extra)
{
    QByteArray header = "HTTP/1.1 " + statusLine + "\r\n";
    header += "Content-Type: application/octet-stream\r\n";
    header += "Content-Length: " + QByteArray::number(length) + "\r\n";
    header += "Connection: close\r\n";
    header += extra;
    header += "\r\n";
    socket->write(header);
}

// Sends [from, to) of the payload a chunk at a time, so the client sees several reads.
void TestDownload::sendBody(QTcpSocket *socket, qint64 from, qint64 to, End end)
{
    if (from >= to) {
        if (end == End::Close)
            socket->disconnectFromHost();   // flushes first, then a clean close
        else if (end == End::Abort)
            whenFlushed(socket, [socket] { socket->abort(); });
        return;   // End::Stall: keep the connection open and silent
    }
    const qint64 next = qMin(to, from + ChunkSize);
    socket->write(m_payload.mid(from, next - from));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(5, socket, [this, guard, next, to, end] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            sendBody(guard, next, to, end);
    });
}

void TestDownload::serve(QTcpSocket *socket, const QByteArray &path)
{
    m_requests.append(QString::fromLatin1(path));
    const qint64 size = m_payload.size();
    if (path == "/file.bin") {
        sendHeader(socket, "200 OK", size);
        sendBody(socket, 0, size, End::Close);
    } else if (path == "/redirect") {
        sendHeader(socket, "302 Found", 0, "Location: /file.bin\r\n");
        socket->disconnectFromHost();
    } else if (path == "/drop-close") {
        sendHeader(socket, "200 OK", size);
        sendBody(socket, 0, size / 2, End::Close);
    } else if (path == "/drop-abort") {
        sendHeader(socket, "200 OK", size);
        sendBody(socket, 0, size / 2, End::Abort);
    } else if (path == "/stall") {
        sendHeader(socket, "200 OK", size);
        sendBody(socket, 0, ChunkSize, End::Stall);
    } else {
        const QByteArray body = "no such file\n";
        sendHeader(socket, "404 Not Found", body.size());
        socket->write(body);
        socket->disconnectFromHost();
    }
}

void TestDownload::assertNothingCached() const
{
    QCOMPARE(entries(m_cache->path()), QStringList());
}

void TestDownload::success()
{
    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy finished(&downloader, &WeightDownloader::finished);
    QSignalSpy failed(&downloader, &WeightDownloader::failed);
    QSignalSpy progress(&downloader, &WeightDownloader::progress);

    const WeightSource s = source("/file.bin", m_hash);
    QVERIFY(downloader.cachedPath(s).isEmpty());
    downloader.start(s);
    QVERIFY(downloader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!downloader.isRunning());

    const QString path = finished.at(0).at(0).toString();
    QCOMPARE(path, QDir(m_cache->path()).filePath(s.fileName));
    QCOMPARE(downloader.cachedPath(s), path);
    const QByteArray content = readFile(path);
    QCOMPARE(content.size(), m_payload.size());
    QVERIFY(content == m_payload);
    QCOMPARE(sha256Hex(content), m_hash);
    QCOMPARE(entries(m_cache->path()), QStringList{s.fileName});

    QVERIFY(progress.count() >= 2);
    qint64 last = 0;
    for (const QList<QVariant> &args : progress) {
        QVERIFY(args.at(0).toLongLong() > last);
        last = args.at(0).toLongLong();
        QCOMPARE(args.at(1).toLongLong(), qint64(m_payload.size()));
    }
    QCOMPARE(last, qint64(m_payload.size()));
}

void TestDownload::prefixHash()
{
    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy finished(&downloader, &WeightDownloader::finished);
    QSignalSpy failed(&downloader, &WeightDownloader::failed);

    const WeightSource s = source("/file.bin", m_hash.left(8));
    downloader.start(s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, Timeout);
    QCOMPARE(failed.count(), 0);
    QVERIFY(readFile(finished.at(0).at(0).toString()) == m_payload);
    QCOMPARE(entries(m_cache->path()), QStringList{s.fileName});
}

void TestDownload::checksumMismatch_data()
{
    QTest::addColumn<QString>("sha256");
    const QString wrong = sha256Hex(QByteArrayLiteral("something else"));
    QTest::newRow("full") << wrong;
    QTest::newRow("prefix") << wrong.left(8);
    // Right prefix, wrong tail: a full hash must match in full.
    QTest::newRow("tail") << m_hash.left(60) + QStringLiteral("0000");
}

void TestDownload::checksumMismatch()
{
    QFETCH(QString, sha256);
    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy finished(&downloader, &WeightDownloader::finished);
    QSignalSpy failed(&downloader, &WeightDownloader::failed);
    QSignalSpy progress(&downloader, &WeightDownloader::progress);

    downloader.start(source("/file.bin", sha256));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QCOMPARE(finished.count(), 0);
    // The whole file arrived before the check refused it.
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_payload.size()));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("SHA-256")), qPrintable(message));
    QVERIFY2(message.contains(sha256), qPrintable(message));
    QVERIFY2(message.contains(m_hash), qPrintable(message));
    assertNothingCached();
}

void TestDownload::droppedConnection_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("close") << QByteArray("/drop-close");
    QTest::newRow("abort") << QByteArray("/drop-abort");
}

void TestDownload::droppedConnection()
{
    QFETCH(QByteArray, path);
    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy finished(&downloader, &WeightDownloader::finished);
    QSignalSpy failed(&downloader, &WeightDownloader::failed);

    downloader.start(source(path.constData(), m_hash));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QCOMPARE(finished.count(), 0);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("dropped")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(m_payload.size())), qPrintable(message));
    assertNothingCached();
}

void TestDownload::http404()
{
    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy finished(&downloader, &WeightDownloader::finished);
    QSignalSpy failed(&downloader, &WeightDownloader::failed);

    downloader.start(source("/missing.bin", m_hash));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QCOMPARE(finished.count(), 0);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("404")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("/missing.bin")), qPrintable(message));
    assertNothingCached();
}

void TestDownload::cancel()
{
    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy finished(&downloader, &WeightDownloader::finished);
    QSignalSpy failed(&downloader, &WeightDownloader::failed);
    QSignalSpy progress(&downloader, &WeightDownloader::progress);

    downloader.start(source("/stall", m_hash));
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, Timeout);
    QVERIFY(downloader.isRunning());
    QCOMPARE(failed.count(), 0);

    downloader.cancel();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!downloader.isRunning());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("cancelled")), qPrintable(message));
    assertNothingCached();

    // Nothing more arrives from the aborted reply.
    QTest::qWait(300);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    assertNothingCached();
}

void TestDownload::redirect()
{
    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy finished(&downloader, &WeightDownloader::finished);
    QSignalSpy failed(&downloader, &WeightDownloader::failed);

    const WeightSource s = source("/redirect", m_hash);
    downloader.start(s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, Timeout);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(m_requests, (QStringList{QStringLiteral("/redirect"), QStringLiteral("/file.bin")}));
    QVERIFY(readFile(finished.at(0).at(0).toString()) == m_payload);
    QCOMPARE(entries(m_cache->path()), QStringList{s.fileName});
}

void TestDownload::failureKeepsCachedFile_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("wrongHash");
    QTest::newRow("mismatch") << QByteArray("/file.bin") << true;
    QTest::newRow("dropped") << QByteArray("/drop-abort") << false;
    QTest::newRow("404") << QByteArray("/missing.bin") << false;
}

void TestDownload::failureKeepsCachedFile()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, wrongHash);

    const QByteArray good = makePayload(1000);
    const QString goodPath = QDir(m_cache->path()).filePath(QStringLiteral("model.pth"));
    {
        QFile file(goodPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(good), qint64(good.size()));
    }

    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy finished(&downloader, &WeightDownloader::finished);
    QSignalSpy failed(&downloader, &WeightDownloader::failed);

    WeightSource s = source(path.constData(), wrongHash ? sha256Hex(good) : m_hash);
    s.fileName = QStringLiteral("model.pth");
    QCOMPARE(downloader.cachedPath(s), goodPath);
    downloader.start(s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QCOMPARE(finished.count(), 0);
    QVERIFY(readFile(goodPath) == good);
    QCOMPARE(entries(m_cache->path()), QStringList{QStringLiteral("model.pth")});
}

void TestDownload::invalidHash_data()
{
    QTest::addColumn<QString>("sha256");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << m_hash.left(7);
    QTest::newRow("not hex") << QStringLiteral("f37072fz");
    QTest::newRow("too long") << m_hash + QStringLiteral("00");
}

void TestDownload::invalidHash()
{
    QFETCH(QString, sha256);
    WeightDownloader downloader;
    downloader.setCacheDir(m_cache->path());
    QSignalSpy failed(&downloader, &WeightDownloader::failed);

    WeightSource s = source("/file.bin", sha256);
    s.fileName = QStringLiteral("model.pth");
    downloader.start(s);
    QCOMPARE(failed.count(), 1);   // at once, before any request
    QVERIFY(!downloader.isRunning());
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("SHA-256")),
             qPrintable(failed.at(0).at(0).toString()));
    QTest::qWait(50);
    QVERIFY(m_requests.isEmpty());
    assertNothingCached();
}

void TestDownload::cachedPathAndDefaultDir()
{
    const QByteArray saved = qgetenv("HONE_WEIGHTS_CACHE");
    qputenv("HONE_WEIGHTS_CACHE", m_cache->path().toLocal8Bit());
    QCOMPARE(WeightDownloader::defaultCacheDir(), m_cache->path());
    WeightDownloader downloader;
    QCOMPARE(downloader.cacheDir(), m_cache->path());
    qunsetenv("HONE_WEIGHTS_CACHE");
    QVERIFY(WeightDownloader::defaultCacheDir().endsWith(QLatin1String("/weights")));
    if (!saved.isEmpty())
        qputenv("HONE_WEIGHTS_CACHE", saved);

    WeightSource s = source("/file.bin", m_hash);
    QVERIFY(downloader.cachedPath(s).isEmpty());
    QFile file(QDir(m_cache->path()).filePath(s.fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // The cache trusts a file it verified when it stored it; it does not hash it again.
    QCOMPARE(downloader.cachedPath(s), file.fileName());
}

void TestDownload::blockingHelper()
{
    const WeightSource s = source("/file.bin", m_hash);
    QString path;
    QString error;
    qint64 lastReceived = -1;
    QVERIFY2(downloadWeights(s, m_cache->path(), &path, &error,
                             [&lastReceived](qint64 received, qint64) { lastReceived = received; }),
             qPrintable(error));
    QCOMPARE(path, QDir(m_cache->path()).filePath(s.fileName));
    QVERIFY(readFile(path) == m_payload);
    QCOMPARE(lastReceived, qint64(m_payload.size()));
    QCOMPARE(m_requests.size(), 1);

    // Cached now: no second request.
    QString again;
    QVERIFY(downloadWeights(s, m_cache->path(), &again, &error));
    QCOMPARE(again, path);
    QCOMPARE(m_requests.size(), 1);

    // A failure comes back as a message.
    WeightSource missing = source("/missing.bin", m_hash);
    missing.fileName = QStringLiteral("missing.pth");
    QVERIFY(!downloadWeights(missing, m_cache->path(), &again, &error));
    QVERIFY2(error.contains(QLatin1String("404")), qPrintable(error));
    QCOMPARE(entries(m_cache->path()), QStringList{s.fileName});
}

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
