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

// Why path cannot be read as a weight file ("the file does not exist", ...), or "" if it can
// be tried.
std::string fileProblem(const std::string &path);

} // namespace Hone::Nn::Detail
