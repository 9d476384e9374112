#pragma once

// Training-time augmentation of the decoded, preprocessed images (RGB, size × size). Each image's
// random choices are drawn first (AugmentParams, on the training thread, so a seed fixes them) and
// applied afterwards, in parallel. Evaluation never augments.
//   flip     horizontal flip, half of the time
//   crop     a random resized crop: 35–100 % of the area, aspect 3:4 to 4:3, scaled back
//   rotate   up to ±15°, edges reflected
//   color    brightness, contrast and saturation, each ×0.7–1.3
//   trivial  TrivialAugment (Müller & Hutter, 2021): one operation of 14 at a random strength

#include "nn/imagebatch.h"

#include <QJsonObject>
#include <QVector>

#include <random>

namespace Hone {

struct AugmentOptions
{
    bool flip = true;
    bool crop = false;
    bool rotate = false;
    bool color = false;
    bool trivial = false;

    bool any() const { return flip || crop || rotate || color || trivial; }
    bool onlyFlip() const { return flip && !crop && !rotate && !color && !trivial; }
    QJsonObject toJson() const;
    static AugmentOptions fromJson(const QJsonObject &json, const AugmentOptions &defaults);
};

struct AugmentParams
{
    bool flip = false;
    // crop window, as fractions of the side: left, top, width, height (whole image: 0, 0, 1, 1)
    float cropX = 0.0f, cropY = 0.0f, cropW = 1.0f, cropH = 1.0f;
    float angle = 0.0f;   // degrees
    float brightness = 1.0f, contrast = 1.0f, saturation = 1.0f;
    int trivialOp = 0;    // 0 = identity
    float trivialMagnitude = 0.0f;   // 0 … 1

    bool isIdentity() const;
};

constexpr int TrivialAugmentOps = 14;

AugmentParams drawAugmentParams(const AugmentOptions &options, std::mt19937_64 &rng);

// dst may not alias src; both size × size × 3.
void applyAugment(const uint8_t *src, uint8_t *dst, int size, const AugmentParams &params);

// Rows `indices` of `all`, each augmented with its params (in parallel over the batch).
Nn::ImageBatch gatherAugmented(const Nn::ImageBatch &all, const QVector<int> &indices,
                               const QVector<AugmentParams> &params);

} // namespace Hone
