#include "predictionrunner.h"

#include "util/failure.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

PredictionRunner::PredictionRunner(QObject *parent)
    : QObject(parent)
{
    // Its own thread: Predictor::predict waits on decoding jobs in the global pool, and a job
    // waiting there could take the thread those jobs need.
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PredictionRunner::onFinished);
}

PredictionRunner::~PredictionRunner()
{
    m_pendingLoad.reset();
    m_pendingPredict.reset();
    m_watcher.waitForFinished();
}

ModelMetadata PredictionRunner::metadata() const
{
    return isLoaded() ? m_predictor->metadata() : ModelMetadata();
}

void PredictionRunner::loadRun(const RunRecord &run)
{
    scheduleLoad([run](Predictor *predictor, QString *error) {
        return predictor->loadRun(run, QStringLiteral("cpu"), error);
    });
}

void PredictionRunner::loadFile(const QString &path)
{
    scheduleLoad([path](Predictor *predictor, QString *error) {
        return predictor->load(path, QStringLiteral("cpu"), error);
    });
}

void PredictionRunner::scheduleLoad(const std::function<bool(Predictor *, QString *)> &load)
{
    m_pendingLoad = [load](const std::shared_ptr<Predictor> &) {
        Outcome outcome;
        outcome.load = true;
        auto predictor = std::make_shared<Predictor>();
        outcome.ok = catchAll([&] { return load(predictor.get(), &outcome.error); }, &outcome.error);
        if (outcome.ok)
            outcome.predictor = predictor;
        return outcome;
    };
    schedule();
}

void PredictionRunner::unload()
{
    m_pendingLoad.reset();
    m_pendingPredict.reset();
    if (!m_jobRunning)
        m_predictor.reset();
    else   // the running job holds its own reference; nothing new starts on it
        m_pendingLoad = [](const std::shared_ptr<Predictor> &) {
            Outcome outcome;
            outcome.load = outcome.quiet = true;
            return outcome;
        };
}

quint64 PredictionRunner::predictFiles(const QStringList &files)
{
    const quint64 id = ++m_nextId;
    m_pendingPredict = [files, id](const std::shared_ptr<Predictor> &predictor) {
        Outcome outcome;
        outcome.id = id;
        QElapsedTimer timer;
        timer.start();
        outcome.ok = catchAll([&] {
            outcome.predictions = predictor->predict(files);
            return true;
        }, &outcome.error);
        outcome.seconds = timer.elapsed() / 1000.0;
        return outcome;
    };
    schedule();
    return id;
}

quint64 PredictionRunner::predictImage(const QImage &image, const QString &name)
{
    const quint64 id = ++m_nextId;
    m_pendingPredict = [image, name, id](const std::shared_ptr<Predictor> &predictor) {
        Outcome outcome;
        outcome.id = id;
        QElapsedTimer timer;
        timer.start();
        outcome.ok = catchAll([&] {
            outcome.predictions = {predictor->predictImage(image, name)};
            return true;
        }, &outcome.error);
        outcome.seconds = timer.elapsed() / 1000.0;
        return outcome;
    };
    schedule();
    return id;
}

void PredictionRunner::schedule()
{
    if (m_jobRunning)
        return;
    std::optional<Job> job;
    if (m_pendingLoad) {
        job.swap(m_pendingLoad);
    } else if (m_pendingPredict && isLoaded()) {
        job.swap(m_pendingPredict);
        ++m_predictionJobs;
    }
    if (job) {
        m_jobRunning = true;
        // The job holds the predictor it runs on; m_predictor changes only between jobs.
        m_watcher.setFuture(QtConcurrent::run(&m_pool, [job = std::move(*job), predictor = m_predictor] {
            return job(predictor);
        }));
    }
}

void PredictionRunner::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_jobRunning = false;
    if (outcome.load) {
        m_predictor = outcome.predictor;   // null after a failed load: no model rather than a stale one
        m_distanceThreshold = m_predictor ? m_predictor->distanceThreshold() : 2.0;
        if (!m_pendingLoad && !outcome.quiet)
            Q_EMIT loaded(outcome.ok, outcome.error);
    } else {
        m_lastSeconds = outcome.seconds;
        QVector<Prediction> predictions = outcome.predictions;
        if (!outcome.ok && predictions.isEmpty()) {
            Prediction failed;
            failed.error = outcome.error;
            predictions.append(failed);
        }
        Q_EMIT predicted(outcome.id, predictions);
    }
    schedule();
    if (!m_jobRunning)
        Q_EMIT idle();
}

} // namespace Hone
