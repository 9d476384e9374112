#pragma once

// The main window only composes: it owns the Project, places the workspaces' actions in menus and
// toolbars, and shows the project's state in the title and status bar.

#include <QMainWindow>

class QMenu;
class QTabWidget;

namespace Hone {

class DatasetWorkspace;
class DoctorWorkspace;
class EvaluateWorkspace;
class MapWorkspace;
class Project;
class ThemeManager;
class TrainWorkspace;
class UseWorkspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A project folder, or the project file inside one (what a file manager hands over).
    bool openProject(const QString &location);
    bool newProject(const QString &directory);

    Project *project() const { return m_project; }
    DatasetWorkspace *datasetWorkspace() const { return m_dataset; }
    TrainWorkspace *trainWorkspace() const { return m_train; }
    DoctorWorkspace *doctorWorkspace() const { return m_doctor; }
    EvaluateWorkspace *evaluateWorkspace() const { return m_evaluate; }
    MapWorkspace *mapWorkspace() const { return m_map; }
    UseWorkspace *useWorkspace() const { return m_use; }
    QTabWidget *tabs() const { return m_tabs; }
    QMenu *recentMenu() const { return m_recentMenu; }

    // The application's themes (created on first use) and the language loaded at start-up, for
    // Edit › Preferences.
    ThemeManager *themeManager();
    void setActiveLanguage(const QString &language) { m_activeLanguage = language; }
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showImageInDataset(int row);
    // True when the project is saved or the user chose to discard; asks when a save fails.
    bool maybeSave();
    bool isBusy(const QString &action);
    void createMenus();
    void updateRecentMenu();
    void showAbout();
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
    QMenu *m_recentMenu = nullptr;
    ThemeManager *m_themes = nullptr;
    QString m_activeLanguage = QStringLiteral("en");
};

} // namespace Hone
