#pragma once

// Runs a Hone model on images: an exported TorchScript (.pt) file through LibTorch, an ONNX
// (.onnx) file through OpenCV's DNN module, or a finished run of a project in-process. The
// metadata says how to preprocess, names the classes, and carries the calibration: probabilities
// are softmax(logits / temperature), and a top-1 confidence below the threshold is "unknown".
// One call at a time: a caller that predicts from several threads serialises them.

#include "modelmetadata.h"

#include "analysis/calibration.h"

#include <QVector>

#include <functional>
#include <memory>

class QImage;

namespace Hone {

namespace Nn {
class ClassifierModel;
class ScriptedClassifier;
}
class OnnxClassifier;
struct RunRecord;

struct Prediction
{
    QString image;
    QString label;               // the top-1 class
    int classIndex = -1;
    double score = 0.0;          // softmax probability of label, as the model gives it
    double confidence = 0.0;     // calibrated: softmax(logits / temperature) of label
    bool known = true;           // confidence ≥ the threshold, and not too far from every class
    // 1 − the cosine similarity of the image's pooled features with the nearest class centre
    // (analysis/calibration.h), or −1 when the model cannot tell (an export without features,
    // a run from before calibration).
    double distance = -1.0;
    QVector<float> probabilities;   // calibrated, one per class
    QString error;               // set when the image could not be used
};

class Predictor
{
public:
    Predictor();
    ~Predictor();

    // Reads metadata from inside the model (hone.json in a TorchScript archive, the "hone"
    // metadata_props entry in ONNX), or from MODEL.json beside it.
    bool load(const QString &modelPath, const QString &device, QString *error);
    // A finished run, without exporting it: its network, classes, preprocessing and calibration.
    bool loadRun(const RunRecord &run, const QString &device, QString *error);
    const ModelMetadata &metadata() const { return m_metadata; }
    bool isLoaded() const { return m_model || m_onnx || m_network; }
    // The run's network after loadRun() (Grad-CAM needs it); null for model files.
    std::shared_ptr<Nn::ClassifierModel> network() const { return m_network; }

    // The rejection threshold on the calibrated confidence; starts as the metadata's.
    double threshold() const { return m_threshold; }
    void setThreshold(double threshold) { m_threshold = threshold; }
    // Above this distance an image is unknown whatever its confidence; starts as the metadata's
    // (2, never, when the model has no class centres).
    double distanceThreshold() const { return m_distanceThreshold; }
    void setDistanceThreshold(double threshold) { m_distanceThreshold = threshold; }
    bool hasDistanceCheck() const { return m_novelty.isValid(); }
    // Whether a prediction with this confidence and distance is known under the thresholds now.
    bool isKnown(double confidence, double distance) const;

    // One prediction per image, in order; an image that cannot be read or run has its error.
    // progress(done, total) is called after every chunk.
    QVector<Prediction> predict(const QStringList &images,
                                const std::function<void(int done, int total)> &progress = {});
    // An image in memory (a pasted picture, a camera frame); `name` goes into Prediction::image.
    Prediction predictImage(const QImage &image, const QString &name = QString());

private:
    QVector<Prediction> predictChunk(const QStringList &images);
    // Fills predictions[kept[i]] from the batch's outputs.
    void run(const Nn::ImageBatch &all, const QVector<int> &kept, QVector<Prediction> *predictions);
    bool loadTorchScript(const QString &modelPath, const QString &device, QByteArray *json,
                         QString *error);

    void setMetadata(const ModelMetadata &metadata);

    ModelMetadata m_metadata;
    double m_threshold = 0.0;
    double m_distanceThreshold = 2.0;
    NoveltyModel m_novelty;
    std::unique_ptr<Nn::ScriptedClassifier> m_model;
    std::unique_ptr<OnnxClassifier> m_onnx;
    std::shared_ptr<Nn::ClassifierModel> m_network;
};

} // namespace Hone
