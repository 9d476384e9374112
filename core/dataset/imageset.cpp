#include "imageset.h"

#include "imaging/imagedecoder.h"
#include "util/failure.h"
#include "util/poolwait.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent/QtConcurrentMap>

#include <cstring>
#include <limits>
#include <numeric>

#include <unistd.h>

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
    const PoolWait wait;
    QtConcurrent::blockingMap(indices, [&](int i) {
        if (cancel && cancel->load()) {
            errors[i] = QStringLiteral("cancelled");
            return;
        }
        QString error;
        // Nothing may leave a blockingMap task: it would end the whole load as a QUnhandledException.
        if (!catchAll([&] { return loadPreprocessed(paths.at(i), imageSize, pixels.data() + bytesPerImage * size_t(i), &error); }, &error))
            errors[i] = error.isEmpty() ? QCoreApplication::translate("ImageSet", "cannot be read") : error;
    });
    if (cancel && cancel->load())
        return false;

    // The images that decoded move down over the ones that did not, in place: no second copy.
    out->count = 0;
    out->height = imageSize;
    out->width = imageSize;
    out->labels.clear();
    kept->clear();
    for (int i = 0; i < paths.size(); ++i) {
        if (!errors.at(i).isEmpty()) {
            failures->append({paths.at(i), errors.at(i)});
            continue;
        }
        if (out->count != i)
            std::memmove(pixels.data() + bytesPerImage * size_t(out->count), pixels.data() + bytesPerImage * size_t(i),
                         bytesPerImage);
        if (!labels.isEmpty())
            out->labels.push_back(labels.at(i));
        kept->append(i);
        ++out->count;
    }
    pixels.resize(bytesPerImage * size_t(out->count));
    out->pixels = std::move(pixels);
    return true;
}

qint64 imageMemoryBudget()
{
    bool ok = false;
    const qint64 megabytes = qEnvironmentVariable("HONE_IMAGE_MEMORY_MB").toLongLong(&ok);
    if (ok && megabytes > 0)
        return megabytes * 1024 * 1024;
    if (ok && megabytes == 0)
        return std::numeric_limits<qint64>::max();   // no limit
    qint64 available = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meminfo.readAll().split('\n')) {
            if (line.startsWith("MemAvailable:"))
                available = line.mid(13).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    if (available <= 0)
        available = qint64(sysconf(_SC_PHYS_PAGES)) * qint64(sysconf(_SC_PAGESIZE));
    // In a container the cgroup's limit is what counts (cgroup v2; "max" is none).
    QFile limitFile(QStringLiteral("/sys/fs/cgroup/memory.max"));
    QFile usedFile(QStringLiteral("/sys/fs/cgroup/memory.current"));
    if (limitFile.open(QIODevice::ReadOnly) && usedFile.open(QIODevice::ReadOnly)) {
        bool limited = false, known = false;
        const qint64 limit = limitFile.readAll().trimmed().toLongLong(&limited);
        const qint64 used = usedFile.readAll().trimmed().toLongLong(&known);
        if (limited && known && limit > used && (available <= 0 || limit - used < available))
            available = limit - used;
    }
    return available > 0 ? available / 10 * 6 : std::numeric_limits<qint64>::max();
}

bool imageSetFits(qint64 count, int imageSize, QString *error)
{
    const double needed = double(count) * imageSize * imageSize * 3;
    const qint64 budget = imageMemoryBudget();
    if (needed <= double(budget))
        return true;
    const auto gb = [](double bytes) { return QString::number(bytes / (1024.0 * 1024 * 1024), 'f', bytes < 1e8 ? 3 : 1); };
    *error = QCoreApplication::translate("ImageSet",
                                         "%1 images at %2 px take %3 GB decoded, more than the %4 GB of memory there "
                                         "is for them; choose a smaller image size or fewer images (HONE_IMAGE_MEMORY_MB "
                                         "sets the limit)")
                 .arg(count)
                 .arg(imageSize)
                 .arg(gb(needed), gb(double(budget)));
    return false;
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
