// .safetensors files through Hone::Nn::readSafetensors, which takes a path: each input is written
// to a per-process temporary file.
//
// The first byte picks the layout of the rest, so that mutations of the JSON header are not all
// wasted on a stale length prefix:
//   even: the rest is the file as it is (8-byte length, header, data);
//   odd:  the rest is header NUL data, and the harness writes the length of the header.

#include "fuzzinput.h"

#include "nn/weightfile.h"

#include <cstring>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using HoneFuzz::check;
    if (size == 0)
        return 0;
    const char *rest = reinterpret_cast<const char *>(data + 1);
    const size_t restSize = size - 1;
    std::string file;
    if (data[0] & 1) {
        const void *nul = std::memchr(rest, '\0', restSize);
        const size_t headerSize = nul ? size_t(static_cast<const char *>(nul) - rest) : restSize;
        for (int k = 0; k < 8; ++k)
            file += char((uint64_t(headerSize) >> (8 * k)) & 0xff);
        file.append(rest, headerSize);
        if (nul)
            file.append(rest + headerSize + 1, restSize - headerSize - 1);
    } else {
        file.assign(rest, restSize);
    }
    const std::string path = HoneFuzz::writeTemp("safetensors", file.data(), file.size());

    std::vector<Hone::Nn::RawTensor> tensors;
    std::vector<std::pair<std::string, std::string>> metadata;
    std::string error;
    const bool ok = Hone::Nn::readSafetensors(path, &tensors, &metadata, &error);
    HoneFuzz::report(ok, ok ? std::to_string(tensors.size()) + " tensors" : error);
    if (!ok) {
        check(!error.empty(), "readSafetensors refused without a reason");
        check(tensors.empty() && metadata.empty(), "readSafetensors failed but returned tensors or metadata");
        return 0;
    }
    for (const Hone::Nn::RawTensor &t : tensors) {
        check(t.data.size() == size_t(t.numel()) * size_t(Hone::Nn::rawDTypeSize(t.dtype)),
              "readSafetensors returned a tensor whose data does not match its shape");
        check(t.data.size() <= file.size(), "readSafetensors returned more data than the file holds");
    }
    return 0;
}
