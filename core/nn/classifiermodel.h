#pragma once

// An image classifier: a backbone of the zoo (architectures.h) with its classifier layer sized for
// the project's classes. The public interface is Torch-free so that core and ui never see Torch headers.
// Methods that run the network may throw std::exception (from LibTorch); callers in core catch them
// at their boundary and turn them into messages.

#include "graphbuilder.h"
#include "imagebatch.h"
#include "weightplan.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace Hone::Nn {

// One parameter or float buffer by its torchvision name, copied to the CPU as float32.
struct NamedTensor
{
    std::string name;
    std::vector<int64_t> shape;
    std::vector<float> values;
};

// A Grad-CAM class-activation map (Selvaraju et al., 2017) for one image: the last stage's
// feature maps weighted by the spatially averaged gradient of the class score, ReLU'd and scaled
// so the maximum is 1 (all zeros when nothing supports the class).
struct ClassActivationMap
{
    int classIndex = -1;
    int64_t height = 0;   // the last stage's resolution (input / 32 for every backbone of the zoo)
    int64_t width = 0;
    std::vector<float> values;          // height × width, row-major, in [0, 1]
    std::vector<float> probabilities;   // softmax over the classes
};

// An in-memory copy of every parameter and buffer of a ClassifierModel: the best epoch's weights,
// kept to go back to at the end of a run.
class ModelSnapshot
{
public:
    ModelSnapshot();
    ~ModelSnapshot();
    ModelSnapshot(ModelSnapshot &&) noexcept;
    ModelSnapshot &operator=(ModelSnapshot &&) noexcept;
    bool isEmpty() const;

private:
    friend class ClassifierModel;
    struct Data;
    std::unique_ptr<Data> d;
};

class ClassifierModel
{
public:
    ~ClassifierModel();
    ClassifierModel(const ClassifierModel &) = delete;
    ClassifierModel &operator=(const ClassifierModel &) = delete;

    static std::vector<std::string> backbones();
    static std::vector<std::string> stageNames(const std::string &backbone);

    // Creates a randomly initialised model (seeded). Returns null and sets *error for an unknown backbone.
    static std::unique_ptr<ClassifierModel> create(const std::string &backbone, int numClasses,
                                                   uint64_t seed, std::string *error);

    const std::string &backbone() const;
    int numClasses() const;
    int stageCount() const;
    int64_t parameterCount() const;
    // Floating-point operations (2 per multiply-accumulate) of one forward pass at size × size.
    double forwardGflops(int size) const;
    Normalization normalization() const;

    // Moves the model to a resolved device string ("cpu", "cuda:0"); see runtime.h.
    bool setDevice(const std::string &device, std::string *error);
    std::string device() const;
    // Convolution weights, inputs and activations in NHWC order (channels_last). On this kind of
    // CPU an eval-mode forward pass runs 1.2-2x faster so; training gains little. Results agree
    // with the default order to rounding.
    void setChannelsLast(bool on);
    bool channelsLast() const;

    // Loads backbone weights from a torch.save() zip file (a dict or OrderedDict state dict,
    // optionally wrapped as {"state_dict": ...} or {"model": ...}) or a .safetensors file, read
    // without executing anything (weightfile.h). Tensors match by torchvision name, or by position
    // when the names are another library's (timm) and every shape agrees. The classifier head
    // stays new; tensors whose shape differs are left as they are and reported.
    bool loadPretrained(const std::string &path, WeightLoadReport *report, std::string *error);

    // Hone's own weight files: every parameter and buffer, written as a plain dict of tensors by
    // torch's pickler, so Python's torch.load() reads them too. loadWeights() demands an exact match.
    bool saveWeights(const std::string &path, std::string *error) const;
    bool loadWeights(const std::string &path, std::string *error);
    // Writes the weights as .safetensors (float32, or float16 with `half`), with the head or
    // without it (a backbone for other projects); "architecture" is added to the metadata.
    bool saveSafetensors(const std::string &path,
                         const std::vector<std::pair<std::string, std::string>> &metadata,
                         bool includeHead, bool half, std::string *error) const;

    // The state of the network's own random generator (dropout, stochastic depth), as hex, for
    // checkpoints; setRandomState() returns false for a state that does not fit.
    std::string randomState() const;
    bool setRandomState(const std::string &state);

    ModelSnapshot snapshot() const;
    // Copies a snapshot of this model back into it.
    void restore(const ModelSnapshot &snapshot);

    // Eval-mode logits, row-major count × numClasses.
    std::vector<float> logits(const ImageBatch &batch);
    // The same, and the pooled features of the same pass (as embeddings() gives them).
    std::vector<float> logits(const ImageBatch &batch, std::vector<float> *embeddings);

    // Eval-mode pooled features before the classifier (global average of the last stage),
    // row-major count × *dimension.
    std::vector<float> embeddings(const ImageBatch &batch, int64_t *dimension);

    // Emits the network on `builder` from `input` (normalised float NCHW); returns the logits.
    GraphBuilder::Value describe(GraphBuilder &builder, GraphBuilder::Value input) const;
    // Parameters of the trunk alone: everything but the replaced classifier layer.
    int64_t trunkParameterCount() const;
    // Parameters of each freeze stage, then of the head (the last entry).
    std::vector<int64_t> stageParameterCounts() const;

    // The output of the first `depth` stages (1 ≤ depth ≤ stageCount()) for every image, in eval
    // mode, on the CPU: what a frozen trunk computes, to be cached. Labels are copied along.
    FeatureBatch trunkFeatures(const ImageBatch &batch, int depth);

    // Grad-CAM for the first image of `batch`, for `classIndex` (the predicted class when < 0).
    ClassActivationMap gradCam(const ImageBatch &batch, int classIndex);

    // Every parameter and float buffer (BatchNorm statistics), for exporters that write their
    // own graph (ONNX). Names as in torchvision's state_dict().
    std::vector<NamedTensor> stateTensors() const;

    // Writes a TorchScript module of the eval-mode network that takes a normalised float NCHW
    // tensor and returns logits (or probabilities with softmax); extraFiles are stored inside
    // the archive. With embedNormalization the module takes RGB pixel values 0–255 instead and
    // applies normalization() itself.
    bool exportTorchScript(const std::string &path,
                           const std::map<std::string, std::string> &extraFiles, bool softmax,
                           std::string *error, bool embedNormalization = false) const;

    struct Private;
    Private *d_func() { return d.get(); }

private:
    ClassifierModel();
    bool loadState(const std::string &path, bool includeHead, WeightLoadReport *report,
                   std::string *error);
    std::unique_ptr<Private> d;
};

} // namespace Hone::Nn
