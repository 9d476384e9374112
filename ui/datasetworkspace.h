#pragma once

// The Dataset workspace: filter bar, thumbnail grid, large viewer, class panel, import, labeling,
// splits and dataset export. Offers its actions to the main window, which places them in menus
// and toolbars.

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Hone {

class ClassPanel;
class ImageFilterModel;
class ImageGridModel;
class ImageViewer;
class LabelAssistant;
class Project;

class DatasetWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetWorkspace(Project *project, QWidget *parent = nullptr);

    QAction *importFolderAction() const { return m_importFolder; }
    QAction *importFilesAction() const { return m_importFiles; }
    QAction *copyOnImportAction() const { return m_copyOnImport; }
    QAction *splitAction() const { return m_split; }
    QAction *nextUnlabeledAction() const { return m_nextUnlabeled; }
    QList<QAction *> splitOverrideActions() const { return m_splitOverrides; }
    QList<QAction *> exportDatasetActions() const { return {m_exportFolders, m_exportCsv}; }
    // Labelling with the model: suggestions on/off, accept (Enter/Space), accept all above a
    // confidence, the "Label next" queue and the key that jumps to its top.
    QList<QAction *> suggestionActions() const
    {
        return {m_showSuggestions, m_acceptSuggestion, m_acceptAbove, m_queueMode, m_nextInQueue};
    }
    QAction *acceptSuggestionAction() const { return m_acceptSuggestion; }
    QAction *queueModeAction() const { return m_queueMode; }
    QAction *nextInQueueAction() const { return m_nextInQueue; }
    LabelAssistant *labelAssistant() const { return m_assistant; }

    QListView *gridView() const { return m_view; }
    ImageFilterModel *filterModel() const { return m_filter; }
    ImageViewer *viewer() const { return m_viewer; }
    ClassPanel *classPanel() const { return m_classPanel; }
    QComboBox *classFilter() const { return m_classFilter; }
    QComboBox *splitFilter() const { return m_splitFilter; }
    QLineEdit *searchField() const { return m_search; }

    // Imports in the background with a progress dialog; returns at once.
    void importSources(const QStringList &sources);
    bool isImporting() const { return m_importing; }

    // Gives the selected images a class (classId -1 clears) as one undo command.
    void labelSelection(int classId);
    // Project rows of the selected images, in order.
    QVector<int> selectedRows() const;
    // Selects the image at a project row, clearing filters that hide it, and shows it in the viewer.
    void showImage(int row);
    // Moves the current image to the next unlabeled one (wrapping), within the filter.
    bool selectNextUnlabeled();
    // Accepts the suggestions of the selected images (one undo step); the number accepted.
    int acceptSelectedSuggestions();
    // Accepts every suggestion of at least `threshold` confidence (one undo step).
    int acceptSuggestionsAbove(double threshold);
    // Selects the most useful image to label next; false when the queue is empty.
    bool selectNextInQueue();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void importFinished(int imported, int rejected);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createFilterBar();
    void createActions();
    void refreshClassFilter();
    void labelSelectionWithKey(int key);
    void splitDataset();
    void setSelectionSplit(int split);
    void exportDataset(bool csv);
    void createSuggestionActions();
    void updateViewerSuggestion();
    void moveOnAfterLabelling(const QVector<int> &rows, int current);

    Project *m_project;
    ImageGridModel *m_model;
    ImageFilterModel *m_filter;
    QListView *m_view;
    ImageViewer *m_viewer;
    ClassPanel *m_classPanel;
    QComboBox *m_classFilter = nullptr;
    QComboBox *m_splitFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_copyOnImport = nullptr;
    QAction *m_split = nullptr;
    QAction *m_nextUnlabeled = nullptr;
    QAction *m_exportFolders = nullptr;
    QAction *m_exportCsv = nullptr;
    QList<QAction *> m_splitOverrides;
    LabelAssistant *m_assistant;
    QAction *m_showSuggestions = nullptr;
    QAction *m_acceptSuggestion = nullptr;
    QAction *m_acceptAbove = nullptr;
    QAction *m_queueMode = nullptr;
    QAction *m_nextInQueue = nullptr;
    QComboBox *m_strategy = nullptr;
    QLabel *m_assistStatus = nullptr;
    bool m_importing = false;
};

} // namespace Hone
