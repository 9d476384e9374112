#pragma once

// The Doctor workspace: scans the project with the data doctor (core/analysis/datadoctor.h) on a
// worker thread, lists what it found per kind (label issues, duplicates and leakage across splits,
// image problems, outliers, small classes, unreadable files) with thumbnails and scores, and fixes
// each finding with one key, every fix an undo command:
//
//   Enter    accept the suggested label          1–9     label with class 1–9
//   Space/C  checked, not an issue               Delete  remove the selected image
//   K        keep the selected duplicate, remove the rest of its group
//   S        put the whole group in one split (the selected image's, else train)

#include "doctorfindings.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace Hone {

class DoctorFindingsModel;
class ImageViewer;
class Project;

class DoctorWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit DoctorWorkspace(Project *project, QWidget *parent = nullptr);
    ~DoctorWorkspace() override;

    QAction *scanAction() const { return m_scanAction; }
    void scan();
    void cancelScan();
    bool isScanning() const { return m_watcher.isRunning(); }
    void showKind(FindingKind kind);

    DoctorFindingsModel *findingsModel() const { return m_model; }
    QTreeView *findingsView() const { return m_view; }
    QListWidget *kindList() const { return m_kinds; }
    QPushButton *scanButton() const { return m_scanButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *retrainButton() const { return m_retrainButton; }
    QComboBox *backboneChoice() const { return m_backbone; }
    QSpinBox *foldsBox() const { return m_folds; }
    QComboBox *rankingChoice() const { return m_ranking; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void scanFinished(bool ok);
    void statusMessage(const QString &text);
    // Train again with the current settings (the main window switches to the Train workspace).
    void retrainRequested();
    void openImageRequested(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        DoctorReport report;
    };

    bool scanOptions(DoctorOptions *options, QString *error) const;
    void loadProjectDefaults();
    void updateWeightsInfo();
    void onProgress(int generation, const QString &stage, int done, int total);
    void onScanned();
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    void updateKindCounts();
    void updateActions();
    void showCurrentImage();
    void rememberCurrent();
    void restoreCurrent();

    Project *m_project;
    DoctorFindingsModel *m_model;
    QAction *m_scanAction;
    QPushButton *m_scanButton;
    QComboBox *m_backbone;
    QLabel *m_weightsInfo;
    QSpinBox *m_folds;
    QComboBox *m_ranking;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_retrainButton;
    QLabel *m_summary;
    QListWidget *m_kinds;
    QTreeView *m_view;
    QLabel *m_details;
    ImageViewer *m_preview;
    QThreadPool m_pool;   // the scan's own thread: it waits on decoding jobs in the global pool
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_stop;
    int m_generation = 0;
    int m_scanGeneration = -1;
    QStringList m_scanPaths;     // the snapshot's project-relative paths
    QVector<int> m_scanClasses;  // and class ids
    QString m_scanBackbone;
    int m_fixes = 0;
    int m_fixBase = 0;   // the undo index when the findings were shown
    int m_restoreFinding = -1;
    int m_restoreRow = -1;
    QString m_restorePath;
};

} // namespace Hone
