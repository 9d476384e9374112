#pragma once

// Runs an exported Hone model on image files: TorchScript (.pt) through LibTorch, ONNX (.onnx)
// through OpenCV's DNN module. The metadata says how to preprocess and names the classes.

#include "modelmetadata.h"

#include <QVector>

#include <memory>

namespace Hone {

namespace Nn {
class ScriptedClassifier;
}
class OnnxClassifier;

struct Prediction
{
    QString image;
    QString label;
    double score = 0.0;   // softmax probability of label
    QString error;        // set when the image could not be used
};

class Predictor
{
public:
    Predictor();
    ~Predictor();

    // Reads metadata from inside the model (hone.json in a TorchScript archive, the "hone"
    // metadata_props entry in ONNX), or from MODEL.json beside it.
    bool load(const QString &modelPath, const QString &device, QString *error);
    const ModelMetadata &metadata() const { return m_metadata; }

    // One prediction per image, in order; an image that cannot be read or run has its error.
    QVector<Prediction> predict(const QStringList &images);

private:
    QVector<Prediction> predictChunk(const QStringList &images);
    bool loadTorchScript(const QString &modelPath, const QString &device, QByteArray *json,
                         QString *error);

    ModelMetadata m_metadata;
    std::unique_ptr<Nn::ScriptedClassifier> m_model;
    std::unique_ptr<OnnxClassifier> m_onnx;
};

} // namespace Hone
