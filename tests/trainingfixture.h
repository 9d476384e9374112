#pragma once

// What the training tests share: a project of drawn circles and squares (20 each at 48 px, split
// 32/8), a small ResNet-18 config, random batches for driving a Learner directly, and a way to run
// a Trainer to its end.

#include "import/importer.h"
#include "project/project.h"
#include "training/trainer.h"
#include "training/trainingdata.h"

#include "testimages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <random>

namespace TrainingFixture {

inline QJsonObject readRunJson(const QString &runDirectory)
{
    QFile file(QDir(runDirectory).filePath(QStringLiteral("run.json")));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline Hone::TrainingConfig smallConfig(int epochs)
{
    Hone::TrainingConfig config;
    config.backbone = QStringLiteral("resnet18");
    config.weights.clear();
    config.freezeDepth = 0;
    config.epochs = epochs;
    config.batchSize = 8;
    config.learningRate = 1e-3;
    config.optimizer = QStringLiteral("adamw");
    config.imageSize = 48;
    config.seed = 7;
    config.device = QStringLiteral("cpu");
    config.threads = 2;
    return config;
}

// A batch of random pixels and labels (i % classes).
inline Hone::Nn::ImageBatch randomBatch(int count, int size, int classes, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    Hone::Nn::ImageBatch batch;
    batch.count = count;
    batch.height = size;
    batch.width = size;
    batch.pixels.resize(batch.imageBytes() * size_t(count));
    for (auto &p : batch.pixels)
        p = uint8_t(byte(rng));
    for (int i = 0; i < count; ++i)
        batch.labels.push_back(i % classes);
    return batch;
}

// The base of the training test classes: the drawn project in m_project / m_data, and train().
class ProjectTest : public QObject
{
protected:
    // Writes and imports the drawings and splits them; false (with a warning) on any failure.
    bool createProject(int perClass = 20, int size = 48, unsigned seed = 2)
    {
        qRegisterMetaType<Hone::BatchMetrics>();
        qRegisterMetaType<Hone::EpochMetrics>();
        const QString images = m_dir.filePath(QStringLiteral("drawn"));
        QString error;
        if (!m_dir.isValid() || !TestImages::writeShapeDataset(images, perClass, size, seed)
            || !m_project.create(m_dir.filePath(QStringLiteral("project")), &error)) {
            qWarning("cannot create the test project: %s", qPrintable(error));
            return false;
        }
        Hone::applyImport(&m_project, Hone::Importer(m_project, Hone::ImportLayout::Folders).run({images}));
        Hone::assignMissingSplits(&m_project, 7);
        if (!Hone::TrainingData::fromProject(m_project, &m_data, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    // Runs a trainer to the end (resuming run folder `resume` when given); returns the metrics of
    // every epoch it ran.
    QVector<Hone::EpochMetrics> train(const Hone::TrainingConfig &config, QString *status, QString *message = nullptr,
                                      QString *runDirectory = nullptr, const QString &resume = QString())
    {
        Hone::Trainer trainer(m_data, config);
        if (!resume.isEmpty())
            trainer.setResume(QFileInfo(resume).fileName());
        QSignalSpy finished(&trainer, &Hone::Trainer::finished);
        QVector<Hone::EpochMetrics> epochs;
        connect(&trainer, &Hone::Trainer::epochFinished, this, [&epochs](const Hone::EpochMetrics &m) { epochs.append(m); });
        trainer.run();
        *status = finished.isEmpty() ? QString() : finished.first().at(0).toString();
        if (message)
            *message = finished.isEmpty() ? QString() : finished.first().at(1).toString();
        if (runDirectory)
            *runDirectory = trainer.runDirectory();
        return epochs;
    }

    QTemporaryDir m_dir;
    Hone::Project m_project;
    Hone::TrainingData m_data;
};

} // namespace TrainingFixture
