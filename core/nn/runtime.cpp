#include "runtime.h"

#include <ATen/Parallel.h>
#include <ATen/ops/mm.h>
#include <ATen/ops/randn.h>
#include <c10/core/Device.h>
#include <c10/core/GradMode.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

namespace Hone::Nn {

void setThreadCount(int n)
{
    if (n <= 0)
        n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
}

int threadCount()
{
    return at::get_num_threads();
}

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

int cudaDeviceCount()
{
    return static_cast<int>(torch::cuda::device_count());
}

std::string resolveDevice(const std::string &request, std::string *error)
{
    if (request.empty() || request == "auto")
        return cudaAvailable() ? "cuda:0" : "cpu";
    if (request == "cpu")
        return "cpu";
    if (request.rfind("cuda", 0) == 0) {
        if (!cudaAvailable()) {
            if (error)
                *error = "CUDA was requested but this build of LibTorch has no CUDA support or no "
                         "GPU is visible; build against the official CUDA LibTorch or use --device cpu";
            return {};
        }
        int index = 0;
        if (request.size() > 4) {
            if (request[4] != ':') {
                if (error)
                    *error = "unknown device '" + request + "' (expected auto, cpu, cuda or cuda:N)";
                return {};
            }
            try {
                index = std::stoi(request.substr(5));
            } catch (const std::exception &) {
                index = -1;
            }
        }
        if (index < 0 || index >= cudaDeviceCount()) {
            if (error)
                *error = "no CUDA device " + std::to_string(index) + " (this machine has "
                    + std::to_string(cudaDeviceCount()) + ")";
            return {};
        }
        return "cuda:" + std::to_string(index);
    }
    if (error)
        *error = "unknown device '" + request + "' (expected auto, cpu, cuda or cuda:N)";
    return {};
}

std::string torchVersion()
{
    return TORCH_VERSION;
}

double matmulGflops(int n)
{
    c10::NoGradGuard noGrad;
    const auto a = at::randn({n, n});
    const auto b = at::randn({n, n});
    at::mm(a, b);   // warm-up
    std::vector<double> rates;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto c = at::mm(a, b);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        rates.push_back(2.0 * double(n) * n * n / seconds / 1e9);
        (void)c;
    }
    std::sort(rates.begin(), rates.end());
    return rates[rates.size() / 2];
}

} // namespace Hone::Nn
