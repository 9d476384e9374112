#pragma once

// Plain data that crosses from the image pipeline into the network code: no Torch, no OpenCV.

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace Hone::Nn {

// A batch of decoded, resized images: `count` RGB images of height × width, uint8, stored
// NHWC and contiguous. `labels` is empty for inference batches.
struct ImageBatch
{
    int64_t count = 0;
    int64_t height = 0;
    int64_t width = 0;
    std::vector<uint8_t> pixels;
    std::vector<int64_t> labels;

    std::size_t imageBytes() const { return static_cast<std::size_t>(height * width * 3); }
};

// Activations of the first stages of a backbone for `count` images: each item has `itemShape`
// (C, H, W), float32, contiguous. Used to train the unfrozen rest of a network from a cache.
struct FeatureBatch
{
    int64_t count = 0;
    std::vector<int64_t> itemShape;
    std::vector<float> values;
    std::vector<int64_t> labels;

    std::size_t itemSize() const
    {
        std::size_t n = 1;
        for (int64_t d : itemShape)
            n *= static_cast<std::size_t>(d);
        return itemShape.empty() ? 0 : n;
    }
};

// Per-channel normalisation applied after scaling pixels to [0, 1]: (x - mean) / std, RGB order.
struct Normalization
{
    std::array<float, 3> mean{{0.485f, 0.456f, 0.406f}};
    std::array<float, 3> std{{0.229f, 0.224f, 0.225f}};
};

} // namespace Hone::Nn
