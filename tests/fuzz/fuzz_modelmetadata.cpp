// Model metadata (hone.json inside a TorchScript archive, FILE.json beside a model, the "hone"
// metadata_props entry of an ONNX file): Qt's JSON parser, then Hone::ModelMetadata::fromJson, as
// Predictor::load does. What loads must save and load again unchanged.

#include "fuzzinput.h"

#include "inference/modelmetadata.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using HoneFuzz::check;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject()) {
        HoneFuzz::report(false, "not a JSON object");
        return 0;
    }
    Hone::ModelMetadata metadata;
    QString error;
    const bool ok = Hone::ModelMetadata::fromJson(doc.object(), &metadata, &error);
    HoneFuzz::report(ok, ok ? std::to_string(metadata.classNames.size()) + " classes" : error.toStdString());
    if (!ok) {
        check(!error.isEmpty(), "ModelMetadata::fromJson refused without a reason");
        return 0;
    }
    check(metadata.classNames.size() >= 2 && metadata.imageSize >= 8 && metadata.imageSize <= 4096,
          "ModelMetadata::fromJson accepted metadata its contract refuses");
    for (int i = 0; i < 3; ++i)
        check(metadata.normalization.std[size_t(i)] > 0.0f, "ModelMetadata::fromJson accepted a std <= 0");
    Hone::ModelMetadata again;
    check(Hone::ModelMetadata::fromJson(metadata.toJson(), &again, &error),
          "model metadata that loaded does not load after saving");
    check(again.classNames == metadata.classNames && again.imageSize == metadata.imageSize
              && again.normalization.mean == metadata.normalization.mean
              && again.normalization.std == metadata.normalization.std
              && again.resizePolicy == metadata.resizePolicy && again.format == metadata.format
              && again.softmaxInGraph == metadata.softmaxInGraph,
          "model metadata changed in a save/load round trip");
    return 0;
}
