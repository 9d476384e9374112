#pragma once

// One training run, meant to live in a worker thread (see TrainingSession) or to be run directly
// by the CLI. It decodes the images once, trains epoch by epoch, validates after every epoch and
// records everything under runs/<id>/. Only plain value structs leave it, through signals.
// Stop takes effect within one batch; the run is then saved with status "stopped". After every
// epoch but the last a checkpoint goes to runs/<id>/checkpoint/, from which setResume() continues
// a stopped or crashed run exactly where it was.

#include "trainingconfig.h"
#include "trainingdata.h"
#include "trainingtypes.h"

#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <memory>
#include <string>

class QLockFile;

namespace Hone {

namespace Nn {
struct LearnerOptions;
struct Normalization;
}
struct CheckpointState;

class Trainer : public QObject
{
    Q_OBJECT

public:
    Trainer(const TrainingData &data, const TrainingConfig &config, QObject *parent = nullptr);
    ~Trainer() override;

    void requestStop() { m_stop.store(true); }
    // Paused, the trainer waits before its next batch (thread-safe, like requestStop()).
    void setPaused(bool paused) { m_paused.store(paused); }
    // Continue run `runId` (stopped or failed) from its last checkpoint instead of starting a new
    // one: its own settings except the device and thread count of this trainer's config, and the
    // same images, or it refuses.
    void setResume(const QString &runId) { m_resumeId = runId; }
    QString runId() const { return m_runId; }
    QString runDirectory() const { return m_runDirectory; }
    QString status() const { return m_status; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void runStarted(const QString &runId);
    void message(const QString &text);
    void batchFinished(const Hone::BatchMetrics &metrics);
    void epochFinished(const Hone::EpochMetrics &metrics);
    // The trainer has stopped between batches because it is paused (true), or goes on (false).
    void pauseHeld(bool held);
    // status: "finished", "stopped" or "failed" (then text says why).
    void finished(const QString &status, const QString &text);

private:
    bool train(QString *error);
    // trainerstart.cpp: takes over run m_resumeId (its lock, run.json, checkpoint and settings).
    bool prepareResume(const QString &runs, QJsonObject *previous, CheckpointState *checkpoint, QString *error);
    // The run.json a new run starts with: config, device, classes, preprocessing, versions, data.
    QJsonObject newRunJson(const std::string &device, const Nn::LearnerOptions &deviceSettings,
                           const Nn::Normalization &norm, const QString &weightsFile) const;

    TrainingData m_data;
    TrainingConfig m_config;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_paused{false};
    QString m_runId;
    QString m_resumeId;
    QString m_runDirectory;
    QString m_status;
    std::unique_ptr<QLockFile> m_lock;   // held while the run trains (see RunStore::lockRun)
};

} // namespace Hone
