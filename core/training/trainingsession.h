#pragma once

// Runs a Trainer in its own QThread and relays its signals to the owner's thread. The thread is
// stopped and joined when the session is destroyed (quit-and-wait), so closing the window in the
// middle of a run stops training cleanly.

#include "trainer.h"

#include <QPointer>
#include <QThread>

namespace Hone {

class TrainingSession : public QObject
{
    Q_OBJECT

public:
    explicit TrainingSession(QObject *parent = nullptr);
    ~TrainingSession() override;

    bool isRunning() const { return m_trainer != nullptr; }
    // resumeRunId: continue that run from its checkpoint (see Trainer::setResume()).
    void start(const TrainingData &data, const TrainingConfig &config, const QString &resumeRunId = QString());
    void stop();
    void setPaused(bool paused);

Q_SIGNALS:
    void runStarted(const QString &runId);
    void message(const QString &text);
    void batchFinished(const Hone::BatchMetrics &metrics);
    void epochFinished(const Hone::EpochMetrics &metrics);
    void pauseHeld(bool held);
    void finished(const QString &status, const QString &text);

private:
    QThread m_thread;
    QPointer<Trainer> m_trainer;
};

} // namespace Hone
