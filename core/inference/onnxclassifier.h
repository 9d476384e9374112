#pragma once

// Runs an ONNX classifier through OpenCV's DNN module — a runtime independent of LibTorch, used
// to verify Hone's ONNX exports and by `hone-cli predict` for .onnx files.

#include "nn/imagebatch.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

namespace Hone {

class OnnxClassifier
{
public:
    OnnxClassifier();
    ~OnnxClassifier();

    bool load(const QString &path, QString *error);
    // The model's metadata_props, in file order.
    const QList<QPair<QString, QString>> &metadata() const { return m_metadata; }
    QString metadataValue(const QString &key) const;

    // Outputs (logits or probabilities, as the graph has them), row-major count × classes; with
    // `features`, also the graph's "embedding" output when it has one (count × D; left empty
    // otherwise). Throws std::exception when OpenCV fails to run the graph.
    std::vector<float> run(const Nn::ImageBatch &batch, const Nn::Normalization &normalization,
                           int *classes, std::vector<float> *features = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QList<QPair<QString, QString>> m_metadata;
};

} // namespace Hone
