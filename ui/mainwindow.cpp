#include "mainwindow.h"

#include "datasetworkspace.h"
#include "doctor/doctorworkspace.h"
#include "evaluateworkspace.h"
#include "label/labelassistant.h"
#include "map/mapworkspace.h"
#include "trainworkspace.h"
#include "use/useworkspace.h"
#include "common/recentprojects.h"
#include "preferences/preferencesdialog.h"
#include "preferences/theme.h"

#include "project/project.h"
#include "project/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace Hone {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_project(new Project(this))
    , m_tabs(new QTabWidget(this))
    , m_dataset(new DatasetWorkspace(m_project, this))
    , m_train(new TrainWorkspace(m_project, this))
    , m_evaluate(new EvaluateWorkspace(m_project, this))
    , m_doctor(new DoctorWorkspace(m_project, this))
    , m_map(new MapWorkspace(m_project, m_dataset->labelAssistant(), m_doctor->findingsModel(), this))
    , m_use(new UseWorkspace(m_project, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->addTab(m_dataset, tr("&Dataset"));
    m_tabs->addTab(m_doctor, tr("D&octor"));
    m_tabs->addTab(m_map, tr("Ma&p"));
    m_tabs->addTab(m_train, tr("T&rain"));
    m_tabs->addTab(m_evaluate, tr("E&valuate"));
    m_tabs->addTab(m_use, tr("&Use"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createMenus();

    connect(m_project->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_project, &Project::reset, this, &MainWindow::updateTitle);
    connect(m_project, &Project::saveFailed, this, [this](const QString &message) {
        showStatus(tr("Could not save the project: %1").arg(message));
        QMessageBox::warning(this, tr("Save Failed"),
                             tr("The project could not be saved:\n%1\n\nYour changes are kept in "
                                "memory; Hone tries again with the next change.").arg(message));
    });
    connect(m_dataset, &DatasetWorkspace::statusMessage, this, &MainWindow::showStatus);
    connect(m_train, &TrainWorkspace::statusMessage, this, &MainWindow::showStatus);
    connect(m_train->trainAction(), &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_train); });
    connect(m_train, &TrainWorkspace::openImageRequested, this, &MainWindow::showImageInDataset);
    connect(m_evaluate, &EvaluateWorkspace::openImageRequested, this, &MainWindow::showImageInDataset);
    connect(m_evaluate, &EvaluateWorkspace::statusMessage, this, &MainWindow::showStatus);
    connect(m_doctor, &DoctorWorkspace::statusMessage, this, &MainWindow::showStatus);
    connect(m_doctor, &DoctorWorkspace::openImageRequested, this, &MainWindow::showImageInDataset);
    connect(m_map, &MapWorkspace::openImageRequested, this, &MainWindow::showImageInDataset);
    connect(m_map, &MapWorkspace::statusMessage, this, &MainWindow::showStatus);
    connect(m_use, &UseWorkspace::statusMessage, this, &MainWindow::showStatus);
    // Corrections added in Use: train again with the Train workspace's settings.
    connect(m_use, &UseWorkspace::retrainRequested, this, [this] {
        m_tabs->setCurrentWidget(m_train);
        m_train->startTraining();
    });
    connect(m_doctor->scanAction(), &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_doctor); });
    // After fixes: train again with the Train workspace's settings.
    connect(m_doctor, &DoctorWorkspace::retrainRequested, this, [this] {
        m_tabs->setCurrentWidget(m_train);
        m_train->startTraining();
    });
    // A finished run can be evaluated at once.
    connect(m_train, &TrainWorkspace::trainingFinished, m_dataset->labelAssistant(), &LabelAssistant::reload);
    connect(m_train, &TrainWorkspace::trainingFinished, m_evaluate, [this] {
        m_evaluate->refreshRuns();
        m_evaluate->selectRun(m_train->lastRunId());
    });
    connect(m_train, &TrainWorkspace::trainingFinished, m_use, &UseWorkspace::reloadRuns);
    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The workspaces use the project to their end (the Use workspace removes its pictures from
    // the project's cache folder): they go first. As children, the project, made first, would go
    // before them.
    delete m_tabs;
}

void MainWindow::showImageInDataset(int row)
{
    m_tabs->setCurrentWidget(m_dataset);
    m_dataset->showImage(row);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("New Project Folder"));
        if (!dir.isEmpty())
            newProject(dir);
    });
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project Folder"));
        if (!dir.isEmpty())
            openProject(dir);
    });
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(m_dataset->importFolderAction());
    file->addAction(m_dataset->importFilesAction());
    file->addAction(m_train->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_project->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    // "&Dataset" is the tab's Alt+D.
    QMenu *dataset = menuBar()->addMenu(tr("Data&set"));
    dataset->addAction(m_dataset->nextUnlabeledAction());
    dataset->addSeparator();
    dataset->addActions(m_dataset->suggestionActions());
    dataset->addSeparator();
    dataset->addAction(m_dataset->splitAction());
    dataset->addActions(m_dataset->splitOverrideActions());
    dataset->addSeparator();
    dataset->addAction(m_dataset->copyOnImportAction());
    dataset->addActions(m_dataset->exportDatasetActions());
    dataset->addSeparator();
    dataset->addAction(m_doctor->scanAction());

    QMenu *train = menuBar()->addMenu(tr("&Train"));
    train->addAction(m_train->trainAction());
    train->addAction(m_train->stopAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hone"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_dataset->importFolderAction());
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(m_train->trainAction());
    toolbar->addAction(m_train->stopAction());
    toolbar->addAction(m_train->exportAction());
}

bool MainWindow::isBusy(const QString &action)
{
    if (m_train->isTraining()) {
        QMessageBox::information(this, action, tr("Stop training first."));
        return true;
    }
    if (m_dataset->isImporting()) {
        QMessageBox::information(this, action, tr("Wait until the import has finished."));
        return true;
    }
    if (m_evaluate->isEvaluating()) {
        QMessageBox::information(this, action, tr("Wait until the evaluation has finished."));
        return true;
    }
    if (m_doctor->isScanning()) {
        QMessageBox::information(this, action, tr("Wait until the scan has finished, or cancel it."));
        return true;
    }
    return false;
}

bool MainWindow::maybeSave()
{
    while (m_project->isOpen() && m_project->isModified()) {
        QString error;
        if (m_project->save(&error))
            return true;
        const auto answer = QMessageBox::warning(
            this, tr("Save Failed"),
            tr("The project could not be saved:\n%1\n\nFree some space or fix the folder's "
               "permissions and retry, or discard the unsaved changes.").arg(error),
            QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Retry);
        if (answer == QMessageBox::Discard)
            return true;
        if (answer == QMessageBox::Cancel)
            return false;
    }
    return true;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentProjects::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString folder = recent.at(i);
        // "&1 name — /path": the digit is the mnemonic; a name's own & must not become one.
        QString name = QDir(folder).dirName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(name), this, [this, folder] { openProject(folder); });
        action->setToolTip(QDir::toNativeSeparators(folder));
        action->setStatusTip(QDir::toNativeSeparators(folder));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [] { RecentProjects::clear(); });
    clear->setEnabled(!recent.isEmpty());
}

ThemeManager *MainWindow::themeManager()
{
    if (!m_themes)
        m_themes = new ThemeManager(this);
    return m_themes;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(themeManager(), m_activeLanguage, this);
    if (dialog.exec() == QDialog::Accepted)
        m_train->applyPreferences();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hone"),
                       tr("<h3>Hone %1</h3><p>A workbench for transfer learning on small image datasets: "
                          "label, train, inspect and export image classifiers.</p><p>%2</p>")
                           .arg(QApplication::applicationVersion().section(QLatin1Char('\n'), 0, 0),
                                QApplication::applicationVersion().section(QLatin1Char('\n'), 1)
                                    .toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

bool MainWindow::openProject(const QString &location)
{
    if (isBusy(tr("Open Project")) || !maybeSave())
        return false;
    // A file manager opens the project file itself; the project is the folder around it.
    const QFileInfo info(location);
    const QString directory = info.isFile() && info.fileName() == ProjectFile::fileName() ? info.absolutePath()
                                                                                          : location;
    QString error;
    if (!m_project->load(directory, &error)) {
        if (!Project::hasRestorableBackup(directory)) {
            QMessageBox::warning(this, tr("Open Project"), tr("The project could not be opened:\n%1").arg(error));
            return false;
        }
        // The file is damaged but its last good version is not: offer it, keeping the damaged one.
        const auto answer = QMessageBox::question(
            this, tr("Open Project"),
            tr("The project file cannot be read:\n%1\n\nRestore the last good version? The unreadable file "
               "is kept beside it.").arg(error),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        QString keptAs;
        if (answer != QMessageBox::Yes)
            return false;
        if (!Project::restoreBackup(directory, &keptAs, &error) || !m_project->load(directory, &error)) {
            QMessageBox::warning(this, tr("Open Project"), tr("The project could not be restored:\n%1").arg(error));
            return false;
        }
        showStatus(tr("Restored the last good version of the project file; the unreadable one is kept as %1")
                       .arg(QDir::toNativeSeparators(keptAs)));
    }
    if (m_project->isReadOnly())
        QMessageBox::information(this, tr("Open Project"),
                                 tr("%1 is read-only. You can look at the project, but changes cannot be saved.")
                                     .arg(QDir::toNativeSeparators(m_project->directory())));
    QSettings().setValue(QStringLiteral("lastProject"), m_project->directory());
    RecentProjects::add(m_project->directory());
    showStatus(tr("Opened %1: %n image(s)", nullptr, int(m_project->images().size()))
                   .arg(QDir::toNativeSeparators(m_project->directory())));
    return true;
}

bool MainWindow::newProject(const QString &directory)
{
    if (isBusy(tr("New Project")) || !maybeSave())
        return false;
    Project probe;
    QString error;
    if (!probe.create(directory, &error)) {
        QMessageBox::warning(this, tr("New Project"), error);
        return false;
    }
    return openProject(directory);
}

void MainWindow::updateTitle()
{
    const QString name = m_project->isOpen() ? QDir(m_project->directory()).dirName() : tr("No project");
    QString flags = m_project->isModified() ? QStringLiteral("*") : QString();
    if (m_project->isOpen() && m_project->isReadOnly())
        flags += tr(" (read-only)");
    setWindowTitle(tr("%1%2 — Hone").arg(name, flags));
    m_dataset->importFolderAction()->setEnabled(m_project->isOpen());
    m_dataset->importFilesAction()->setEnabled(m_project->isOpen());
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_dataset->isImporting()) {
        QMessageBox::information(this, tr("Quit"), tr("Wait until the import has finished, or cancel it."));
        event->ignore();
        return;
    }
    if (m_train->isTraining()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit"), tr("Training is running. Stop it and quit? The run is saved as stopped."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_train->stopTraining();
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace Hone
