// Times Hone's ResNet train step (forward + backward + AdamW step) on random images and prints
// the median seconds per step. bench/run-trainstep.sh runs it interleaved with the same step in
// Python (Debian's python3-torch + python3-torchvision) and prints the ratio.
//
// It also prints the step's achieved GFLOP/s (a train step counted as three forward passes: the
// forward, and a backward pass of twice its cost) against the machine's single-precision matrix
// multiply measured in the same run, and with --flops only the forward GFLOPs per image and the
// matrix-multiply rate (for bench/run-finetune.sh's end-to-end figure).
//
// usage: bench_trainstep [--backbone resnet18] [--batch 16] [--size 224] [--steps 5] [--threads 0]
//                        [--freeze 0] [--flops 1] [--precision fp32|bf16|fp16] [--channels-last 0|1]

#include "nn/classifiermodel.h"
#include "nn/learner.h"
#include "nn/runtime.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    std::string backbone = "resnet18", precision = "fp32", device = "cpu";
    int batch = 16, size = 224, steps = 5, threads = 0, freeze = 0, flopsOnly = 0, channelsLast = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const char *value = argv[i + 1];
        if (key == "--backbone") backbone = value;
        else if (key == "--batch") batch = std::atoi(value);
        else if (key == "--size") size = std::atoi(value);
        else if (key == "--steps") steps = std::atoi(value);
        else if (key == "--threads") threads = std::atoi(value);
        else if (key == "--freeze") freeze = std::atoi(value);
        else if (key == "--flops") flopsOnly = std::atoi(value);
        else if (key == "--precision") precision = value;
        else if (key == "--channels-last") channelsLast = std::atoi(value);
        else if (key == "--device") device = value;
        else {
            std::fprintf(stderr, "unknown option %s\n", key.c_str());
            return 2;
        }
    }
    Hone::Nn::setThreadCount(threads);
    std::string error;
    auto model = Hone::Nn::ClassifierModel::create(backbone, 10, 0, &error);
    if (!model) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    const double forward = model->forwardGflops(size);
    if (flopsOnly) {
        std::printf("forward %.4f GFLOP per image, sgemm %.1f GFLOP/s\n", forward, Hone::Nn::matmulGflops());
        return 0;
    }
    if (!model->setDevice(Hone::Nn::resolveDevice(device, &error), &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    Hone::Nn::LearnerOptions options;
    options.freezeDepth = freeze;
    options.precision = precision;
    options.lossScaling = precision == "fp16";
    options.channelsLast = channelsLast != 0;
    if (!Hone::Nn::precisionSupported(precision, model->device(), &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    Hone::Nn::Learner learner(*model, options);

    Hone::Nn::ImageBatch images;
    images.count = batch;
    images.height = images.width = size;
    images.pixels.resize(size_t(batch) * size * size * 3);
    std::mt19937 rng(0);
    for (auto &p : images.pixels)
        p = uint8_t(rng());
    for (int i = 0; i < batch; ++i)
        images.labels.push_back(i % 10);

    learner.trainStep(images);   // warm-up
    std::vector<double> times;
    for (int s = 0; s < steps; ++s) {
        const auto start = std::chrono::steady_clock::now();
        learner.trainStep(images);
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("hone %s batch %d size %d threads %d %s%s: median %.4f s/step\n", backbone.c_str(), batch,
                size, Hone::Nn::threadCount(), precision.c_str(), channelsLast ? " channels-last" : "", median);
    const double achieved = 3.0 * forward * batch / median;
    const double sgemm = Hone::Nn::matmulGflops();
    std::fprintf(stderr, "train step %.1f GFLOP/s (%.2f GFLOP forward per image), sgemm %.1f GFLOP/s: ratio %.2f\n",
                 achieved, forward, sgemm, achieved / sgemm);
    return 0;
}
