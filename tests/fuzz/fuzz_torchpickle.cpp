// The pickle inside a torch.save() archive, with the tensor views it describes: each input becomes
// data.pkl of a well-formed archive (LibTorch's own zip writer), read by Hone::Nn::readTorchArchive
// from a per-process temporary file. Mutations so reach the unpickler, the state-dict unwrapping
// and the copying of strided views out of their storages, which a raw zip rarely gets past.
//
// Input: four bytes giving the byte sizes of the storage records data/0 .. data/3, then data.pkl.

#include "fuzzinput.h"

#include "nn/weightfile.h"

#include <caffe2/serialize/inline_container.h>

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using HoneFuzz::check;
    if (size < 4)
        return 0;
    std::string archive;
    {
        caffe2::serialize::PyTorchStreamWriter writer([&archive](const void *buf, size_t n) {
            archive.append(static_cast<const char *>(buf), n);
            return n;
        });
        writer.writeRecord("data.pkl", data + 4, size - 4);
        for (int k = 0; k < 4; ++k) {
            // Distinct, recognisable bytes: a view that reads the wrong place shows.
            std::string storage(data[k], '\0');
            for (size_t i = 0; i < storage.size(); ++i)
                storage[i] = char(k * 64 + int(i));
            writer.writeRecord("data/" + std::to_string(k), storage.data(), storage.size());
        }
        writer.writeEndOfFile();
    }
    const std::string path = HoneFuzz::writeTemp("torchpickle", archive.data(), archive.size());

    std::vector<Hone::Nn::RawTensor> tensors;
    std::string error;
    int skipped = -1;
    const bool ok = Hone::Nn::readTorchArchive(path, &tensors, &error, &skipped);
    HoneFuzz::report(ok, ok ? std::to_string(tensors.size()) + " tensors" : error);
    if (!ok) {
        check(!error.empty(), "readTorchArchive refused without a reason");
        check(tensors.empty() && skipped == 0, "readTorchArchive failed but returned tensors");
        return 0;
    }
    check(!tensors.empty() && skipped >= 0, "readTorchArchive succeeded without tensors");
    for (const Hone::Nn::RawTensor &t : tensors)
        check(t.data.size() == size_t(t.numel()) * size_t(Hone::Nn::rawDTypeSize(t.dtype)),
              "readTorchArchive returned a tensor whose data does not match its shape");
    return 0;
}
