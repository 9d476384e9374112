#include "trainingsession.h"

namespace Hone {

TrainingSession::TrainingSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Hone::BatchMetrics>();
    qRegisterMetaType<Hone::EpochMetrics>();
    m_thread.setObjectName(QStringLiteral("Hone training"));
    m_thread.start();
}

TrainingSession::~TrainingSession()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void TrainingSession::start(const TrainingData &data, const TrainingConfig &config, const QString &resumeRunId)
{
    if (m_trainer)
        return;
    auto *trainer = new Trainer(data, config);
    if (!resumeRunId.isEmpty())
        trainer->setResume(resumeRunId);
    trainer->moveToThread(&m_thread);
    m_trainer = trainer;
    connect(&m_thread, &QThread::finished, trainer, &QObject::deleteLater);
    connect(trainer, &Trainer::runStarted, this, &TrainingSession::runStarted);
    connect(trainer, &Trainer::message, this, &TrainingSession::message);
    connect(trainer, &Trainer::batchFinished, this, &TrainingSession::batchFinished);
    connect(trainer, &Trainer::epochFinished, this, &TrainingSession::epochFinished);
    connect(trainer, &Trainer::pauseHeld, this, &TrainingSession::pauseHeld);
    connect(trainer, &Trainer::finished, this, [this, trainer](const QString &status, const QString &text) {
        trainer->deleteLater();
        m_trainer = nullptr;
        Q_EMIT finished(status, text);
    });
    QMetaObject::invokeMethod(trainer, &Trainer::run, Qt::QueuedConnection);
}

void TrainingSession::stop()
{
    if (m_trainer) {
        m_trainer->setPaused(false);
        m_trainer->requestStop();
    }
}

void TrainingSession::setPaused(bool paused)
{
    if (m_trainer)
        m_trainer->setPaused(paused);
}

} // namespace Hone
