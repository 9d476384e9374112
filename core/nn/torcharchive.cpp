// readTorchArchive: state dicts from torch.save() zip archives. LibTorch supplies only the zip
// reader; the pickle inside is read by the restricted unpickler (unpickler.cpp), never by
// torch::pickle_load, so a weight file can name no code that gets run.

#include "unpickler_p.h"
#include "weightfile_p.h"

#include <caffe2/serialize/inline_container.h>
#include <c10/util/Exception.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <new>
#include <tuple>
#include <unordered_map>

namespace Hone::Nn {

using namespace Detail;

namespace {

// The last value stored under a str key (a pickle may set a key twice; the last one wins).
const PyValue *dictGet(const PyValue *dict, const std::string &key)
{
    const PyValue *found = nullptr;
    for (size_t k = 0; k + 1 < dict->items.size(); k += 2) {
        if (dict->items[k]->kind == PyValue::Kind::Str && dict->items[k]->s == key)
            found = dict->items[k + 1];
    }
    return found;
}

// Storage records, each read from the archive once however many tensors view it.
class StorageCache
{
public:
    explicit StorageCache(caffe2::serialize::PyTorchStreamReader &reader) : m_reader(reader) {}

    // Pointer to the record's bytes, or throws PickleError.
    const char *get(const PyValue &storage, size_t *bytes)
    {
        auto it = m_records.find(storage.s);
        if (it == m_records.end()) {
            const std::string name = "data/" + storage.s;
            if (!m_reader.hasRecord(name))
                throw PickleError("storage " + quoteName(name) + " is missing from the archive");
            auto record = m_reader.getRecord(name);
            it = m_records.emplace(storage.s, std::move(record)).first;
        }
        *bytes = std::get<1>(it->second);
        return static_cast<const char *>(std::get<0>(it->second).get());
    }

    // Frees a record no later tensor views, so a large file is not held in memory twice.
    void release(const std::string &key) { m_records.erase(key); }

private:
    caffe2::serialize::PyTorchStreamReader &m_reader;
    std::map<std::string, std::tuple<at::DataPtr, size_t>> m_records;
};

// What all tensors of one file may take in memory together (memoryBudget). Views that repeat
// elements (stride 0, overlapping strides) and many entries viewing one storage are legal in a
// pickle; without a bound a few kilobytes of file could ask for any amount of memory.
struct MemoryBudget
{
    explicit MemoryBudget(int64_t limit) : limit(limit) {}

    // Throws PickleError when bytes more would pass the limit.
    void take(int64_t bytes)
    {
        if (bytes > limit - used)
            throw PickleError("the tensors would take more than " + std::to_string(limit >> 20)
                              + " MiB in memory, over " + std::to_string(kMaxExpansion)
                              + " times the file's size (views that repeat elements, such as stride 0); "
                                "the file is damaged or hostile");
        used += bytes;
    }

    const int64_t limit;
    int64_t used = 0;
};

// Copies a (possibly strided, offset) tensor view out of its storage into a contiguous RawTensor.
void materialize(const PyValue &t, StorageCache &storages, MemoryBudget &budget, RawTensor *out)
{
    const int elementSize = rawDTypeSize(t.dtype);
    int64_t numel = 0, bytes = 0;
    if (!shapeBytes(t.size, elementSize, &numel, &bytes))
        throw PickleError("negative or overflowing size");
    if (t.offset < 0)
        throw PickleError("negative storage offset");
    for (int64_t s : t.stride) {
        if (s < 0)
            throw PickleError("negative stride");
    }
    size_t recordBytes = 0;
    const char *data = storages.get(*t.storage, &recordBytes);
    const int64_t storageNumel = t.storage->i;
    if (static_cast<uint64_t>(storageNumel) > recordBytes / static_cast<uint64_t>(elementSize))
        throw PickleError("storage 'data/" + t.storage->s + "' is shorter than the file says ("
                          + std::to_string(recordBytes) + " bytes for " + std::to_string(storageNumel)
                          + " elements)");
    out->dtype = t.dtype;
    out->shape = t.size;
    out->data.clear();
    if (numel == 0)
        return;

    // Highest element the view touches must lie inside the storage.
    int64_t last = t.offset;
    for (size_t d = 0; d < t.size.size(); ++d) {
        int64_t reach = 0;
        if (__builtin_mul_overflow(t.size[d] - 1, t.stride[d], &reach) || __builtin_add_overflow(last, reach, &last))
            throw PickleError("shape and stride overflow");
    }
    if (last >= storageNumel)
        throw PickleError("shape, stride and offset reach element " + std::to_string(last)
                          + " of a storage with " + std::to_string(storageNumel));
    // Broadcast views (stride 0) can describe far more elements than the file holds; cap them.
    if (bytes > (int64_t(1) << 34))
        throw PickleError("tensor too large (" + std::to_string(bytes) + " bytes)");
    budget.take(bytes);

    out->data.resize(static_cast<size_t>(bytes));
    char *dst = out->data.data();
    const size_t dims = t.size.size();
    bool contiguous = true;
    int64_t expected = 1;
    for (size_t d = dims; d-- > 0;) {
        if (t.size[d] != 1 && t.stride[d] != expected)
            contiguous = false;
        expected *= t.size[d];
    }
    if (contiguous) {
        std::memcpy(dst, data + t.offset * elementSize, static_cast<size_t>(bytes));
        return;
    }
    // Walk the view row by row: the innermost dimension in a tight loop, an odometer for the rest.
    std::vector<int64_t> index(dims, 0);
    const int64_t inner = t.size[dims - 1];
    const int64_t innerStride = t.stride[dims - 1] * elementSize;
    for (int64_t done = 0; done < numel; done += inner) {
        int64_t start = t.offset;
        for (size_t d = 0; d + 1 < dims; ++d)
            start += index[d] * t.stride[d];
        const char *src = data + start * elementSize;
        for (int64_t k = 0; k < inner; ++k) {
            std::memcpy(dst, src, static_cast<size_t>(elementSize));
            dst += elementSize;
            src += innerStride;
        }
        for (size_t d = dims - 1; d-- > 0;) {
            if (++index[d] < t.size[d])
                break;
            index[d] = 0;
        }
    }
}

// c10 errors carry a backtrace and source locations; a person needs the first line only.
std::string firstLine(const char *message)
{
    std::string s = message;
    const size_t nl = s.find('\n');
    if (nl != std::string::npos)
        s.resize(nl);
    if (s.rfind("[enforce fail at ", 0) == 0) {
        const size_t end = s.find("] ");
        if (end != std::string::npos)
            s.erase(0, end + 2);
        if (s.rfind(". ", 0) == 0)
            s.erase(0, 2);
    }
    const size_t plea = s.find("  (Could this error message be improved?");
    if (plea != std::string::npos)
        s.resize(plea);
    return s;
}

const char kResave[] = "re-save it with a current PyTorch: torch.save(model.state_dict(), path)";

bool readArchive(const std::string &path, std::vector<RawTensor> *tensors, std::string *error, int *skipped)
{
    if (const std::string problem = fileProblem(path); !problem.empty()) {
        *error = "cannot read " + quoteName(path) + ": " + problem;
        return false;
    }
    {
        // Legacy torch.save files start with a pickle, not "PK": say so before the zip reader
        // gives its less helpful "failed finding central directory".
        std::FILE *f = std::fopen(path.c_str(), "rb");
        if (!f) {
            *error = "cannot open " + quoteName(path) + ": " + std::strerror(errno);
            return false;
        }
        char magic[4] = {};
        const size_t n = std::fread(magic, 1, sizeof magic, f);
        std::fclose(f);
        if (n < 4 || std::memcmp(magic, "PK\x03\x04", 4) != 0) {
            *error = "not a PyTorch zip archive (an empty file, another format, or a legacy pre-1.6 "
                     "torch.save file); ";
            *error += kResave;
            return false;
        }
    }
    std::error_code sizeError;
    const std::uintmax_t fileSize = std::filesystem::file_size(path, sizeError);
    if (sizeError) {
        *error = "cannot read " + quoteName(path) + ": " + sizeError.message();
        return false;
    }
    // LibTorch's reader allocates each record's declared size before reading it: check first.
    if (const std::string problem = zipDirectoryProblem(path, fileSize, uint64_t(memoryBudget(fileSize)));
        !problem.empty()) {
        *error = "not a readable PyTorch zip archive, it may be damaged or hostile (" + problem + "); " + kResave;
        return false;
    }

    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> reader;
    try {
        reader = std::make_unique<caffe2::serialize::PyTorchStreamReader>(path);
    } catch (const c10::Error &e) {
        *error = "not a readable PyTorch zip archive, it may be damaged or truncated ("
            + firstLine(e.what_without_backtrace()) + "); " + kResave;
        return false;
    } catch (const std::exception &e) { // e.g. std::stoull on a garbled version record
        *error = "not a readable PyTorch zip archive, it may be damaged (" + firstLine(e.what()) + "); " + kResave;
        return false;
    }

    if (reader->hasRecord("constants.pkl") || !reader->hasRecord("data.pkl")) {
        *error = reader->hasRecord("constants.pkl")
            ? "this is a TorchScript model, not a state dict; load it as TorchScript or save "
              "model.state_dict() with torch.save"
            : "the archive has no data.pkl, so it was not written by torch.save()";
        return false;
    }
    if (reader->hasRecord("byteorder")) {
        auto record = reader->getRecord("byteorder");
        const std::string order(static_cast<const char *>(std::get<0>(record).get()), std::get<1>(record));
        if (order != "little") {
            *error = "the archive stores " + quoteName(order) + "-endian tensors; only little-endian files are read";
            return false;
        }
    }

    auto pickle = reader->getRecord("data.pkl");
    Unpickler unpickler(static_cast<const char *>(std::get<0>(pickle).get()), std::get<1>(pickle));
    const PyValue *root = unpickler.run();

    // Unwrap checkpoints such as {"state_dict": {...}, "epoch": 3}, up to two levels deep.
    const PyValue *dict = root;
    if (dict->kind != PyValue::Kind::Dict) {
        *error = std::string("the file holds a ") + kindName(dict->kind) + ", not a state dict (a dict of name -> tensor)";
        return false;
    }
    for (int level = 0; level < 2; ++level) {
        const PyValue *inner = nullptr;
        for (const char *key : {"state_dict", "model", "model_state", "model_state_dict"}) {
            const PyValue *v = dictGet(dict, key);
            if (v && v->kind == PyValue::Kind::Dict) {
                inner = v;
                break;
            }
        }
        if (!inner)
            break;
        dict = inner;
    }

    // Keys keep their first position and take their last value, as a Python dict does.
    std::vector<std::pair<std::string, const PyValue *>> entries;
    std::unordered_map<std::string, size_t> position;
    int skippedCount = 0;
    for (size_t k = 0; k + 1 < dict->items.size(); k += 2) {
        const PyValue *key = dict->items[k];
        if (key->kind != PyValue::Kind::Str) {
            ++skippedCount;
            continue;
        }
        const auto [it, inserted] = position.emplace(key->s, entries.size());
        if (inserted)
            entries.emplace_back(key->s, dict->items[k + 1]);
        else
            entries[it->second].second = dict->items[k + 1];
    }

    std::unordered_map<std::string, int> views;
    for (const auto &entry : entries) {
        if (entry.second->kind == PyValue::Kind::Tensor)
            ++views[entry.second->storage->s];
    }
    StorageCache storages(*reader);
    MemoryBudget budget(memoryBudget(fileSize));
    for (const auto &[name, value] : entries) {
        if (value->kind != PyValue::Kind::Tensor) {
            ++skippedCount;
            continue;
        }
        RawTensor t;
        t.name = name;
        try {
            materialize(*value, storages, budget, &t);
        } catch (const PickleError &e) {
            throw PickleError("tensor " + quoteName(name) + ": " + e.what());
        }
        if (--views[value->storage->s] == 0)
            storages.release(value->storage->s);
        tensors->push_back(std::move(t));
    }
    if (skipped)
        *skipped = skippedCount;
    if (tensors->empty()) {
        *error = "the state dict holds no tensors";
        return false;
    }
    return true;
}

} // namespace

bool readTorchArchive(const std::string &path, std::vector<RawTensor> *tensors, std::string *error, int *skipped)
{
    std::string message;
    std::vector<RawTensor> result;
    int skippedCount = 0;
    bool ok = false;
    try {
        ok = readArchive(path, &result, &message, &skippedCount);
    } catch (const PickleError &e) {
        message = e.what();
    } catch (const c10::Error &e) {
        message = "cannot read the archive: " + firstLine(e.what_without_backtrace());
    } catch (const std::bad_alloc &) {
        message = "out of memory while reading the weight file";
    } catch (const std::exception &e) {
        message = std::string("cannot read the archive: ") + e.what();
    }
    if (tensors)
        *tensors = ok ? std::move(result) : std::vector<RawTensor>();
    if (skipped)
        *skipped = ok ? skippedCount : 0;
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace Hone::Nn
