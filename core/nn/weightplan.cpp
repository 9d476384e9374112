#include "weightplan.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace Hone::Nn {

namespace {

bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isCounter(const std::string &name)
{
    return endsWith(name, "num_batches_tracked");
}

int64_t numel(const std::vector<int64_t> &shape)
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

std::string shapeString(const std::vector<int64_t> &shape)
{
    std::ostringstream s;
    s << '[';
    for (size_t i = 0; i < shape.size(); ++i)
        s << (i ? ", " : "") << shape[i];
    s << ']';
    return s.str();
}

bool compatible(const std::vector<int64_t> &file, const std::vector<int64_t> &model)
{
    if (file == model)
        return true;
    // A 1×1 convolution standing in for a linear layer (timm's conv_head) or the reverse.
    return file.size() >= 2 && model.size() >= 2 && file[0] == model[0] && numel(file) == numel(model)
        && numel(file) == file[0] * file[1] && numel(model) == model[0] * model[1];
}

// Lists the state of a description: what torch::nn registers for each conv, norm and linear.
class StateLister : public LayerVisitor
{
public:
    std::vector<StateEntry> entries;

    Value stage(int index, Value x) override
    {
        m_stage = index;
        return x;
    }

    Value conv(Value x, const ConvSpec &s) override
    {
        record(s.conv + ".weight", {s.out, s.in / s.groups, s.kernel, s.kernel});
        if (s.bias)
            record(s.conv + ".bias", {s.out});
        if (!s.norm.empty()) {
            record(s.norm + ".weight", {s.out});
            record(s.norm + ".bias", {s.out});
            record(s.norm + ".running_mean", {s.out}, true);
            record(s.norm + ".running_var", {s.out}, true);
            record(s.norm + ".num_batches_tracked", {}, true);
        }
        return x;
    }

    Value linear(Value x, const std::string &name, int64_t in, int64_t out) override
    {
        record(name + ".weight", {out, in});
        record(name + ".bias", {out});
        return x;
    }

private:
    void record(const std::string &name, std::vector<int64_t> shape, bool buffer = false)
    {
        entries.push_back({name, std::move(shape), m_stage, buffer});
    }

    int m_stage = 0;
};

} // namespace

std::string WeightLoadReport::summary() const
{
    std::ostringstream s;
    s << matched.size() << " tensors loaded, " << missing.size() << " missing, " << unexpected.size()
      << " unexpected, " << mismatched.size() << " with another shape";
    if (!skipped.empty())
        s << ", " << skipped.size() << " of the classifier head left new";
    if (!renamed.empty())
        s << "; matched by position under other names (" << renamed.size() << ", e.g. "
          << renamed.front() << ")";
    for (const auto &m : mismatched)
        s << "\n  shape differs: " << m;
    for (size_t i = 0; i < missing.size() && i < 8; ++i)
        s << "\n  missing: " << missing[i];
    for (size_t i = 0; i < unexpected.size() && i < 8; ++i)
        s << "\n  unexpected: " << unexpected[i];
    return s.str();
}

std::vector<StateEntry> stateEntries(const Architecture &architecture, int classes)
{
    StateLister lister;
    architecture.build(lister, 0, classes);
    return lister.entries;
}

LoadPlan planLoad(const std::vector<StateEntry> &model, const std::vector<RawTensor> &file,
                  const std::string &headPrefix, bool includeHead)
{
    const auto isHead = [&](const std::string &name) { return name.rfind(headPrefix, 0) == 0; };
    std::map<std::string, size_t> fileIndex;
    for (size_t j = 0; j < file.size(); ++j)
        fileIndex.emplace(file[j].name, j);

    LoadPlan plan;
    plan.source.assign(model.size(), -1);
    size_t trunk = 0;
    size_t byName = 0;
    for (size_t i = 0; i < model.size(); ++i) {
        const auto it = fileIndex.find(model[i].name);
        if (it != fileIndex.end())
            plan.source[i] = long(it->second);
        if (!isHead(model[i].name)) {
            ++trunk;
            byName += it != fileIndex.end();
        }
    }
    // Mostly other names: try the same architecture's tensors in the same order. BatchNorm's
    // batch counters carry no weights and are left out on both sides.
    bool positional = false;
    if (byName * 2 < trunk) {
        std::vector<long> order(model.size(), -1);
        size_t j = 0;
        bool ok = true;
        for (size_t i = 0; i < model.size() && ok; ++i) {
            if (isHead(model[i].name) || isCounter(model[i].name))
                continue;
            while (j < file.size() && isCounter(file[j].name))
                ++j;
            if (j >= file.size() || !compatible(file[j].shape, model[i].shape))
                ok = false;
            else
                order[i] = long(j++);
        }
        if (ok) {
            positional = true;
            plan.source = order;
        }
    }

    WeightLoadReport &r = plan.report;
    std::vector<bool> used(file.size(), false);
    for (size_t i = 0; i < model.size(); ++i) {
        const std::string &name = model[i].name;
        // Pretrained weights never set the head: it is new for the project's classes, even when a
        // file's head happens to have the same shape (1000 classes, or another project's order).
        if (!includeHead && isHead(name)) {
            r.skipped.push_back(name);
            if (!positional && plan.source[i] >= 0)
                used[size_t(plan.source[i])] = true;
            plan.source[i] = -1;
            continue;
        }
        if (plan.source[i] < 0) {
            // BatchNorm's batch counters carry no weights; some files leave them out.
            if (!isCounter(name))
                r.missing.push_back(name);
            continue;
        }
        const RawTensor &t = file[size_t(plan.source[i])];
        used[size_t(plan.source[i])] = true;
        if (!compatible(t.shape, model[i].shape)) {
            r.mismatched.push_back(name + ": file " + shapeString(t.shape) + " vs model " + shapeString(model[i].shape));
            plan.source[i] = -1;
            continue;
        }
        r.matched.push_back(name);
        if (t.name != name)
            r.renamed.push_back(t.name + " -> " + name);
    }
    // Matched by position, what follows the last matched tensor is the file's own head.
    size_t end = file.size();
    if (positional) {
        end = 0;
        for (long source : plan.source)
            end = std::max(end, size_t(source + 1));
    }
    for (size_t j = 0; j < end; ++j) {
        if (!used[j] && !(positional && isCounter(file[j].name)))
            r.unexpected.push_back(file[j].name);
    }
    return plan;
}

bool readWeightFile(const std::string &path, std::vector<RawTensor> *tensors, std::string *error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = "cannot open '" + path + "'";
        return false;
    }
    char head[9] = {};
    in.read(head, sizeof head);
    const std::streamsize got = in.gcount();
    if (got == 0) {
        *error = "'" + path + "' is empty";
        return false;
    }
    // A zip archive (torch.save) or a safetensors header: 8 bytes of length, then '{'.
    const bool zip = got >= 4 && head[0] == 'P' && head[1] == 'K';
    const bool safetensors = !zip && ((got == 9 && head[8] == '{') || endsWith(path, ".safetensors"));
    std::string message;
    const bool ok = safetensors ? readSafetensors(path, tensors, nullptr, &message)
                                : readTorchArchive(path, tensors, &message);
    if (!ok)
        *error = message.find(path) == std::string::npos ? "'" + path + "': " + message : message;
    return ok;
}

bool checkWeightFile(const std::string &architecture, const std::string &path,
                     WeightLoadReport *report, std::string *error)
{
    const Architecture *a = findArchitecture(architecture);
    if (!a) {
        *error = "unknown backbone '" + architecture + "'";
        return false;
    }
    std::vector<RawTensor> file;
    if (!readWeightFile(path, &file, error))
        return false;
    *report = planLoad(stateEntries(*a, 2), file, a->head + ".", false).report;
    if (report->matched.empty()) {
        *error = "no tensor in '" + path + "' matches a " + architecture + " parameter, by name or by position";
        return false;
    }
    return true;
}

} // namespace Hone::Nn
