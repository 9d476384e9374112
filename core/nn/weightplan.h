#pragma once

// Which tensor of a weight file goes where in a network, decided from names and shapes alone
// (Torch-free, so the GUI can show a file's load report without building a network): by
// torchvision name, or — for the same architecture under another library's names, such as
// timm's — by position, when every shape agrees in order.

#include "architectures.h"
#include "weightfile.h"

#include <string>
#include <vector>

namespace Hone::Nn {

struct WeightLoadReport
{
    std::vector<std::string> matched;
    std::vector<std::string> missing;      // in the model, not in the file
    std::vector<std::string> unexpected;   // in the file, not in the model
    std::vector<std::string> mismatched;   // same name, different shape: "name: file [..] vs model [..]"
    std::vector<std::string> skipped;      // the classifier head, which pretrained weights never set
    std::vector<std::string> renamed;      // "file name -> model name", when matched by position

    std::string summary() const;
};

// One parameter or buffer of a network, in torchvision's state_dict() order.
struct StateEntry
{
    std::string name;
    std::vector<int64_t> shape;
    int stage = 0;         // freeze stage; the architecture's stage count for the head
    bool buffer = false;   // BatchNorm statistics and counters
};

std::vector<StateEntry> stateEntries(const Architecture &architecture, int classes);

struct LoadPlan
{
    std::vector<long> source;   // per model entry: the file tensor's index, or -1
    WeightLoadReport report;    // matched lists every planned copy
};

// The head (architecture.head + ".") is skipped unless includeHead.
LoadPlan planLoad(const std::vector<StateEntry> &model, const std::vector<RawTensor> &file,
                  const std::string &headPrefix, bool includeHead);

// Reads a .pth or .safetensors file by its first bytes; see weightfile.h.
bool readWeightFile(const std::string &path, std::vector<RawTensor> *tensors, std::string *error);

// The load report of a weight file against an architecture, without building the network.
bool checkWeightFile(const std::string &architecture, const std::string &path,
                     WeightLoadReport *report, std::string *error);

} // namespace Hone::Nn
