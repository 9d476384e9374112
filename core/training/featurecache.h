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

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace Hone {

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

// The hash of a file's contents, hex SHA-256, for keys (weights files). Empty when unreadable.
QString fileSha256(const QString &path);

} // namespace Hone
