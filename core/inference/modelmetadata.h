#pragma once

// What a consumer needs to run an exported model: class names and the exact preprocessing.
// Stored inside TorchScript archives as extra file "hone.json" and beside them as FILE.json.

#include "nn/imagebatch.h"

#include <QJsonObject>
#include <QStringList>

namespace Hone {

struct ModelMetadata
{
    QString format;            // "torchscript"
    QString backbone;
    QStringList classNames;
    int imageSize = 224;
    QString resizePolicy;
    QString channelOrder = QStringLiteral("RGB");
    Nn::Normalization normalization;
    bool softmaxInGraph = false;
    // The graph takes RGB pixel values 0–255 (float32 NCHW) and normalises them itself:
    // input.scale is then 1, input.mean 0 and input.std 1, and input.graphMean/graphStd say what
    // the graph does. Resizing stays the caller's job (input.resizeInGraph false).
    bool preprocessingInGraph = false;
    QString runId;
    // Calibration (analysis/calibration.h), fitted on the run's validation split: logits / T give
    // calibrated probabilities; a calibrated top-1 confidence below `threshold` is "unknown".
    double temperature = 1.0;
    double threshold = 0.0;
    double thresholdTarget = 0.95;
    QJsonObject calibration;   // the run's whole calibration record, when it has one

    // What a caller applies before feeding the graph: the normalisation, or none (scale only)
    // when the graph does it.
    Nn::Normalization inputNormalization() const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, ModelMetadata *metadata, QString *error);
    static QString extraFileName() { return QStringLiteral("hone.json"); }
};

} // namespace Hone
