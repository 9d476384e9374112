#pragma once

// Reading image files safely: size limits checked from the header before any pixel is decoded,
// a clear reason for every refusal, and the one preprocessing function that training, evaluation,
// inference and export metadata share. Decoding goes through OpenCV (JPEG, PNG, BMP, TIFF, WebP);
// grayscale, 16-bit, float, alpha and CMYK inputs all come out as 8-bit BGR. None of these functions
// throws: a failure of OpenCV or of memory is a refusal with its reason.

#include "decodelimits.h"

#include <QByteArray>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <cstdint>

namespace Hone {

bool readFileBytes(const QString &path, QByteArray *bytes, QString *error,
                   const DecodeLimits &limits = {});

// "JPEG", "PNG", "BMP", "TIFF", "WebP", or empty when the content is none of them.
QString sniffFormat(const QByteArray &bytes);

bool decodeImage(const QByteArray &bytes, cv::Mat *bgr, QString *error,
                 const DecodeLimits &limits = {});

// Resize so the shorter side is `size`, crop the centre size × size, BGR -> RGB, write
// size*size*3 bytes (HWC) to dst. Resize policy name recorded in model metadata: see policyName().
void preprocessInto(const cv::Mat &bgr, int size, uint8_t *dst);
const char *resizePolicyName();

bool loadPreprocessed(const QString &path, int size, uint8_t *dst, QString *error);

// The thumbnail size of a width x height image: the longer side at most maxSide, the aspect kept,
// every side at least one pixel.
cv::Size thumbnailSize(int width, int height, int maxSide);

// Writes a PNG thumbnail whose longer side is at most maxSide, atomically.
bool writeThumbnail(const cv::Mat &bgr, const QString &path, int maxSide, QString *error);

} // namespace Hone
