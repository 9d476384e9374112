// Grad-CAM over the last backbone stage. Kept apart from the rest of ClassifierModel: it is the
// one place that needs gradients with respect to activations rather than parameters.

#include "classifiermodel_p.h"

#include <torch/autograd.h>

#include <algorithm>
#include <stdexcept>

namespace Hone::Nn {

ClassActivationMap ClassifierModel::gradCam(const ImageBatch &batch, int classIndex)
{
    if (batch.count < 1)
        throw std::invalid_argument("Grad-CAM needs an image");
    if (classIndex >= d->numClasses)
        throw std::invalid_argument("Grad-CAM class index out of range");
    ImageBatch one = batch;
    one.count = 1;
    one.pixels.resize(batch.imageBytes());
    one.labels.clear();

    // Eval mode keeps BatchNorm on its running statistics; parameters need no gradient here.
    d->net->eval();
    std::vector<bool> required;
    for (auto &p : d->net->parameters()) {
        required.push_back(p.requires_grad());
        p.set_requires_grad(false);
    }
    struct Restore
    {
        std::vector<torch::Tensor> params;
        std::vector<bool> required;
        ~Restore()
        {
            for (size_t i = 0; i < params.size(); ++i)
                params[i].set_requires_grad(required[i]);
        }
    } restore{d->net->parameters(), required};

    torch::Tensor input = d->toInput(one);
    torch::Tensor features = d->net->features(input);
    // The feature map is an in-place ReLU's output; a detached leaf copy gives a clean gradient.
    torch::Tensor leaf = features.detach().clone().set_requires_grad(true);
    torch::Tensor logits = d->net->head(leaf);

    ClassActivationMap map;
    torch::Tensor probs = torch::softmax(logits.detach(), 1).to(torch::kCPU).contiguous();
    map.probabilities.assign(probs.data_ptr<float>(), probs.data_ptr<float>() + probs.numel());
    map.classIndex = classIndex >= 0 ? classIndex : int(logits.argmax(1).item<int64_t>());

    torch::Tensor score = logits.select(1, map.classIndex).sum();
    torch::Tensor grad = torch::autograd::grad({score}, {leaf}).at(0);
    torch::Tensor weights = grad.mean({2, 3}, /*keepdim=*/true);   // 1 × C × 1 × 1
    torch::Tensor cam = (weights * leaf.detach()).sum(1).squeeze(0).relu();
    const float peak = cam.max().item<float>();
    if (peak > 0.0f)
        cam = cam / peak;
    cam = cam.to(torch::kCPU).contiguous();
    map.height = cam.size(0);
    map.width = cam.size(1);
    map.values.assign(cam.data_ptr<float>(), cam.data_ptr<float>() + cam.numel());
    return map;
}

} // namespace Hone::Nn
