#include "imagedecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

namespace Hone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImageDecoder", text);
}

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

// Dimensions from the header without decoding: PNG IHDR, JPEG SOFn, BMP info header.
// Returns false when the header does not say (OpenCV's own limit then applies).
bool headerSize(const QByteArray &b, const QString &format, qint64 *w, qint64 *h)
{
    if (format == QLatin1String("PNG") && b.size() >= 24) {
        *w = be32(b, 16);
        *h = be32(b, 20);
        return true;
    }
    if (format == QLatin1String("BMP") && b.size() >= 26) {
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
    // A JPEG ends with the EOI marker; tolerate a little trailing padding.
    int end = b.size();
    int padding = 0;
    while (end > 2 && padding < 64 && (uchar(b[end - 1]) == 0x00 || uchar(b[end - 1]) == 0x0A
                                       || uchar(b[end - 1]) == 0x0D || uchar(b[end - 1]) == 0x20)) {
        --end;
        ++padding;
    }
    return end >= 4 && uchar(b[end - 2]) == 0xFF && uchar(b[end - 1]) == 0xD9;
}

} // namespace

void installDecoderLimits(const DecodeLimits &limits)
{
    qputenv("OPENCV_IO_MAX_IMAGE_PIXELS", QByteArray::number(limits.maxPixels));
}

bool readFileBytes(const QString &path, QByteArray *bytes, QString *error, const DecodeLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    if (file.size() == 0) {
        *error = tr("the file is empty");
        return false;
    }
    if (file.size() > limits.maxFileBytes) {
        *error = tr("the file is larger than %1 MB").arg(limits.maxFileBytes / (1024 * 1024));
        return false;
    }
    *bytes = file.readAll();
    if (bytes->size() != file.size()) {
        *error = tr("cannot be read completely: %1").arg(file.errorString());
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
        *error = tr("the content is not a JPEG, PNG, BMP, TIFF or WebP image");
        return false;
    }
    qint64 w = 0, h = 0;
    if (headerSize(bytes, format, &w, &h)) {
        if (w <= 0 || h <= 0) {
            *error = tr("the %1 header gives no valid size").arg(format);
            return false;
        }
        if (w * h > limits.maxPixels) {
            *error = tr("%1 × %2 pixels is more than the limit of %3 megapixels")
                         .arg(w)
                         .arg(h)
                         .arg(limits.maxPixels / 1000000);
            return false;
        }
    }
    if (format == QLatin1String("JPEG") && !jpegComplete(bytes)) {
        *error = tr("the JPEG data is truncated");
        return false;
    }
    try {
        const cv::Mat raw(1, bytes.size(), CV_8U, const_cast<char *>(bytes.constData()));
        *bgr = cv::imdecode(raw, cv::IMREAD_COLOR);
    } catch (const cv::Exception &e) {
        *error = tr("the %1 data cannot be decoded: %2").arg(format, QString::fromStdString(e.msg));
        return false;
    }
    if (bgr->empty()) {
        *error = tr("the %1 data is damaged or truncated").arg(format);
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
    const double scale = double(size) / std::min(bgr.cols, bgr.rows);
    const int w = std::max(size, int(std::lround(bgr.cols * scale)));
    const int h = std::max(size, int(std::lround(bgr.rows * scale)));
    cv::Mat resized;
    cv::resize(bgr, resized, cv::Size(w, h), 0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Rect crop((w - size) / 2, (h - size) / 2, size, size);
    cv::Mat out(size, size, CV_8UC3, dst);
    cv::cvtColor(resized(crop), out, cv::COLOR_BGR2RGB);
}

bool loadPreprocessed(const QString &path, int size, uint8_t *dst, QString *error)
{
    QByteArray bytes;
    cv::Mat bgr;
    if (!readFileBytes(path, &bytes, error) || !decodeImage(bytes, &bgr, error))
        return false;
    preprocessInto(bgr, size, dst);
    return true;
}

bool writeThumbnail(const cv::Mat &bgr, const QString &path, int maxSide, QString *error)
{
    const double scale = std::min(1.0, double(maxSide) / std::max(bgr.cols, bgr.rows));
    cv::Mat small;
    if (scale < 1.0)
        cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        small = bgr;
    std::vector<uchar> png;
    if (!cv::imencode(".png", small, png)) {
        *error = tr("cannot encode the thumbnail");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(png.data()), qint64(png.size()))
            != qint64(png.size())
        || !file.commit()) {
        *error = tr("cannot write the thumbnail %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Hone
