// The dtype helpers of weightfile.h and the small pieces both weight-file formats share. The formats
// themselves live in torcharchive.cpp (with unpickler.cpp) and safetensors.cpp.

#include "weightfile_p.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <system_error>

namespace Hone::Nn {

int rawDTypeSize(RawDType type)
{
    switch (type) {
    case RawDType::Float32: return 4;
    case RawDType::Float16: return 2;
    case RawDType::BFloat16: return 2;
    case RawDType::Float64: return 8;
    case RawDType::Int64: return 8;
    case RawDType::Int32: return 4;
    case RawDType::Int16: return 2;
    case RawDType::Int8: return 1;
    case RawDType::UInt8: return 1;
    case RawDType::Bool: return 1;
    }
    return 1;
}

const char *rawDTypeName(RawDType type)
{
    switch (type) {
    case RawDType::Float32: return "F32";
    case RawDType::Float16: return "F16";
    case RawDType::BFloat16: return "BF16";
    case RawDType::Float64: return "F64";
    case RawDType::Int64: return "I64";
    case RawDType::Int32: return "I32";
    case RawDType::Int16: return "I16";
    case RawDType::Int8: return "I8";
    case RawDType::UInt8: return "U8";
    case RawDType::Bool: return "BOOL";
    }
    return "?";
}

int64_t RawTensor::numel() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

namespace Detail {

bool shapeBytes(const std::vector<int64_t> &shape, int elementSize, int64_t *numel, int64_t *bytes)
{
    int64_t n = 1;
    for (int64_t d : shape) {
        if (d < 0 || __builtin_mul_overflow(n, d, &n))
            return false;
    }
    int64_t b = 0;
    if (__builtin_mul_overflow(n, static_cast<int64_t>(elementSize), &b))
        return false;
    *numel = n;
    *bytes = b;
    return true;
}

std::string quoteName(const std::string &s)
{
    std::string out = "'";
    for (char c : s.substr(0, 200)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    if (s.size() > 200)
        out += "...";
    return out + "'";
}

int64_t memoryBudget(uint64_t fileSize)
{
    if (fileSize > uint64_t(std::numeric_limits<int64_t>::max() / kMaxExpansion))
        return std::numeric_limits<int64_t>::max();
    return std::max(kMinMemoryBudget, int64_t(fileSize) * kMaxExpansion);
}

std::string fileProblem(const std::string &path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return "the file does not exist";
    if (!std::filesystem::is_regular_file(status))
        return "not a regular file";
    return {};
}

} // namespace Detail

} // namespace Hone::Nn
