// Image files as the importer meets them: sniffFormat, then decodeImage (the header readers for
// JPEG, PNG, BMP, TIFF and WebP, the size limit, then OpenCV's decoders with EXIF orientation),
// then the shared preprocessing on what decoded.
//
// Limits are small so that legitimate large images do not exhaust the fuzzer's memory; a decoded
// image larger than the limit means the header check was bypassed and counts as a finding.
// writeThumbnail is left out: past decoding it only scales and PNG-encodes through OpenCV and
// writes a file, and no pure function of Hone's own does the scaling.

#include "fuzzinput.h"

#include "imaging/imagedecoder.h"

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using HoneFuzz::check;
    // fromRawData: no copy and no terminating zero, so a read past the end is seen by ASan.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Hone::sniffFormat(bytes);

    Hone::DecodeLimits limits;
    limits.maxFileBytes = 16LL * 1024 * 1024;
    limits.maxPixels = 4LL * 1000 * 1000;
    cv::Mat bgr;
    QString error;
    const bool ok = Hone::decodeImage(bytes, &bgr, &error, limits);
    HoneFuzz::report(ok, ok ? std::to_string(bgr.cols) + "x" + std::to_string(bgr.rows) : error.toStdString());
    if (!ok) {
        check(!error.isEmpty(), "decodeImage refused without a reason");
        return 0;
    }
    check(!bgr.empty() && bgr.type() == CV_8UC3, "decodeImage returned something other than 8-bit BGR");
    check(qint64(bgr.cols) * bgr.rows <= limits.maxPixels,
          "decodeImage decoded more pixels than the limit its header check enforces");

    std::vector<uint8_t> input(32 * 32 * 3);
    Hone::preprocessInto(bgr, 32, input.data());
    return 0;
}
