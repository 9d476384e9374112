#pragma once

// The Dataset workspace: thumbnail grid, class panel, import and labeling. Offers its actions to
// the main window, which places them in menus and toolbars.

#include <QWidget>

class QAction;
class QListView;
class QProgressDialog;

namespace Hone {

class ClassPanel;
class ImageGridModel;
class Project;

class DatasetWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetWorkspace(Project *project, QWidget *parent = nullptr);

    QAction *importFolderAction() const { return m_importFolder; }
    QAction *importFilesAction() const { return m_importFiles; }
    QAction *splitAction() const { return m_split; }
    QListView *gridView() const { return m_view; }

    // Imports in the background with a progress dialog; returns at once.
    void importSources(const QStringList &sources);
    bool isImporting() const { return m_importing; }

    // Gives the selected images a class (classId -1 clears) as one undo command.
    void labelSelection(int classId);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void importFinished(int imported, int rejected);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void labelSelectionWithKey(int key);
    void splitDataset();

    Project *m_project;
    ImageGridModel *m_model;
    QListView *m_view;
    ClassPanel *m_classPanel;
    QAction *m_importFolder;
    QAction *m_importFiles;
    QAction *m_split;
    bool m_importing = false;
};

} // namespace Hone
