#pragma once

// The Use workspace's model, run off the UI thread: a Predictor on a thread pool of its own with
// one thread, so it is used by one thread at a time. At most one job is in flight. A request made
// meanwhile waits, and a newer request of the same kind replaces the waiting one: a camera's
// frames are dropped while the model is busy, never queued, and a model being chosen twice loads
// once. A waiting load goes before a waiting prediction.

#include "inference/predictor.h"
#include "training/runstore.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace Hone {

class PredictionRunner : public QObject
{
    Q_OBJECT

public:
    explicit PredictionRunner(QObject *parent = nullptr);
    ~PredictionRunner() override;

    // Replace the model; loaded() follows. The previous model answers until then.
    void loadRun(const RunRecord &run);
    void loadFile(const QString &path);
    void unload();

    bool isLoaded() const { return m_predictor && m_predictor->isLoaded(); }
    // The loaded model's metadata (empty when none is loaded), and whether it is a run's.
    ModelMetadata metadata() const;
    bool isRun() const { return isLoaded() && m_predictor->network() != nullptr; }
    // Above this distance from every class centre an image is unknown whatever its confidence
    // (2: the model has no centres); read when the model loaded.
    double distanceThreshold() const { return m_distanceThreshold; }

    // Ask for predictions; the returned id comes back with predicted().
    quint64 predictFiles(const QStringList &files);
    quint64 predictImage(const QImage &image, const QString &name);

    // A job is running, or one waits.
    // Until its answer has been delivered, not only computed.
    bool isBusy() const { return m_jobRunning || m_pendingLoad || m_pendingPredict; }
    // Predictions the model has run (for the tests: a threshold change runs none).
    int predictionJobs() const { return m_predictionJobs; }
    // Seconds the last prediction job took.
    double lastSeconds() const { return m_lastSeconds; }

Q_SIGNALS:
    void loaded(bool ok, const QString &error);
    void predicted(quint64 id, const QVector<Prediction> &predictions);
    // Nothing runs or waits: a camera may send its next frame.
    void idle();

private:
    struct Outcome
    {
        bool load = false;
        bool quiet = false;                     // an unload: no loaded() for it
        quint64 id = 0;
        bool ok = false;
        QString error;
        std::shared_ptr<Predictor> predictor;   // a load's new predictor
        QVector<Prediction> predictions;
        double seconds = 0.0;
    };
    using Job = std::function<Outcome(const std::shared_ptr<Predictor> &)>;

    void schedule();
    // A load of a new predictor, waiting its turn; `load` fills it in on the runner's thread.
    void scheduleLoad(const std::function<bool(Predictor *, QString *)> &load);
    void onFinished();

    std::shared_ptr<Predictor> m_predictor;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<Job> m_pendingLoad;
    std::optional<Job> m_pendingPredict;
    quint64 m_nextId = 0;
    bool m_jobRunning = false;   // set in schedule(), cleared once onFinished() has reported
    double m_distanceThreshold = 2.0;
    int m_predictionJobs = 0;
    double m_lastSeconds = 0.0;
};

} // namespace Hone
