#include "imagedecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "util/failure.h"
#include "util/atomicfile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageDecoder)
};

quint32 be32(const QByteArray &b, int at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16)
        | (quint32(uchar(b[at + 2])) << 8) | quint32(uchar(b[at + 3]));
}

quint32 le32(const QByteArray &b, int at)
{
    return quint32(uchar(b[at])) | (quint32(uchar(b[at + 1])) << 8)
        | (quint32(uchar(b[at + 2])) << 16) | (quint32(uchar(b[at + 3])) << 24);
}

quint32 le16(const QByteArray &b, int at)
{
    return quint32(uchar(b[at])) | (quint32(uchar(b[at + 1])) << 8);
}

quint32 le24(const QByteArray &b, int at)
{
    return le16(b, at) | (quint32(uchar(b[at + 2])) << 16);
}

// TIFF: the first image file directory's size and sample layout (tags 256, 257, 258, 339).
struct TiffInfo
{
    qint64 width = 0;
    qint64 height = 0;
    qint64 bitsPerSample = 1;
    qint64 sampleFormat = 1;   // 1 unsigned, 2 signed, 3 IEEE float
};

bool tiffInfo(const QByteArray &b, TiffInfo *info)
{
    const bool little = b.startsWith("II");
    auto u16 = [&](qint64 at) { return little ? le16(b, int(at)) : (quint32(uchar(b[int(at)])) << 8) | uchar(b[int(at) + 1]); };
    auto u32 = [&](qint64 at) { return little ? le32(b, int(at)) : be32(b, int(at)); };
    if (b.size() < 8)
        return false;
    const qint64 ifd = u32(4);
    if (ifd < 8 || ifd + 2 > b.size())
        return false;
    const quint32 entries = u16(ifd);
    TiffInfo out;
    for (quint32 i = 0; i < entries; ++i) {
        const qint64 at = ifd + 2 + 12 * qint64(i);
        if (at + 12 > b.size())
            return false;
        const quint32 tag = u16(at);
        const quint32 type = u16(at + 2);
        const quint32 count = u32(at + 4);
        // A SHORT value lies in the entry itself when it fits (count <= 2); several samples' bits
        // lie elsewhere, and the first one is what counts here.
        qint64 value = type == 3 ? qint64(u16(at + 8)) : qint64(u32(at + 8));
        if (type == 3 && count > 2) {
            const qint64 offset = u32(at + 8);
            value = offset + 2 <= b.size() ? qint64(u16(offset)) : 0;
        }
        // A repeated tag makes the size ambiguous: refuse rather than guess which one a decoder uses.
        if ((tag == 256 && out.width) || (tag == 257 && out.height))
            return false;
        if (tag == 256)
            out.width = value;
        else if (tag == 257)
            out.height = value;
        else if (tag == 258)
            out.bitsPerSample = value;
        else if (tag == 339)
            out.sampleFormat = value;
    }
    *info = out;
    return out.width > 0 && out.height > 0;
}

bool tiffSize(const QByteArray &b, qint64 *w, qint64 *h)
{
    TiffInfo info;
    if (!tiffInfo(b, &info))
        return false;
    *w = info.width;
    *h = info.height;
    return true;
}

// WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) header.
bool webpSize(const QByteArray &b, qint64 *w, qint64 *h)
{
    if (b.size() < 30)
        return false;
    const QByteArray chunk = b.mid(12, 4);
    if (chunk == "VP8X") {
        *w = qint64(le24(b, 24)) + 1;
        *h = qint64(le24(b, 27)) + 1;
        return true;
    }
    if (chunk == "VP8L" && uchar(b[20]) == 0x2F) {
        const quint32 bits = le32(b, 21);
        *w = qint64(bits & 0x3FFF) + 1;
        *h = qint64((bits >> 14) & 0x3FFF) + 1;
        return true;
    }
    if (chunk == "VP8 " && uchar(b[23]) == 0x9D && uchar(b[24]) == 0x01 && uchar(b[25]) == 0x2A) {
        *w = le16(b, 26) & 0x3FFF;
        *h = le16(b, 28) & 0x3FFF;
        return true;
    }
    return false;
}

// An extended WebP whose header sets the animation flag.
bool webpAnimated(const QByteArray &b)
{
    return b.size() >= 21 && b.mid(12, 4) == "VP8X" && (uchar(b[20]) & 0x02);
}

// Formats Hone does not decode, named so that a refusal says what the file is.
QString unsupportedFormat(const QByteArray &b)
{
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return QStringLiteral("GIF");
    if (b.size() >= 12 && b.mid(4, 4) == "ftyp") {
        const QByteArray brand = b.mid(8, 4);
        if (brand == "avif" || brand == "avis")
            return QStringLiteral("AVIF");
        if (brand.startsWith("hei") || brand.startsWith("hev") || brand == "mif1" || brand == "msf1")
            return QStringLiteral("HEIC/HEIF");
        return QString();
    }
    if (b.startsWith("8BPS"))
        //: a kind of file, in "this is a %1 file, not a … image"
        return Text::tr("Photoshop (PSD)");
    if (b.startsWith("%PDF"))
        return QStringLiteral("PDF");
    if (b.startsWith(QByteArray("\0\0\1\0", 4)))
        //: a kind of file, in "this is a %1 file, not a … image"
        return Text::tr("Windows icon (ICO)");
    if (b.startsWith(QByteArray("\0\0\0\x0cjP  ", 8)) || b.startsWith("\xff\x4f\xff\x51"))
        return QStringLiteral("JPEG 2000");
    if (b.startsWith(QByteArray("II\x2a\0\x10\0\0\0CR", 10)))
        //: a kind of file, in "this is a %1 file, not a … image"
        return Text::tr("Canon raw (CR2)");
    if (b.startsWith("\xff\x0a") || b.startsWith(QByteArray("\0\0\0\x0cJXL ", 8)))
        return QStringLiteral("JPEG XL");
    if (b.startsWith("PK\x03\x04"))
        //: a kind of file, in "this is a %1 file, not a … image"
        return Text::tr("ZIP archive");
    const QByteArray head = b.left(256).trimmed().toLower();
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg")))
        return QStringLiteral("SVG");
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        //: a kind of file, in "this is a %1 file, not a … image"
        return Text::tr("HTML page");
    return QString();
}

// A float TIFF holds linear values, usually in [0, 1], which map to 0-255; any other range is
// stretched to its minimum and maximum. NaN and infinite samples count as 0.
cv::Mat floatToBgr8(const cv::Mat &image)
{
    cv::Mat f;
    image.convertTo(f, CV_32F);   // continuous
    float *p = f.ptr<float>();
    const size_t n = f.total() * size_t(f.channels());
    float lo = 0.0f, hi = 0.0f;
    for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(p[i]))
            p[i] = 0.0f;
        lo = i == 0 ? p[i] : std::min(lo, p[i]);
        hi = i == 0 ? p[i] : std::max(hi, p[i]);
    }
    cv::Mat out;
    if (lo >= 0.0f && hi <= 1.0f)
        f.convertTo(out, CV_8U, 255.0);
    else if (hi > lo)
        f.convertTo(out, CV_8U, 255.0 / (double(hi) - lo), -double(lo) * 255.0 / (double(hi) - lo));
    else
        f.convertTo(out, CV_8U, 0.0);
    if (out.channels() == 2)   // gray and alpha
        cv::extractChannel(out, out, 0);
    if (out.channels() == 1)
        cv::cvtColor(out, out, cv::COLOR_GRAY2BGR);
    else if (out.channels() == 4)
        cv::cvtColor(out, out, cv::COLOR_BGRA2BGR);
    return out;
}

// Dimensions from the header without decoding any pixel, for every format Hone accepts.
bool headerSize(const QByteArray &b, const QString &format, qint64 *w, qint64 *h)
{
    if (format == QLatin1String("TIFF"))
        return tiffSize(b, w, h);
    if (format == QLatin1String("WebP"))
        return webpSize(b, w, h);
    if (format == QLatin1String("PNG") && b.size() >= 24) {
        *w = be32(b, 16);
        *h = be32(b, 20);
        return true;
    }
    if (format == QLatin1String("BMP") && b.size() >= 26) {
        if (le32(b, 14) == 12) {   // OS/2 BITMAPCOREHEADER: 16-bit sizes
            *w = le16(b, 18);
            *h = le16(b, 20);
            return true;
        }
        *w = qint32(le32(b, 18));
        *h = qint32(le32(b, 22));
        *w = std::abs(*w);
        *h = std::abs(*h);
        return true;
    }
    if (format == QLatin1String("JPEG")) {
        int i = 2;
        while (i + 9 < b.size()) {
            if (uchar(b[i]) != 0xFF) {
                ++i;
                continue;
            }
            const uchar marker = uchar(b[i + 1]);
            if (marker == 0xFF) {
                ++i;
                continue;
            }
            // TEM, RST0-7 and SOI stand alone: reading a length after them would jump into the
            // next segment, where a fake frame header could hide the real size from this check.
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                i += 2;
                continue;
            }
            const int length = (uchar(b[i + 2]) << 8) | uchar(b[i + 3]);
            const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                && marker != 0xCC;
            if (sof) {
                *h = (uchar(b[i + 5]) << 8) | uchar(b[i + 6]);
                *w = (uchar(b[i + 7]) << 8) | uchar(b[i + 8]);
                return true;
            }
            i += 2 + length;
        }
    }
    return false;
}

bool jpegComplete(const QByteArray &b)
{
    // Walk the marker segments by their lengths to the main image's start-of-scan (an EXIF
    // thumbnail inside APP1 has markers of its own, skipped with its segment). Entropy-coded data
    // never holds FF D9 (an FF there is stuffed with 00), so an EOI after that scan start means the
    // image is whole, even when other data follows (trailing metadata, a "motion photo" video).
    qsizetype i = 2;
    while (i + 3 < b.size()) {
        if (uchar(b[i]) != 0xFF)
            return false;
        const uchar marker = uchar(b[i + 1]);
        if (marker == 0xFF) {   // fill byte
            ++i;
            continue;
        }
        if (marker == 0xDA)
            return b.indexOf("\xFF\xD9", i + 2) > i;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            i += 2;
            continue;
        }
        const qsizetype length = (uchar(b[i + 2]) << 8) | uchar(b[i + 3]);
        if (length < 2)
            return false;
        i += 2 + length;
    }
    return false;
}

} // namespace

bool readFileBytes(const QString &path, QByteArray *bytes, QString *error, const DecodeLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    if (file.size() == 0) {
        *error = Text::tr("the file is empty");
        return false;
    }
    if (file.size() > limits.maxFileBytes) {
        *error = Text::tr("the file is larger than %1 MB").arg(limits.maxFileBytes / (1024 * 1024));
        return false;
    }
    if (!catchAll([&] { *bytes = file.readAll(); return true; }, error))
        return false;
    if (bytes->size() != file.size()) {
        *error = Text::tr("cannot be read completely: %1").arg(file.errorString());
        return false;
    }
    return true;
}

QString sniffFormat(const QByteArray &b)
{
    if (b.size() >= 3 && uchar(b[0]) == 0xFF && uchar(b[1]) == 0xD8 && uchar(b[2]) == 0xFF)
        return QStringLiteral("JPEG");
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("PNG");
    if (b.startsWith("BM") && b.size() >= 26)
        return QStringLiteral("BMP");
    if (b.startsWith(QByteArray("II*\0", 4)) || b.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("TIFF");
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return QStringLiteral("WebP");
    return QString();
}

bool decodeImage(const QByteArray &bytes, cv::Mat *bgr, QString *error, const DecodeLimits &limits)
{
    const QString format = sniffFormat(bytes);
    if (format.isEmpty()) {
        const QString other = unsupportedFormat(bytes);
        *error = other.isEmpty() ? Text::tr("the content is not a JPEG, PNG, BMP, TIFF or WebP image")
                                 : Text::tr("this is a %1 file, not a JPEG, PNG, BMP, TIFF or WebP image").arg(other);
        return false;
    }
    // The size comes from the header, before any pixel is decoded: a decompression bomb is
    // refused without allocating its pixels.
    qint64 w = 0, h = 0;
    if (!headerSize(bytes, format, &w, &h) || w <= 0 || h <= 0) {
        *error = Text::tr("the %1 header is damaged: it gives no valid image size").arg(format);
        return false;
    }
    if (w > limits.maxPixels / h) {   // not w * h: that could overflow
        *error = Text::tr("%1 × %2 pixels is more than the limit of %3 megapixels")
                     .arg(w)
                     .arg(h)
                     .arg(limits.maxPixels / 1000000);
        return false;
    }
    if (format == QLatin1String("JPEG") && !jpegComplete(bytes)) {
        *error = Text::tr("the JPEG data is truncated");
        return false;
    }
    if (format == QLatin1String("WebP") && webpAnimated(bytes)) {
        *error = Text::tr("animated WebP: only still images are supported");
        return false;
    }
    TiffInfo tiff;
    const bool floatTiff = format == QLatin1String("TIFF") && tiffInfo(bytes, &tiff) && tiff.sampleFormat == 3;
    if (floatTiff && tiff.bitsPerSample != 32 && tiff.bitsPerSample != 64) {
        *error = Text::tr("%1-bit float TIFF is not supported (32- and 64-bit are)").arg(tiff.bitsPerSample);
        return false;
    }
    QString failure;
    const bool decoded = catchAll([&] {
        const cv::Mat raw(1, int(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
        if (floatTiff) {
            const cv::Mat image = cv::imdecode(raw, cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
            *bgr = image.empty() ? cv::Mat() : floatToBgr8(image);
        } else {
            *bgr = cv::imdecode(raw, cv::IMREAD_COLOR);
        }
        return true;
    }, &failure);
    if (!decoded) {
        *error = Text::tr("the %1 data cannot be decoded: %2").arg(format, failure);
        return false;
    }
    if (bgr->empty()) {
        *error = Text::tr("the %1 data is damaged or truncated").arg(format);
        return false;
    }
    return true;
}

const char *resizePolicyName()
{
    return "resize-shorter-side-then-center-crop";
}

void preprocessInto(const cv::Mat &bgr, int size, uint8_t *dst)
{
    // Resizing the shorter side to `size` and cropping the centre equals cropping the centred
    // square first and resizing that — which never allocates more than the source for long strips.
    const int side = std::min(bgr.cols, bgr.rows);
    const cv::Rect square((bgr.cols - side) / 2, (bgr.rows - side) / 2, side, side);
    cv::Mat resized = bgr(square);
    if (side != size)   // an image already at the input size is used as it is
        cv::resize(bgr(square), resized, cv::Size(size, size), 0, 0,
                   side > size ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat out(size, size, CV_8UC3, dst);
    cv::cvtColor(resized, out, cv::COLOR_BGR2RGB);
}

bool loadPreprocessed(const QString &path, int size, uint8_t *dst, QString *error)
{
    QByteArray bytes;
    cv::Mat bgr;
    if (!readFileBytes(path, &bytes, error) || !decodeImage(bytes, &bgr, error))
        return false;
    QString failure;
    if (!catchAll([&] { preprocessInto(bgr, size, dst); return true; }, &failure)) {
        *error = Text::tr("cannot be resized: %1").arg(failure);
        return false;
    }
    return true;
}

cv::Size thumbnailSize(int width, int height, int maxSide)
{
    const int longer = std::max(width, height);
    if (longer <= maxSide)
        return cv::Size(width, height);
    // Each side rounded and at least one pixel: a 4000 x 8 strip becomes 160 x 1, not 160 x 0.
    const double scale = double(maxSide) / longer;
    return cv::Size(std::clamp(int(std::lround(width * scale)), 1, maxSide),
                    std::clamp(int(std::lround(height * scale)), 1, maxSide));
}

bool writeThumbnail(const cv::Mat &bgr, const QString &path, int maxSide, QString *error)
{
    std::vector<uchar> png;
    QString failure;
    const bool encoded = catchAll([&] {
        const cv::Size size = thumbnailSize(bgr.cols, bgr.rows, maxSide);
        cv::Mat small = bgr;
        if (size != bgr.size())
            cv::resize(bgr, small, size, 0, 0, cv::INTER_AREA);
        return cv::imencode(".png", small, png);
    }, &failure);
    if (!encoded) {
        *error = failure.isEmpty() ? Text::tr("cannot encode the thumbnail") : Text::tr("cannot make the thumbnail: %1").arg(failure);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileAtomically(path, QByteArray(reinterpret_cast<const char *>(png.data()), qsizetype(png.size())),
                               error);
}

} // namespace Hone
