#pragma once

// The Map workspace: every image as a point in 2-D (core/analysis/embeddingmap.h, computed in the
// background from the label assistant's embeddings), coloured by label, suggestion, split or the
// data doctor's findings. Hovering shows the thumbnail, a lasso selects, 1–9 label the selection
// (0 clears) as one undo step, and a click opens the image in the Dataset workspace.

#include "analysis/embeddingmap.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Hone {

class DoctorFindingsModel;
class EmbeddingMapView;
class LabelAssistant;
class Project;
struct ProjectEmbeddings;

class MapWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class ColorBy { Label, Suggestion, Split, Findings };

    MapWorkspace(Project *project, LabelAssistant *assistant, DoctorFindingsModel *findings,
                 QWidget *parent = nullptr);
    ~MapWorkspace() override;

    EmbeddingMapView *view() const { return m_view; }
    QComboBox *colorChoice() const { return m_colorBy; }
    QPushButton *computeButton() const { return m_compute; }
    QLabel *summaryLabel() const { return m_summary; }
    // Project rows of the points selected on the map.
    QVector<int> selectedRows() const;
    bool isComputing() const { return m_watcher.isRunning(); }
    // Computes the map of the current embeddings in the background (again when they changed).
    void computeMap();

Q_SIGNALS:
    void openImageRequested(int row);
    void statusMessage(const QString &text);
    void mapReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        EmbeddingMap map;
    };

    void onFinished();
    void updateColors();
    void updateLegend();
    void labelSelection(int key);
    void showThumbnail(int row, const QPoint &globalPosition);

    Project *m_project;
    LabelAssistant *m_assistant;
    DoctorFindingsModel *m_findings;
    EmbeddingMapView *m_view;
    QComboBox *m_colorBy;
    QPushButton *m_compute;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_legend;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::shared_ptr<const ProjectEmbeddings> m_mapped;    // the embeddings the shown map is of
    std::shared_ptr<const ProjectEmbeddings> m_computing;
    QStringList m_pointPaths;                             // per map point, project-relative
    int m_generation = 0;      // bumped when the project is replaced
    int m_runGeneration = -1;
    bool m_colorsStale = false;  // the generation the running layout was started in
};

} // namespace Hone
