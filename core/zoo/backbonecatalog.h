#pragma once

// The backbone zoo as the user sees it: each architecture with its freeze stages and the weights
// it can start from — torchvision's ImageNet files (downloaded on demand into the weight cache)
// and the small backbone Hone ships, pretrained by `hone-cli pretrain` (resources/backbones).
//
// A training config names its starting weights as a file path, or as "zoo:ARCH/ID" so that a
// project stays portable between machines; resolveWeights() turns either into a file path.

#include "weightdownloader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Hone {

struct CatalogWeights
{
    QString id;            // "imagenet1k_v1", "fashion6"
    QString label;         // shown in the picker
    QString dataset;       // what it was trained on
    double top1 = 0.0;     // accuracy on that dataset's validation set, percent
    bool bundled = false;  // shipped inside Hone (no download)
    int imageSize = 0;     // the size it was trained at, when not the architecture's
    WeightSource source;   // where it is downloaded from (empty url when bundled)
};

struct BackboneInfo
{
    QString name;          // "resnet18"
    QString family;        // "ResNet"
    QStringList stages;
    int inputSize = 224;
    QList<CatalogWeights> weights;
    QString imagenetDefault;   // id torchvision's DEFAULT points to
    QString plain;             // what it is good for, in plain words (English: see plainText())
    double imagenetTop1 = 0.0; // of its default ImageNet weights, percent

    const CatalogWeights *findWeights(const QString &id) const;
    QString plainText() const;   // plain, in the current language
};

const QList<BackboneInfo> &backboneCatalog();
const BackboneInfo *findBackbone(const QString &name);

// The architecture and weights a fresh install trains with.
QString bundledBackbone();
QString bundledWeightsId();
// "zoo:mobilenet_v3_small/fashion6"
QString zooReference(const QString &backbone, const QString &id);

// Parameters of the trunk (everything but the classifier layer a project replaces).
qint64 trunkParameters(const QString &backbone);
// Parameters of each freeze stage, then of the head (for two classes).
QList<qint64> stageParameters(const QString &backbone);

// Turns a command-line or picker choice into what a TrainingConfig stores: "none" or "" -> "",
// "default" -> the bundled weights (if this architecture has them), "imagenet" -> torchvision's
// default ImageNet weights, a catalog id -> its zoo reference, anything else -> an absolute
// file path (which must exist).
bool weightsSpecToConfig(const QString &backbone, const QString &spec, QString *configValue,
                         QString *error);

// The file a config's weights value stands for: itself for a path; for a zoo reference, the
// cached download or the bundled file (written into the cache on first use). A downloadable
// file that is not cached yet is an error that says how to get it, unless *pending is given:
// then it is set to what to download and true is returned with an empty *path.
bool resolveWeights(const QString &configValue, QString *path, QString *error,
                    WeightSource *pending = nullptr);

// The input size zoo weights were trained at when it is not their architecture's (the bundled
// backbone's 64 px), or 0: for a file or for weights trained at the architecture's size.
int weightsImageSize(const QString &configValue);

// Whether the zoo weights are already on this machine (bundled ones always are).
bool weightsAvailable(const QString &backbone, const CatalogWeights &weights);

} // namespace Hone
