#include "thumbnails.h"

#include "imagedecoder.h"

#include <QDir>
#include <QFileInfo>

namespace Hone {

QString thumbnailPath(const QString &cacheDirectory, const QString &hash)
{
    return QDir(cacheDirectory)
        .filePath(QStringLiteral("thumbs/%1/%2.png").arg(hash.left(2), hash));
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

} // namespace Hone
