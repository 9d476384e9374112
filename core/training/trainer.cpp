#include "trainer.h"

#include "dataset/imageset.h"
#include "evaluation/confusionmatrix.h"
#include "imaging/imagedecoder.h"
#include "nn/classifiermodel.h"
#include "nn/learner.h"
#include "nn/runtime.h"
#include "lrschedule.h"
#include "runstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/core/version.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace Hone {

namespace {

QJsonArray toArray(const std::array<float, 3> &v)
{
    return QJsonArray{double(v[0]), double(v[1]), double(v[2])};
}

} // namespace

Trainer::Trainer(const TrainingData &data, const TrainingConfig &config, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_config(config)
{
}

void Trainer::run()
{
    QString error;
    bool ok = false;
    try {
        ok = train(&error);
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
    }
    if (!ok)
        m_status = QStringLiteral("failed");
    if (!m_runDirectory.isEmpty()) {
        // Record the outcome even when training failed part-way.
        QFile file(QDir(m_runDirectory).filePath(QStringLiteral("run.json")));
        if (!ok && file.open(QIODevice::ReadOnly)) {
            QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            json[QStringLiteral("status")] = m_status;
            json[QStringLiteral("message")] = error;
            json[QStringLiteral("ended")] = QDateTime::currentDateTime().toString(Qt::ISODate);
            RunStore::writeRunJson(m_runDirectory, json, nullptr);
        }
    }
    Q_EMIT finished(m_status, ok ? QString() : error);
}

bool Trainer::train(QString *error)
{
    if (!m_config.validate(error))
        return false;
    Nn::setThreadCount(m_config.threads);
    std::string message;
    const std::string device = Nn::resolveDevice(m_config.device.toStdString(), &message);
    if (device.empty()) {
        *error = QString::fromStdString(message);
        return false;
    }

    m_runDirectory = RunStore::createRunDirectory(QDir(m_data.projectDir).filePath(QStringLiteral("runs")),
                                                  &m_runId, error);
    if (m_runDirectory.isEmpty())
        return false;
    Q_EMIT runStarted(m_runId);

    const int classCount = m_data.classNames.size();
    auto model = Nn::ClassifierModel::create(m_config.backbone.toStdString(), classCount,
                                             m_config.seed, &message);
    if (!model) {
        *error = QString::fromStdString(message);
        return false;
    }
    const Nn::Normalization norm = model->normalization();
    QJsonObject json;
    json[QStringLiteral("id")] = m_runId;
    json[QStringLiteral("status")] = QStringLiteral("running");
    json[QStringLiteral("started")] = QDateTime::currentDateTime().toString(Qt::ISODate);
    json[QStringLiteral("config")] = m_config.toJson();
    json[QStringLiteral("device")] = QString::fromStdString(device);
    json[QStringLiteral("classes")] = QJsonArray::fromStringList(m_data.classNames);
    json[QStringLiteral("preprocessing")] = QJsonObject{
        {QStringLiteral("imageSize"), m_config.imageSize},
        {QStringLiteral("resizePolicy"), QLatin1String(resizePolicyName())},
        {QStringLiteral("channelOrder"), QStringLiteral("RGB")},
        {QStringLiteral("mean"), toArray(norm.mean)},
        {QStringLiteral("std"), toArray(norm.std)},
    };
    json[QStringLiteral("versions")] = QJsonObject{
        {QStringLiteral("hone"), QStringLiteral(HONE_VERSION)},
        {QStringLiteral("libtorch"), QString::fromStdString(Nn::torchVersion())},
        {QStringLiteral("opencv"), QStringLiteral(CV_VERSION)},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
    };
    json[QStringLiteral("trainImages")] = m_data.trainPaths.size();
    json[QStringLiteral("valImages")] = m_data.valPaths.size();
    if (!RunStore::writeRunJson(m_runDirectory, json, error))
        return false;

    if (!model->setDevice(device, &message)) {
        *error = QString::fromStdString(message);
        return false;
    }
    if (!m_config.weights.isEmpty()) {
        Nn::WeightLoadReport report;
        if (!model->loadPretrained(m_config.weights.toStdString(), &report, &message)) {
            *error = QString::fromStdString(message);
            return false;
        }
        Q_EMIT this->message(tr("Weights: %1").arg(QString::fromStdString(report.summary())));
    }

    Q_EMIT this->message(tr("Decoding %1 images at %2 px…")
                             .arg(m_data.trainPaths.size() + m_data.valPaths.size())
                             .arg(m_config.imageSize));
    Nn::ImageBatch train, val;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    QVector<int> valKept;
    if (!loadImageSet(m_data.trainPaths, m_data.trainLabels, m_config.imageSize, &train, &kept,
                      &failures, &m_stop)
        || !loadImageSet(m_data.valPaths, m_data.valLabels, m_config.imageSize, &val, &valKept,
                         &failures, &m_stop)) {
        m_status = QStringLiteral("stopped");
        json[QStringLiteral("status")] = m_status;
        RunStore::writeRunJson(m_runDirectory, json, nullptr);
        return true;
    }
    for (const ImageSetFailure &f : failures)
        Q_EMIT this->message(tr("Skipped %1: %2").arg(f.path, f.reason));
    if (train.count < 2 || val.count == 0) {
        *error = tr("training needs at least two decodable training images and one validation image");
        return false;
    }

    Nn::LearnerOptions options;
    options.optimizer = m_config.optimizer.toStdString();
    options.learningRate = m_config.learningRate;
    options.weightDecay = m_config.weightDecay;
    options.freezeDepth = m_config.freezeDepth;
    Nn::Learner learner(*model, options);
    Q_EMIT this->message(tr("Training %1 of %2 parameters on %3")
                             .arg(learner.trainableParameterCount())
                             .arg(model->parameterCount())
                             .arg(QString::fromStdString(device)));

    std::mt19937_64 rng(m_config.seed);
    std::bernoulli_distribution coin(0.5);
    QVector<int> order(int(train.count));
    std::iota(order.begin(), order.end(), 0);
    const int batchSize = m_config.batchSize;
    // BatchNorm needs two images per batch in training mode: a lone last image joins the batch before.
    int batches = (int(train.count) + batchSize - 1) / batchSize;
    if (batches > 1 && int(train.count) % batchSize == 1)
        --batches;
    QJsonArray epochs;
    double bestAccuracy = -1.0;
    int bestEpoch = 0;
    m_status = QStringLiteral("finished");

    for (int epoch = 1; epoch <= m_config.epochs && !m_stop.load(); ++epoch) {
        QElapsedTimer timer;
        timer.start();
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0.0;
        int64_t correct = 0, seen = 0;
        for (int b = 0; b < batches; ++b) {
            if (m_stop.load())
                break;
            const QVector<int> indices = order.mid(b * batchSize, b + 1 == batches ? -1 : batchSize);
            QVector<bool> flips(indices.size(), false);
            if (m_config.augment) {
                for (auto &&f : flips)
                    f = coin(rng);
            }
            const double rate = scheduledLearningRate(m_config.schedule, m_config.learningRate,
                                                      m_config.warmupEpochs, (epoch - 1) * batches + b,
                                                      batches, m_config.epochs);
            learner.setLearningRate(rate);
            const Nn::StepResult step = learner.trainStep(gatherBatch(train, indices, flips));
            lossSum += step.loss * double(step.count);
            correct += step.correct;
            seen += step.count;
            Q_EMIT batchFinished(BatchMetrics{epoch, b + 1, batches, step.loss, rate});
        }
        if (m_stop.load()) {
            m_status = QStringLiteral("stopped");
            break;
        }

        ConfusionMatrix matrix(classCount);
        QVector<ValPrediction> predictions;
        predictions.reserve(int(val.count));
        double valLoss = 0.0;
        QVector<int> valOrder(int(val.count));
        std::iota(valOrder.begin(), valOrder.end(), 0);
        const int evalBatch = std::max(batchSize, 32);
        for (int start = 0; start < val.count && !m_stop.load(); start += evalBatch) {
            const Nn::ImageBatch batch = gatherBatch(val, valOrder.mid(start, evalBatch));
            const Nn::EvalOutput out = learner.evaluate(batch);
            valLoss += out.lossSum;
            for (int64_t i = 0; i < batch.count; ++i) {
                const float *row = out.logits.data() + i * classCount;
                const int predicted = int(std::max_element(row, row + classCount) - row);
                matrix.add(int(batch.labels.at(size_t(i))), predicted);
                double sum = 0.0;
                for (int c = 0; c < classCount; ++c)
                    sum += std::exp(double(row[c] - row[predicted]));
                const int index = start + int(i);
                predictions.append(ValPrediction{m_data.valRows.value(valKept.value(index, -1), -1),
                                                 int(batch.labels.at(size_t(i))), predicted, float(1.0 / sum)});
            }
        }

        if (m_stop.load()) {   // a partial validation pass is no epoch result
            m_status = QStringLiteral("stopped");
            break;
        }
        EpochMetrics metrics;
        metrics.epoch = epoch;
        metrics.epochs = m_config.epochs;
        metrics.trainLoss = seen ? lossSum / double(seen) : 0.0;
        metrics.trainAccuracy = seen ? double(correct) / double(seen) : 0.0;
        metrics.valLoss = valLoss / double(val.count);
        metrics.valAccuracy = matrix.accuracy();
        metrics.seconds = timer.elapsed() / 1000.0;
        metrics.learningRate = learner.learningRate();
        metrics.classCount = classCount;
        metrics.confusion = matrix.counts();
        metrics.predictions = predictions;
        if (metrics.valAccuracy > bestAccuracy) {
            bestAccuracy = metrics.valAccuracy;
            bestEpoch = epoch;
        }
        epochs.append(metrics.toJson());
        json[QStringLiteral("epochs")] = epochs;
        json[QStringLiteral("bestEpoch")] = bestEpoch;
        json[QStringLiteral("bestValAccuracy")] = bestAccuracy;
        RunStore::writeRunJson(m_runDirectory, json, nullptr);
        Q_EMIT epochFinished(metrics);
    }
    if (m_stop.load())
        m_status = QStringLiteral("stopped");

    // Weights go to a temporary file first, so model.weights is never half-written.
    const QString weights = QDir(m_runDirectory).filePath(QStringLiteral("model.weights"));
    const QString part = weights + QStringLiteral(".part");
    if (!model->saveWeights(part.toStdString(), &message)) {
        QFile::remove(part);
        *error = QString::fromStdString(message);
        return false;
    }
    QFile::remove(weights);
    if (!QFile::rename(part, weights)) {
        *error = tr("cannot move the weights into place in %1").arg(m_runDirectory);
        return false;
    }
    json[QStringLiteral("status")] = m_status;
    json[QStringLiteral("ended")] = QDateTime::currentDateTime().toString(Qt::ISODate);
    return RunStore::writeRunJson(m_runDirectory, json, error);
}

} // namespace Hone
