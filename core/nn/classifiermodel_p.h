#pragma once

// Torch-side internals of ClassifierModel, shared by the few hone_nn files that train or export it.

#include "classifiermodel.h"
#include "backbone.h"

#include <c10/core/Device.h>

namespace Hone::Nn {

struct ClassifierModel::Private
{
    std::string backbone;
    int numClasses = 0;
    Backbone net{nullptr};
    torch::Device device{torch::kCPU};
    Normalization normalization;
    bool channelsLast = false;   // convolution weights and inputs in NHWC order (setChannelsLast)

    // uint8 NHWC batch -> normalised float NCHW tensor on the model's device (NHWC in memory when
    // channelsLast).
    torch::Tensor toInput(const ImageBatch &batch) const;
    torch::Tensor labels(const ImageBatch &batch) const;
    torch::Tensor labels(const FeatureBatch &batch) const;
    torch::Tensor toInput(const FeatureBatch &batch) const;   // on the model's device
    std::vector<std::shared_ptr<torch::nn::Module>> stages() const { return net->stages(); }
    // Every parameter and buffer in torchvision's state_dict() order (weights.cpp).
    std::vector<std::pair<std::string, torch::Tensor>> state() const;
};

} // namespace Hone::Nn
