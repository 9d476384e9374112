// torch.save() zip archives through Hone::Nn::readTorchArchive, which takes a path: each input is
// written to a per-process temporary file. This reaches LibTorch's zip reader as well as Hone's
// checks around it; fuzz_torchpickle reaches the pickle and tensor views inside a valid archive.

#include "fuzzinput.h"

#include "nn/weightfile.h"

#include <c10/util/Logging.h>

#include <string>
#include <vector>

// Most mutated archives make LibTorch's reader throw a c10::Error, and each one symbolizes a
// backtrace (milliseconds under ASan) that readTorchArchive throws away: skip it to fuzz faster.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    c10::SetStackTraceFetcher([] { return std::string(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using HoneFuzz::check;
    const std::string path = HoneFuzz::writeTemp("torcharchive", data, size);
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
