#pragma once

// The Train workspace: training settings, Train/Stop, live curves and the live confusion matrix,
// and model export. Training runs in a TrainingSession (worker thread); this widget only shows
// the value structs it sends.

#include "training/trainingconfig.h"
#include "training/trainingdata.h"
#include "training/trainingtypes.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Hone {

class BackbonePicker;

class ConfusionMatrixWidget;
class RunHistoryPanel;
class Project;
class TrainingPlots;
class TrainingSession;

class TrainWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit TrainWorkspace(Project *project, QWidget *parent = nullptr);
    ~TrainWorkspace() override;

    QAction *trainAction() const { return m_trainAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *exportAction() const { return m_exportAction; }

    TrainingConfig config() const;
    void setConfig(const TrainingConfig &config);
    bool isTraining() const;
    QString lastRunId() const { return m_lastRunId; }

    TrainingPlots *plots() const { return m_plots; }
    ConfusionMatrixWidget *confusionMatrix() const { return m_matrix; }
    RunHistoryPanel *runHistory() const { return m_runs; }

    // Opens the gallery of the last validation pass's images in one confusion-matrix cell.
    class ConfusionGallery *openGallery(int trueClass, int predictedClass);

    void startTraining();
    void stopTraining();
    // The learning-rate range test for the current settings; "Use" sets the rate.
    class LrFinderDialog *openLearningRateFinder();
    // Continues a stopped run from its checkpoint, with the run's own settings.
    void resumeRun(const QString &runId);
    // Holds training before its next batch, or lets it go on.
    void setPaused(bool paused);
    QPushButton *pauseButton() const { return m_pauseButton; }
    // The trainer has stopped between batches for the pause (the batch under way has ended).
    bool isPauseHeld() const { return m_pauseHeld; }
    // Exports the latest finished run to `path` (asks for a file when empty); verifies it.
    // Without a path, asks for one (and for the options); embed: the graph takes RGB 0–255 and
    // normalises itself; softmax: it outputs probabilities.
    void exportModel(const QString &path = QString(), bool embedPreprocessing = false, bool softmax = false);
    // Takes up a changed default device (Preferences) unless the project has chosen its own.
    void applyPreferences();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void trainingFinished(const QString &status);
    void exportFinished(bool ok, const QString &summary);
    void openImageRequested(int row);

protected:
    void showEvent(QShowEvent *event) override;   // Auto's choice follows labeling done elsewhere

private:
    void loadProjectDefaults();
    void begin(const TrainingData &data, const TrainingConfig &config, const QString &resumeRunId,
               const QVector<EpochMetrics> &earlierEpochs);
    void updateActions();
    void log(const QString &text);
    void onEpoch(const EpochMetrics &metrics);
    // Shows an epoch's validation matrix (and makes its images the gallery's).
    void showEpochMatrix(const EpochMetrics &metrics, bool best);
    void updateMatrixChoice();
    void onFinished(const QString &status, const QString &text);
    // trainworkspaceauto.cpp: with the Auto recipe, shows what it chooses for the project's
    // images and the chosen backbone, and holds the settings it chooses.
    void refreshAuto();

    Project *m_project;
    TrainingSession *m_session;
    BackbonePicker *m_picker;
    QSpinBox *m_epochs;
    QSpinBox *m_batchSize;
    QDoubleSpinBox *m_learningRate;
    QComboBox *m_optimizer;
    QComboBox *m_schedule;
    QSpinBox *m_imageSize;
    QSpinBox *m_seed;
    QComboBox *m_device;
    QComboBox *m_precision;
    QComboBox *m_recipe;
    QLabel *m_autoNote;
    bool m_refreshingAuto = false;
    QSpinBox *m_earlyStop;
    QDoubleSpinBox *m_labelSmoothing;
    QCheckBox *m_balance;
    QCheckBox *m_augment;   // flips
    QCheckBox *m_augmentCrop;
    QCheckBox *m_augmentRotate;
    QCheckBox *m_augmentColor;
    QCheckBox *m_augmentTrivial;
    QCheckBox *m_featureCache;
    QPushButton *m_trainButton;
    QPushButton *m_stopButton;
    QPushButton *m_pauseButton;
    bool m_pauseHeld = false;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    TrainingPlots *m_plots;
    ConfusionMatrixWidget *m_matrix;
    RunHistoryPanel *m_runs;
    QAction *m_trainAction;
    QAction *m_stopAction;
    QAction *m_exportAction;
    QString m_lastRunId;
    TrainingConfig m_config;   // the last config set, for the settings without a widget
    QStringList m_classNames;
    QVector<ValPrediction> m_predictions;   // of the validation pass the matrix shows
    bool m_rowsShifted = false;             // images came or went since the run started
    QVector<EpochMetrics> m_history;        // this run's epochs
    QCheckBox *m_showBest = nullptr;
    int m_epochs_total = 0;
    bool m_exporting = false;
};

} // namespace Hone
