#pragma once

// Helpers shared by the weight-file readers and writer (torcharchive.cpp, unpickler.cpp,
// safetensors.cpp); defined in weightfile.cpp.

#include "weightfile.h"

#include <cstdint>
#include <string>
#include <vector>

namespace Hone::Nn::Detail {

// Most dimensions a tensor read from a file may have.
inline constexpr int kMaxDims = 64;

// Element count and byte size of a shape, refusing negative sizes and anything that overflows.
bool shapeBytes(const std::vector<int64_t> &shape, int elementSize, int64_t *numel, int64_t *bytes);

// s in single quotes for an error message: control bytes escaped, cut at 200 characters.
std::string quoteName(const std::string &s);

// What reading one weight file may take in memory: kMaxExpansion times the file's size, and at
// least kMinMemoryBudget. Real files stay near 1x (2x where weights are tied); views that repeat
// elements, and zip records that declare more than they hold, could otherwise turn a few kilobytes
// into gigabytes.
inline constexpr int kMaxExpansion = 4;
inline constexpr int64_t kMinMemoryBudget = int64_t(256) << 20;
int64_t memoryBudget(uint64_t fileSize);

// Why the central directory of the zip archive at path, fileSize bytes long, cannot be trusted,
// or "" if it can: a stored record must declare the size it stores, and all records together may
// unpack to at most maxUnpacked bytes (zipdirectory.cpp).
std::string zipDirectoryProblem(const std::string &path, uint64_t fileSize, uint64_t maxUnpacked);

// Why path cannot be read as a weight file ("the file does not exist", ...), or "" if it can
// be tried.
std::string fileProblem(const std::string &path);

} // namespace Hone::Nn::Detail
