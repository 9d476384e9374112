#include "thumbnails.h"

#include "imagedecoder.h"

#include "util/failure.h"

#include <QDir>

#include <opencv2/imgproc.hpp>

#include <cstring>
#include <QFileInfo>

namespace Hone {

QString thumbnailPath(const QString &cacheDirectory, const QString &hash)
{
    return QDir(cacheDirectory)
        .filePath(QStringLiteral("thumbs/%1/%2/%3.png").arg(ThumbnailSize).arg(hash.left(2), hash));
}

bool ensureThumbnail(const QString &imagePath, const QString &thumbPath, QString *error)
{
    if (QFileInfo::exists(thumbPath))
        return true;
    QByteArray bytes;
    cv::Mat bgr;
    if (!readFileBytes(imagePath, &bytes, error) || !decodeImage(bytes, &bgr, error))
        return false;
    return writeThumbnail(bgr, thumbPath, ThumbnailSize, error);
}

bool loadRgbImage(const QString &path, QByteArray *rgb, int *width, int *height, QString *error)
{
    QByteArray bytes;
    cv::Mat bgr;
    if (!readFileBytes(path, &bytes, error) || !decodeImage(bytes, &bgr, error))
        return false;
    return catchAll([&] {
        cv::Mat out(bgr.rows, bgr.cols, CV_8UC3);
        cv::cvtColor(bgr, out, cv::COLOR_BGR2RGB);
        rgb->resize(qsizetype(out.total() * 3));
        std::memcpy(rgb->data(), out.data, size_t(rgb->size()));
        *width = out.cols;
        *height = out.rows;
        return true;
    }, error);
}

} // namespace Hone
