#pragma once

// An accuracy as Hone shows it: with its 95 % Wilson interval and the number of images behind it,
// and, for a small validation split, how large a difference it can tell from noise.

#include <QString>

namespace Hone {

// Half the width of the 95 % interval, in percentage points.
double noiseMargin(double accuracy, int images);

// "66.7 % (95 % CI 46.7–82.0 %, n = 24)"; just "66.7 %" without images.
QString accuracyWithInterval(double accuracy, int images);

// "On 24 validation images, differences under ±18 points are noise." below 100 images, else empty.
QString smallSplitNote(double accuracy, int images);

} // namespace Hone
