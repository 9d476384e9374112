#pragma once

// Limits on what Hone agrees to decode: refused before any pixel is decoded.

#include <QtGlobal>

namespace Hone {

struct DecodeLimits
{
    qint64 maxFileBytes = 512LL * 1024 * 1024;
    qint64 maxPixels = 100LL * 1000 * 1000;   // 100 megapixels
};

} // namespace Hone
