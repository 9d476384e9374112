#pragma once

// Stratified, seeded train/val/test split: within every class the images are shuffled with the
// seed and cut by the ratios, so each class keeps its share in every split. Unlabeled images
// (label < 0) stay unassigned. The same labels, ratios and seed always give the same split.

#include "project/projecttypes.h"

namespace Hone {

struct SplitRatios
{
    double train = 0.8;
    double val = 0.2;
    double test = 0.0;
};

QVector<Split> stratifiedSplit(const QVector<int> &labels, const SplitRatios &ratios, quint64 seed);

} // namespace Hone
