#pragma once

// Images the tests draw themselves (no binary test data is shipped): encoded with OpenCV and
// written through QFile, so non-ASCII file names work the same on every platform.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>
#include <vector>

namespace TestImages {

// Encodes `image` in the format of `ext` (".png", ".jpg", ...) and writes it to path.
inline QByteArray encode(const cv::Mat &image, const char *ext, const std::vector<int> &params = {})
{
    std::vector<uchar> bytes;
    if (!cv::imencode(ext, image, bytes, params))
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size()));
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool write(const QString &path, const cv::Mat &image, const char *ext)
{
    const QByteArray bytes = encode(image, ext);
    return !bytes.isEmpty() && writeBytes(path, bytes);
}

// A small picture that differs with every seed (so no two are duplicates).
inline cv::Mat noise(int width, int height, unsigned seed, int type = CV_8UC3)
{
    cv::Mat image(height, width, type);
    cv::RNG rng(seed);
    const int depth = CV_MAT_DEPTH(type);
    rng.fill(image, cv::RNG::UNIFORM, 0, depth == CV_16U ? 65536 : 256);
    return image;
}

enum class Shape { Circle, Square };

// A filled circle or square of random size, position and colours. The colours are random but
// always light on dark: a network trained from scratch on a few dozen images must learn the
// shape, not the colour pair.
inline cv::Mat drawShape(Shape shape, int size, std::mt19937 &rng)
{
    std::uniform_int_distribution<int> dark(0, 60);
    std::uniform_int_distribution<int> light(180, 255);
    const cv::Scalar background(dark(rng), dark(rng), dark(rng));
    const cv::Scalar foreground(light(rng), light(rng), light(rng));
    cv::Mat image(size, size, CV_8UC3, background);
    const int half = std::uniform_int_distribution<int>(size * 36 / 100, size * 46 / 100)(rng);
    std::uniform_int_distribution<int> centre(half + 1, size - half - 2);
    const cv::Point c(centre(rng), centre(rng));
    if (shape == Shape::Circle)
        cv::circle(image, c, half, foreground, cv::FILLED, cv::LINE_AA);
    else
        cv::rectangle(image, cv::Point(c.x - half, c.y - half), cv::Point(c.x + half, c.y + half),
                      foreground, cv::FILLED);
    return image;
}

// root/circles/circle-NN.png and root/squares/square-NN.png, perClass each.
inline bool writeShapeDataset(const QString &root, int perClass, int size, unsigned seed)
{
    std::mt19937 rng(seed);
    for (int i = 0; i < perClass; ++i) {
        const QString n = QString::number(i).rightJustified(2, QLatin1Char('0'));
        if (!write(QDir(root).filePath(QStringLiteral("circles/circle-%1.png").arg(n)),
                   drawShape(Shape::Circle, size, rng), ".png")
            || !write(QDir(root).filePath(QStringLiteral("squares/square-%1.png").arg(n)),
                      drawShape(Shape::Square, size, rng), ".png"))
            return false;
    }
    return true;
}

} // namespace TestImages
