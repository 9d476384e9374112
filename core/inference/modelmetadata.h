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
    QString runId;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, ModelMetadata *metadata, QString *error);
    static QString extraFileName() { return QStringLiteral("hone.json"); }
};

} // namespace Hone
