#pragma once

// The frozen-trunk feature cache. When the first k stages of a backbone are frozen, their output
// for an image never changes during a run, nor between runs that share the same image, backbone,
// weights, k, input size and preprocessing. Hone computes it once per image and view (view 1 is
// the horizontally flipped image, the one augmentation that applies before the trunk), keeps it in
// memory for the run, and stores it under the project's cache/features/<key>/ for later runs.
//
// The key is a hash of everything the features depend on; the file name adds the image's content
// hash and the view. A file that does not match what is expected (corrupt, other shape) is a miss
// and is rewritten; the cache can be deleted at any time.

#include "dataset/augment.h"
#include "nn/imagebatch.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace Hone {

namespace Nn {
class ClassifierModel;
}

class FeatureStore
{
public:
    // `key` names what the features depend on (backbone, weights hash, depth, input size,
    // preprocessing, format version); `cacheDirectory` is the project's cache/ folder.
    FeatureStore(const QString &cacheDirectory, const QJsonObject &key);

    QString directory() const { return m_directory; }
    QString keyId() const { return m_keyId; }

    // Reads one item of exactly `shape` into dst (shape's product floats). False on a miss.
    bool read(const QString &imageHash, int view, const std::vector<int64_t> &shape, float *dst) const;
    // Writes one item atomically; false (and nothing half-written) when the disk refuses.
    bool write(const QString &imageHash, int view, const std::vector<int64_t> &shape, const float *src) const;

private:
    QString path(const QString &imageHash, int view) const;

    QString m_directory;
    QString m_keyId;
};

// The cache's disk budget: HONE_FEATURE_CACHE_MB (megabytes) when set, else 4 GiB.
qint64 featureCacheBudget();

struct PruneResult
{
    int removedKeys = 0;
    qint64 freedBytes = 0;
    qint64 keptBytes = 0;
};

// Keeps cacheDirectory/features/ within `budgetBytes`: whole key folders go, least recently used
// first (a key's key.json is touched whenever a run opens it), never the `keepKeyId` in use.
PruneResult pruneFeatureCache(const QString &cacheDirectory, qint64 budgetBytes, const QString &keepKeyId);

struct CacheStats
{
    int reused = 0;
    int computed = 0;
    int unstored = 0;   // computed but not written (no content hash, or the disk refused)
};

// The trunk features (the first `depth` stages) of view `view` of every image in `images`, the view
// being the augmentation viewParams(row, view) gives: read from `store` where it has them, computed
// in batches of 32 otherwise, and stored. hashes[kept[i]] is image i's content hash. False when
// stopped.
bool cachedTrunkFeatures(Nn::ClassifierModel &model, const Nn::ImageBatch &images, const QStringList &hashes,
                         const QVector<int> &kept, int view,
                         const std::function<AugmentParams(int, int)> &viewParams, int depth,
                         const FeatureStore &store, Nn::FeatureBatch *out, CacheStats *stats,
                         const std::atomic_bool &stop);

// Rows `indices` of the per-view feature sets; views[i] picks the view of row i (default 0).
Nn::FeatureBatch gatherFeatures(const Nn::FeatureBatch *perView, const QVector<int> &indices,
                                const QVector<int> &views = {});

} // namespace Hone
