#include "torchscriptexporter.h"

#include "nn/classifiermodel.h"
#include "nn/scriptedclassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TorchScriptExporter)
};

} // namespace

QString TorchScriptExporter::nameFilter() const
{
    return Text::tr("TorchScript model (*.pt)");
}

bool TorchScriptExporter::write(const ExportRequest &request, ExportReport *report)
{
    ModelMetadata meta;
    auto model = loadModel(request, &meta);
    if (!model)
        return false;
    const QByteArray metaJson = QJsonDocument(meta.toJson()).toJson(QJsonDocument::Indented);

    const QString part = partPath(request);
    std::string message;
    if (!model->exportTorchScript(part.toStdString(),
                                  {{ModelMetadata::extraFileName().toStdString(), metaJson.toStdString()}},
                                  request.softmax, &message, request.embedPreprocessing)) {
        discard(request);
        setError(QString::fromStdString(message));
        return false;
    }
    const auto load = [&](QString *loadError) -> Runner {
        std::shared_ptr<Nn::ScriptedClassifier> scripted =
            Nn::ScriptedClassifier::load(part.toStdString(), "cpu", nullptr, &message);
        if (!scripted) {
            *loadError = QString::fromStdString(message);
            return {};
        }
        return [scripted, &meta](const Nn::ImageBatch &batch, int *classes) {
            return scripted->logits(batch, meta.inputNormalization(), classes);
        };
    };
    return finish(request, *model, meta, load, Text::tr("LibTorch TorchScript"), metaJson, report);
}

} // namespace Hone
