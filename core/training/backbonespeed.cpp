#include "backbonespeed.h"

#include "nn/classifiermodel.h"
#include "nn/learner.h"
#include "nn/runtime.h"
#include "zoo/backbonecatalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSysInfo>

#include <algorithm>
#include <exception>
#include <random>
#include <vector>

namespace Hone {

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

QString SpeedKey::settingsKey() const
{
    QString machine = device.startsWith(QLatin1String("cuda")) ? device : cpuModel();
    machine.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("backboneSpeed/%1 x%2/%3@%4")
        .arg(machine)
        .arg(Nn::threadCount())
        .arg(backbone)
        .arg(imageSize);
}

int defaultSpeedSize(const BackboneInfo &info)
{
    for (const CatalogWeights &w : info.weights) {
        if (w.bundled && w.imageSize > 0)
            return w.imageSize;
    }
    return info.inputSize;
}

double cachedSpeed(const SpeedKey &key)
{
    bool ok = false;
    const double ms = QSettings().value(key.settingsKey()).toDouble(&ok);
    return ok && ms > 0 ? ms : -1.0;
}

double measureSpeed(const SpeedKey &key, QString *error)
{
    constexpr int Batch = 8;
    try {
        std::string message;
        auto model = Nn::ClassifierModel::create(key.backbone.toStdString(), 2, 1, &message);
        if (!model || !model->setDevice(key.device.toStdString(), &message)) {
            *error = QString::fromStdString(message);
            return -1.0;
        }
        Nn::LearnerOptions options;
        Nn::Learner learner(*model, options);
        Nn::ImageBatch batch;
        batch.count = Batch;
        batch.height = batch.width = key.imageSize;
        batch.pixels.resize(size_t(Batch) * batch.imageBytes());
        std::mt19937 rng(3);
        std::generate(batch.pixels.begin(), batch.pixels.end(), [&] { return uint8_t(rng() & 0xff); });
        for (int i = 0; i < Batch; ++i)
            batch.labels.push_back(i % 2);
        std::vector<double> times;
        for (int step = 0; step < 5; ++step) {
            QElapsedTimer timer;
            timer.start();
            learner.trainStep(batch);
            if (step >= 2)
                times.push_back(double(timer.nsecsElapsed()) / 1e6 / Batch);
        }
        std::sort(times.begin(), times.end());
        const double ms = times[times.size() / 2];
        QSettings().setValue(key.settingsKey(), ms);
        return ms;
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return -1.0;
    }
}

} // namespace Hone
