#include "trainingtypes.h"

#include <QJsonArray>

namespace Hone {

QJsonObject EpochMetrics::toJson() const
{
    QJsonArray matrix;
    for (int v : confusion)
        matrix.append(v);
    QJsonObject json{
        {QStringLiteral("epoch"), epoch},
        {QStringLiteral("trainLoss"), trainLoss},
        {QStringLiteral("trainAccuracy"), trainAccuracy},
        {QStringLiteral("valLoss"), valLoss},
        {QStringLiteral("valAccuracy"), valAccuracy},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("learningRate"), learningRate},
        {QStringLiteral("confusion"), matrix},
    };
    if (skippedSteps > 0)
        json[QStringLiteral("skippedSteps")] = skippedSteps;
    return json;
}

EpochMetrics EpochMetrics::fromJson(const QJsonObject &json)
{
    EpochMetrics m;
    m.epoch = json.value(QStringLiteral("epoch")).toInt();
    m.trainLoss = json.value(QStringLiteral("trainLoss")).toDouble();
    m.trainAccuracy = json.value(QStringLiteral("trainAccuracy")).toDouble();
    m.valLoss = json.value(QStringLiteral("valLoss")).toDouble();
    m.valAccuracy = json.value(QStringLiteral("valAccuracy")).toDouble();
    m.seconds = json.value(QStringLiteral("seconds")).toDouble();
    m.learningRate = json.value(QStringLiteral("learningRate")).toDouble();
    m.skippedSteps = json.value(QStringLiteral("skippedSteps")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("confusion")).toArray())
        m.confusion.append(v.toInt());
    int k = 0;
    while (k * k < m.confusion.size())
        ++k;
    m.classCount = k * k == m.confusion.size() ? k : 0;
    return m;
}

} // namespace Hone
