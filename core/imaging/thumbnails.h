#pragma once

// Thumbnails live under the project's cache/thumbs/<size>/, named by the image's content hash, so they
// survive renames and are shared by duplicates. They are derived data: deleting cache/ is safe.

#include <QString>

namespace Hone {

// The stored size: the longer side in pixels. Galleries show thumbnails at ThumbnailDisplaySize
// logical pixels, so the stored ones stay sharp on screens at up to 160 % and close to it at 200 %.
constexpr int ThumbnailSize = 256;
constexpr int ThumbnailDisplaySize = 160;

QString thumbnailPath(const QString &cacheDirectory, const QString &hash);

// Makes the thumbnail of imagePath at thumbPath unless it exists. Safe to call from any thread.
bool ensureThumbnail(const QString &imagePath, const QString &thumbPath, QString *error);

// Decodes an image file (any format Hone imports, EXIF orientation applied) to packed 8-bit RGB,
// for viewers. Safe to call from any thread.
bool loadRgbImage(const QString &path, QByteArray *rgb, int *width, int *height, QString *error);

} // namespace Hone
