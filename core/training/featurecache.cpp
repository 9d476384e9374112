#include "featurecache.h"

#include "util/atomicfile.h"

#include "nn/classifiermodel.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace Hone {

namespace {

constexpr char Magic[8] = {'H', 'O', 'N', 'E', 'F', 'E', 'A', 'T'};
constexpr quint32 FormatVersion = 1;
constexpr int MaxDims = 8;

std::size_t product(const std::vector<int64_t> &shape)
{
    std::size_t n = 1;
    for (int64_t d : shape)
        n *= static_cast<std::size_t>(d);
    return n;
}

// Header: magic, version, dimension count, dimensions (int64 each), then float32 values.
QByteArray header(const std::vector<int64_t> &shape)
{
    QByteArray bytes(Magic, sizeof Magic);
    const quint32 version = FormatVersion;
    const quint32 dims = quint32(shape.size());
    bytes.append(reinterpret_cast<const char *>(&version), sizeof version);
    bytes.append(reinterpret_cast<const char *>(&dims), sizeof dims);
    for (int64_t d : shape)
        bytes.append(reinterpret_cast<const char *>(&d), sizeof d);
    return bytes;
}

} // namespace

FeatureStore::FeatureStore(const QString &cacheDirectory, const QJsonObject &key)
{
    const QByteArray canonical = QJsonDocument(key).toJson(QJsonDocument::Compact);
    m_keyId = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(20));
    m_directory = QDir(cacheDirectory).filePath(QStringLiteral("features/") + m_keyId);
    // What the key means, for people looking into the cache; written on every use, so its time
    // says when the key was last used (the disk budget drops the least recently used first).
    if (QDir().mkpath(m_directory)) {
        writeFileAtomically(QDir(m_directory).filePath(QStringLiteral("key.json")), QJsonDocument(key).toJson());
    }
}

qint64 featureCacheBudget()
{
    bool ok = false;
    const qint64 megabytes = qEnvironmentVariable("HONE_FEATURE_CACHE_MB").toLongLong(&ok);
    return ok && megabytes >= 0 ? megabytes * 1024 * 1024 : qint64(4) * 1024 * 1024 * 1024;
}

PruneResult pruneFeatureCache(const QString &cacheDirectory, qint64 budgetBytes, const QString &keepKeyId)
{
    struct Key
    {
        QString path;
        QDateTime used;
        qint64 bytes = 0;
    };
    QVector<Key> keys;
    PruneResult result;
    const QDir features(QDir(cacheDirectory).filePath(QStringLiteral("features")));
    for (const QFileInfo &dir : features.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        Key key;
        key.path = dir.absoluteFilePath();
        const QFileInfo stamp(QDir(key.path).filePath(QStringLiteral("key.json")));
        key.used = stamp.exists() ? stamp.lastModified() : dir.lastModified();
        for (const QFileInfo &file : QDir(key.path).entryInfoList(QDir::Files))
            key.bytes += file.size();
        result.keptBytes += key.bytes;
        if (dir.fileName() != keepKeyId)
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) { return a.used < b.used; });
    for (const Key &key : std::as_const(keys)) {
        if (result.keptBytes <= budgetBytes)
            break;
        if (QDir(key.path).removeRecursively()) {
            result.keptBytes -= key.bytes;
            result.freedBytes += key.bytes;
            result.removedKeys += 1;
        }
    }
    return result;
}

QString FeatureStore::path(const QString &imageHash, int view) const
{
    return QDir(m_directory).filePath(QStringLiteral("%1-%2.f32").arg(imageHash).arg(view));
}

bool FeatureStore::read(const QString &imageHash, int view, const std::vector<int64_t> &shape, float *dst) const
{
    if (imageHash.isEmpty() || shape.empty() || shape.size() > MaxDims)
        return false;
    QFile file(path(imageHash, view));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray expected = header(shape);
    const qint64 dataBytes = qint64(product(shape) * sizeof(float));
    if (file.size() != expected.size() + dataBytes || file.read(expected.size()) != expected)
        return false;
    return file.read(reinterpret_cast<char *>(dst), dataBytes) == dataBytes;
}

bool FeatureStore::write(const QString &imageHash, int view, const std::vector<int64_t> &shape, const float *src) const
{
    if (imageHash.isEmpty() || shape.empty() || shape.size() > MaxDims)
        return false;
    QSaveFile file(path(imageHash, view));
    if (!openForAtomicWrite(&file))
        return false;
    const QByteArray head = header(shape);
    const qint64 dataBytes = qint64(product(shape) * sizeof(float));
    if (file.write(head) != head.size() || file.write(reinterpret_cast<const char *>(src), dataBytes) != dataBytes)
        return false;
    return file.commit();
}

bool cachedTrunkFeatures(Nn::ClassifierModel &model, const Nn::ImageBatch &images, const QStringList &hashes,
                   const QVector<int> &kept, int view, const std::function<AugmentParams(int, int)> &viewParams,
                   int depth, const FeatureStore &store, Nn::FeatureBatch *out, CacheStats *stats,
                   const std::atomic_bool &stop)
{
    const int n = int(images.count);
    const auto paramsOf = [&](const QVector<int> &rows) {
        QVector<AugmentParams> params;
        for (int row : rows)
            params.append(viewParams(row, view));
        return params;
    };
    const Nn::FeatureBatch probe = model.trunkFeatures(gatherAugmented(images, {0}, paramsOf({0})), depth);
    out->count = n;
    out->itemShape = probe.itemShape;
    out->labels = images.labels;
    const std::size_t item = probe.itemSize();
    out->values.assign(item * std::size_t(n), 0.0f);
    QVector<int> missing;
    for (int i = 0; i < n; ++i) {
        if (store.read(hashes.value(kept.value(i, -1)), view, out->itemShape, out->values.data() + item * i))
            ++stats->reused;
        else
            missing.append(i);
    }
    for (int start = 0; start < missing.size(); start += 32) {
        if (stop.load())
            return false;
        const QVector<int> rows = missing.mid(start, 32);
        const Nn::FeatureBatch computed = model.trunkFeatures(gatherAugmented(images, rows, paramsOf(rows)), depth);
        for (int r = 0; r < rows.size(); ++r) {
            float *dst = out->values.data() + item * rows.at(r);
            std::copy_n(computed.values.data() + item * r, item, dst);
            if (!store.write(hashes.value(kept.value(rows.at(r), -1)), view, out->itemShape, dst))
                ++stats->unstored;
        }
        stats->computed += rows.size();
    }
    return true;
}

Nn::FeatureBatch gatherFeatures(const Nn::FeatureBatch *perView, const QVector<int> &indices,
                                const QVector<int> &views)
{
    Nn::FeatureBatch batch;
    batch.count = indices.size();
    batch.itemShape = perView[0].itemShape;
    const std::size_t item = perView[0].itemSize();
    batch.values.resize(item * std::size_t(indices.size()));
    for (int i = 0; i < indices.size(); ++i) {
        const Nn::FeatureBatch &source = perView[views.value(i, 0)];
        std::copy_n(source.values.data() + item * indices.at(i), item, batch.values.data() + item * i);
        batch.labels.push_back(source.labels.at(size_t(indices.at(i))));
    }
    return batch;
}

} // namespace Hone
