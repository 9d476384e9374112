#pragma once

// Plain value structs that cross from the training thread to the UI. Never a tensor.

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Hone {

struct BatchMetrics
{
    int epoch = 0;     // 1-based
    int batch = 0;     // 1-based within the epoch
    int batches = 0;
    double loss = 0.0;
    double learningRate = 0.0;   // the rate this step ran with
};

// One validation image's outcome, by its project row.
struct ValPrediction
{
    int row = -1;
    int trueClass = -1;
    int predicted = -1;
    float confidence = 0.0f;   // softmax probability of the predicted class
};

struct EpochMetrics
{
    int epoch = 0;     // 1-based
    int epochs = 0;
    double trainLoss = 0.0;
    double trainAccuracy = 0.0;
    double valLoss = 0.0;
    double valAccuracy = 0.0;
    double seconds = 0.0;
    double learningRate = 0.0;   // at the epoch's last step
    int skippedSteps = 0;        // fp16 loss scaling: steps whose gradients overflowed
    int classCount = 0;
    QVector<int> confusion;   // validation, classCount², row = true class
    QVector<ValPrediction> predictions;   // every validation image (not stored in run.json)

    QJsonObject toJson() const;
    static EpochMetrics fromJson(const QJsonObject &json);
};

} // namespace Hone

Q_DECLARE_METATYPE(Hone::BatchMetrics)
Q_DECLARE_METATYPE(Hone::EpochMetrics)
