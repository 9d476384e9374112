#include "classifiermodel_p.h"

#include <torch/serialize.h>
#include <torch/utils.h>

#include <fstream>
#include <iterator>
#include <sstream>

namespace Hone::Nn {

namespace {

const std::map<std::string, std::vector<int>> &resnetDepths()
{
    static const std::map<std::string, std::vector<int>> depths = {
        {"resnet18", {2, 2, 2, 2}},
        {"resnet34", {3, 4, 6, 3}},
    };
    return depths;
}

std::string shapeString(const torch::Tensor &t)
{
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}

bool readFile(const std::string &path, std::vector<char> *bytes, std::string *error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = "cannot open '" + path + "'";
        return false;
    }
    bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (bytes->empty()) {
        *error = "'" + path + "' is empty";
        return false;
    }
    return true;
}

// Reads a torch.save() zip file into name -> tensor. Accepts a plain dict of tensors or one nested
// under "state_dict" / "model".
bool readStateDict(const std::string &path, std::map<std::string, torch::Tensor> *out,
                   std::string *error)
{
    std::vector<char> bytes;
    if (!readFile(path, &bytes, error))
        return false;
    c10::IValue value;
    try {
        value = torch::pickle_load(bytes);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        if (what.find("central directory") != std::string::npos)
            *error = "'" + path + "' is not a PyTorch zip archive (legacy or foreign format); "
                     "re-save it with a current PyTorch: torch.save(dict(state_dict), path)";
        // LibTorch's unpickler stands None in for collections.OrderedDict, so filling a non-empty
        // one fails here; only an empty OrderedDict reaches the isNone() check below.
        else if (what.find("Expected GenericDict but got None") != std::string::npos)
            *error = "'" + path + "' holds an OrderedDict, which this version reads only when "
                     "re-saved as a plain dict: torch.save(dict(model.state_dict()), path)";
        else
            *error = "'" + path + "' could not be read as a PyTorch weight file";
        return false;
    }
    if (value.isNone()) {
        *error = "'" + path + "' holds an OrderedDict, which this version reads only when re-saved "
                 "as a plain dict: torch.save(dict(model.state_dict()), path)";
        return false;
    }
    for (int depth = 0; depth < 2 && value.isGenericDict(); ++depth) {
        auto dict = value.toGenericDict();
        bool unwrapped = false;
        for (const char *wrapper : {"state_dict", "model"}) {
            if (dict.contains(wrapper) && dict.at(wrapper).isGenericDict()) {
                value = dict.at(wrapper);
                unwrapped = true;
                break;
            }
        }
        if (!unwrapped)
            break;
    }
    if (!value.isGenericDict()) {
        *error = "'" + path + "' does not hold a dictionary of tensors";
        return false;
    }
    for (const auto &item : value.toGenericDict()) {
        if (!item.key().isString() || !item.value().isTensor()) {
            *error = "'" + path + "' holds entries that are not name -> tensor pairs";
            return false;
        }
        (*out)[item.key().toStringRef()] = item.value().toTensor();
    }
    return true;
}

std::map<std::string, torch::Tensor> modelState(const torch::nn::Module &module)
{
    std::map<std::string, torch::Tensor> state;
    for (const auto &p : module.named_parameters())
        state[p.key()] = p.value();
    for (const auto &b : module.named_buffers())
        state[b.key()] = b.value();
    return state;
}

} // namespace

std::string WeightLoadReport::summary() const
{
    std::ostringstream s;
    s << matched.size() << " tensors loaded, " << missing.size() << " missing, " << unexpected.size()
      << " unexpected, " << mismatched.size() << " with another shape";
    if (!skipped.empty())
        s << ", " << skipped.size() << " of the classifier head left new";
    for (const auto &m : mismatched)
        s << "\n  shape differs: " << m;
    for (size_t i = 0; i < missing.size() && i < 8; ++i)
        s << "\n  missing: " << missing[i];
    for (size_t i = 0; i < unexpected.size() && i < 8; ++i)
        s << "\n  unexpected: " << unexpected[i];
    return s.str();
}

torch::Tensor ClassifierModel::Private::toInput(const ImageBatch &batch) const
{
    if (batch.pixels.size() != static_cast<size_t>(batch.count) * batch.imageBytes())
        throw std::invalid_argument("image batch size does not match its pixel buffer");
    auto pixels = torch::from_blob(const_cast<uint8_t *>(batch.pixels.data()),
                                   {batch.count, batch.height, batch.width, 3}, torch::kUInt8);
    auto x = pixels.to(device).permute({0, 3, 1, 2}).to(torch::kFloat32).div_(255.0);
    auto mean = torch::tensor({normalization.mean[0], normalization.mean[1], normalization.mean[2]})
                    .view({1, 3, 1, 1})
                    .to(device);
    auto std = torch::tensor({normalization.std[0], normalization.std[1], normalization.std[2]})
                   .view({1, 3, 1, 1})
                   .to(device);
    return x.sub_(mean).div_(std).contiguous();
}

torch::Tensor ClassifierModel::Private::labels(const ImageBatch &batch) const
{
    return torch::tensor(batch.labels, torch::kInt64).to(device);
}

torch::Tensor ClassifierModel::Private::labels(const FeatureBatch &batch) const
{
    return torch::tensor(batch.labels, torch::kInt64).to(device);
}

torch::Tensor ClassifierModel::Private::toInput(const FeatureBatch &batch) const
{
    if (batch.values.size() != static_cast<size_t>(batch.count) * batch.itemSize())
        throw std::invalid_argument("feature batch size does not match its buffer");
    std::vector<int64_t> shape{batch.count};
    shape.insert(shape.end(), batch.itemShape.begin(), batch.itemShape.end());
    return torch::from_blob(const_cast<float *>(batch.values.data()), shape, torch::kFloat32).to(device).clone();
}

ClassifierModel::ClassifierModel()
    : d(std::make_unique<Private>())
{
}

ClassifierModel::~ClassifierModel() = default;

std::vector<std::string> ClassifierModel::backbones()
{
    std::vector<std::string> names;
    for (const auto &entry : resnetDepths())
        names.push_back(entry.first);
    return names;
}

std::vector<std::string> ClassifierModel::stageNames(const std::string &backbone)
{
    if (!resnetDepths().count(backbone))
        return {};
    return ResNetImpl::stageNames();
}

std::unique_ptr<ClassifierModel> ClassifierModel::create(const std::string &backbone,
                                                         int numClasses, uint64_t seed,
                                                         std::string *error)
{
    const auto it = resnetDepths().find(backbone);
    if (it == resnetDepths().end()) {
        if (error)
            *error = "unknown backbone '" + backbone + "'";
        return nullptr;
    }
    if (numClasses < 2) {
        if (error)
            *error = "a classifier needs at least two classes";
        return nullptr;
    }
    torch::manual_seed(seed);
    std::unique_ptr<ClassifierModel> model(new ClassifierModel);
    model->d->backbone = backbone;
    model->d->numClasses = numClasses;
    model->d->net = ResNet(it->second, numClasses);
    return model;
}

const std::string &ClassifierModel::backbone() const
{
    return d->backbone;
}

int ClassifierModel::numClasses() const
{
    return d->numClasses;
}

int ClassifierModel::stageCount() const
{
    return static_cast<int>(ResNetImpl::stageNames().size());
}

double ClassifierModel::forwardGflops(int size) const
{
    return 2.0 * double(d->net->forwardMacs(size)) / 1e9;
}

int64_t ClassifierModel::parameterCount() const
{
    int64_t n = 0;
    for (const auto &p : d->net->parameters())
        n += p.numel();
    return n;
}

Normalization ClassifierModel::normalization() const
{
    return d->normalization;
}

bool ClassifierModel::setDevice(const std::string &device, std::string *error)
{
    try {
        torch::Device target(device);
        d->net->to(target);
        d->device = target;
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = "cannot use device '" + device + "': " + e.what();
        return false;
    }
}

std::string ClassifierModel::device() const
{
    return d->device.str();
}

bool ClassifierModel::loadPretrained(const std::string &path, WeightLoadReport *report,
                                     std::string *error)
{
    return loadState(path, /*includeHead=*/false, report, error);
}

bool ClassifierModel::loadState(const std::string &path, bool includeHead, WeightLoadReport *report,
                                std::string *error)
{
    std::map<std::string, torch::Tensor> file;
    std::string message;
    if (!readStateDict(path, &file, &message)) {
        if (error)
            *error = message;
        return false;
    }
    WeightLoadReport local;
    WeightLoadReport &r = report ? *report : local;
    torch::NoGradGuard noGrad;
    auto model = modelState(*d->net);
    const auto isHead = [](const std::string &name) { return name.rfind("fc.", 0) == 0; };
    for (auto &[name, target] : model) {
        // Pretrained weights never set the head: it is new for the project's classes, even when a
        // file's head happens to have the same shape (1000 classes, or another project's order).
        if (!includeHead && isHead(name)) {
            r.skipped.push_back(name);
            continue;
        }
        const auto it = file.find(name);
        if (it == file.end()) {
            r.missing.push_back(name);
            continue;
        }
        if (it->second.sizes() != target.sizes()) {
            r.mismatched.push_back(name + ": file " + shapeString(it->second) + " vs model "
                                   + shapeString(target));
            continue;
        }
        try {
            target.copy_(it->second.to(target.dtype()));
        } catch (const std::exception &) {
            r.mismatched.push_back(name + ": cannot be converted to " + shapeString(target));
            continue;
        }
        r.matched.push_back(name);
    }
    for (const auto &entry : file) {
        if (!model.count(entry.first))
            r.unexpected.push_back(entry.first);
    }
    if (r.matched.empty()) {
        if (error)
            *error = "no tensor in '" + path + "' matches a " + d->backbone + " parameter name";
        return false;
    }
    return true;
}

bool ClassifierModel::saveWeights(const std::string &path, std::string *error) const
{
    try {
        c10::Dict<std::string, torch::Tensor> dict;
        for (const auto &entry : modelState(*d->net))
            dict.insert(entry.first, entry.second.detach().cpu());
        const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            if (error)
                *error = "cannot write '" + path + "'";
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = std::string("cannot save weights: ") + e.what();
        return false;
    }
}

bool ClassifierModel::loadWeights(const std::string &path, std::string *error)
{
    WeightLoadReport report;
    if (!loadState(path, /*includeHead=*/true, &report, error))
        return false;
    if (!report.missing.empty() || !report.mismatched.empty() || !report.unexpected.empty()) {
        if (error)
            *error = "'" + path + "' does not match this " + d->backbone + " model: "
                + report.summary();
        return false;
    }
    return true;
}

std::vector<float> ClassifierModel::logits(const ImageBatch &batch)
{
    torch::NoGradGuard noGrad;
    d->net->eval();
    auto out = d->net->forward(d->toInput(batch)).to(torch::kCPU).contiguous();
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

struct ModelSnapshot::Data
{
    std::vector<torch::Tensor> tensors;   // parameters, then buffers, in registration order
};

ModelSnapshot::ModelSnapshot() = default;
ModelSnapshot::~ModelSnapshot() = default;
ModelSnapshot::ModelSnapshot(ModelSnapshot &&) noexcept = default;
ModelSnapshot &ModelSnapshot::operator=(ModelSnapshot &&) noexcept = default;

bool ModelSnapshot::isEmpty() const
{
    return !d || d->tensors.empty();
}

ModelSnapshot ClassifierModel::snapshot() const
{
    ModelSnapshot s;
    s.d = std::make_unique<ModelSnapshot::Data>();
    for (const auto &p : d->net->parameters())
        s.d->tensors.push_back(p.detach().clone());
    for (const auto &b : d->net->buffers())
        s.d->tensors.push_back(b.detach().clone());
    return s;
}

void ClassifierModel::restore(const ModelSnapshot &snapshot)
{
    if (snapshot.isEmpty())
        return;
    torch::NoGradGuard noGrad;
    size_t i = 0;
    for (auto &p : d->net->parameters())
        p.copy_(snapshot.d->tensors.at(i++));
    for (auto &b : d->net->buffers())
        b.copy_(snapshot.d->tensors.at(i++));
}

FeatureBatch ClassifierModel::trunkFeatures(const ImageBatch &batch, int depth)
{
    if (depth < 1 || depth > stageCount())
        throw std::invalid_argument("trunk depth out of range");
    torch::NoGradGuard noGrad;
    d->net->eval();
    auto out = d->net->forwardStages(d->toInput(batch), 0, depth).to(torch::kCPU).contiguous();
    FeatureBatch features;
    features.count = out.size(0);
    features.itemShape.assign(out.sizes().begin() + 1, out.sizes().end());
    features.values.assign(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
    features.labels = batch.labels;
    return features;
}

std::vector<NamedTensor> ClassifierModel::stateTensors() const
{
    std::vector<NamedTensor> out;
    for (const auto &[name, tensor] : modelState(*d->net)) {
        if (!tensor.is_floating_point())
            continue;
        auto cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        NamedTensor t;
        t.name = name;
        t.shape.assign(cpu.sizes().begin(), cpu.sizes().end());
        t.values.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace Hone::Nn
