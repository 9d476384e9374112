#include "trunkcache.h"

#include "dataset/imageset.h"
#include "featurecache.h"
#include "imaging/imagedecoder.h"
#include "nn/classifiermodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QScopeGuard>

#include <algorithm>
#include <random>

namespace Hone {

namespace {

QJsonArray channels(const std::array<float, 3> &v)
{
    return QJsonArray{double(v[0]), double(v[1]), double(v[2])};
}

} // namespace

QString featureWeightsId(const TrainingConfig &config, const QString &sha256, bool partial)
{
    // Random weights depend on the seed; so do the parts of the trunk a weight file left unset.
    if (config.weights.isEmpty())
        return QStringLiteral("random:%1").arg(config.seed);
    QString id = QStringLiteral("sha256:") + sha256;
    if (partial)
        id += QStringLiteral("+random:%1").arg(config.seed);
    return id;
}

TrunkCache::TrunkCache(const TrunkCacheInputs &inputs, const std::atomic_bool &stop, Log log)
    : m_in(inputs)
    , m_stop(stop)
    , m_log(std::move(log))
    , m_augment(inputs.config->augment ? inputs.config->augmentations : AugmentOptions{false, false, false, false, false})
    , m_flipsOnly(m_augment.onlyFlip())
    , m_views(!m_augment.any() ? 1 : m_flipsOnly ? 2 : std::clamp(inputs.config->cacheViews, 2, MaxCacheViews))
    , m_trainFeatures(size_t(MaxCacheViews))
{
}

AugmentParams TrunkCache::viewParams(int row, int view) const
{
    AugmentParams p;
    if (view == 0)
        return p;
    if (m_flipsOnly) {
        p.flip = true;
        return p;
    }
    // Fixed per image and view: seeded by the image's content hash (its row when it has none).
    const QString hash = m_in.trainHashes.value(m_in.trainKept.value(row, -1));
    std::seed_seq seq{quint64(m_in.config->seed), quint64(qHash(hash.isEmpty() ? QString::number(row) : hash)),
                      quint64(view)};
    std::mt19937_64 viewRng(seq);
    return drawAugmentParams(m_augment, viewRng);
}

bool TrunkCache::prepare(int depth)
{
    for (Nn::FeatureBatch &f : m_trainFeatures)   // an earlier phase's features are done with
        f = Nn::FeatureBatch();
    m_valFeatures = Nn::FeatureBatch();
    const TrainingConfig &config = *m_in.config;
    Nn::ClassifierModel &model = *m_in.model;
    const Nn::ImageBatch &train = *m_in.train;
    const Nn::ImageBatch &val = *m_in.val;
    if (!config.featureCache || depth < 1)
        return false;
    // Kept in memory for the run: early stages at large sizes can be too big for that.
    constexpr double Budget = 4.0 * 1024 * 1024 * 1024;
    const double bytes = double(model.trunkFeatures(gatherBatch(train, {0}), depth).itemSize()) * sizeof(float)
        * double(train.count * m_views + val.count);
    if (bytes > Budget) {
        m_log(tr("Feature cache off: the frozen stages' output would take %1 GB of memory").arg(bytes / 1e9, 0, 'f', 1));
        return false;
    }
    const Nn::Normalization norm = model.normalization();
    QJsonObject key{
        {QStringLiteral("format"), 1},
        {QStringLiteral("backbone"), config.backbone},
        {QStringLiteral("weights"), m_in.weightsId},
        {QStringLiteral("depth"), depth},
        {QStringLiteral("imageSize"), config.imageSize},
        {QStringLiteral("resizePolicy"), QLatin1String(resizePolicyName())},
        {QStringLiteral("channelOrder"), QStringLiteral("RGB")},
        {QStringLiteral("mean"), channels(norm.mean)},
        {QStringLiteral("std"), channels(norm.std)},
    };
    // The trunk runs once, in eval mode: in NHWC order that is 1.2-2x faster on CPUs as on GPUs
    // (unless channels-last is turned off). The numbers differ from the default order's by
    // rounding, so the order is part of the key: a run's features never depend on which run
    // filled the cache. They are stored in the default order either way.
    const bool nhwc = config.channelsLast != QLatin1String("off");
    if (nhwc)
        key.insert(QStringLiteral("memoryFormat"), QStringLiteral("channels_last"));
    if (!m_flipsOnly && m_views > 1) {   // random views depend on the augmentations and the seed
        key.insert(QStringLiteral("augmentations"), m_augment.toJson());
        key.insert(QStringLiteral("viewSeed"), QString::number(config.seed));
    }
    const FeatureStore store(m_in.cacheDirectory, key);
    const QString stage = QString::fromStdString(Nn::ClassifierModel::stageNames(config.backbone.toStdString()).at(size_t(depth - 1)));
    m_log(tr("Feature cache: the output of %1 for %2 images × %3 view(s)…").arg(stage).arg(train.count + val.count).arg(m_views));
    CacheStats stats;
    QElapsedTimer timer;
    timer.start();
    const bool formatBefore = model.channelsLast();
    model.setChannelsLast(nhwc);
    const auto restoreFormat = qScopeGuard([&] { model.setChannelsLast(formatBefore); });
    const auto params = [this](int row, int view) { return viewParams(row, view); };
    for (int view = 0; view < m_views; ++view) {
        if (!cachedTrunkFeatures(model, train, m_in.trainHashes, m_in.trainKept, view, params, depth, store,
                                 &m_trainFeatures[size_t(view)], &stats, m_stop))
            break;
    }
    if (!m_stop.load())
        cachedTrunkFeatures(model, val, m_in.valHashes, m_in.valKept, 0, params, depth, store, &m_valFeatures, &stats, m_stop);
    if (m_stop.load())
        return false;
    const PruneResult pruned = pruneFeatureCache(m_in.cacheDirectory, featureCacheBudget(), store.keyId());
    if (pruned.removedKeys > 0)
        m_log(tr("Feature cache: %1 older set(s) removed (%2 MB) to stay within %3 MB")
                  .arg(pruned.removedKeys)
                  .arg(pruned.freedBytes / (1024 * 1024))
                  .arg(featureCacheBudget() / (1024 * 1024)));
    const qint64 floats = qint64(m_trainFeatures[0].itemSize());
    m_records.append(QJsonObject{
        {QStringLiteral("stage"), stage},
        {QStringLiteral("views"), m_views},
        {QStringLiteral("key"), store.keyId()},
        {QStringLiteral("floatsPerImage"), floats},
        {QStringLiteral("reused"), stats.reused},
        {QStringLiteral("computed"), stats.computed},
        {QStringLiteral("notStored"), stats.unstored},
        {QStringLiteral("seconds"), timer.elapsed() / 1000.0},
    });
    m_log(tr("Feature cache: %1 reused, %2 computed in %3 s (%4 floats per image)")
              .arg(stats.reused)
              .arg(stats.computed)
              .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              .arg(floats));
    return true;
}

} // namespace Hone
