#pragma once

// The interface every model export format implements (TorchScript today; ONNX next). An export
// writes the file atomically, embeds the ModelMetadata, and — unless told not to — reloads the
// written file with a runtime and compares its predictions with Hone's own on validation images.

#include <QString>
#include <QStringList>

namespace Hone {

class Project;
struct RunRecord;

struct ExportReport
{
    bool verified = false;
    int images = 0;
    double agreement = 0.0;      // fraction of images with the same top-1 class
    double maxAbsDiff = 0.0;     // largest |logit difference|
    QString runtime;             // what reloaded the file

    bool passed() const { return verified && images > 0 && agreement >= 1.0 && maxAbsDiff <= 1e-3; }
    QString summary() const;
};

struct ExportRequest
{
    const RunRecord *run = nullptr;
    QString outputPath;
    bool verify = true;
    QStringList verificationImages;   // absolute paths; see verificationImages()
};

// The images an export is checked on: the validation split, or any labeled images when there is
// none; at most 128. Taken on the project's thread, so the export itself can run anywhere.
QStringList verificationImages(const Project &project);

class ModelExporter
{
public:
    virtual ~ModelExporter() = default;

    virtual QString formatName() const = 0;   // as on the command line: "torchscript"
    virtual QString nameFilter() const = 0;   // for file dialogs
    virtual bool write(const ExportRequest &request, ExportReport *report) = 0;

    QString errorString() const { return m_error; }

protected:
    void setError(const QString &error) { m_error = error; }

private:
    QString m_error;
};

} // namespace Hone
