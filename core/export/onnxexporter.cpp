#include "onnxexporter.h"

#include "onnxmodelbuilder.h"

#include "inference/onnxclassifier.h"
#include "nn/classifiermodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OnnxExporter)
};

} // namespace

QString OnnxExporter::nameFilter() const
{
    return Text::tr("ONNX model (*.onnx)");
}

bool OnnxExporter::write(const ExportRequest &request, ExportReport *report)
{
    ModelMetadata meta;
    auto model = loadModel(request, &meta);
    if (!model)
        return false;
    const QJsonObject json = meta.toJson();
    const QByteArray metaJson = QJsonDocument(json).toJson(QJsonDocument::Indented);
    const QJsonObject input = json.value(QStringLiteral("input")).toObject();
    const auto compact = [](const QJsonValue &v) {
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    };

    OnnxBuildOptions options;
    options.imageSize = meta.imageSize;
    options.softmax = request.softmax;
    options.normalizeInput = request.embedPreprocessing;
    // The whole metadata as one JSON value, plus the fields a consumer needs most as plain keys.
    options.metadata = {
        {QStringLiteral("hone"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))},
        {QStringLiteral("classes"), compact(json.value(QStringLiteral("classes")))},
        {QStringLiteral("image_size"), QString::number(meta.imageSize)},
        {QStringLiteral("channel_order"), meta.channelOrder},
        {QStringLiteral("mean"), compact(input.value(QStringLiteral("mean")))},
        {QStringLiteral("std"), compact(input.value(QStringLiteral("std")))},
        {QStringLiteral("pixel_scale"), meta.preprocessingInGraph ? QStringLiteral("1") : QStringLiteral("1/255")},
        {QStringLiteral("normalization_in_graph"), meta.preprocessingInGraph ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("temperature"), QString::number(meta.temperature, 'g', 9)},
        {QStringLiteral("threshold"), QString::number(meta.threshold, 'g', 9)},
        {QStringLiteral("resize_policy"), meta.resizePolicy},
        {QStringLiteral("output"), json.value(QStringLiteral("output")).toString()},
        {QStringLiteral("hone_version"), QStringLiteral(HONE_VERSION)},
    };
    std::string bytes;
    QString error;
    if (!buildOnnxModel(*model, options, &bytes, &error)) {
        setError(error);
        return false;
    }
    QFile part(partPath(request));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || part.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !part.flush()) {
        setError(Text::tr("cannot write %1: %2").arg(part.fileName(), part.errorString()));
        part.close();
        discard(request);
        return false;
    }
    part.close();
    auto onnx = std::make_shared<OnnxClassifier>();
    const auto load = [&](QString *loadError) -> Runner {
        if (!onnx->load(partPath(request), loadError))
            return {};
        return [onnx, &meta](const Nn::ImageBatch &batch, int *classes) {
            return onnx->run(batch, meta.inputNormalization(), classes);
        };
    };
    return finish(request, *model, meta, load, Text::tr("OpenCV DNN"), metaJson, report);
}

} // namespace Hone
