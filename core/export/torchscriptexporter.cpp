#include "torchscriptexporter.h"

#include "nn/classifiermodel.h"
#include "nn/scriptedclassifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Hone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TorchScriptExporter", text);
}

} // namespace

QString TorchScriptExporter::nameFilter() const
{
    return tr("TorchScript model (*.pt)");
}

bool TorchScriptExporter::write(const ExportRequest &request, ExportReport *report)
{
    ModelMetadata meta;
    auto model = loadModel(request, &meta);
    if (!model)
        return false;
    const QByteArray metaJson = QJsonDocument(meta.toJson()).toJson(QJsonDocument::Indented);

    // Write beside the target and rename, so an existing file is never left half-replaced.
    const QString part = request.outputPath + QStringLiteral(".part");
    std::string message;
    if (!model->exportTorchScript(part.toStdString(),
                                  {{ModelMetadata::extraFileName().toStdString(), metaJson.toStdString()}},
                                  request.softmax, &message)) {
        QFile::remove(part);
        setError(QString::fromStdString(message));
        return false;
    }
    QFile::remove(request.outputPath);
    if (!QFile::rename(part, request.outputPath)) {
        QFile::remove(part);
        setError(tr("cannot write %1").arg(request.outputPath));
        return false;
    }
    QSaveFile sidecar(request.outputPath + QStringLiteral(".json"));
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(metaJson) != metaJson.size()
        || !sidecar.commit()) {
        setError(tr("cannot write %1.json: %2").arg(request.outputPath, sidecar.errorString()));
        return false;
    }
    if (!request.verify)
        return true;

    auto scripted = Nn::ScriptedClassifier::load(request.outputPath.toStdString(), "cpu", nullptr,
                                                 &message);
    if (!scripted) {
        setError(tr("the written file does not load again: %1").arg(QString::fromStdString(message)));
        return false;
    }
    ExportReport local;
    return verify(request, *model, meta,
                  [&](const Nn::ImageBatch &batch, int *classes) {
                      return scripted->logits(batch, meta.normalization, classes);
                  },
                  tr("LibTorch TorchScript"), report ? report : &local);
}

} // namespace Hone
