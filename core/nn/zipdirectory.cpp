// zipDirectoryProblem: the sizes a zip archive's central directory declares, checked before
// LibTorch's reader trusts them. PyTorchStreamReader allocates each record's declared uncompressed
// size before reading a byte of it (the "version" record already inside its constructor), so a
// 500-byte archive could ask for gigabytes. The directory is found as miniz finds it: the last
// end-of-central-directory record, and the zip64 one when its locator sits right before it.

#include "weightfile_p.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace Hone::Nn::Detail {

namespace {

constexpr uint32_t kEndSignature = 0x06054b50;
constexpr uint32_t kZip64EndSignature = 0x06064b50;
constexpr uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr uint32_t kEntrySignature = 0x02014b50;
constexpr size_t kEndSize = 22, kZip64LocatorSize = 20, kZip64EndSize = 56, kEntrySize = 46;
constexpr uint64_t kMaxDirectory = uint64_t(256) << 20;

uint64_t le(const unsigned char *p, int n)
{
    uint64_t v = 0;
    for (int k = n; k-- > 0;)
        v = (v << 8) | p[k];
    return v;
}

struct FileCloser
{
    void operator()(std::FILE *f) const { std::fclose(f); }
};

bool readAt(std::FILE *f, uint64_t offset, void *buffer, size_t size)
{
    return fseeko(f, static_cast<off_t>(offset), SEEK_SET) == 0 && std::fread(buffer, 1, size, f) == size;
}

} // namespace

std::string zipDirectoryProblem(const std::string &path, uint64_t fileSize, uint64_t maxUnpacked)
{
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return std::string("cannot open it: ") + std::strerror(errno);
    if (fileSize < kEndSize)
        return "it is too short to hold a zip directory";

    // The end record: 22 bytes and a comment of at most 65535.
    const size_t tail = static_cast<size_t>(std::min<uint64_t>(fileSize, kEndSize + 65535));
    std::vector<unsigned char> end(tail);
    if (!readAt(file.get(), fileSize - tail, end.data(), tail))
        return "its end cannot be read";
    size_t at = tail - kEndSize + 1;
    do {
        --at;
    } while (at > 0 && le(&end[at], 4) != kEndSignature);
    if (le(&end[at], 4) != kEndSignature)
        return "it has no zip directory (no end-of-central-directory record)";
    const uint64_t endOffset = fileSize - tail + at;
    uint64_t entries = le(&end[at + 10], 2);
    uint64_t directorySize = le(&end[at + 12], 4);
    uint64_t directoryOffset = le(&end[at + 16], 4);

    unsigned char locator[kZip64LocatorSize];
    if (endOffset >= kZip64LocatorSize && readAt(file.get(), endOffset - kZip64LocatorSize, locator, sizeof locator)
        && le(locator, 4) == kZip64LocatorSignature) {
        unsigned char end64[kZip64EndSize];
        const uint64_t end64Offset = le(locator + 8, 8);
        if (end64Offset > fileSize - kZip64EndSize || !readAt(file.get(), end64Offset, end64, sizeof end64)
            || le(end64, 4) != kZip64EndSignature)
            return "its zip64 directory record is damaged";
        entries = le(end64 + 32, 8);
        directorySize = le(end64 + 40, 8);
        directoryOffset = le(end64 + 48, 8);
    }
    if (directoryOffset > fileSize || directorySize > fileSize - directoryOffset || directorySize > kMaxDirectory
        || entries > directorySize / kEntrySize)
        return "its zip directory lies outside the file or is damaged";

    std::vector<unsigned char> dir(static_cast<size_t>(directorySize));
    if (!readAt(file.get(), directoryOffset, dir.data(), dir.size()))
        return "its zip directory cannot be read";
    uint64_t unpacked = 0;
    size_t pos = 0;
    for (uint64_t k = 0; k < entries; ++k) {
        if (dir.size() - pos < kEntrySize || le(&dir[pos], 4) != kEntrySignature)
            return "its zip directory is damaged (entry " + std::to_string(k) + ")";
        const unsigned char *e = &dir[pos];
        const uint64_t method = le(e + 10, 2);
        uint64_t packed = le(e + 20, 4);
        uint64_t size = le(e + 24, 4);
        const size_t nameLength = static_cast<size_t>(le(e + 28, 2));
        const size_t extraLength = static_cast<size_t>(le(e + 30, 2));
        const size_t commentLength = static_cast<size_t>(le(e + 32, 2));
        if (dir.size() - pos - kEntrySize < nameLength + extraLength + commentLength)
            return "its zip directory is damaged (entry " + std::to_string(k) + ")";
        const std::string name(reinterpret_cast<const char *>(e + kEntrySize), nameLength);
        // Sizes that do not fit 32 bits are in the zip64 extra field, in this order.
        const unsigned char *extra = e + kEntrySize + nameLength;
        for (size_t x = 0; x + 4 <= extraLength;) {
            const uint64_t id = le(extra + x, 2);
            const size_t length = static_cast<size_t>(le(extra + x + 2, 2));
            if (length > extraLength - x - 4)
                break;
            if (id == 0x0001) {
                size_t field = x + 4;
                for (uint64_t *value : {&size, &packed}) {
                    if (*value != 0xffffffffu)
                        continue;
                    if (field + 8 > x + 4 + length)
                        return "the zip64 sizes of record " + quoteName(name) + " are damaged";
                    *value = le(extra + field, 8);
                    field += 8;
                }
                break;
            }
            x += 4 + length;
        }
        if (method == 0 && (size != packed || size > fileSize))
            return "record " + quoteName(name) + " is stored with " + std::to_string(packed)
                + " bytes but declares " + std::to_string(size);
        if (size > maxUnpacked - unpacked)
            return "its records would unpack to more than " + std::to_string(maxUnpacked >> 20)
                + " MiB, over " + std::to_string(kMaxExpansion) + " times the file's size: record "
                + quoteName(name) + " declares " + std::to_string(size) + " bytes";
        unpacked += size;
        pos += kEntrySize + nameLength + extraLength + commentLength;
    }
    return {};
}

} // namespace Hone::Nn::Detail
