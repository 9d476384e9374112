// Odd, hostile and damaged image files: every valid image imports (long strips, float TIFFs,
// one-pixel images, 16-bit and alpha variants), every refusal names the file and a true reason
// (an animated WebP, a GIF under a .png name, header bombs in every format, truncations), and
// one such file never stops the others — through the importer, the thumbnail and viewer paths,
// training's decoder and `hone-cli import`.

#include "dataset/imageset.h"
#include "imaging/imagedecoder.h"
#include "imaging/thumbnails.h"
#include "import/importer.h"
#include "project/project.h"

#include "testimages.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Hone;
using TestImages::encode;
using TestImages::noise;
using TestImages::writeBytes;

namespace {

QString reasonFor(const ImportResult &result, const QString &fileName)
{
    for (const ImportRejection &r : result.rejected) {
        if (r.path.endsWith(QLatin1Char('/') + fileName))
            return r.reason;
    }
    return QString();
}

bool imported(const ImportResult &result, const QString &fileName)
{
    for (const ImportedImage &image : result.images) {
        if (image.entry.path.endsWith(QLatin1Char('/') + fileName))
            return true;
    }
    return false;
}

void appendLe32(QByteArray *b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b->append(char((v >> (8 * i)) & 0xFF));
}

void appendLe24(QByteArray *b, quint32 v)
{
    for (int i = 0; i < 3; ++i)
        b->append(char((v >> (8 * i)) & 0xFF));
}

QByteArray chunk(const char *fourcc, const QByteArray &payload)
{
    QByteArray c(fourcc, 4);
    appendLe32(&c, quint32(payload.size()));
    c += payload;
    if (payload.size() % 2)
        c.append('\0');
    return c;
}

// An animated WebP as the container specification lays it out (VP8X with the animation flag,
// ANIM, one ANMF per frame), its frames the bitstreams of still WebPs that OpenCV encodes.
QByteArray animatedWebp(int width, int height, int frames)
{
    QByteArray body;
    QByteArray vp8x;
    vp8x.append(char(0x02));   // animation
    vp8x.append(QByteArray(3, '\0'));
    appendLe24(&vp8x, quint32(width - 1));
    appendLe24(&vp8x, quint32(height - 1));
    body += chunk("VP8X", vp8x);
    QByteArray anim;
    appendLe32(&anim, 0xFFFFFFFF);   // background
    anim.append(QByteArray(2, '\0'));   // loop forever
    body += chunk("ANIM", anim);
    for (int f = 0; f < frames; ++f) {
        const QByteArray still = encode(noise(width, height, 100 + unsigned(f)), ".webp");
        QByteArray frame;
        appendLe24(&frame, 0);
        appendLe24(&frame, 0);
        appendLe24(&frame, quint32(width - 1));
        appendLe24(&frame, quint32(height - 1));
        appendLe24(&frame, 100);   // duration, ms
        frame.append('\0');
        frame += still.mid(12);   // the still's VP8/VP8L chunk
        body += chunk("ANMF", frame);
    }
    QByteArray file("RIFF");
    appendLe32(&file, quint32(body.size() + 4));
    file += "WEBP";
    file += body;
    return file;
}

void appendLe16(QByteArray *b, quint32 v)
{
    b->append(char(v & 0xFF));
    b->append(char((v >> 8) & 0xFF));
}

// An uncompressed little-endian TIFF of 32-bit IEEE float RGB samples, as scientific and HDR
// tools write it (OpenCV's own encoder writes float RGB as LogLuv instead).
QByteArray floatRgbTiff(const cv::Mat &rgb)
{
    Q_ASSERT(rgb.type() == CV_32FC3 && rgb.isContinuous());
    const quint32 pixelBytes = quint32(rgb.total() * 12);
    struct Entry { quint32 tag, type, count, value; };
    const quint32 entries = 11;
    const quint32 ifd = 8, extra = ifd + 2 + entries * 12 + 4;   // two 3-SHORT arrays after the IFD
    const quint32 pixels = extra + 12;
    const Entry table[entries] = {
        {256, 4, 1, quint32(rgb.cols)}, {257, 4, 1, quint32(rgb.rows)}, {258, 3, 3, extra},
        {259, 3, 1, 1}, {262, 3, 1, 2}, {273, 4, 1, pixels}, {277, 3, 1, 3},
        {278, 4, 1, quint32(rgb.rows)}, {279, 4, 1, pixelBytes}, {284, 3, 1, 1}, {339, 3, 3, extra + 6}};
    QByteArray b("II*\0", 4);
    appendLe32(&b, ifd);
    appendLe16(&b, entries);
    for (const Entry &e : table) {
        appendLe16(&b, e.tag);
        appendLe16(&b, e.type);
        appendLe32(&b, e.count);
        if (e.type == 3 && e.count == 1) {
            appendLe16(&b, e.value);
            appendLe16(&b, 0);
        } else {
            appendLe32(&b, e.value);
        }
    }
    appendLe32(&b, 0);   // no next IFD
    for (int i = 0; i < 3; ++i)
        appendLe16(&b, 32);
    for (int i = 0; i < 3; ++i)
        appendLe16(&b, 3);
    b.append(reinterpret_cast<const char *>(rgb.data), int(pixelBytes));
    return b;
}

// A JPEG whose start-of-frame claims 60000 × 60000.
QByteArray jpegBomb()
{
    QByteArray jpeg = encode(noise(16, 16, 31), ".jpg");
    for (int i = 2; i + 9 < jpeg.size(); ++i) {
        if (uchar(jpeg[i]) == 0xFF && (uchar(jpeg[i + 1]) == 0xC0 || uchar(jpeg[i + 1]) == 0xC2)) {
            jpeg[i + 5] = char(0xEA);
            jpeg[i + 6] = char(0x60);
            jpeg[i + 7] = char(0xEA);
            jpeg[i + 8] = char(0x60);
            break;
        }
    }
    return jpeg;
}

// A BMP whose header claims 50000 × -50000 (top-down).
QByteArray bmpBomb()
{
    QByteArray bmp = encode(noise(8, 8, 32), ".bmp");
    const qint32 w = 50000, h = -50000;
    for (int i = 0; i < 4; ++i) {
        bmp[18 + i] = char((w >> (8 * i)) & 0xFF);
        bmp[22 + i] = char((quint32(h) >> (8 * i)) & 0xFF);
    }
    return bmp;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void extremeAspectRatiosImport();
    void thumbnailSizeNeverZero();
    void animatedWebpNamed();
    void floatTiffImports();
    void otherFormatsNamed();
    void hostileFolderImportsEveryValidImage();
    void trainingDecoderSurvivesHostileFiles();
    void decodersWaitingInThePoolDoNotStarveIt();
    void cliImportOfHostileFolder();
    void fileNamesThatAreNotUtf8();
    void jpegSizeNotHiddenBehindRestartMarker();
    void os2BitmapHeader();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_root;
    QStringList m_valid;                       // file names that must import
    QHash<QString, QString> m_refused;         // file name -> a word its reason must contain
};

QString TestHostileFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_root.filePath(QStringLiteral("hostile/") + name);
    if (!writeBytes(path, bytes))
        return QString();
    return path;
}

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_root.isValid());
    // Valid, if odd: these must all import.
    const auto valid = [this](const QString &name, const QByteArray &bytes) {
        QVERIFY2(!bytes.isEmpty() && !write(name, bytes).isEmpty(), qPrintable(name));
        m_valid.append(name);
    };
    valid(QStringLiteral("strip-4000x8.png"), encode(noise(4000, 8, 1), ".png"));
    valid(QStringLiteral("strip-8x4000.png"), encode(noise(8, 4000, 2), ".png"));
    valid(QStringLiteral("line-3000x1.png"), encode(noise(3000, 1, 3), ".png"));
    valid(QStringLiteral("line-1x5000.jpg"), encode(noise(1, 5000, 4), ".jpg"));
    valid(QStringLiteral("pixel-1x1.png"), encode(noise(1, 1, 5), ".png"));
    valid(QStringLiteral("pixel-1x1.bmp"), encode(noise(1, 1, 6), ".bmp"));
    valid(QStringLiteral("gray-alpha.png"), encode(noise(30, 20, 7, CV_8UC4), ".png"));
    valid(QStringLiteral("deep.tiff"), encode(noise(30, 20, 8, CV_16UC3), ".tiff"));
    valid(QStringLiteral("gray.webp"), encode(noise(30, 20, 9, CV_8UC1), ".webp"));
    cv::Mat unit(24, 32, CV_32FC3);
    cv::randu(unit, 0.0f, 1.0f);
    valid(QStringLiteral("float-unit.tiff"), floatRgbTiff(unit));
    valid(QStringLiteral("float-logluv.tiff"), encode(unit, ".tiff"));
    cv::Mat hdr(24, 32, CV_32FC1);
    cv::randu(hdr, -40.0f, 900.0f);
    valid(QStringLiteral("float-hdr-gray.tiff"), encode(hdr, ".tiff"));
    valid(QStringLiteral("progressive.jpg"),
          encode(noise(64, 48, 10), ".jpg", {cv::IMWRITE_JPEG_PROGRESSIVE, 1}));
    // A PNG under a .jpg name: the content decides, not the name.
    valid(QStringLiteral("misnamed.jpg"), encode(noise(20, 20, 11), ".png"));

    // Refused, each with the word its reason must contain.
    const auto refused = [this](const QString &name, const QByteArray &bytes, const QString &word) {
        QVERIFY2(!write(name, bytes).isEmpty(), qPrintable(name));
        m_refused.insert(name, word);
    };
    refused(QStringLiteral("animated.webp"), animatedWebp(32, 24, 3), QStringLiteral("animated WebP"));
    refused(QStringLiteral("gif-named.png"), QByteArray("GIF89a\x10\x00\x10\x00\x80\x00\x00", 13) + QByteArray(40, '\0'),
            QStringLiteral("GIF"));
    refused(QStringLiteral("page.png"), QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), QStringLiteral("PDF"));
    refused(QStringLiteral("vector.png"), QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"/>"),
            QStringLiteral("SVG"));
    refused(QStringLiteral("photo.jpg"), QByteArray("\0\0\0\x18" "ftypheic\0\0\0\0mif1heic", 24) + QByteArray(64, '\0'),
            QStringLiteral("HEIC"));
    refused(QStringLiteral("empty.png"), QByteArray(), QStringLiteral("empty"));
    refused(QStringLiteral("zeros.png"), QByteArray(4096, '\0'), QStringLiteral("not a JPEG"));
    refused(QStringLiteral("bomb.jpg"), jpegBomb(), QStringLiteral("megapixels"));
    refused(QStringLiteral("bomb.bmp"), bmpBomb(), QStringLiteral("megapixels"));
    const QByteArray png = encode(noise(64, 64, 33), ".png");
    refused(QStringLiteral("header-only.png"), png.left(33), QStringLiteral("damaged or truncated"));
    refused(QStringLiteral("half.png"), png.left(png.size() / 2), QStringLiteral("damaged or truncated"));
    const QByteArray jpeg = encode(noise(64, 64, 34), ".jpg");
    refused(QStringLiteral("half.jpg"), jpeg.left(jpeg.size() / 2), QStringLiteral("truncated"));
    refused(QStringLiteral("soi-only.jpg"), QByteArray("\xFF\xD8\xFF", 3), QStringLiteral("JPEG"));
    refused(QStringLiteral("riff-only.webp"), QByteArray("RIFF\0\0\0\0WEBP", 12), QStringLiteral("WebP header"));
    QByteArray zeroPng = encode(noise(8, 8, 35), ".png");
    zeroPng.replace(16, 4, QByteArray(4, '\0'));   // width 0
    refused(QStringLiteral("zero-width.png"), zeroPng, QStringLiteral("no valid image size"));
}

void TestHostileFiles::extremeAspectRatiosImport()
{
    // Once, any of these aborted the whole import ("std::exception") and the GUI with it.
    QTemporaryDir dir;
    Project project;
    QString error;
    QVERIFY2(project.create(dir.filePath(QStringLiteral("p")), &error), qPrintable(error));
    const QStringList strips = {QStringLiteral("strip-4000x8.png"), QStringLiteral("strip-8x4000.png"),
                                QStringLiteral("line-3000x1.png"), QStringLiteral("line-1x5000.jpg")};
    QStringList sources;
    for (const QString &name : strips)
        sources.append(m_root.filePath(QStringLiteral("hostile/") + name));
    const ImportResult result = Importer(project, ImportLayout::Flat).run(sources);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.rejected.size(), 0);
    QCOMPARE(result.images.size(), strips.size());
    for (const ImportedImage &image : result.images) {
        // A letterboxable thumbnail: the longer side at 160, the shorter at least one pixel.
        const QString thumb = thumbnailPath(project.cacheDirectory(), image.entry.hash);
        QByteArray bytes;
        cv::Mat decoded;
        QVERIFY2(readFileBytes(thumb, &bytes, &error) && decodeImage(bytes, &decoded, &error), qPrintable(thumb));
        QCOMPARE(std::max(decoded.cols, decoded.rows), ThumbnailSize);
        QVERIFY(std::min(decoded.cols, decoded.rows) >= 1);
        // Training's resize is unaffected: the centre square, scaled.
        std::vector<uint8_t> pixels(64 * 64 * 3);
        QVERIFY2(loadPreprocessed(project.absolutePath(image.entry.path), 64, pixels.data(), &error), qPrintable(error));
        // The viewer's decode.
        QByteArray rgb;
        int w = 0, h = 0;
        QVERIFY(loadRgbImage(project.absolutePath(image.entry.path), &rgb, &w, &h, &error));
        QCOMPARE(qsizetype(w) * h * 3, rgb.size());
    }
}

void TestHostileFiles::thumbnailSizeNeverZero()
{
    QCOMPARE(thumbnailSize(4000, 8, 160), cv::Size(160, 1));
    QCOMPARE(thumbnailSize(8, 4000, 160), cv::Size(1, 160));
    QCOMPARE(thumbnailSize(100000, 1, 160), cv::Size(160, 1));
    QCOMPARE(thumbnailSize(320, 240, 160), cv::Size(160, 120));
    QCOMPARE(thumbnailSize(50, 20, 160), cv::Size(50, 20));   // small images are kept
    for (int w = 1; w < 5000; w += 37) {
        const cv::Size s = thumbnailSize(w, 5001 - w, 160);
        QVERIFY(s.width >= 1 && s.height >= 1 && std::max(s.width, s.height) <= 160);
    }
}

void TestHostileFiles::animatedWebpNamed()
{
    QByteArray bytes = TestImages::readBytes(m_root.filePath(QStringLiteral("hostile/animated.webp")));
    QCOMPARE(sniffFormat(bytes), QStringLiteral("WebP"));
    cv::Mat decoded;
    QString error;
    QVERIFY(!decodeImage(bytes, &decoded, &error));
    QCOMPARE(error, QStringLiteral("animated WebP: only still images are supported"));
    // An extended (VP8X) WebP without the animation flag is a still image and decodes.
    const QByteArray still = encode(noise(20, 10, 40), ".webp");
    QByteArray extended("RIFF");
    QByteArray vp8x(4, '\0');
    appendLe24(&vp8x, 19);
    appendLe24(&vp8x, 9);
    const QByteArray body = chunk("VP8X", vp8x) + still.mid(12);
    appendLe32(&extended, quint32(body.size() + 4));
    extended += "WEBP" + body;
    QVERIFY2(decodeImage(extended, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.cols, 20);
}

void TestHostileFiles::floatTiffImports()
{
    QString error;
    cv::Mat decoded;
    // Values in [0, 1] map to 0-255 (red 0, green 0.5, blue 1 in the file's RGB order).
    cv::Mat unit(4, 6, CV_32FC3, cv::Scalar(0.0f, 0.5f, 1.0f));
    QVERIFY2(decodeImage(floatRgbTiff(unit), &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.type(), CV_8UC3);
    QCOMPARE(decoded.size(), cv::Size(6, 4));
    const cv::Vec3b px = decoded.at<cv::Vec3b>(2, 3);
    const QString values = QStringLiteral("%1 %2 %3").arg(px[0]).arg(px[1]).arg(px[2]);
    QVERIFY2(px[2] == 0 && std::abs(int(px[1]) - 128) <= 1 && px[0] == 255, qPrintable(values));   // BGR
    // Any other range is stretched to the full one; NaN counts as zero.
    cv::Mat gray(3, 3, CV_32FC1, cv::Scalar(500.0f));
    gray.at<float>(0, 0) = -100.0f;
    gray.at<float>(2, 2) = 1100.0f;
    gray.at<float>(1, 1) = std::numeric_limits<float>::quiet_NaN();
    QVERIFY2(decodeImage(encode(gray, ".tiff"), &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.type(), CV_8UC3);
    QCOMPARE(int(decoded.at<cv::Vec3b>(0, 0)[0]), 0);
    QCOMPARE(int(decoded.at<cv::Vec3b>(2, 2)[0]), 255);
    QVERIFY(std::abs(int(decoded.at<cv::Vec3b>(0, 1)[0]) - 128) <= 1);
    QVERIFY(std::abs(int(decoded.at<cv::Vec3b>(1, 1)[0]) - 21) <= 1);   // 0 on -100..1100
}

void TestHostileFiles::otherFormatsNamed()
{
    QString error;
    cv::Mat decoded;
    QVERIFY(!decodeImage(QByteArray("GIF87a\x01\x00\x01\x00", 10), &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("GIF")), qPrintable(error));
    QVERIFY(!decodeImage(QByteArray("\0\0\0\x1c" "ftypavif\0\0\0\0avifmif1", 24), &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("AVIF")), qPrintable(error));
    QVERIFY(!decodeImage(QByteArray("8BPS\0\x01"), &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("PSD")), qPrintable(error));
    QVERIFY(!decodeImage(QByteArray("just some text"), &decoded, &error));
    QCOMPARE(error, QStringLiteral("the content is not a JPEG, PNG, BMP, TIFF or WebP image"));
}

void TestHostileFiles::hostileFolderImportsEveryValidImage()
{
    QTemporaryDir dir;
    Project project;
    QString error;
    QVERIFY2(project.create(dir.filePath(QStringLiteral("p")), &error), qPrintable(error));
    const ImportResult result = Importer(project, ImportLayout::Flat).run({m_root.filePath(QStringLiteral("hostile"))});
    QVERIFY(result.error.isEmpty());
    QStringList all;
    for (const ImportRejection &r : result.rejected)
        all << QStringLiteral("%1: %2").arg(r.path, r.reason);
    for (const QString &name : m_valid)
        QVERIFY2(imported(result, name), qPrintable(name + QLatin1Char('\n') + all.join(QLatin1Char('\n'))));
    QCOMPARE(result.images.size(), m_valid.size());
    QCOMPARE(result.rejected.size(), m_refused.size());
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it) {
        const QString reason = reasonFor(result, it.key());
        QVERIFY2(reason.contains(it.value()),
                 qPrintable(QStringLiteral("%1: '%2' does not say '%3'").arg(it.key(), reason, it.value())));
    }
    applyImport(&project, result);
    QVERIFY(!project.isModified());
    Project reopened;
    QVERIFY2(reopened.load(project.directory(), &error), qPrintable(error));
    QCOMPARE(reopened.images().size(), m_valid.size());
}

void TestHostileFiles::trainingDecoderSurvivesHostileFiles()
{
    // Every file of the folder through training's parallel decoder: the valid ones decode, the
    // rest are per-file failures with reasons, and the call itself succeeds.
    QStringList paths;
    for (const QString &name : m_valid)
        paths.append(m_root.filePath(QStringLiteral("hostile/") + name));
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it)
        paths.append(m_root.filePath(QStringLiteral("hostile/") + it.key()));
    Nn::ImageBatch batch;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    QVERIFY(loadImageSet(paths, {}, 32, &batch, &kept, &failures));
    QCOMPARE(int(batch.count), m_valid.size());
    QCOMPARE(failures.size(), m_refused.size());
    for (const ImageSetFailure &f : failures)
        QVERIFY2(!f.reason.isEmpty(), qPrintable(f.path));
}

void TestHostileFiles::decodersWaitingInThePoolDoNotStarveIt()
{
    // Long tasks on the global pool that each wait for decoding jobs on that pool (an export's
    // check, an evaluation, a scan): more of them than the pool has threads must still finish.
    QStringList paths;
    for (const QString &name : m_valid)
        paths.append(m_root.filePath(QStringLiteral("hostile/") + name));
    QThreadPool *pool = QThreadPool::globalInstance();
    const int saved = pool->maxThreadCount();
    pool->setMaxThreadCount(2);
    QList<QFuture<int>> tasks;
    for (int t = 0; t < 3; ++t) {
        tasks.append(QtConcurrent::run([paths] {
            Nn::ImageBatch batch;
            QVector<int> kept;
            QVector<ImageSetFailure> failures;
            return loadImageSet(paths, {}, 32, &batch, &kept, &failures) ? int(batch.count) : -1;
        }));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(tasks.begin(), tasks.end(), [](const QFuture<int> &f) { return f.isFinished(); }),
                             60000);
    for (const QFuture<int> &f : tasks)
        QCOMPARE(f.result(), int(m_valid.size()));
    pool->setMaxThreadCount(saved);
}

void TestHostileFiles::cliImportOfHostileFolder()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p"));
    QProcess cli;
    cli.start(QStringLiteral(HONE_CLI_PATH), {QStringLiteral("new"), project});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    cli.start(QStringLiteral(HONE_CLI_PATH),
              {QStringLiteral("import"), project, m_root.filePath(QStringLiteral("hostile")), QStringLiteral("--layout"),
               QStringLiteral("flat")});
    QVERIFY(cli.waitForFinished(120000));
    const QString stderrText = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(stderrText));
    QVERIFY2(stderrText.contains(QStringLiteral("Imported %1 images, %2 refused").arg(m_valid.size()).arg(m_refused.size())),
             qPrintable(stderrText));
    // Every refusal names its file.
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it)
        QVERIFY2(stderrText.contains(it.key() + QStringLiteral(": ")), qPrintable(it.key()));
    QVERIFY(!stderrText.contains(QStringLiteral("std::exception")));
}

void TestHostileFiles::fileNamesThatAreNotUtf8()
{
    // An old archive's Latin-1 name ("café" as the single byte E9): Qt cannot name the file, yet
    // it is an image. Copied in, it imports under its name read as Latin-1; referenced where it is,
    // it is refused with the reason. Either way it is never dropped without a word.
    QTemporaryDir dir;
    const QByteArray folder = QFile::encodeName(dir.filePath(QStringLiteral("latin1")));
    QVERIFY(::mkdir(folder.constData(), 0755) == 0);
    const QByteArray png = encode(noise(20, 20, 77), ".png");
    const QByteArray raw = folder + "/caf\xe9.png";
    const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, png.constData(), size_t(png.size())), ssize_t(png.size()));
    ::close(fd);
    QVERIFY(TestImages::write(QFile::decodeName(folder) + QStringLiteral("/plain.png"), noise(20, 20, 78), ".png"));

    Project copying;
    QString error;
    QVERIFY2(copying.create(dir.filePath(QStringLiteral("copying")), &error), qPrintable(error));
    const ImportResult copied = Importer(copying, ImportLayout::Flat, true).run({QFile::decodeName(folder)});
    QCOMPARE(copied.rejected.size(), 0);
    QCOMPARE(copied.images.size(), 2);
    QVERIFY(imported(copied, QStringLiteral("café.png")));
    applyImport(&copying, copied);
    for (const ImageEntry &image : copying.images()) {
        QByteArray bytes;
        cv::Mat decoded;
        QVERIFY2(readFileBytes(copying.absolutePath(image.path), &bytes, &error) && decodeImage(bytes, &decoded, &error),
                 qPrintable(image.path));
    }

    Project referencing;
    QVERIFY2(referencing.create(dir.filePath(QStringLiteral("referencing")), &error), qPrintable(error));
    const ImportResult referenced = Importer(referencing, ImportLayout::Flat, false).run({QFile::decodeName(folder)});
    QCOMPARE(referenced.images.size(), 1);
    QCOMPARE(referenced.rejected.size(), 1);
    QVERIFY2(referenced.rejected.first().reason.contains(QStringLiteral("not UTF-8")), qPrintable(referenced.rejected.first().reason));
    QVERIFY(referenced.rejected.first().path.endsWith(QStringLiteral("café.png")));
}

void TestHostileFiles::jpegSizeNotHiddenBehindRestartMarker()
{
    // SOI, a stray RST0 (no length of its own), then an APP1 whose payload holds a fake 16 x 16
    // frame header exactly where reading RST0 "length" would land. The decoder skips the APP1 and
    // decodes the real 64 x 64 frame, so the size check must find that one too.
    const QByteArray real = encode(noise(64, 64, 90), ".jpg");
    QByteArray app1(65531, '\0');
    const int fakeAt = 65509 - 6;   // 2 + 2 + 0xFFE1 from the file's start, less SOI, RST0 and APP1's own 4 bytes
    const char fakeSof[] = "\xFF\xC0\x00\x11\x08\x00\x10\x00\x10\x03";
    app1.replace(fakeAt, 10, QByteArray(fakeSof, 10));
    QByteArray crafted("\xFF\xD8\xFF\xD0\xFF\xE1", 6);
    crafted.append(char(0xFF));
    crafted.append(char(0xFD));   // APP1 length 65533
    crafted += app1;
    crafted += real.mid(2);   // the real image after its SOI
    DecodeLimits limits;
    limits.maxPixels = 1000;   // 64 x 64 = 4096 pixels is over it, 16 x 16 would not be
    cv::Mat decoded;
    QString error;
    QVERIFY(!decodeImage(crafted, &decoded, &error, limits));
    QVERIFY2(error.contains(QStringLiteral("64 × 64")), qPrintable(error));
}

void TestHostileFiles::os2BitmapHeader()
{
    // An OS/2 bitmap (12-byte core header, 16-bit sizes) of 5 x 3 pixels, 24 bits.
    QByteArray bmp("BM", 2);
    const int rowBytes = (5 * 3 + 3) / 4 * 4;
    appendLe32(&bmp, quint32(14 + 12 + rowBytes * 3));
    appendLe32(&bmp, 0);
    appendLe32(&bmp, 14 + 12);
    appendLe32(&bmp, 12);
    appendLe16(&bmp, 5);
    appendLe16(&bmp, 3);
    appendLe16(&bmp, 1);
    appendLe16(&bmp, 24);
    for (int row = 0; row < 3; ++row) {
        for (int x = 0; x < 5; ++x)
            bmp += QByteArray("\x10\x80\xF0", 3);
        bmp += QByteArray(rowBytes - 15, '\0');
    }
    cv::Mat decoded;
    QString error;
    QVERIFY2(decodeImage(bmp, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.size(), cv::Size(5, 3));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
