#include "predictor.h"

#include "dataset/imageset.h"
#include "nn/runtime.h"
#include "nn/scriptedclassifier.h"
#include "onnxclassifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>
#include <numeric>

namespace Hone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Predictor", text);
}

} // namespace

Predictor::Predictor() = default;
Predictor::~Predictor() = default;

bool Predictor::load(const QString &modelPath, const QString &device, QString *error)
{
    if (!QFileInfo(modelPath).isFile()) {
        *error = tr("%1: no such file").arg(modelPath);
        return false;
    }
    m_model.reset();
    m_onnx.reset();
    QByteArray json;
    if (modelPath.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive)) {
        m_onnx = std::make_unique<OnnxClassifier>();
        if (!m_onnx->load(modelPath, error)) {
            m_onnx.reset();
            return false;
        }
        json = m_onnx->metadataValue(QStringLiteral("hone")).toUtf8();
    } else if (!loadTorchScript(modelPath, device, &json, error)) {
        return false;
    }
    if (json.isEmpty()) {
        QFile sidecar(modelPath + QStringLiteral(".json"));
        if (sidecar.open(QIODevice::ReadOnly))
            json = sidecar.readAll();
    }
    if (json.isEmpty()) {
        *error = tr("%1 carries no Hone metadata (inside the model or in %1.json beside it)")
                     .arg(modelPath);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QString metaError;
    if (!doc.isObject() || !ModelMetadata::fromJson(doc.object(), &m_metadata, &metaError)) {
        *error = tr("%1: %2").arg(modelPath, metaError.isEmpty() ? tr("metadata is not JSON") : metaError);
        return false;
    }
    return true;
}

bool Predictor::loadTorchScript(const QString &modelPath, const QString &device, QByteArray *json,
                                QString *error)
{
    std::string message;
    const std::string resolved = Nn::resolveDevice(device.toStdString(), &message);
    if (resolved.empty()) {
        *error = QString::fromStdString(message);
        return false;
    }
    std::map<std::string, std::string> extra{{ModelMetadata::extraFileName().toStdString(), {}}};
    m_model = Nn::ScriptedClassifier::load(modelPath.toStdString(), resolved, &extra, &message);
    if (!m_model) {
        *error = QString::fromStdString(message);
        return false;
    }
    *json = QByteArray::fromStdString(extra.begin()->second);
    return true;
}

QVector<Prediction> Predictor::predict(const QStringList &images)
{
    // A chunk at a time: any number of images in bounded memory.
    constexpr int Chunk = 256;
    QVector<Prediction> predictions;
    predictions.reserve(images.size());
    for (int start = 0; start < images.size(); start += Chunk)
        predictions += predictChunk(images.mid(start, Chunk));
    return predictions;
}

QVector<Prediction> Predictor::predictChunk(const QStringList &images)
{
    QVector<Prediction> predictions(images.size());
    for (int i = 0; i < images.size(); ++i)
        predictions[i].image = images.at(i);
    Nn::ImageBatch all;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    loadImageSet(images, {}, m_metadata.imageSize, &all, &kept, &failures);
    int f = 0;
    for (int i = 0; i < images.size(); ++i) {
        if (!kept.contains(i))
            predictions[i].error = failures.value(f++).reason;
    }
    QVector<int> order(int(all.count));
    std::iota(order.begin(), order.end(), 0);
    const int k = m_metadata.classNames.size();
    for (int start = 0; start < all.count; start += 32) {
        const Nn::ImageBatch batch = gatherBatch(all, order.mid(start, 32));
        int classes = 0;
        std::vector<float> out;
        try {
            out = m_onnx ? m_onnx->run(batch, m_metadata.normalization, &classes)
                         : m_model->logits(batch, m_metadata.normalization, &classes);
        } catch (const std::exception &e) {
            const QString reason = tr("the model failed: %1")
                                       .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
            for (int i = 0; i < batch.count; ++i)
                predictions[kept.at(start + i)].error = reason;
            continue;
        }
        for (int64_t i = 0; i < batch.count; ++i) {
            Prediction &p = predictions[kept.at(start + int(i))];
            if (classes != k) {
                p.error = tr("the model has %1 outputs but its metadata names %2 classes").arg(classes).arg(k);
                continue;
            }
            const float *row = out.data() + i * k;
            const int best = int(std::max_element(row, row + k) - row);
            double sum = 0.0;
            for (int c = 0; c < k; ++c)
                sum += std::exp(double(row[c] - row[best]));
            p.label = m_metadata.classNames.at(best);
            p.score = m_metadata.softmaxInGraph ? double(row[best]) : 1.0 / sum;
        }
    }
    return predictions;
}

} // namespace Hone
