// ClassifierModel's weight files. Files are read through weightfile.h, which never executes what
// they contain; weightplan.h decides which tensor goes where (by name, or by position).

#include "classifiermodel_p.h"
#include "weightplan.h"

#include <torch/serialize.h>
#include <torch/utils.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace Hone::Nn {

namespace {

std::string shapeString(c10::IntArrayRef sizes)
{
    std::ostringstream s;
    s << sizes;
    return s.str();
}

c10::ScalarType scalarType(RawDType type)
{
    switch (type) {
    case RawDType::Float32: return torch::kFloat32;
    case RawDType::Float16: return torch::kFloat16;
    case RawDType::BFloat16: return torch::kBFloat16;
    case RawDType::Float64: return torch::kFloat64;
    case RawDType::Int64: return torch::kInt64;
    case RawDType::Int32: return torch::kInt32;
    case RawDType::Int16: return torch::kInt16;
    case RawDType::Int8: return torch::kInt8;
    case RawDType::UInt8: return torch::kUInt8;
    case RawDType::Bool: return torch::kBool;
    }
    return torch::kFloat32;
}

torch::Tensor toTensor(const RawTensor &raw)
{
    return torch::from_blob(const_cast<char *>(raw.data.data()), raw.shape, scalarType(raw.dtype)).clone();
}

RawTensor toRaw(const std::string &name, const torch::Tensor &tensor)
{
    RawTensor raw;
    raw.name = name;
    auto t = tensor.detach().to(torch::kCPU).contiguous();
    switch (t.scalar_type()) {
    case torch::kFloat16: raw.dtype = RawDType::Float16; break;
    case torch::kBFloat16: raw.dtype = RawDType::BFloat16; break;
    case torch::kInt64: raw.dtype = RawDType::Int64; break;
    default:
        t = t.to(torch::kFloat32);
        raw.dtype = RawDType::Float32;
    }
    raw.shape.assign(t.sizes().begin(), t.sizes().end());
    const auto *bytes = static_cast<const char *>(t.data_ptr());
    raw.data.assign(bytes, bytes + t.numel() * int64_t(t.element_size()));
    return raw;
}

} // namespace

std::vector<std::pair<std::string, torch::Tensor>> ClassifierModel::Private::state() const
{
    // Module by module, its own parameters then its own buffers: torchvision's state_dict() order.
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &m : net->named_modules()) {
        const std::string prefix = m.key().empty() ? std::string() : m.key() + ".";
        for (const auto &p : m.value()->named_parameters(/*recurse=*/false))
            out.emplace_back(prefix + p.key(), p.value());
        for (const auto &b : m.value()->named_buffers(/*recurse=*/false))
            out.emplace_back(prefix + b.key(), b.value());
    }
    return out;
}

bool ClassifierModel::loadPretrained(const std::string &path, WeightLoadReport *report,
                                     std::string *error)
{
    return loadState(path, /*includeHead=*/false, report, error);
}

bool ClassifierModel::loadState(const std::string &path, bool includeHead, WeightLoadReport *report,
                                std::string *error)
{
    std::vector<RawTensor> file;
    std::string message;
    if (!readWeightFile(path, &file, &message)) {
        if (error)
            *error = message;
        return false;
    }
    torch::NoGradGuard noGrad;
    const auto model = d->state();
    std::vector<StateEntry> entries;
    for (const auto &[name, tensor] : model)
        entries.push_back({name, std::vector<int64_t>(tensor.sizes().begin(), tensor.sizes().end())});
    LoadPlan plan = planLoad(entries, file, d->net->architecture().head + ".", includeHead);
    WeightLoadReport &r = plan.report;
    for (size_t i = 0; i < model.size(); ++i) {
        if (plan.source[i] < 0)
            continue;
        torch::Tensor target = model[i].second;
        try {
            target.copy_(toTensor(file[size_t(plan.source[i])]).reshape(target.sizes()).to(target.dtype()));
        } catch (const std::exception &) {
            r.matched.erase(std::find(r.matched.begin(), r.matched.end(), model[i].first));
            r.mismatched.push_back(model[i].first + ": cannot be converted to " + shapeString(target.sizes()));
        }
    }
    if (report)
        *report = r;
    if (r.matched.empty()) {
        if (error)
            *error = "no tensor in '" + path + "' matches a " + d->backbone
                + " parameter, by name or by position";
        return false;
    }
    return true;
}

bool ClassifierModel::saveWeights(const std::string &path, std::string *error) const
{
    try {
        c10::Dict<std::string, torch::Tensor> dict;
        for (const auto &entry : d->state())
            dict.insert(entry.first, entry.second.detach().cpu());
        const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
        // A temporary file renamed into place: a crash or a full disk never leaves half a file.
        const std::string part = path + ".part";
        {
            std::ofstream out(part, std::ios::binary | std::ios::trunc);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            out.flush();
            if (!out) {
                out.close();
                std::remove(part.c_str());
                if (error)
                    *error = "cannot write '" + path + "'";
                return false;
            }
        }
        if (std::rename(part.c_str(), path.c_str()) != 0) {
            std::remove(part.c_str());
            if (error)
                *error = "cannot move '" + part + "' into place";
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = std::string("cannot save weights: ") + e.what();
        return false;
    }
}

bool ClassifierModel::saveSafetensors(const std::string &path,
                                      const std::vector<std::pair<std::string, std::string>> &metadata,
                                      bool includeHead, bool half, std::string *error) const
{
    try {
        const std::string headPrefix = d->net->architecture().head + ".";
        std::vector<RawTensor> tensors;
        for (const auto &[name, tensor] : d->state()) {
            if (!includeHead && name.rfind(headPrefix, 0) == 0)
                continue;
            const bool floating = tensor.is_floating_point();
            tensors.push_back(toRaw(name, half && floating ? tensor.to(torch::kFloat16) : tensor));
        }
        auto meta = metadata;
        meta.emplace_back("architecture", d->backbone);
        return writeSafetensors(path, tensors, meta, error);
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
    if (!report.missing.empty() || !report.mismatched.empty() || !report.unexpected.empty()
        || !report.renamed.empty()) {
        if (error)
            *error = "'" + path + "' does not match this " + d->backbone + " model: " + report.summary();
        return false;
    }
    return true;
}

} // namespace Hone::Nn
