#pragma once

// The Evaluate workspace: a finished run evaluated on the validation or test split. Overall
// accuracy, macro-F1 and top-k; per-class precision, recall, F1 and support in a sortable table;
// the most confused class pairs and the confusion matrix (each opens its images); the mistakes,
// most confident first, with a Grad-CAM view of the selected one; and the training report.
// Evaluation runs on a worker thread from a snapshot of the project taken when it starts.

#include "evaluation/evaluator.h"
#include "training/runstore.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Hone {

class ConfusionGallery;
class ConfusionMatrixWidget;
class GradCamView;
class PredictionGallery;
class ReliabilityDiagram;
class Project;

class EvaluateWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluateWorkspace(Project *project, QWidget *parent = nullptr);
    ~EvaluateWorkspace() override;

    // Re-reads the project's runs, keeping the selection where it still exists.
    void refreshRuns();
    void selectRun(const QString &id);
    void setSplit(Split split);
    // Starts evaluating the selected run on the selected split; evaluationFinished follows.
    void evaluate();
    bool isEvaluating() const { return m_watcher.isRunning(); }
    const EvaluationResult &result() const { return m_result; }
    bool hasResult() const { return !m_result.runId.isEmpty(); }

    // Writes the training report of the evaluated run (asks for a file when path is empty).
    bool exportReport(const QString &path = QString());

    QComboBox *runChoice() const { return m_run; }
    QTableWidget *perClassTable() const { return m_perClass; }
    QTreeWidget *confusedPairs() const { return m_pairs; }
    ConfusionMatrixWidget *confusionMatrix() const { return m_matrix; }
    PredictionGallery *mistakes() const { return m_mistakes; }
    GradCamView *gradCam() const { return m_gradCam; }
    ReliabilityDiagram *reliabilityDiagram() const { return m_reliability; }
    ConfusionGallery *openGallery(int trueClass, int predictedClass);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void evaluationFinished(bool ok);
    void openImageRequested(int row);

private:
    struct Outcome
    {
        bool ok = false;
        RunRecord run;
        EvaluationResult result;
        QString error;
        std::shared_ptr<Nn::ClassifierModel> model;
    };

    void onEvaluated();
    void showResult();
    void showCalibration();
    void showGradCamForCurrent();
    void updateActions();

    Project *m_project;
    QComboBox *m_run;
    QComboBox *m_split;
    QPushButton *m_evaluateButton;
    QPushButton *m_reportButton;
    QLabel *m_summary;
    QTableWidget *m_perClass;
    QTreeWidget *m_pairs;
    ConfusionMatrixWidget *m_matrix;
    PredictionGallery *m_mistakes;
    GradCamView *m_gradCam;
    ReliabilityDiagram *m_reliability;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;   // of the evaluation running
    RunRecord m_evaluatedRun;
    EvaluationResult m_result;
    std::shared_ptr<Nn::ClassifierModel> m_model;   // of the evaluated run, for Grad-CAM
};

} // namespace Hone
