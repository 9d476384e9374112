#pragma once

// A run's use of the frozen-trunk feature cache (featurecache.h): which views of each training
// image it keeps, the key its features are stored under, and, once per training phase, the
// features of that phase's frozen stages, read from the project's cache or computed and stored.
//
// Views: the image and its mirror when flips are the only augmentation (exactly what uncached
// training sees), otherwise K fixed random views, view 0 being the plain image; each epoch picks
// one view per image.

#include "dataset/augment.h"
#include "nn/imagebatch.h"
#include "training/trainingconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <vector>

namespace Hone {

namespace Nn {
class ClassifierModel;
}

struct TrunkCacheInputs
{
    const TrainingConfig *config = nullptr;
    Nn::ClassifierModel *model = nullptr;
    const Nn::ImageBatch *train = nullptr;
    const Nn::ImageBatch *val = nullptr;
    QStringList trainHashes;   // content hashes by data row; kept[i] is image i's row
    QStringList valHashes;
    QVector<int> trainKept;
    QVector<int> valKept;
    QString cacheDirectory;    // the project's cache/ folder
    // What the starting weights are: "random:SEED", or "sha256:HASH", with "+random:SEED" when a
    // weight file left parts of the trunk to the seeded initialisation (see featureWeightsId()).
    QString weightsId;
};

// The weightsId of a config whose weight file has `sha256` and loaded only partly if `partial`.
QString featureWeightsId(const TrainingConfig &config, const QString &sha256, bool partial);

class TrunkCache
{
    Q_DECLARE_TR_FUNCTIONS(TrunkCache)

public:
    using Log = std::function<void(const QString &)>;

    TrunkCache(const TrunkCacheInputs &inputs, const std::atomic_bool &stop, Log log);

    const AugmentOptions &augmentations() const { return m_augment; }
    bool flipsOnly() const { return m_flipsOnly; }
    int views() const { return m_views; }
    // The augmentation of view `view` of training image `row`: fixed per image content and view.
    AugmentParams viewParams(int row, int view) const;

    // The output of the first `depth` stages for every view of every training image and for the
    // validation images. False when this phase does not use the cache: off, nothing frozen, too
    // large for memory, or stopped. Each use adds a record (key, counts, seconds) to records().
    bool prepare(int depth);
    const Nn::FeatureBatch *trainFeatures() const { return m_trainFeatures.data(); }
    const Nn::FeatureBatch *valFeatures() const { return &m_valFeatures; }
    const QJsonArray &records() const { return m_records; }

private:
    TrunkCacheInputs m_in;
    const std::atomic_bool &m_stop;
    Log m_log;
    AugmentOptions m_augment;
    bool m_flipsOnly = false;
    int m_views = 1;
    std::vector<Nn::FeatureBatch> m_trainFeatures;
    Nn::FeatureBatch m_valFeatures;
    QJsonArray m_records;
};

} // namespace Hone
