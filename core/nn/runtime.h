#pragma once

// Process-wide LibTorch settings: intra-op thread count and device selection.

#include <string>

namespace Hone::Nn {

// LibTorch starts with one thread; Hone sets it explicitly. n <= 0 means "all cores".
void setThreadCount(int n);
int threadCount();

bool cudaAvailable();
int cudaDeviceCount();

// Resolves "auto", "cpu", "cuda" or "cuda:N" into a concrete device string ("cpu", "cuda:0", ...).
// Returns an empty string and sets *error when the request cannot be met by this build.
std::string resolveDevice(const std::string &request, std::string *error);

std::string torchVersion();

// The machine's single-precision matrix-multiply rate (GFLOP/s) with LibTorch's current threads:
// the median of a few n × n products. A yardstick for training throughput.
double matmulGflops(int n = 1024);

} // namespace Hone::Nn
