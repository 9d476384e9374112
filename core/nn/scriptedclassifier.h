#pragma once

// A classifier loaded from a TorchScript file that Hone exported (or any TorchScript module that
// maps a normalised float NCHW tensor to logits). Torch-free interface.

#include "imagebatch.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace Hone::Nn {

class ScriptedClassifier
{
public:
    ~ScriptedClassifier();

    // extraFiles: names to read from the archive; on return they hold the contents ("" if absent).
    static std::unique_ptr<ScriptedClassifier> load(const std::string &path, const std::string &device,
                                                    std::map<std::string, std::string> *extraFiles,
                                                    std::string *error);

    // Logits, row-major count × classes; sets *classes. With `features`, also the pooled
    // features before the classifier (count × dimension), when the module has Hone's
    // forward_with_features() (left empty otherwise). Throws std::exception on LibTorch failures.
    std::vector<float> logits(const ImageBatch &batch, const Normalization &normalization,
                              int *classes, std::vector<float> *features = nullptr);

private:
    ScriptedClassifier();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Hone::Nn
