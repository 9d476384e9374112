// TorchScript export of ClassifierModel and loading of TorchScript classifiers. LibTorch has no
// tracer for C++ modules, so the exporter builds a script module directly: every parameter and
// buffer becomes an attribute under its flattened torchvision name, and forward() is generated
// TorchScript source for the eval-mode network (see BackboneImpl::torchScriptForward()).

#include "classifiermodel_p.h"
#include "graphwriters.h"
#include "scriptedclassifier.h"

#include <torch/csrc/jit/runtime/graph_executor.h>
#include <torch/script.h>

namespace Hone::Nn {

bool ClassifierModel::exportTorchScript(const std::string &path,
                                        const std::map<std::string, std::string> &extraFiles,
                                        bool softmax, std::string *error, bool embedNormalization) const
{
    try {
        torch::jit::Module module("HoneClassifier");
        torch::NoGradGuard noGrad;
        for (const auto &p : d->net->named_parameters())
            module.register_parameter(flattenName(p.key()), p.value().detach().cpu().clone(), false);
        for (const auto &b : d->net->named_buffers())
            module.register_buffer(flattenName(b.key()), b.value().detach().cpu().clone());
        // forward() for every consumer, and forward_with_features() for Hone's "unknown" check,
        // which measures how far an image's pooled features are from every class.
        std::string sources[2] = {d->net->torchScriptForward(softmax),
                                  torchScriptSource(d->net->architecture(), int(numClasses()), softmax, true)};
        if (embedNormalization) {
            // (x / 255 − mean) / std as one multiply-add per channel, before the network.
            const Normalization n = normalization();
            auto scale = torch::empty({1, 3, 1, 1});
            auto shift = torch::empty({1, 3, 1, 1});
            for (int c = 0; c < 3; ++c) {
                scale[0][c][0][0] = 1.0 / (255.0 * double(n.std[size_t(c)]));
                shift[0][c][0][0] = -double(n.mean[size_t(c)]) / double(n.std[size_t(c)]);
            }
            module.register_buffer("hone_pixel_scale", scale);
            module.register_buffer("hone_pixel_shift", shift);
            for (std::string &source : sources) {
                const size_t at = source.find("(self, v0):\n");
                if (at == std::string::npos)
                    throw std::runtime_error("unexpected forward() source");
                source.insert(at + 12, "    v0 = v0 * self.hone_pixel_scale + self.hone_pixel_shift\n");
            }
        }
        for (const std::string &source : sources)
            module.define(source);
        module.eval();
        torch::jit::ExtraFilesMap files(extraFiles.begin(), extraFiles.end());
        module.save(path, files);
        return true;
    } catch (const std::exception &e) {
        if (error) {
            const std::string what = e.what();   // LibTorch appends its C++ backtrace after a newline
            *error = "TorchScript export failed: " + what.substr(0, what.find('\n'));
        }
        return false;
    }
}

struct ScriptedClassifier::Private
{
    torch::jit::Module module;
    torch::Device device{torch::kCPU};
};

ScriptedClassifier::ScriptedClassifier()
    : d(std::make_unique<Private>())
{
}

ScriptedClassifier::~ScriptedClassifier() = default;

std::unique_ptr<ScriptedClassifier> ScriptedClassifier::load(
    const std::string &path, const std::string &device,
    std::map<std::string, std::string> *extraFiles, std::string *error)
{
    std::unique_ptr<ScriptedClassifier> model(new ScriptedClassifier);
    try {
        model->d->device = torch::Device(device);
        torch::jit::ExtraFilesMap files;
        if (extraFiles) {
            for (const auto &entry : *extraFiles)
                files[entry.first] = std::string();
        }
        model->d->module = torch::jit::load(path, model->d->device, files);
        model->d->module.eval();
        // A classifier runs the same graph on batches of one shape: the profiling executor's
        // first runs (it records shapes before it optimises) only cost time here.
        torch::jit::getProfilingMode() = false;
        if (model->d->device.is_cpu()) {
            // Frozen, with BatchNorm folded into the convolutions and oneDNN kernels where they
            // help: several times faster on a CPU than the module as saved. A module the pass
            // cannot take runs as it is.
            try {
                std::vector<std::string> others;
                if (model->d->module.find_method("forward_with_features"))
                    others.push_back("forward_with_features");
                // A module written by the C++ API has no "training" attribute, so
                // optimize_for_inference() would take it as frozen already: freeze it first.
                torch::jit::Module frozen = torch::jit::freeze(model->d->module, others);
                model->d->module = torch::jit::optimize_for_inference(frozen, others);
            } catch (const std::exception &) {
            }
        }
        if (extraFiles) {
            for (auto &entry : *extraFiles)
                entry.second = files[entry.first];
        }
    } catch (const std::exception &e) {
        if (error) {
            const std::string what = e.what();
            *error = "'" + path + "' is not a loadable TorchScript model: "
                + what.substr(0, what.find('\n'));
        }
        return nullptr;
    }
    return model;
}

std::vector<float> ScriptedClassifier::logits(const ImageBatch &batch,
                                              const Normalization &normalization, int *classes,
                                              std::vector<float> *features)
{
    torch::NoGradGuard noGrad;
    if (batch.pixels.size() != static_cast<size_t>(batch.count) * batch.imageBytes())
        throw std::invalid_argument("image batch size does not match its pixel buffer");
    auto pixels = torch::from_blob(const_cast<uint8_t *>(batch.pixels.data()),
                                   {batch.count, batch.height, batch.width, 3}, torch::kUInt8);
    auto x = pixels.permute({0, 3, 1, 2}).to(torch::kFloat32).div(255.0);
    auto mean = torch::tensor({normalization.mean[0], normalization.mean[1], normalization.mean[2]})
                    .view({1, 3, 1, 1});
    auto std = torch::tensor({normalization.std[0], normalization.std[1], normalization.std[2]})
                   .view({1, 3, 1, 1});
    x = x.sub(mean).div(std).contiguous().to(d->device);
    torch::jit::IValue out;
    if (features) {
        features->clear();
        if (const auto method = d->module.find_method("forward_with_features")) {
            const auto both = (*method)({x});
            if (!both.isTuple() || both.toTuple()->elements().size() != 2)
                throw std::runtime_error("the model's forward_with_features() does not return two tensors");
            out = both.toTuple()->elements().at(0);
            auto pooled = both.toTuple()->elements().at(1).toTensor().to(torch::kCPU).to(torch::kFloat32).contiguous();
            features->assign(pooled.data_ptr<float>(), pooled.data_ptr<float>() + pooled.numel());
        }
    }
    if (out.isNone())
        out = d->module.forward({x});
    if (!out.isTensor())
        throw std::runtime_error("the model's forward() does not return a tensor");
    auto logits = out.toTensor().to(torch::kCPU).to(torch::kFloat32).contiguous();
    if (logits.dim() != 2 || logits.size(0) != batch.count)
        throw std::runtime_error("the model returned an output of unexpected shape");
    if (classes)
        *classes = static_cast<int>(logits.size(1));
    return std::vector<float>(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
}

} // namespace Hone::Nn
