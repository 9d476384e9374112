#pragma once

// The main window only composes: it owns the Project, places the workspaces' actions in menus and
// toolbars, and shows the project's state in the title and status bar.

#include <QMainWindow>

class QTabWidget;

namespace Hone {

class DatasetWorkspace;
class DoctorWorkspace;
class EvaluateWorkspace;
class MapWorkspace;
class Project;
class TrainWorkspace;
class UseWorkspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &directory);
    bool newProject(const QString &directory);

    Project *project() const { return m_project; }
    DatasetWorkspace *datasetWorkspace() const { return m_dataset; }
    TrainWorkspace *trainWorkspace() const { return m_train; }
    DoctorWorkspace *doctorWorkspace() const { return m_doctor; }
    EvaluateWorkspace *evaluateWorkspace() const { return m_evaluate; }
    MapWorkspace *mapWorkspace() const { return m_map; }
    UseWorkspace *useWorkspace() const { return m_use; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showImageInDataset(int row);
    // True when the project is saved or the user chose to discard; asks when a save fails.
    bool maybeSave();
    bool isBusy(const QString &action);
    void createMenus();
    void updateTitle();
    void showStatus(const QString &text);

    Project *m_project;
    QTabWidget *m_tabs;
    DatasetWorkspace *m_dataset;
    TrainWorkspace *m_train;
    EvaluateWorkspace *m_evaluate;
    DoctorWorkspace *m_doctor;
    MapWorkspace *m_map;
    UseWorkspace *m_use;
};

} // namespace Hone
