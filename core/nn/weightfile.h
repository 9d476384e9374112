#pragma once

// Reading and writing weight files without running anything they contain. Torch-free interface:
// tensors come back as raw little-endian bytes with their dtype and shape, and hone_nn turns them
// into torch tensors. Nothing here ever executes code from a file: PyTorch archives are read with
// a restricted unpickler that knows only the globals needed to rebuild tensors and dicts, and
// safetensors headers are bounded and checked against the file size before any data is touched.

#include <cstdint>
#include <string>
#include <vector>

namespace Hone::Nn {

enum class RawDType { Float32, Float16, BFloat16, Float64, Int64, Int32, Int16, Int8, UInt8, Bool };

// Size in bytes of one element.
int rawDTypeSize(RawDType type);
// "F32", "F16", "BF16", "F64", "I64", "I32", "I16", "I8", "U8", "BOOL" (safetensors spelling).
const char *rawDTypeName(RawDType type);

struct RawTensor
{
    std::string name;
    RawDType dtype = RawDType::Float32;
    std::vector<int64_t> shape;
    std::vector<char> data;   // contiguous, row-major, little-endian; numel × rawDTypeSize(dtype) bytes

    int64_t numel() const;
};

// A torch.save() zip archive holding a state dict: a dict or collections.OrderedDict of name ->
// tensor, optionally wrapped in {"state_dict": ...}, {"model": ...} or {"state_dict_ema"...}
// (the first of "state_dict", "model", "model_state", "model_state_dict" that is a dict).
// Tensors in the order the file lists them. Refuses, with a message naming the reason: files that
// are not zip archives (legacy pre-1.6 files: "re-save with a current PyTorch"), pickles that name
// any global outside the allowed set (message names the global, e.g. "forbidden global
// 'posix.system'"), malformed or truncated pickles, storages missing from the archive,
// tensors whose offset/shape/stride reach beyond their storage, and files whose zip records or
// tensor views would take more than 4 times the file's size in memory (at least 256 MiB is always
// allowed). Non-tensor values inside the state dict (e.g. an int) are skipped; *skipped counts
// them when not null.
bool readTorchArchive(const std::string &path, std::vector<RawTensor> *tensors, std::string *error,
                      int *skipped = nullptr);

// A .safetensors file: 8-byte little-endian header length, a JSON header, raw data. The header
// is at most 100 MB; dtypes F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL are read, others are
// refused with the dtype named; every data_offsets pair is checked against the data size and
// against shape × dtype size before use, and no two tensors may share bytes. "__metadata__" goes
// to *metadata (string -> string) when not null.
bool readSafetensors(const std::string &path, std::vector<RawTensor> *tensors,
                     std::vector<std::pair<std::string, std::string>> *metadata, std::string *error);

// Writes tensors (in the given order) to a .safetensors file, through a temporary file renamed
// into place, so a crash or a full disk never leaves a half-written file at `path`.
bool writeSafetensors(const std::string &path, const std::vector<RawTensor> &tensors,
                      const std::vector<std::pair<std::string, std::string>> &metadata,
                      std::string *error);

} // namespace Hone::Nn
