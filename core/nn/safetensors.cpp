// readSafetensors and writeSafetensors: the .safetensors format (8-byte header length, JSON header,
// raw little-endian data). Headers are bounded and checked against the file size before any data
// is read; files are written through a temporary file renamed into place.

#include "jsonreader_p.h"
#include "weightfile_p.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>
#include <unordered_set>

#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

namespace Hone::Nn {

using namespace Detail;

namespace {

bool validUtf8(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n) {
        const auto c = static_cast<unsigned char>(s[k]);
        size_t len = 0;
        uint32_t cp = 0;
        if (c < 0x80) {
            ++k;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            len = 2;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (n - k < len)
            return false;
        for (size_t j = 1; j < len; ++j) {
            const auto cc = static_cast<unsigned char>(s[k + j]);
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff))
            || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        k += len;
    }
    return true;
}

bool dtypeFromName(const std::string &name, RawDType *out)
{
    for (RawDType t : {RawDType::Float32, RawDType::Float16, RawDType::BFloat16, RawDType::Float64, RawDType::Int64,
                       RawDType::Int32, RawDType::Int16, RawDType::Int8, RawDType::UInt8, RawDType::Bool}) {
        if (name == rawDTypeName(t)) {
            *out = t;
            return true;
        }
    }
    return false;
}

struct FileCloser
{
    void operator()(std::FILE *f) const { std::fclose(f); }
};

constexpr uint64_t kMaxHeader = 100u * 1000 * 1000;

bool readSafetensorsFile(const std::string &path, std::vector<RawTensor> *tensors,
                         std::vector<std::pair<std::string, std::string>> *metadata, std::string *error)
{
    if (const std::string problem = fileProblem(path); !problem.empty()) {
        *error = "cannot read " + quoteName(path) + ": " + problem;
        return false;
    }
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        *error = "cannot open " + quoteName(path) + ": " + std::strerror(errno);
        return false;
    }
    if (fseeko(file.get(), 0, SEEK_END) != 0) {
        *error = std::string("cannot read the file: ") + std::strerror(errno);
        return false;
    }
    const off_t end = ftello(file.get());
    if (end < 0 || fseeko(file.get(), 0, SEEK_SET) != 0) {
        *error = std::string("cannot read the file: ") + std::strerror(errno);
        return false;
    }
    const auto fileSize = static_cast<uint64_t>(end);
    if (fileSize < 8) {
        *error = fileSize == 0 ? "the file is empty, not a safetensors file"
                               : "the file is too short (" + std::to_string(fileSize)
                    + " bytes) to be a safetensors file";
        return false;
    }
    unsigned char lengthBytes[8];
    if (std::fread(lengthBytes, 1, 8, file.get()) != 8) {
        *error = "cannot read the safetensors header length";
        return false;
    }
    uint64_t headerSize = 0;
    for (int k = 8; k-- > 0;)
        headerSize = (headerSize << 8) | lengthBytes[k];
    if (headerSize > kMaxHeader) {
        *error = "the safetensors header claims " + std::to_string(headerSize)
            + " bytes, more than the 100 MB allowed; the file is damaged or not a safetensors file";
        return false;
    }
    if (headerSize > fileSize - 8) {
        *error = "the file is truncated: its header claims " + std::to_string(headerSize)
            + " bytes but only " + std::to_string(fileSize - 8) + " follow";
        return false;
    }
    std::string header(static_cast<size_t>(headerSize), '\0');
    if (std::fread(header.data(), 1, header.size(), file.get()) != header.size()) {
        *error = "cannot read the safetensors header";
        return false;
    }
    if (!validUtf8(header.data(), header.size())) {
        *error = "the safetensors header is not valid UTF-8";
        return false;
    }
    const uint64_t dataSize = fileSize - 8 - headerSize;

    Json root;
    try {
        root = parseJson(header.data(), header.size());
    } catch (const std::runtime_error &e) {
        *error = e.what();
        return false;
    }
    if (root.type != Json::Type::Object) {
        *error = "the safetensors header is not a JSON object";
        return false;
    }

    struct Entry
    {
        RawTensor tensor;
        uint64_t begin = 0;
        uint64_t end = 0;
    };
    std::vector<Entry> entries;
    std::unordered_set<std::string> seen;
    std::vector<std::pair<std::string, std::string>> meta;
    for (size_t k = 0; k < root.keys.size(); ++k) {
        const std::string &name = root.keys[k];
        const Json &info = root.items[k];
        if (!seen.insert(name).second) {
            *error = "the header lists " + quoteName(name) + " twice";
            return false;
        }
        if (name == "__metadata__") {
            if (info.type != Json::Type::Object) {
                *error = "__metadata__ must be an object of strings";
                return false;
            }
            for (size_t m = 0; m < info.keys.size(); ++m) {
                if (info.items[m].type != Json::Type::String) {
                    *error = "__metadata__ value " + quoteName(info.keys[m]) + " is not a string";
                    return false;
                }
                meta.emplace_back(info.keys[m], info.items[m].text);
            }
            continue;
        }
        const std::string where = "tensor " + quoteName(name) + ": ";
        if (info.type != Json::Type::Object) {
            *error = where + "its entry is not an object";
            return false;
        }
        const Json *dtype = nullptr, *shape = nullptr, *offsets = nullptr;
        for (size_t m = 0; m < info.keys.size(); ++m) {
            if (info.keys[m] == "dtype")
                dtype = &info.items[m];
            else if (info.keys[m] == "shape")
                shape = &info.items[m];
            else if (info.keys[m] == "data_offsets")
                offsets = &info.items[m];
        }
        if (!dtype || !shape || !offsets) {
            *error = where + "needs dtype, shape and data_offsets";
            return false;
        }
        Entry e;
        e.tensor.name = name;
        if (dtype->type != Json::Type::String || !dtypeFromName(dtype->text, &e.tensor.dtype)) {
            *error = where + "unsupported dtype "
                + (dtype->type == Json::Type::String ? quoteName(dtype->text) : std::string("(not a string)"))
                + " (Hone reads F32, F16, BF16, F64, I64, I32, I16, I8, U8 and BOOL)";
            return false;
        }
        if (shape->type != Json::Type::Array || shape->items.size() > size_t(kMaxDims)) {
            *error = where + "shape must be a list of at most 64 sizes";
            return false;
        }
        for (const Json &d : shape->items) {
            int64_t n = 0;
            if (!jsonInt(d, &n) || n < 0) {
                *error = where + "shape holds " + (d.type == Json::Type::Number ? d.text : std::string("a non-number"))
                    + ", not a non-negative integer";
                return false;
            }
            e.tensor.shape.push_back(n);
        }
        int64_t numel = 0, bytes = 0;
        if (!shapeBytes(e.tensor.shape, rawDTypeSize(e.tensor.dtype), &numel, &bytes)) {
            *error = where + "shape is too large";
            return false;
        }
        int64_t begin = 0, end = 0;
        if (offsets->type != Json::Type::Array || offsets->items.size() != 2 || !jsonInt(offsets->items[0], &begin)
            || !jsonInt(offsets->items[1], &end) || begin < 0 || end < begin) {
            *error = where + "data_offsets must be [begin, end] with 0 <= begin <= end";
            return false;
        }
        if (static_cast<uint64_t>(end) > dataSize) {
            *error = where + "data_offsets end at " + std::to_string(end) + ", past the " + std::to_string(dataSize)
                + " bytes of data; the file is truncated or damaged";
            return false;
        }
        if (end - begin != bytes) {
            *error = where + "data_offsets span " + std::to_string(end - begin) + " bytes but shape and dtype need "
                + std::to_string(bytes);
            return false;
        }
        e.begin = static_cast<uint64_t>(begin);
        e.end = static_cast<uint64_t>(end);
        entries.push_back(std::move(e));
    }

    // No two tensors may share bytes (the format's rule; the reference implementation checks it
    // too). Without it, a small file could list one range many times and ask for any amount of
    // memory; with it, the tensors together never take more than the file's data.
    std::vector<const Entry *> byOffset;
    for (const Entry &e : entries) {
        if (e.end > e.begin)
            byOffset.push_back(&e);
    }
    std::stable_sort(byOffset.begin(), byOffset.end(),
                     [](const Entry *a, const Entry *b) { return a->begin < b->begin; });
    for (size_t k = 1; k < byOffset.size(); ++k) {
        if (byOffset[k]->begin < byOffset[k - 1]->end) {
            *error = "the data_offsets of tensors " + quoteName(byOffset[k - 1]->tensor.name) + " and "
                + quoteName(byOffset[k]->tensor.name) + " overlap; the file is damaged or not a safetensors file";
            return false;
        }
    }

    const uint64_t dataStart = 8 + headerSize;
    for (Entry &e : entries) {
        int64_t numel = 0, bytes = 0;
        shapeBytes(e.tensor.shape, rawDTypeSize(e.tensor.dtype), &numel, &bytes);
        e.tensor.data.resize(static_cast<size_t>(bytes));
        if (bytes == 0)
            continue;
        if (fseeko(file.get(), static_cast<off_t>(dataStart + e.begin), SEEK_SET) != 0
            || std::fread(e.tensor.data.data(), 1, e.tensor.data.size(), file.get()) != e.tensor.data.size()) {
            *error = "cannot read the data of tensor " + quoteName(e.tensor.name) + " (the file changed or is unreadable)";
            return false;
        }
    }
    for (Entry &e : entries)
        tensors->push_back(std::move(e.tensor));
    if (metadata)
        *metadata = std::move(meta);
    return true;
}

void appendJsonString(std::string *out, const std::string &s)
{
    *out += '"';
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            *out += '\\';
            *out += c;
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            *out += buf;
        } else {
            *out += c;
        }
    }
    *out += '"';
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = ENOSPC;
            return false;
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

} // namespace

bool readSafetensors(const std::string &path, std::vector<RawTensor> *tensors,
                     std::vector<std::pair<std::string, std::string>> *metadata, std::string *error)
{
    std::string message;
    std::vector<RawTensor> result;
    bool ok = false;
    try {
        ok = readSafetensorsFile(path, &result, metadata, &message);
    } catch (const std::bad_alloc &) {
        message = "out of memory while reading the weight file";
    }
    if (tensors)
        *tensors = ok ? std::move(result) : std::vector<RawTensor>();
    if (!ok && metadata)
        metadata->clear();
    if (!ok && error)
        *error = message;
    return ok;
}

bool writeSafetensors(const std::string &path, const std::vector<RawTensor> &tensors,
                      const std::vector<std::pair<std::string, std::string>> &metadata, std::string *error)
{
    auto fail = [error](const std::string &message) {
        if (error)
            *error = message;
        return false;
    };

    std::string header = "{";
    if (!metadata.empty()) {
        header += "\"__metadata__\":{";
        for (size_t k = 0; k < metadata.size(); ++k) {
            if (k)
                header += ',';
            appendJsonString(&header, metadata[k].first);
            header += ':';
            appendJsonString(&header, metadata[k].second);
        }
        header += '}';
    }
    std::unordered_set<std::string> names;
    uint64_t offset = 0;
    for (const RawTensor &t : tensors) {
        if (t.name.empty() || t.name == "__metadata__" || !names.insert(t.name).second)
            return fail("cannot write tensor " + quoteName(t.name) + ": names must be non-empty, unique and not __metadata__");
        if (!validUtf8(t.name.data(), t.name.size()))
            return fail("cannot write tensor " + quoteName(t.name) + ": its name is not valid UTF-8");
        int64_t numel = 0, bytes = 0;
        if (!shapeBytes(t.shape, rawDTypeSize(t.dtype), &numel, &bytes) || static_cast<uint64_t>(bytes) != t.data.size())
            return fail("cannot write tensor " + quoteName(t.name) + ": its data does not match its shape and dtype");
        if (header.size() > 1)
            header += ',';
        appendJsonString(&header, t.name);
        header += ":{\"dtype\":\"";
        header += rawDTypeName(t.dtype);
        header += "\",\"shape\":[";
        for (size_t d = 0; d < t.shape.size(); ++d) {
            if (d)
                header += ',';
            header += std::to_string(t.shape[d]);
        }
        header += "],\"data_offsets\":[" + std::to_string(offset) + ',' + std::to_string(offset + t.data.size()) + "]}";
        offset += t.data.size();
    }
    header += '}';
    for (const auto &[key, value] : metadata) {
        if (!validUtf8(key.data(), key.size()) || !validUtf8(value.data(), value.size()))
            return fail("cannot write metadata " + quoteName(key) + ": not valid UTF-8");
    }
    // The reference implementation pads the header with spaces so the data starts 8-aligned.
    header.append((8 - header.size() % 8) % 8, ' ');
    char lengthBytes[8];
    for (int k = 0; k < 8; ++k)
        lengthBytes[k] = static_cast<char>((uint64_t(header.size()) >> (8 * k)) & 0xff);

    static std::atomic<unsigned> counter{0};
    std::string temp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return fail("cannot create " + quoteName(temp) + ": " + std::strerror(errno));

    bool ok = writeAll(fd, lengthBytes, 8) && writeAll(fd, header.data(), header.size());
    for (size_t k = 0; ok && k < tensors.size(); ++k)
        ok = writeAll(fd, tensors[k].data.data(), tensors[k].data.size());
    if (ok)
        ok = ::fsync(fd) == 0;
    int savedErrno = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        savedErrno = errno;
    }
    if (!ok) {
        const std::string reason = std::strerror(savedErrno);
        std::remove(temp.c_str());
        return fail("cannot write " + quoteName(path) + ": " + reason);
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temp.c_str());
        return fail("cannot replace " + quoteName(path) + ": " + reason);
    }
    return true;
}

} // namespace Hone::Nn
