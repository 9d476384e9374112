#pragma once

// One pass over a dataset's images for the analysis engine: each image is decoded at most once,
// surveyed (imagesurvey.h) and, through a pretrained backbone, turned into its embedding (the
// pooled features before the classifier, as `hone-cli embed` prints them). Both results are
// cached in the project's cache folder by image content — embeddings in the feature cache
// (featurecache.h) under a key naming the backbone, the weights' SHA-256, the input size and the
// preprocessing — so a repeated pass over an unchanged dataset decodes and runs nothing.
//
// Unreadable images do not stop the pass: their row is marked and its reason kept.

#include "imagesurvey.h"

#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <vector>

namespace Hone {

struct EmbeddingRequest
{
    QStringList paths;          // absolute
    QStringList hashes;         // content SHA-256 per path (empty entries are never cached)
    QString backbone;           // "resnet18"; empty = the bundled backbone
    QString weights;            // a TrainingConfig weights value ("zoo:ARCH/ID", a path, "" = random)
    int imageSize = 0;          // 0 = the size the weights were trained at, else the architecture's
    QString device = QStringLiteral("auto");
    QString cacheDirectory;     // the project's cache/; empty = no caching
};

struct EmbeddingPass
{
    int dims = 0;
    int imageSize = 0;
    QString backbone;
    std::vector<float> features;     // rows × dims; zero rows for unreadable images
    QVector<bool> readable;
    QStringList errors;              // per row, empty when readable
    QVector<ImageSurvey> surveys;    // per row (default-constructed when unreadable)
    int reusedFeatures = 0;
    int computedFeatures = 0;
    int reusedSurveys = 0;
    double seconds = 0.0;
};

// `progress(done, total)` after each chunk of images. False with *error when the backbone or its
// weights cannot be used, or when stopped (error empty then).
bool runEmbeddingPass(const EmbeddingRequest &request, EmbeddingPass *pass, QString *error,
                      const std::atomic_bool &stop, const std::function<void(int, int)> &progress = {});

} // namespace Hone
