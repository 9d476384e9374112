#include "predictor.h"

#include "analysis/calibration.h"
#include "dataset/imageset.h"
#include "imaging/imagedecoder.h"
#include "nn/classifiermodel.h"
#include "nn/runtime.h"
#include "training/runstore.h"
#include "nn/scriptedclassifier.h"
#include "onnxclassifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>

#include <cmath>
#include <numeric>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Predictor)
};

} // namespace

Predictor::Predictor() = default;
Predictor::~Predictor() = default;

bool Predictor::load(const QString &modelPath, const QString &device, QString *error)
{
    if (!QFileInfo(modelPath).isFile()) {
        *error = Text::tr("%1: no such file").arg(modelPath);
        return false;
    }
    m_model.reset();
    m_onnx.reset();
    m_network.reset();
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
        *error = Text::tr("%1 carries no Hone metadata (inside the model or in %1.json beside it)")
                     .arg(modelPath);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QString metaError;
    if (!doc.isObject() || !ModelMetadata::fromJson(doc.object(), &m_metadata, &metaError)) {
        *error = Text::tr("%1: %2").arg(modelPath, metaError.isEmpty() ? Text::tr("metadata is not JSON") : metaError);
        return false;
    }
    setMetadata(m_metadata);
    return true;
}

void Predictor::setMetadata(const ModelMetadata &metadata)
{
    m_metadata = metadata;
    m_threshold = metadata.threshold;
    m_novelty = NoveltyModel::fromJson(metadata.calibration.value(QStringLiteral("novelty")).toObject());
    m_distanceThreshold = m_novelty.isValid() ? m_novelty.threshold : 2.0;
}

bool Predictor::isKnown(double confidence, double distance) const
{
    return confidence >= m_threshold && !(distance > m_distanceThreshold);
}

bool Predictor::loadRun(const RunRecord &run, const QString &device, QString *error)
{
    m_model.reset();
    m_onnx.reset();
    m_network.reset();
    std::shared_ptr<Nn::ClassifierModel> network(RunStore::loadModel(run, device, error).release());
    if (!network)
        return false;
    ModelMetadata meta;
    meta.format = QStringLiteral("run");
    meta.backbone = QString::fromStdString(network->backbone());
    meta.classNames = run.classNames();
    meta.imageSize = run.imageSize();
    meta.resizePolicy = QString::fromLatin1(resizePolicyName());
    meta.normalization = network->normalization();
    meta.runId = run.id;
    meta.calibration = run.json.value(QStringLiteral("calibration")).toObject();
    if (!meta.calibration.isEmpty()) {
        const CalibrationResult calibration = CalibrationResult::fromJson(meta.calibration);
        meta.temperature = calibration.temperature;
        meta.threshold = calibration.threshold;
        meta.thresholdTarget = calibration.thresholdTarget;
    }
    setMetadata(meta);
    m_network = std::move(network);
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

QVector<Prediction> Predictor::predict(const QStringList &images,
                                       const std::function<void(int, int)> &progress)
{
    // A chunk at a time: any number of images in bounded memory.
    constexpr int Chunk = 256;
    QVector<Prediction> predictions;
    predictions.reserve(images.size());
    for (int start = 0; start < images.size(); start += Chunk) {
        predictions += predictChunk(images.mid(start, Chunk));
        if (progress)
            progress(int(predictions.size()), int(images.size()));
    }
    return predictions;
}

Prediction Predictor::predictImage(const QImage &image, const QString &name)
{
    QVector<Prediction> predictions(1);
    predictions[0].image = name;
    if (image.isNull()) {
        predictions[0].error = Text::tr("the image is empty");
        return predictions[0];
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat wrapped(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                          size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(wrapped, bgr, cv::COLOR_RGB2BGR);
    Nn::ImageBatch batch;
    batch.count = 1;
    batch.height = batch.width = m_metadata.imageSize;
    batch.pixels.resize(batch.imageBytes());
    preprocessInto(bgr, m_metadata.imageSize, batch.pixels.data());
    run(batch, {0}, &predictions);
    return predictions[0];
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
    run(all, kept, &predictions);
    return predictions;
}

void Predictor::run(const Nn::ImageBatch &all, const QVector<int> &kept, QVector<Prediction> *predictions)
{
    QVector<int> order(int(all.count));
    std::iota(order.begin(), order.end(), 0);
    const int k = m_metadata.classNames.size();
    const Nn::Normalization normalization = m_metadata.inputNormalization();
    for (int start = 0; start < all.count; start += 32) {
        const Nn::ImageBatch batch = gatherBatch(all, order.mid(start, 32));
        int classes = k;
        std::vector<float> out, features;
        std::vector<float> *wanted = m_novelty.isValid() ? &features : nullptr;
        try {
            if (m_network) {
                out = wanted ? m_network->logits(batch, wanted) : m_network->logits(batch);
            } else {
                out = m_onnx ? m_onnx->run(batch, normalization, &classes, wanted)
                             : m_model->logits(batch, normalization, &classes, wanted);
            }
        } catch (const std::exception &e) {
            const QString reason = Text::tr("the model failed: %1")
                                       .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
            for (int i = 0; i < batch.count; ++i)
                (*predictions)[kept.at(start + i)].error = reason;
            continue;
        }
        for (int64_t i = 0; i < batch.count; ++i) {
            Prediction &p = (*predictions)[kept.at(start + int(i))];
            if (classes != k) {
                p.error = Text::tr("the model has %1 outputs but its metadata names %2 classes").arg(classes).arg(k);
                continue;
            }
            // Probabilities from the graph go back to log space, where the temperature applies.
            std::vector<float> row(out.begin() + i * k, out.begin() + (i + 1) * k);
            if (m_metadata.softmaxInGraph) {
                for (float &v : row)
                    v = std::log(std::max(v, 1e-30f));
            }
            const int best = int(std::max_element(row.begin(), row.end()) - row.begin());
            std::vector<float> raw = row;
            temperatureSoftmax(&raw, k, 1.0);
            temperatureSoftmax(&row, k, m_metadata.temperature);
            p.classIndex = best;
            p.label = m_metadata.classNames.at(best);
            p.score = m_metadata.softmaxInGraph ? double(out.at(size_t(i * k + best))) : double(raw.at(size_t(best)));
            p.confidence = row.at(size_t(best));
            if (m_novelty.isValid() && features.size() == size_t(batch.count) * size_t(m_novelty.dimension))
                p.distance = m_novelty.distance(features.data() + size_t(i) * size_t(m_novelty.dimension));
            p.known = isKnown(p.confidence, p.distance);
            p.probabilities = QVector<float>(row.begin(), row.end());
        }
    }
}

} // namespace Hone
