#pragma once

// The learning-rate range test, from the Train settings: runs on a worker thread with a progress
// bar and Cancel, then plots the smoothed loss against the rate (log scale) with the suggested
// rate marked; "Use" puts that rate into the settings.

#include "training/lrfinder.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Hone {

class LrFinderDialog : public QDialog
{
    Q_OBJECT

public:
    LrFinderDialog(const TrainingData &data, const TrainingConfig &config, QWidget *parent = nullptr);
    ~LrFinderDialog() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    double suggestion() const { return m_result.suggestion; }
    const LrFinderResult &result() const { return m_result; }
    QCustomPlot *plot() const { return m_plot; }

Q_SIGNALS:
    void finished(bool ok);

protected:
    void reject() override;

private:
    struct Outcome
    {
        bool ok = false;
        LrFinderResult result;
        QString error;
    };
    void onFinished();

    QCustomPlot *m_plot;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_use;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    LrFinderResult m_result;
};

} // namespace Hone
