#pragma once

// Runs an exported Hone model (TorchScript .pt with its metadata) on image files.

#include "modelmetadata.h"

#include <QVector>

#include <memory>

namespace Hone {

namespace Nn {
class ScriptedClassifier;
}

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

    // Reads metadata from the archive's hone.json, or from MODEL.json beside it.
    bool load(const QString &modelPath, const QString &device, QString *error);
    const ModelMetadata &metadata() const { return m_metadata; }

    QVector<Prediction> predict(const QStringList &images);

private:
    ModelMetadata m_metadata;
    std::unique_ptr<Nn::ScriptedClassifier> m_model;
};

} // namespace Hone
