#pragma once

// The Use workspace: try a model on new images, then teach it what it got wrong.
//
// The model is one of the project's finished runs (latest first) or an exported .pt / .onnx file.
// Images come dropped (files or a folder), pasted (Ctrl+V: a picture or file URLs), opened, or
// from a camera (the choice is absent without one). Each shows its top classes with calibrated
// probabilities and the calibrated confidence; below the threshold it is "unknown — none of
// these". The threshold slider re-decides known/unknown at once without running the model again.
// Grad-CAM overlays the evidence (runs of this project only: a model file has no gradients here).
//
// The correction loop: "Right" (Enter) or "Wrong? It is …" (1–9 pick the project's class) copies
// the image into the project with that label as one undoable step; the counter says how many were
// added since the last run, and Retrain asks for a new run with the Train workspace's settings.
//
// The model runs on a thread of its own (PredictionRunner): at most one prediction is in flight
// and camera frames that come meanwhile are dropped.

#include "inference/predictor.h"
#include "training/runstore.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QMimeData;
class QPushButton;
class QSlider;
class QStackedWidget;

namespace Hone {

namespace Nn {
class ClassifierModel;
}

class CameraFeed;
class GradCamView;
class ImageViewer;
class PredictionBars;
class PredictionRunner;
class Project;

class UseWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Source { File, Pasted, Camera };

    explicit UseWorkspace(Project *project, QWidget *parent = nullptr);
    ~UseWorkspace() override;

    // Re-reads the project's finished runs; a run that appeared since becomes the model when the
    // latest one was chosen, and resets the "added since the last run" counter.
    void reloadRuns();
    bool selectRun(const QString &id);
    // Uses an exported model file (as "Model file…" does after its dialog).
    void openModelFile(const QString &path);

    // Shows and predicts these image files (a folder gives the images in it).
    void openImages(const QStringList &paths);
    // Shows and predicts a picture in memory (pasted, or a camera frame).
    void openPicture(const QImage &image, Source source);
    // Ctrl+V: a picture or file URLs from the clipboard.
    void paste();
    void setCurrentImage(int index);

    // The correction loop. Both are no-ops (with a message) when the image cannot be added.
    void confirmCurrent();
    void correctCurrent(int classId);
    int addedSinceLastRun() const;

    bool isBusy() const;
    bool isModelLoaded() const;
    ModelMetadata modelMetadata() const;
    // The current image's prediction (an empty one before it is predicted).
    Prediction currentPrediction() const;
    bool isCurrentPredicted() const;
    // Known at the slider's threshold.
    bool isCurrentKnown() const;
    double threshold() const;
    int imageCount() const { return int(m_inputs.size()); }
    int predictionJobs() const;

    QComboBox *modelChoice() const { return m_model; }
    QComboBox *cameraChoice() const { return m_cameraChoice; }
    QSlider *thresholdSlider() const { return m_threshold; }
    QLabel *thresholdLabel() const { return m_thresholdLabel; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *confidenceLabel() const { return m_confidence; }
    PredictionBars *bars() const { return m_bars; }
    QCheckBox *gradCamCheck() const { return m_gradCamCheck; }
    GradCamView *gradCam() const { return m_gradCam; }
    QPushButton *rightButton() const { return m_right; }
    QPushButton *wrongButton() const { return m_wrong; }
    QMenu *classMenu() const { return m_classMenu; }
    QPushButton *retrainButton() const { return m_retrain; }
    QLabel *addedLabel() const { return m_addedLabel; }
    QListWidget *strip() const { return m_strip; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void retrainRequested();
    // The current image's prediction is shown (after the model answered).
    void predictionShown();
    void modelLoaded(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Input
    {
        Source source = Source::File;
        QString path;        // a file's path; for a picture, its temporary copy once Grad-CAM needs one
        QImage picture;      // a pasted picture or a camera frame
        QString name;
        bool predicted = false;
        Prediction prediction;
        QString addedAs;     // project-relative path once added to the dataset
    };

    void buildLayout();
    void setupShortcuts();
    void setInputs(const QVector<Input> &inputs);
    void openMime(const QMimeData *mime);
    void onProjectReset();
    void onModelChosen();
    void loadChosenModel();
    void onModelLoaded(bool ok, const QString &error);
    void predictAll();
    void onPredicted(quint64 id, const QVector<Prediction> &predictions);
    void onRunnerIdle();
    void onCameraChosen();
    void updateCameras();
    // The temporary copies of pictures Grad-CAM read (under the project's cache).
    void removePictures();
    void takeCameraFrame();
    void loadThumbnails();
    void updateStrip();
    void showCurrent();
    void showVerdict();
    void updateThresholdLabel();
    void updateGradCam();
    void updateCorrection();
    void rebuildClassMenu();
    void add(int classId);
    QString picturePath(Input *input);
    const Input *current() const;
    bool isKnown(const Prediction &prediction, double threshold) const;
    // Far from every class centre: unknown at any threshold.
    bool isNovel(const Prediction &prediction) const;
    static bool canOpen(const QMimeData *mime);

    Project *m_project;
    PredictionRunner *m_runner;
    CameraFeed *m_camera;
    QVector<Input> m_inputs;
    int m_current = -1;
    quint64 m_request = 0;          // the latest prediction asked for; older answers are dropped
    bool m_requestIsCamera = false;
    QImage m_requestFrame;
    bool m_loadWanted = false;      // a model is chosen but loads only once the workspace is shown
    QString m_loadedSource;         // "run:<id>" or "file:<path>" of the model loaded or loading
    RunRecord m_loadedRun;
    QStringList m_modelFiles;
    QStringList m_knownRuns;
    QStringList m_added;            // project-relative paths added since the last run
    int m_tempCounter = 0;
    std::shared_ptr<Nn::ClassifierModel> m_gradCamNetwork;   // a copy of the run's network of its own
    QString m_gradCamRun;
    QFutureWatcher<std::shared_ptr<Nn::ClassifierModel>> m_gradCamLoad;
    QString m_gradCamShown;         // the run whose network the Grad-CAM view has
    QFutureWatcher<QVector<QImage>> m_thumbnails;
    QStringList m_thumbnailPaths;   // what m_thumbnails is making icons of

    QComboBox *m_model;
    QLabel *m_modelInfo;
    QPushButton *m_openImages;
    QLabel *m_cameraLabel;
    QComboBox *m_cameraChoice;
    QStackedWidget *m_view;
    QLabel *m_placeholder;
    ImageViewer *m_viewer;
    GradCamView *m_gradCam;
    QListWidget *m_strip;
    QLabel *m_verdict;
    QLabel *m_confidence;
    PredictionBars *m_bars;
    QSlider *m_threshold;
    QLabel *m_thresholdLabel;
    QCheckBox *m_gradCamCheck;
    QPushButton *m_right;
    QPushButton *m_wrong;
    QMenu *m_classMenu;
    QLabel *m_addedLabel;
    QPushButton *m_retrain;
};

} // namespace Hone
