#include "modelmetadata.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModelMetadata)
};

} // namespace

Nn::Normalization ModelMetadata::inputNormalization() const
{
    if (!preprocessingInGraph)
        return normalization;
    // (x / 255 − 0) / (1 / 255) = x: the pixel values as they are.
    Nn::Normalization raw;
    raw.mean = {{0.0f, 0.0f, 0.0f}};
    raw.std = {{1.0f / 255.0f, 1.0f / 255.0f, 1.0f / 255.0f}};
    return raw;
}

QJsonObject ModelMetadata::toJson() const
{
    const auto &n = normalization;
    const QJsonArray mean{n.mean[0], n.mean[1], n.mean[2]};
    const QJsonArray std{n.std[0], n.std[1], n.std[2]};
    QJsonObject json{
        {QStringLiteral("format"), format},
        {QStringLiteral("honeVersion"), QStringLiteral(HONE_VERSION)},
        {QStringLiteral("backbone"), backbone},
        {QStringLiteral("classes"), QJsonArray::fromStringList(classNames)},
        {QStringLiteral("input"), QJsonObject{
             {QStringLiteral("layout"), QStringLiteral("NCHW")},
             {QStringLiteral("dtype"), QStringLiteral("float32")},
             {QStringLiteral("size"), QJsonArray{3, imageSize, imageSize}},
             {QStringLiteral("imageSize"), imageSize},
             {QStringLiteral("channelOrder"), channelOrder},
             {QStringLiteral("scale"), preprocessingInGraph ? 1.0 : 1.0 / 255.0},
             {QStringLiteral("mean"), preprocessingInGraph ? QJsonArray{0.0, 0.0, 0.0} : mean},
             {QStringLiteral("std"), preprocessingInGraph ? QJsonArray{1.0, 1.0, 1.0} : std},
             {QStringLiteral("normalizationInGraph"), preprocessingInGraph},
             {QStringLiteral("graphMean"), mean},
             {QStringLiteral("graphStd"), std},
             {QStringLiteral("resizeInGraph"), false},
             {QStringLiteral("resizePolicy"), resizePolicy},
         }},
        {QStringLiteral("output"), softmaxInGraph ? QStringLiteral("probabilities")
                                                  : QStringLiteral("logits")},
        {QStringLiteral("runId"), runId},
        {QStringLiteral("temperature"), temperature},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("thresholdTarget"), thresholdTarget},
    };
    if (!calibration.isEmpty())
        json[QStringLiteral("calibration")] = calibration;
    return json;
}

bool ModelMetadata::fromJson(const QJsonObject &json, ModelMetadata *metadata, QString *error)
{
    ModelMetadata m;
    m.format = json.value(QStringLiteral("format")).toString();
    m.backbone = json.value(QStringLiteral("backbone")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("classes")).toArray())
        m.classNames.append(v.toString());
    const QJsonObject input = json.value(QStringLiteral("input")).toObject();
    m.imageSize = input.value(QStringLiteral("imageSize")).toInt();
    m.channelOrder = input.value(QStringLiteral("channelOrder")).toString();
    m.resizePolicy = input.value(QStringLiteral("resizePolicy")).toString();
    m.preprocessingInGraph = input.value(QStringLiteral("normalizationInGraph")).toBool();
    // The model's own normalisation: what the graph does when it normalises, else the caller's.
    const QJsonArray mean = input.value(m.preprocessingInGraph ? QStringLiteral("graphMean") : QStringLiteral("mean")).toArray();
    const QJsonArray std = input.value(m.preprocessingInGraph ? QStringLiteral("graphStd") : QStringLiteral("std")).toArray();
    m.temperature = json.value(QStringLiteral("temperature")).toDouble(1.0);
    m.threshold = json.value(QStringLiteral("threshold")).toDouble(0.0);
    m.thresholdTarget = json.value(QStringLiteral("thresholdTarget")).toDouble(0.95);
    m.calibration = json.value(QStringLiteral("calibration")).toObject();
    if (!(m.temperature > 0.0) || !std::isfinite(m.temperature)) {
        *error = Text::tr("model metadata: temperature %1 is not a positive number").arg(m.temperature);
        return false;
    }
    m.softmaxInGraph = json.value(QStringLiteral("output")).toString() == QLatin1String("probabilities");
    m.runId = json.value(QStringLiteral("runId")).toString();
    if (m.classNames.size() < 2) {
        *error = Text::tr("model metadata: fewer than two class names");
        return false;
    }
    if (m.imageSize < 8 || m.imageSize > 4096) {
        *error = Text::tr("model metadata: input.imageSize %1 is not a usable input size").arg(m.imageSize);
        return false;
    }
    if (mean.size() != 3 || std.size() != 3) {
        *error = Text::tr("model metadata: input.mean and input.std need three values");
        return false;
    }
    if (m.channelOrder != QLatin1String("RGB")) {
        *error = Text::tr("model metadata: channel order '%1' is not supported").arg(m.channelOrder);
        return false;
    }
    for (int i = 0; i < 3; ++i) {
        m.normalization.mean[size_t(i)] = float(mean.at(i).toDouble());
        m.normalization.std[size_t(i)] = float(std.at(i).toDouble(1.0));
        if (!(m.normalization.std[size_t(i)] > 0.0f)) {
            *error = Text::tr("model metadata: input.std must be positive");
            return false;
        }
    }
    *metadata = m;
    return true;
}

} // namespace Hone
