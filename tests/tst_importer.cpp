// Importer: folder-per-class and flat layouts, every supported format and pixel type, refusals
// with reasons that do not stop the rest, duplicates, thumbnails, and one undo step per import.

#include "imaging/imagedecoder.h"
#include "imaging/thumbnails.h"
#include "import/importer.h"
#include "project/project.h"

#include "testimages.h"

#include <QFileInfo>
#include <QSet>

#include <atomic>
#include <QTemporaryDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Hone;

namespace {

QString findImage(const ImportResult &result, const QString &fileName)
{
    for (const ImportedImage &image : result.images) {
        if (QFileInfo(image.entry.path).fileName() == fileName)
            return image.entry.path;
    }
    return QString();
}

QString rejectionReason(const ImportResult &result, const QString &fileName)
{
    for (const ImportRejection &r : result.rejected) {
        if (QFileInfo(r.path).fileName() == fileName)
            return r.reason;
    }
    return QString();
}

QString describe(const ImportResult &result)
{
    QStringList lines;
    for (const ImportedImage &i : result.images)
        lines << QStringLiteral("imported %1 [%2]").arg(i.entry.path, i.className);
    for (const ImportRejection &r : result.rejected)
        lines << QStringLiteral("rejected %1: %2").arg(r.path, r.reason);
    for (const QString &d : result.duplicates)
        lines << QStringLiteral("duplicate %1").arg(d);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void folderPerClass();
    void badFilesRejectedWithReason();
    void duplicatesImportedOnce();
    void thumbnailsInCache();
    void applyImportIsOneUndoStep();
    void secondImportFindsOnlyDuplicates();
    void flatLayout();
    void missingSourceAndWrongSuffix();
    void headerSizeOfEveryFormat();
    void trailingDataAfterJpeg();
    void longStripPreprocesses();
    void exifOrientationApplied();
    void cmykJpegDecodes();
    void cancelKeepsWhatWasImported();
    void truncatedJpegWithExifThumbnail();

private:
    QString source(const QString &relative) const { return m_sources.filePath(relative); }
    ImportResult importSources(ImportLayout layout = ImportLayout::Folders);

    QTemporaryDir m_sources;   // the folder tree the tests import from
    QTemporaryDir *m_projectDir = nullptr;
    Project *m_project = nullptr;
    QStringList m_good;        // file names that must be imported
    int m_goodClassImages = 0; // of them, in class folders
};

void TestImporter::initTestCase()
{
    QVERIFY(m_sources.isValid());
    using TestImages::noise;
    using TestImages::write;

    // Good files, one per format and pixel type, in two class folders and the top level.
    QVERIFY(write(source(QStringLiteral("Käfer/ü.png")), noise(40, 30, 1), ".png"));
    QVERIFY(write(source(QStringLiteral("Käfer/b.jpg")), noise(33, 21, 2), ".jpg"));
    QVERIFY(write(source(QStringLiteral("Käfer/c.bmp")), noise(17, 19, 3), ".bmp"));
    QVERIFY(write(source(QStringLiteral("Käfer/big.png")), noise(400, 300, 4), ".png"));
    QVERIFY(write(source(QStringLiteral("dogs/d.tiff")), noise(20, 20, 5), ".tiff"));
    QVERIFY(write(source(QStringLiteral("dogs/e.webp")), noise(24, 16, 6), ".webp"));
    QVERIFY(write(source(QStringLiteral("dogs/gray.png")), noise(25, 25, 7, CV_8UC1), ".png"));
    QVERIFY(write(source(QStringLiteral("dogs/deep.png")), noise(26, 26, 8, CV_16UC3), ".png"));
    QVERIFY(write(source(QStringLiteral("dogs/alpha.png")), noise(27, 27, 9, CV_8UC4), ".png"));
    QVERIFY(write(source(QStringLiteral("dogs/deepgray.png")), noise(28, 28, 10, CV_16UC1), ".png"));
    QVERIFY(write(source(QStringLiteral("loose.png")), noise(29, 29, 11), ".png"));
    m_good = {QStringLiteral("ü.png"), QStringLiteral("b.jpg"), QStringLiteral("c.bmp"),
              QStringLiteral("big.png"), QStringLiteral("d.tiff"), QStringLiteral("e.webp"),
              QStringLiteral("gray.png"), QStringLiteral("deep.png"), QStringLiteral("alpha.png"),
              QStringLiteral("deepgray.png"), QStringLiteral("loose.png")};
    m_goodClassImages = m_good.size() - 1;

    // The same bytes as Käfer/ü.png under another name and class.
    QFile::copy(source(QStringLiteral("Käfer/ü.png")), source(QStringLiteral("dogs/dup.png")));
    QVERIFY(QFileInfo::exists(source(QStringLiteral("dogs/dup.png"))));

    // Bad files, in a folder of their own: none may become a class.
    QVERIFY(TestImages::writeBytes(source(QStringLiteral("bad/empty.png")), QByteArray()));
    const QByteArray jpeg = TestImages::encode(noise(64, 64, 12), ".jpg");
    QVERIFY(jpeg.size() > 1000);
    QVERIFY(TestImages::writeBytes(source(QStringLiteral("bad/truncated.jpg")), jpeg.left(jpeg.size() / 2)));
    QVERIFY(TestImages::writeBytes(source(QStringLiteral("bad/text.png")),
                                   QByteArray("This is not an image at all.\n")));
    // A real 8×8 PNG whose IHDR claims 20000×20000: refused from the header, before decoding.
    QByteArray huge = TestImages::encode(noise(8, 8, 13), ".png");
    QCOMPARE(huge.mid(12, 4), QByteArray("IHDR"));
    const QByteArray side("\x00\x00\x4e\x20", 4);   // 20000, big-endian
    huge.replace(16, 4, side);
    huge.replace(20, 4, side);
    QVERIFY(TestImages::writeBytes(source(QStringLiteral("bad/huge.png")), huge));
    // A file the importer does not consider an image at all.
    QVERIFY(TestImages::writeBytes(source(QStringLiteral("dogs/readme.txt")), QByteArray("notes")));
}

void TestImporter::init()
{
    m_projectDir = new QTemporaryDir;
    QVERIFY(m_projectDir->isValid());
    m_project = new Project;
    QString error;
    QVERIFY2(m_project->create(m_projectDir->path(), &error), qPrintable(error));
}

void TestImporter::cleanup()
{
    delete m_project;
    m_project = nullptr;
    delete m_projectDir;
    m_projectDir = nullptr;
}

ImportResult TestImporter::importSources(ImportLayout layout)
{
    return Importer(*m_project, layout).run({m_sources.path()});
}

void TestImporter::folderPerClass()
{
    const ImportResult result = importSources();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.images.size(), m_good.size());
    for (const QString &name : m_good)
        QVERIFY2(!findImage(result, name).isEmpty(), qPrintable(name + QLatin1Char('\n') + describe(result)));

    for (const ImportedImage &image : result.images) {
        const QString name = QFileInfo(image.entry.path).fileName();
        if (name == QLatin1String("loose.png")) {
            QCOMPARE(image.className, QString());
            QCOMPARE(image.entry.path, QStringLiteral("images/unlabeled/loose.png"));
        } else if (QStringList{QStringLiteral("ü.png"), QStringLiteral("b.jpg"), QStringLiteral("c.bmp"),
                               QStringLiteral("big.png")}
                       .contains(name)) {
            QCOMPARE(image.className, QStringLiteral("Käfer"));
        } else {
            QCOMPARE(image.className, QStringLiteral("dogs"));
        }
        QCOMPARE(image.entry.label, -1);
        QCOMPARE(image.entry.hash.size(), 64);
        // Copied into the project, under a relative POSIX path.
        QVERIFY(!QFileInfo(image.entry.path).isAbsolute());
        QVERIFY2(QFileInfo(m_project->absolutePath(image.entry.path)).isFile(), qPrintable(image.entry.path));
    }
    QCOMPARE(findImage(result, QStringLiteral("ü.png")), QStringLiteral("images/Käfer/ü.png"));
    QCOMPARE(findImage(result, QStringLiteral("d.tiff")), QStringLiteral("images/dogs/d.tiff"));

    applyImport(m_project, result);
    QCOMPARE(m_project->classes().size(), 2);
    const int kaefer = m_project->classIdByName(QStringLiteral("Käfer"));
    const int dogs = m_project->classIdByName(QStringLiteral("dogs"));
    QVERIFY(kaefer >= 0 && dogs >= 0 && kaefer != dogs);
    QCOMPARE(m_project->classIdByName(QStringLiteral("bad")), -1);
    QCOMPARE(m_project->imageCount(kaefer), 4);
    QCOMPARE(m_project->imageCount(dogs), m_goodClassImages - 4);
    QCOMPARE(m_project->imageCount(-1), 1);
    const int row = m_project->imageIndex(QStringLiteral("images/Käfer/ü.png"));
    QVERIFY(row >= 0);
    QCOMPARE(m_project->images().at(row).label, kaefer);

    // The imported copies decode to what was drawn (format conversions aside).
    QByteArray bytes;
    cv::Mat decoded;
    QString error;
    QVERIFY(readFileBytes(m_project->absolutePath(findImage(result, QStringLiteral("deep.png"))), &bytes, &error));
    QVERIFY2(decodeImage(bytes, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.type(), CV_8UC3);
    QCOMPARE(decoded.cols, 26);
}

void TestImporter::badFilesRejectedWithReason()
{
    const ImportResult result = importSources();
    const QString all = describe(result);
    QCOMPARE(result.rejected.size(), 4);
    for (const ImportRejection &r : result.rejected)
        QVERIFY2(!r.reason.isEmpty(), qPrintable(r.path));

    QVERIFY2(rejectionReason(result, QStringLiteral("empty.png")).contains(QStringLiteral("empty")), qPrintable(all));
    QVERIFY2(rejectionReason(result, QStringLiteral("truncated.jpg")).contains(QStringLiteral("truncated")),
             qPrintable(all));
    QVERIFY2(rejectionReason(result, QStringLiteral("text.png")).contains(QStringLiteral("not a JPEG, PNG")),
             qPrintable(all));
    // Only the header check names the claimed size; a decoder would have failed on the CRC.
    const QString huge = rejectionReason(result, QStringLiteral("huge.png"));
    QVERIFY2(huge.contains(QStringLiteral("20000")) && huge.contains(QStringLiteral("megapixels")),
             qPrintable(all));
    for (const QString &bad : {QStringLiteral("empty.png"), QStringLiteral("truncated.jpg"),
                               QStringLiteral("text.png"), QStringLiteral("huge.png")})
        QVERIFY2(findImage(result, bad).isEmpty(), qPrintable(bad));
    // Refused files are not copied into the project.
    QVERIFY(!QFileInfo::exists(m_project->absolutePath(QStringLiteral("images/bad"))));
    // Not an image type by name: silently not a candidate.
    QVERIFY(rejectionReason(result, QStringLiteral("readme.txt")).isEmpty());
}

void TestImporter::duplicatesImportedOnce()
{
    const ImportResult result = importSources();
    QCOMPARE(result.duplicates.size(), 1);
    const bool firstKept = !findImage(result, QStringLiteral("ü.png")).isEmpty();
    const bool secondKept = !findImage(result, QStringLiteral("dup.png")).isEmpty();
    QVERIFY2(firstKept != secondKept, qPrintable(describe(result)));
    QCOMPARE(QFileInfo(result.duplicates.first()).fileName(),
             firstKept ? QStringLiteral("dup.png") : QStringLiteral("ü.png"));

    QSet<QString> hashes;
    for (const ImportedImage &image : result.images)
        hashes.insert(image.entry.hash);
    QCOMPARE(hashes.size(), result.images.size());
}

void TestImporter::thumbnailsInCache()
{
    const ImportResult result = importSources();
    QVERIFY(!result.images.isEmpty());
    const QString thumbs = QDir(m_project->cacheDirectory()).filePath(QStringLiteral("thumbs"));
    for (const ImportedImage &image : result.images) {
        const QString path = thumbnailPath(m_project->cacheDirectory(), image.entry.hash);
        QVERIFY2(path.startsWith(thumbs + QLatin1Char('/')), qPrintable(path));
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
        QByteArray bytes;
        cv::Mat thumb;
        QString error;
        QVERIFY(readFileBytes(path, &bytes, &error));
        QCOMPARE(sniffFormat(bytes), QStringLiteral("PNG"));
        QVERIFY2(decodeImage(bytes, &thumb, &error), qPrintable(error));
        QVERIFY(std::max(thumb.cols, thumb.rows) <= ThumbnailSize);
    }
    // The 400×300 image is scaled down to fit, keeping its aspect ratio.
    const QString big = findImage(result, QStringLiteral("big.png"));
    QString bigHash;
    for (const ImportedImage &image : result.images) {
        if (image.entry.path == big)
            bigHash = image.entry.hash;
    }
    QByteArray bytes;
    cv::Mat thumb;
    QString error;
    QVERIFY(readFileBytes(thumbnailPath(m_project->cacheDirectory(), bigHash), &bytes, &error));
    QVERIFY(decodeImage(bytes, &thumb, &error));
    QCOMPARE(thumb.cols, ThumbnailSize);
    QCOMPARE(thumb.rows, ThumbnailSize * 3 / 4);
}

void TestImporter::applyImportIsOneUndoStep()
{
    const ImportResult result = importSources();
    QCOMPARE(m_project->undoStack()->count(), 0);
    applyImport(m_project, result);
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->images().size(), m_good.size());
    QCOMPARE(m_project->classes().size(), 2);
    QVERIFY(!m_project->isModified());

    m_project->undoStack()->undo();
    QVERIFY(m_project->images().isEmpty());
    QVERIFY(m_project->classes().isEmpty());
    Project reloaded;
    QString error;
    QVERIFY2(reloaded.load(m_project->directory(), &error), qPrintable(error));
    QVERIFY(reloaded.images().isEmpty());
    QVERIFY(reloaded.classes().isEmpty());

    m_project->undoStack()->redo();
    QCOMPARE(m_project->images().size(), m_good.size());
    QCOMPARE(m_project->classes().size(), 2);

    // An import with nothing in it pushes nothing.
    applyImport(m_project, ImportResult());
    QCOMPARE(m_project->undoStack()->count(), 1);
}

void TestImporter::secondImportFindsOnlyDuplicates()
{
    applyImport(m_project, importSources());
    QCOMPARE(m_project->images().size(), m_good.size());
    const ImportResult again = importSources();
    QVERIFY2(again.images.isEmpty(), qPrintable(describe(again)));
    QCOMPARE(again.duplicates.size(), m_good.size() + 1);
    QCOMPARE(again.rejected.size(), 4);

    // Files already inside the project are recorded where they are, not copied again.
    const QString inside = m_project->absolutePath(QStringLiteral("incoming/new.png"));
    QVERIFY(TestImages::write(inside, TestImages::noise(30, 30, 99), ".png"));
    const ImportResult local = Importer(*m_project, ImportLayout::Flat).run({inside});
    QCOMPARE(local.images.size(), 1);
    QCOMPARE(local.images.first().entry.path, QStringLiteral("incoming/new.png"));
}

void TestImporter::flatLayout()
{
    const ImportResult result = importSources(ImportLayout::Flat);
    QCOMPARE(result.images.size(), m_good.size());
    QCOMPARE(result.rejected.size(), 4);
    QCOMPARE(result.duplicates.size(), 1);
    for (const ImportedImage &image : result.images) {
        QVERIFY(image.className.isEmpty());
        QVERIFY2(image.entry.path.startsWith(QLatin1String("images/unlabeled/")), qPrintable(image.entry.path));
    }
    applyImport(m_project, result);
    QVERIFY(m_project->classes().isEmpty());
    QCOMPARE(m_project->imageCount(-1), m_good.size());
}

void TestImporter::missingSourceAndWrongSuffix()
{
    const QString missing = m_sources.filePath(QStringLiteral("no such folder"));
    const QString text = source(QStringLiteral("dogs/readme.txt"));
    const QString good = source(QStringLiteral("Käfer/b.jpg"));
    const ImportResult result = Importer(*m_project).run({missing, text, good});
    QCOMPARE(result.images.size(), 1);
    QCOMPARE(result.images.first().entry.path, QStringLiteral("images/unlabeled/b.jpg"));
    QCOMPARE(result.rejected.size(), 2);
    QVERIFY(rejectionReason(result, QStringLiteral("no such folder")).contains(QStringLiteral("does not exist")));
    QVERIFY(rejectionReason(result, QStringLiteral("readme.txt")).contains(QStringLiteral("not an image file type")));
}


namespace {

// Sets the ImageWidth/ImageLength entries of a little-endian TIFF's first directory to 20000
// (little-endian, so the same four bytes serve a SHORT and a LONG entry).
bool patchTiffSize(QByteArray *tiff)
{
    if (!tiff->startsWith("II"))
        return false;
    auto u16 = [&](int at) { return quint32(uchar(tiff->at(at))) | (quint32(uchar(tiff->at(at + 1))) << 8); };
    const int ifd = int(u16(4) | (u16(6) << 16));
    const int entries = int(u16(ifd));
    int patched = 0;
    for (int i = 0; i < entries; ++i) {
        const int at = ifd + 2 + 12 * i;
        const quint32 tag = u16(at);
        if (tag != 256 && tag != 257)
            continue;
        tiff->replace(at + 8, 4, QByteArray("\x20\x4e\x00\x00", 4));
        ++patched;
    }
    return patched == 2;
}

} // namespace

void TestImporter::headerSizeOfEveryFormat()
{
    // Each format's header is read for the size; a bomb is refused before any pixel is decoded.
    using TestImages::encode;
    using TestImages::noise;
    QString error;
    cv::Mat decoded;

    QByteArray tiff = encode(noise(16, 16, 21), ".tiff");
    QVERIFY(decodeImage(tiff, &decoded, &error));
    QVERIFY(patchTiffSize(&tiff));
    QVERIFY(!decodeImage(tiff, &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("20000 × 20000")), qPrintable(error));

    QByteArray webp = encode(noise(16, 16, 22), ".webp", {cv::IMWRITE_WEBP_QUALITY, 101});   // lossless
    QVERIFY(decodeImage(webp, &decoded, &error));
    QCOMPARE(webp.mid(12, 4), QByteArray("VP8L"));
    // 14 bits each of width-1 and height-1: 16000 × 16000.
    const quint32 bits = (16000u - 1) | ((16000u - 1) << 14) | (quint32(uchar(webp[24])) >> 4 << 28);
    for (int i = 0; i < 4; ++i)
        webp[21 + i] = char((bits >> (8 * i)) & 0xFF);
    QVERIFY(!decodeImage(webp, &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("16000 × 16000")), qPrintable(error));

    QByteArray lossy = encode(noise(16, 16, 23), ".webp", {cv::IMWRITE_WEBP_QUALITY, 80});
    QCOMPARE(lossy.mid(12, 4), QByteArray("VP8 "));
    QVERIFY(decodeImage(lossy, &decoded, &error));
    QCOMPARE(decoded.cols, 16);
    lossy[26] = char(0x80);   // width 16000 = 0x3E80
    lossy[27] = char(0x3E);
    lossy[28] = char(0x80);
    lossy[29] = char(0x3E);
    QVERIFY(!decodeImage(lossy, &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("megapixels")), qPrintable(error));
}

void TestImporter::trailingDataAfterJpeg()
{
    // Phones append data after the image (motion photos): the JPEG itself is complete.
    QByteArray jpeg = TestImages::encode(TestImages::noise(32, 24, 24), ".jpg");
    jpeg.append(QByteArray(4096, 'v'));
    QString error;
    cv::Mat decoded;
    QVERIFY2(decodeImage(jpeg, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.cols, 32);
}

void TestImporter::longStripPreprocesses()
{
    // A 1 × 4000 strip: preprocessing crops before resizing, so it needs no giant buffer.
    const QString strip = m_sources.filePath(QStringLiteral("strip.png"));
    QVERIFY(TestImages::write(strip, TestImages::noise(4000, 1, 25), ".png"));
    std::vector<uint8_t> pixels(64 * 64 * 3);
    QString error;
    QVERIFY2(loadPreprocessed(strip, 64, pixels.data(), &error), qPrintable(error));
}

void TestImporter::exifOrientationApplied()
{
    // A 40 × 20 JPEG tagged "rotate 90° clockwise" (EXIF orientation 6) decodes as 20 × 40.
    QByteArray jpeg = TestImages::encode(TestImages::noise(40, 20, 26), ".jpg");
    const QByteArray tiff = QByteArray("MM\x00\x2a\x00\x00\x00\x08", 8)      // big-endian TIFF, IFD at 8
        + QByteArray("\x00\x01", 2)                                             // one entry
        + QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00", 12)  // Orientation = 6
        + QByteArray("\x00\x00\x00\x00", 4);
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    const int length = int(payload.size()) + 2;
    app1.append(char(length >> 8)).append(char(length & 0xFF)).append(payload);
    int insertAt = 2;   // after SOI, and after the JFIF APP0 segment when there is one
    if (uchar(jpeg[2]) == 0xFF && uchar(jpeg[3]) == 0xE0)
        insertAt = 4 + ((uchar(jpeg[4]) << 8) | uchar(jpeg[5]));
    jpeg.insert(insertAt, app1);
    QString error;
    cv::Mat decoded;
    QVERIFY2(decodeImage(jpeg, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.cols, 20);
    QCOMPARE(decoded.rows, 40);
}

void TestImporter::cmykJpegDecodes()
{
    // Adobe CMYK JPEGs (print workflows) come out as 3-channel BGR like any other. OpenCV cannot
    // write one; ImageMagick (installed with the test tools) can.
    const QString convert = QStandardPaths::findExecutable(QStringLiteral("convert"));
    if (convert.isEmpty())
        QSKIP("ImageMagick's convert is not installed");
    const QString rgb = m_sources.filePath(QStringLiteral("cmyk-source.png"));
    const QString cmyk = m_sources.filePath(QStringLiteral("cmyk.jpg"));
    QVERIFY(TestImages::write(rgb, TestImages::noise(30, 20, 27), ".png"));
    QProcess process;
    process.start(convert, {rgb, QStringLiteral("-colorspace"), QStringLiteral("CMYK"), cmyk});
    QVERIFY(process.waitForFinished(30000) && process.exitCode() == 0);
    QByteArray bytes;
    QString error;
    QVERIFY(readFileBytes(cmyk, &bytes, &error));
    QVERIFY2(bytes.contains("Adobe"), "ImageMagick wrote no Adobe (CMYK) marker");
    cv::Mat decoded;
    QVERIFY2(decodeImage(bytes, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.type(), CV_8UC3);
    QCOMPARE(decoded.cols, 30);
}

void TestImporter::cancelKeepsWhatWasImported()
{
    // 100 images; cancel after the first chunk has been checked.
    QTemporaryDir many;
    for (int i = 0; i < 100; ++i)
        QVERIFY(TestImages::write(many.filePath(QStringLiteral("c/%1.png").arg(i)), TestImages::noise(16, 16, 1000 + i), ".png"));
    std::atomic_bool cancel{false};
    const ImportResult result = Importer(*m_project).run({many.path()}, [&cancel](int done, int) {
        if (done > 0)
            cancel.store(true);
    }, &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(result.images.size() > 0);
    QVERIFY(result.images.size() < 100);
    applyImport(m_project, result);
    // What was imported is in the project, consistently, on disk too; a second import adds the rest.
    Project reopened;
    QString error;
    QVERIFY2(reopened.load(m_project->directory(), &error), qPrintable(error));
    QCOMPARE(reopened.images().size(), result.images.size());
    for (const ImageEntry &image : reopened.images())
        QVERIFY(QFileInfo(reopened.absolutePath(image.path)).isFile());
    const ImportResult rest = Importer(*m_project).run({many.path()});
    QCOMPARE(rest.images.size() + result.images.size(), 100);
    QCOMPARE(rest.duplicates.size(), result.images.size());
}

void TestImporter::truncatedJpegWithExifThumbnail()
{
    // Camera JPEGs carry a whole JPEG thumbnail (with its own scan and EOI markers) in APP1. Cut
    // such a file short: the thumbnail's markers must not make the main image look complete.
    const QByteArray thumbnail = TestImages::encode(TestImages::noise(16, 12, 30), ".jpg");
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + thumbnail;   // enough for the marker walk
    QByteArray app1("\xFF\xE1", 2);
    app1.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xFF)).append(payload);
    QByteArray jpeg = TestImages::encode(TestImages::noise(200, 150, 31), ".jpg");
    jpeg.insert(2, app1);
    QString error;
    cv::Mat decoded;
    QVERIFY2(decodeImage(jpeg, &decoded, &error), qPrintable(error));
    const QByteArray cut = jpeg.left(app1.size() + (jpeg.size() - app1.size()) / 2);
    QVERIFY(cut.contains("\xFF\xD9"));   // the thumbnail's EOI is still there
    QVERIFY(!decodeImage(cut, &decoded, &error));
    QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
