#pragma once

// Decodes and preprocesses a list of image files, in parallel, into one in-memory uint8 batch.
// Small datasets stay decoded between epochs; files that fail are left out and reported.

#include "nn/imagebatch.h"

#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace Hone {

struct ImageSetFailure
{
    QString path;
    QString reason;
};

// Fills *out with the images that decoded (in input order) and their labels (if labels is not
// empty); *kept receives the input indices that made it.
bool loadImageSet(const QStringList &paths, const QVector<int> &labels, int imageSize,
                  Nn::ImageBatch *out, QVector<int> *kept, QVector<ImageSetFailure> *failures,
                  const std::atomic_bool *cancel = nullptr);

// The memory decoded images may take: HONE_IMAGE_MEMORY_MB (megabytes; 0 = no limit) when set,
// else 60 % of the memory available now (MemAvailable on Linux, or a container's cgroup limit
// when that is lower; physical memory elsewhere).
qint64 imageMemoryBudget();
// Whether `count` images at `imageSize` fit that budget; false with a message that says what to
// change otherwise. Training keeps its images decoded for the whole run, so it asks first.
bool imageSetFits(qint64 count, int imageSize, QString *error);

// Copies rows `indices` of `all` into a new batch; flips a row horizontally where flip[i] is set.
Nn::ImageBatch gatherBatch(const Nn::ImageBatch &all, const QVector<int> &indices,
                           const QVector<bool> &flip = {});

} // namespace Hone
