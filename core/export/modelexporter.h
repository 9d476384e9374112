#pragma once

// The interface every model export format implements (TorchScript, ONNX). An export writes the
// file atomically, embeds the ModelMetadata, and — unless told not to — reloads the written file
// with a runtime and compares its outputs with LibTorch's on validation images.

#include "inference/modelmetadata.h"
#include "nn/imagebatch.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Hone {

namespace Nn {
class ClassifierModel;
}

class Project;
struct RunRecord;

struct ExportReport
{
    bool verified = false;
    int images = 0;
    double agreement = 0.0;      // fraction of images with the same top-1 class
    double maxAbsDiff = 0.0;     // largest |difference| of logits (probabilities with softmax)
    int tiedFlips = 0;           // top-1 differences on images whose two best scores are within Tolerance
    bool probabilities = false;
    QString runtime;             // what reloaded the file

    // Two runtimes may round differently by up to Tolerance; an image whose two best scores lie
    // closer than that may then change its top class without either being wrong. Every other
    // image must agree.
    static constexpr double Tolerance = 1e-3;
    bool passed() const
    {
        return verified && images > 0 && maxAbsDiff <= Tolerance
            && agreement * images + tiedFlips >= images - 0.5;
    }
    QString summary() const;
};

struct ExportRequest
{
    const RunRecord *run = nullptr;
    QString outputPath;
    bool verify = true;
    bool softmax = false;             // put the softmax in the graph: outputs are probabilities
    // The graph takes RGB pixel values 0–255 (float32 NCHW, at the model's input size) and
    // normalises them itself; resizing stays the caller's job.
    bool embedPreprocessing = false;
    bool modelCard = true;            // write OUTPUT.md, the model card, beside the file
    QStringList verificationImages;   // absolute paths; see verificationImages()
};

// The images an export is checked on: the validation split, or any labeled images when there is
// none; at most 128. Taken on the project's thread, so the export itself can run anywhere.
QStringList verificationImages(const Project &project);

class ModelExporter
{
public:
    virtual ~ModelExporter() = default;

    virtual QString formatName() const = 0;   // as on the command line: "torchscript", "onnx"
    virtual QString nameFilter() const = 0;   // for file dialogs
    virtual QString suffix() const = 0;       // ".pt", ".onnx"
    virtual bool write(const ExportRequest &request, ExportReport *report) = 0;

    QString errorString() const { return m_error; }

    static std::unique_ptr<ModelExporter> create(const QString &formatName);
    static QStringList formatNames();

protected:
    void setError(const QString &error) { m_error = error; }

    // Loads the run's model on the CPU and fills the metadata every format carries.
    std::unique_ptr<Nn::ClassifierModel> loadModel(const ExportRequest &request, ModelMetadata *meta);

    // The file is written as OUTPUT.part, checked, and only then moved over OUTPUT (atomically,
    // so an existing model is never left half-replaced) with OUTPUT.json and the model card
    // OUTPUT.md beside it.
    static QString partPath(const ExportRequest &request) { return request.outputPath + QStringLiteral(".part"); }
    void discard(const ExportRequest &request);

    // Outputs of the exported file for a batch (count × classes); sets *classes.
    using Runner = std::function<std::vector<float>(const Nn::ImageBatch &, int *classes)>;
    // Loads OUTPUT.part with another runtime; returns an empty Runner and sets *error if it cannot.
    // A runner feeds the batch as the metadata says: meta.inputNormalization().
    using Loader = std::function<Runner(QString *error)>;

    // Once a format has written OUTPUT.part: unless the request skips it, loads the file with
    // `load` and compares it with the LibTorch model on the verification images; then moves it
    // into place with its metadata sidecar — or removes it on any failure.
    bool finish(const ExportRequest &request, Nn::ClassifierModel &model, const ModelMetadata &meta,
                const Loader &load, const QString &runtime, const QByteArray &metadataJson,
                ExportReport *report);

private:
    bool verify(const ExportRequest &request, Nn::ClassifierModel &model, const ModelMetadata &meta,
                const Runner &exported, const QString &runtime, ExportReport *report);
    bool commit(const ExportRequest &request, const ModelMetadata &meta, const QByteArray &metadataJson,
                const ExportReport *report);

    QString m_error;
};

} // namespace Hone
