#include "imageset.h"

#include "imaging/imagedecoder.h"

#include <QtConcurrent/QtConcurrentMap>

#include <cstring>
#include <numeric>

namespace Hone {

bool loadImageSet(const QStringList &paths, const QVector<int> &labels, int imageSize,
                  Nn::ImageBatch *out, QVector<int> *kept, QVector<ImageSetFailure> *failures,
                  const std::atomic_bool *cancel)
{
    const size_t bytesPerImage = size_t(imageSize) * imageSize * 3;
    std::vector<uint8_t> pixels(bytesPerImage * size_t(paths.size()));
    QVector<QString> errors(paths.size());
    QVector<int> indices(paths.size());
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int i) {
        if (cancel && cancel->load()) {
            errors[i] = QStringLiteral("cancelled");
            return;
        }
        QString error;
        if (!loadPreprocessed(paths.at(i), imageSize, pixels.data() + bytesPerImage * size_t(i), &error))
            errors[i] = error;
    });
    if (cancel && cancel->load())
        return false;

    out->count = 0;
    out->height = imageSize;
    out->width = imageSize;
    out->pixels.clear();
    out->pixels.reserve(pixels.size());
    out->labels.clear();
    kept->clear();
    for (int i = 0; i < paths.size(); ++i) {
        if (!errors.at(i).isEmpty()) {
            failures->append({paths.at(i), errors.at(i)});
            continue;
        }
        out->pixels.insert(out->pixels.end(), pixels.begin() + long(bytesPerImage * size_t(i)),
                           pixels.begin() + long(bytesPerImage * size_t(i + 1)));
        if (!labels.isEmpty())
            out->labels.push_back(labels.at(i));
        kept->append(i);
        ++out->count;
    }
    return true;
}

Nn::ImageBatch gatherBatch(const Nn::ImageBatch &all, const QVector<int> &indices,
                           const QVector<bool> &flip)
{
    Nn::ImageBatch batch;
    batch.count = indices.size();
    batch.height = all.height;
    batch.width = all.width;
    const size_t bytes = all.imageBytes();
    const size_t rowBytes = size_t(all.width) * 3;
    batch.pixels.resize(bytes * size_t(indices.size()));
    for (int k = 0; k < indices.size(); ++k) {
        const uint8_t *src = all.pixels.data() + bytes * size_t(indices.at(k));
        uint8_t *dst = batch.pixels.data() + bytes * size_t(k);
        if (k < flip.size() && flip.at(k)) {
            for (int64_t y = 0; y < all.height; ++y) {
                const uint8_t *srow = src + size_t(y) * rowBytes;
                uint8_t *drow = dst + size_t(y) * rowBytes;
                for (int64_t x = 0; x < all.width; ++x)
                    std::memcpy(drow + 3 * x, srow + 3 * (all.width - 1 - x), 3);
            }
        } else {
            std::memcpy(dst, src, bytes);
        }
        if (!all.labels.empty())
            batch.labels.push_back(all.labels.at(size_t(indices.at(k))));
    }
    return batch;
}

} // namespace Hone
