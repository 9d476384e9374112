#include "datasetworkspace.h"

#include "classpanel.h"
#include "imagegriddelegate.h"
#include "imagegridmodel.h"

#include "dataset/splitter.h"
#include "import/importer.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"
#include "project/setsplitscommand.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSplitter>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace Hone {

DatasetWorkspace::DatasetWorkspace(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new ImageGridModel(project, this))
    , m_view(new QListView(this))
    , m_classPanel(new ClassPanel(project, this))
    , m_importFolder(new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Import &Folder…"), this))
    , m_importFiles(new QAction(tr("Import &Images…"), this))
    , m_split(new QAction(tr("&Split Dataset (80/20)"), this))
{
    setAcceptDrops(true);
    m_view->setObjectName(QStringLiteral("imageGrid"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ImageGridDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(200);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSpacing(2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_classPanel);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFolder->setObjectName(QStringLiteral("importFolder"));
    connect(m_importFolder, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
        if (!dir.isEmpty())
            importSources({dir});
    });
    connect(m_importFiles, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Images"), QString(),
            tr("Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)"));
        if (!files.isEmpty())
            importSources(files);
    });
    connect(m_split, &QAction::triggered, this, &DatasetWorkspace::splitDataset);
    connect(m_classPanel, &ClassPanel::classActivated, this, &DatasetWorkspace::labelSelection);

    // 1–9 label the selection with the n-th class, 0 clears; active while the grid has focus.
    for (int key = 0; key <= 9; ++key) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::Key_0 + key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, key] { labelSelectionWithKey(key); });
        m_view->addAction(action);
    }
}

void DatasetWorkspace::labelSelectionWithKey(int key)
{
    if (key == 0) {
        labelSelection(-1);
        return;
    }
    const auto &classes = m_project->classes();
    if (key - 1 >= classes.size()) {
        Q_EMIT statusMessage(tr("No class %1: add classes in the class panel first").arg(key));
        return;
    }
    labelSelection(classes.at(key - 1).id);
}

void DatasetWorkspace::labelSelection(int classId)
{
    QVector<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    m_project->undoStack()->push(new AssignLabelCommand(m_project, rows, classId));
    // Move on to the next image, the way people label: key, key, key.
    if (rows.size() == 1 && rows.first() + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(rows.first() + 1));
}

void DatasetWorkspace::splitDataset()
{
    QVector<int> rows, labels;
    for (int i = 0; i < m_project->images().size(); ++i) {
        rows.append(i);
        labels.append(m_project->images().at(i).label);
    }
    if (rows.isEmpty())
        return;
    m_project->undoStack()->push(
        new SetSplitsCommand(m_project, rows, stratifiedSplit(labels, SplitRatios{0.8, 0.2, 0.0}, 42)));
    Q_EMIT statusMessage(tr("Split the labeled images 80/20 into train and validation, per class"));
}

void DatasetWorkspace::importSources(const QStringList &sources)
{
    if (m_importing || !m_project->isOpen())
        return;
    m_importing = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Importing images…"), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    // Stays up (modal) through the copy stage until the result is in the project.
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    const Importer importer(*m_project, ImportLayout::Auto);
    QPointer<QProgressDialog> dialog(progress);
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    const QString projectDir = m_project->directory();
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, progress, projectDir] {
        const ImportResult result = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        m_importing = false;
        if (m_project->directory() != projectDir)
            return;   // cannot happen while the main window refuses to switch during an import
        applyImport(m_project, result);
        QString summary = tr("Imported %n image(s)", nullptr, int(result.images.size()));
        if (!result.duplicates.isEmpty())
            summary += tr(", %n duplicate(s) skipped", nullptr, int(result.duplicates.size()));
        if (result.cancelled)
            summary += tr(" (cancelled)");
        Q_EMIT statusMessage(summary);
        if (!result.rejected.isEmpty()) {
            QStringList lines;
            for (const ImportRejection &r : result.rejected)
                lines.append(QStringLiteral("%1: %2").arg(r.path, r.reason));
            QMessageBox box(QMessageBox::Warning, tr("Import"),
                            tr("%n file(s) could not be imported.", nullptr, int(result.rejected.size())),
                            QMessageBox::Ok, this);
            box.setInformativeText(summary);
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.exec();
        }
        Q_EMIT importFinished(int(result.images.size()), int(result.rejected.size()));
    });
    watcher->setFuture(QtConcurrent::run([importer, sources, cancel, dialog]() {
        return importer.run(sources, [dialog](int done, int total) {
            QMetaObject::invokeMethod(qApp, [dialog, done, total] {
                if (dialog) {
                    dialog->setMaximum(total);
                    dialog->setValue(done);
                }
            });
        }, cancel.get());
    }));
}

void DatasetWorkspace::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DatasetWorkspace::dropEvent(QDropEvent *event)
{
    QStringList sources;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            sources.append(url.toLocalFile());
    }
    if (!sources.isEmpty()) {
        importSources(sources);
        event->acceptProposedAction();
    }
}

} // namespace Hone
