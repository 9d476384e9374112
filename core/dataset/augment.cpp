#include "augment.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Hone {

namespace {

cv::Mat blendWith(const cv::Mat &image, const cv::Mat &other, float factor)
{
    // factor 1 = image, 0 = other, above 1 extrapolates away from other (as PIL's ImageEnhance).
    cv::Mat out;
    cv::addWeighted(image, factor, other, 1.0f - factor, 0.0, out);
    return out;
}

cv::Mat greyOf(const cv::Mat &rgb)
{
    cv::Mat grey, back;
    cv::cvtColor(rgb, grey, cv::COLOR_RGB2GRAY);
    cv::cvtColor(grey, back, cv::COLOR_GRAY2RGB);
    return back;
}

cv::Mat adjustColor(const cv::Mat &rgb, float brightness, float contrast, float saturation)
{
    cv::Mat out = rgb;
    if (brightness != 1.0f)
        out = blendWith(out, cv::Mat::zeros(out.size(), out.type()), brightness);
    if (contrast != 1.0f) {
        cv::Mat grey;
        cv::cvtColor(out, grey, cv::COLOR_RGB2GRAY);
        out = blendWith(out, cv::Mat(out.size(), out.type(), cv::Scalar::all(cv::mean(grey)[0])), contrast);
    }
    if (saturation != 1.0f)
        out = blendWith(out, greyOf(out), saturation);
    return out;
}

cv::Mat warp(const cv::Mat &rgb, const cv::Mat &matrix)
{
    cv::Mat out;
    cv::warpAffine(rgb, out, matrix, rgb.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
    return out;
}

cv::Mat rotate(const cv::Mat &rgb, float degrees)
{
    return warp(rgb, cv::getRotationMatrix2D(cv::Point2f(rgb.cols / 2.0f, rgb.rows / 2.0f), degrees, 1.0));
}

// TrivialAugmentWide's operations and ranges; `m` in [0, 1] picks the strength, `sign` its direction.
cv::Mat trivialOp(const cv::Mat &rgb, int op, float m, bool negative)
{
    const float s = negative ? -1.0f : 1.0f;
    const int side = rgb.cols;
    switch (op) {
    case 1: return adjustColor(rgb, 1.0f + s * 0.99f * m, 1.0f, 1.0f);   // brightness
    case 2: return adjustColor(rgb, 1.0f, 1.0f + s * 0.99f * m, 1.0f);   // contrast
    case 3: return adjustColor(rgb, 1.0f, 1.0f, 1.0f + s * 0.99f * m);   // color (saturation)
    case 4: {                                                            // sharpness
        cv::Mat blurred;
        cv::GaussianBlur(rgb, blurred, cv::Size(3, 3), 0);
        return blendWith(rgb, blurred, 1.0f + s * 0.99f * m);
    }
    case 5: {                                                            // posterize: keep 2–8 bits
        const int bits = 8 - int(std::lround(m * 6.0f));
        const uchar mask = uchar(0xFF << (8 - bits));
        cv::Mat out;
        cv::bitwise_and(rgb, cv::Scalar::all(mask), out);
        return out;
    }
    case 6: {                                                            // solarize above a threshold
        const double threshold = 255.0 * (1.0 - m);
        cv::Mat out = rgb.clone();
        out.forEach<cv::Vec3b>([threshold](cv::Vec3b &px, const int *) {
            for (int c = 0; c < 3; ++c)
                if (px[c] >= threshold)
                    px[c] = uchar(255 - px[c]);
        });
        return out;
    }
    case 7: {                                                            // autocontrast, per channel
        std::vector<cv::Mat> channels;
        cv::split(rgb, channels);
        for (cv::Mat &c : channels)
            cv::normalize(c, c, 0, 255, cv::NORM_MINMAX);
        cv::Mat out;
        cv::merge(channels, out);
        return out;
    }
    case 8: {                                                            // equalize, per channel
        std::vector<cv::Mat> channels;
        cv::split(rgb, channels);
        for (cv::Mat &c : channels)
            cv::equalizeHist(c, c);
        cv::Mat out;
        cv::merge(channels, out);
        return out;
    }
    case 9: return rotate(rgb, s * 135.0f * m);                           // rotate up to 135°
    case 10: {                                                           // shear x up to 0.99
        const cv::Mat a = (cv::Mat_<double>(2, 3) << 1, s * 0.99 * m, -s * 0.99 * m * side / 2.0, 0, 1, 0);
        return warp(rgb, a);
    }
    case 11: {                                                           // shear y
        const cv::Mat a = (cv::Mat_<double>(2, 3) << 1, 0, 0, s * 0.99 * m, 1, -s * 0.99 * m * side / 2.0);
        return warp(rgb, a);
    }
    case 12: {                                                           // translate x up to 32/224 of the side
        const cv::Mat a = (cv::Mat_<double>(2, 3) << 1, 0, s * m * side * 32.0 / 224.0, 0, 1, 0);
        return warp(rgb, a);
    }
    case 13: {                                                           // translate y
        const cv::Mat a = (cv::Mat_<double>(2, 3) << 1, 0, 0, 0, 1, s * m * side * 32.0 / 224.0);
        return warp(rgb, a);
    }
    default:
        return rgb;                                                      // identity
    }
}

} // namespace

QJsonObject AugmentOptions::toJson() const
{
    return {{QStringLiteral("flip"), flip}, {QStringLiteral("crop"), crop}, {QStringLiteral("rotate"), rotate},
            {QStringLiteral("color"), color}, {QStringLiteral("trivial"), trivial}};
}

AugmentOptions AugmentOptions::fromJson(const QJsonObject &json, const AugmentOptions &defaults)
{
    AugmentOptions o = defaults;
    o.flip = json.value(QStringLiteral("flip")).toBool(o.flip);
    o.crop = json.value(QStringLiteral("crop")).toBool(o.crop);
    o.rotate = json.value(QStringLiteral("rotate")).toBool(o.rotate);
    o.color = json.value(QStringLiteral("color")).toBool(o.color);
    o.trivial = json.value(QStringLiteral("trivial")).toBool(o.trivial);
    return o;
}

bool AugmentParams::isIdentity() const
{
    return !flip && cropX == 0.0f && cropY == 0.0f && cropW == 1.0f && cropH == 1.0f && angle == 0.0f
        && brightness == 1.0f && contrast == 1.0f && saturation == 1.0f && trivialOp == 0;
}

AugmentParams drawAugmentParams(const AugmentOptions &options, std::mt19937_64 &rng)
{
    // Every draw happens whatever the options, so turning one augmentation on does not change
    // the random choices of the others.
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    AugmentParams p;
    const float flip = unit(rng);
    const float area = 0.35f + 0.65f * unit(rng);
    const float logAspect = std::log(3.0f / 4.0f) + (std::log(4.0f / 3.0f) - std::log(3.0f / 4.0f)) * unit(rng);
    const float cx = unit(rng), cy = unit(rng);
    const float angle = -15.0f + 30.0f * unit(rng);
    const float b = 0.7f + 0.6f * unit(rng), c = 0.7f + 0.6f * unit(rng), s = 0.7f + 0.6f * unit(rng);
    const int op = std::min(TrivialAugmentOps - 1, int(unit(rng) * TrivialAugmentOps));
    const float magnitude = unit(rng);
    const bool negative = unit(rng) < 0.5f;
    if (options.flip)
        p.flip = flip < 0.5f;
    if (options.crop) {
        const float aspect = std::exp(logAspect);
        p.cropW = std::min(1.0f, std::sqrt(area * aspect));
        p.cropH = std::min(1.0f, std::sqrt(area / aspect));
        p.cropX = cx * (1.0f - p.cropW);
        p.cropY = cy * (1.0f - p.cropH);
    }
    if (options.rotate)
        p.angle = angle;
    if (options.color) {
        p.brightness = b;
        p.contrast = c;
        p.saturation = s;
    }
    if (options.trivial) {
        p.trivialOp = op;
        p.trivialMagnitude = negative ? -magnitude : magnitude;
    }
    return p;
}

void applyAugment(const uint8_t *src, uint8_t *dst, int size, const AugmentParams &p)
{
    const cv::Mat in(size, size, CV_8UC3, const_cast<uint8_t *>(src));
    cv::Mat image = in;
    if (p.cropW < 1.0f || p.cropH < 1.0f) {
        const cv::Rect window(int(p.cropX * size), int(p.cropY * size), std::max(1, int(p.cropW * size)),
                              std::max(1, int(p.cropH * size)));
        // Into a new matrix: `image` still shares the (read-only) source's pixels.
        cv::Mat resized;
        cv::resize(image(window & cv::Rect(0, 0, size, size)), resized, cv::Size(size, size), 0, 0, cv::INTER_LINEAR);
        image = resized;
    }
    if (p.flip) {
        cv::Mat flipped;
        cv::flip(image, flipped, 1);
        image = flipped;
    }
    if (p.angle != 0.0f)
        image = rotate(image, p.angle);
    image = adjustColor(image, p.brightness, p.contrast, p.saturation);
    if (p.trivialOp != 0)
        image = trivialOp(image, p.trivialOp, std::abs(p.trivialMagnitude), p.trivialMagnitude < 0.0f);
    if (!image.isContinuous())
        image = image.clone();
    std::memcpy(dst, image.data, size_t(size) * size_t(size) * 3);
}

Nn::ImageBatch gatherAugmented(const Nn::ImageBatch &all, const QVector<int> &indices,
                               const QVector<AugmentParams> &params)
{
    Nn::ImageBatch batch;
    batch.count = indices.size();
    batch.height = all.height;
    batch.width = all.width;
    const size_t bytes = all.imageBytes();
    batch.pixels.resize(bytes * size_t(indices.size()));
    for (int k = 0; k < indices.size(); ++k) {
        if (!all.labels.empty())
            batch.labels.push_back(all.labels.at(size_t(indices.at(k))));
    }
    cv::parallel_for_(cv::Range(0, int(indices.size())), [&](const cv::Range &range) {
        for (int k = range.start; k < range.end; ++k) {
            const uint8_t *src = all.pixels.data() + bytes * size_t(indices.at(k));
            uint8_t *dst = batch.pixels.data() + bytes * size_t(k);
            const AugmentParams p = params.value(k);
            if (p.isIdentity())
                std::memcpy(dst, src, bytes);
            else
                applyAugment(src, dst, int(all.width), p);
        }
    });
    return batch;
}

} // namespace Hone
