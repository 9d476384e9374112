#include "datasetworkspace.h"

#include "classpanel.h"
#include "imagefiltermodel.h"
#include "imagegriddelegate.h"
#include "imagegridmodel.h"
#include "imageviewer.h"
#include "splitdialog.h"
#include "label/labelassistant.h"

#include "export/datasetexporter.h"
#include "import/importer.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"
#include "project/setsplitscommand.h"
#include "util/failure.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace Hone {

DatasetWorkspace::DatasetWorkspace(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new ImageGridModel(project, this))
    , m_filter(new ImageFilterModel(this))
    , m_view(new QListView(this))
    , m_viewer(new ImageViewer(this))
    , m_classPanel(new ClassPanel(project, this))
    , m_assistant(new LabelAssistant(project, this))
{
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);
    m_model->setAssistant(m_assistant);
    m_view->setObjectName(QStringLiteral("imageGrid"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ImageGridDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(200);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSpacing(2);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(createFilterBar());
    centerLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_classPanel);
    splitter->addWidget(center);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({220, 640, 400});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    createActions();
    createSuggestionActions();
    connect(m_classPanel, &ClassPanel::classActivated, this, &DatasetWorkspace::labelSelection);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_nextUnlabeled);
        menu.addAction(m_nextInQueue);
        menu.addAction(m_acceptSuggestion);
        menu.addAction(m_acceptAbove);
        menu.addSeparator();
        menu.addActions(m_splitOverrides);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const int row = current.isValid() ? current.data(ImageGridModel::RowRole).toInt() : -1;
        m_viewer->showImage(row >= 0 ? m_project->absolutePath(m_project->images().at(row).path) : QString());
        updateViewerSuggestion();
    });
    connect(project, &Project::classesChanged, this, &DatasetWorkspace::refreshClassFilter);
    connect(project, &Project::reset, this, &DatasetWorkspace::refreshClassFilter);
    refreshClassFilter();
}

QWidget *DatasetWorkspace::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_classFilter = new QComboBox(bar);
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    m_splitFilter = new QComboBox(bar);
    m_splitFilter->setObjectName(QStringLiteral("splitFilter"));
    m_splitFilter->addItem(tr("All splits"), ImageFilterModel::AnySplit);
    m_splitFilter->addItem(tr("Training"), int(Split::Train));
    m_splitFilter->addItem(tr("Validation"), int(Split::Val));
    //: the test split (noun), beside Training and Validation
    m_splitFilter->addItem(tr("Test"), int(Split::Test));
    m_splitFilter->addItem(tr("No split"), int(Split::Unassigned));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter by file name…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_classFilter);
    layout->addWidget(m_splitFilter);
    layout->addWidget(m_search, 1);
    auto *queueButton = new QToolButton(bar);
    queueButton->setObjectName(QStringLiteral("labelNextButton"));
    queueButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_strategy = new QComboBox(bar);
    m_strategy->setObjectName(QStringLiteral("queueStrategy"));
    m_strategy->setToolTip(tr("How the Label next queue ranks unlabeled images"));
    m_strategy->addItem(tr("Margin"), int(QueryStrategy::Margin));
    m_strategy->addItem(tr("Entropy"), int(QueryStrategy::Entropy));
    m_strategy->addItem(tr("Least confidence"), int(QueryStrategy::LeastConfidence));
    m_strategy->addItem(tr("Random"), int(QueryStrategy::Random));
    m_assistStatus = new QLabel(bar);
    m_assistStatus->setObjectName(QStringLiteral("suggestionStatus"));
    m_assistStatus->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(queueButton);
    layout->addWidget(m_strategy);
    auto *outer = new QWidget(this);
    auto *rows = new QVBoxLayout(outer);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    rows->addWidget(bar);
    rows->addWidget(m_assistStatus);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setClassFilter(m_classFilter->currentData().toInt());
    });
    connect(m_splitFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSplitFilter(m_splitFilter->currentData().toInt());
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ImageFilterModel::setSearch);
    return outer;
}

void DatasetWorkspace::createActions()
{
    m_importFolder = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Import &Folder…"), this);
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFolder->setObjectName(QStringLiteral("importFolder"));
    connect(m_importFolder, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
        if (!dir.isEmpty())
            importSources({dir});
    });
    m_importFiles = new QAction(tr("Import &Images or CSV…"), this);
    connect(m_importFiles, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Images"), QString(),
            tr("Images and label files (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.csv)"));
        if (!files.isEmpty())
            importSources(files);
    });
    m_copyOnImport = new QAction(tr("C&opy Imported Images into the Project"), this);
    m_copyOnImport->setCheckable(true);
    m_copyOnImport->setChecked(true);
    m_copyOnImport->setToolTip(tr("Off: images stay where they are and the project refers to them."));

    m_split = new QAction(tr("&Split Dataset…"), this);
    connect(m_split, &QAction::triggered, this, &DatasetWorkspace::splitDataset);

    m_nextUnlabeled = new QAction(tr("&Next Unlabeled Image"), this);
    m_nextUnlabeled->setShortcut(QKeySequence(Qt::Key_U));
    m_nextUnlabeled->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextUnlabeled, &QAction::triggered, this, [this] {
        if (!selectNextUnlabeled())
            Q_EMIT statusMessage(tr("Every image here is labeled"));
    });
    m_view->addAction(m_nextUnlabeled);
    m_viewer->addAction(m_nextUnlabeled);

    const QList<QPair<QString, int>> splits = {{tr("Move to &Training Split"), int(Split::Train)},
                                               {tr("Move to &Validation Split"), int(Split::Val)},
                                               {tr("Move to T&est Split"), int(Split::Test)},
                                               {tr("&Remove from Splits"), int(Split::Unassigned)}};
    for (const auto &[text, split] : splits) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, split = split] { setSelectionSplit(split); });
        m_splitOverrides.append(action);
    }

    m_exportFolders = new QAction(tr("Export Dataset as &Folders…"), this);
    connect(m_exportFolders, &QAction::triggered, this, [this] { exportDataset(false); });
    m_exportCsv = new QAction(tr("Export Dataset as &CSV…"), this);
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportDataset(true); });

    // 1–9 label the selection with the n-th class, 0 clears; active while the grid has focus.
    for (int key = 0; key <= 9; ++key) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::Key_0 + key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, key] { labelSelectionWithKey(key); });
        m_view->addAction(action);
        m_viewer->addAction(action);
    }
}

void DatasetWorkspace::refreshClassFilter()
{
    const int current = m_classFilter->currentData().isValid() ? m_classFilter->currentData().toInt()
                                                                : int(ImageFilterModel::AnyClass);
    const QSignalBlocker blocker(m_classFilter);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), ImageFilterModel::AnyClass);
    m_classFilter->addItem(tr("Unlabeled"), -1);
    for (const ClassInfo &c : m_project->classes())
        m_classFilter->addItem(c.name, c.id);
    const int index = m_classFilter->findData(current);
    m_classFilter->setCurrentIndex(std::max(0, index));
    m_filter->setClassFilter(m_classFilter->currentData().toInt());
}

QVector<int> DatasetWorkspace::selectedRows() const
{
    QVector<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.append(index.data(ImageGridModel::RowRole).toInt());
    std::sort(rows.begin(), rows.end());
    return rows;
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
    const QVector<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int current = m_view->currentIndex().row();
    m_project->undoStack()->push(new AssignLabelCommand(m_project, rows, classId));
    moveOnAfterLabelling(rows, current);
}

void DatasetWorkspace::moveOnAfterLabelling(const QVector<int> &rows, int current)
{
    // Move on to the next image, the way people label: key, key, key. (With a class filter the
    // labeled image may have left the view; the same position then holds the next one.)
    if (rows.size() == 1) {
        const QModelIndex still = m_filter->mapFromSource(m_model->index(rows.first()));
        const int next = still.isValid() ? still.row() + 1 : current;
        if (next >= 0 && next < m_filter->rowCount())
            m_view->setCurrentIndex(m_filter->index(next, 0));
    }
}

void DatasetWorkspace::showImage(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (!index.isValid()) {
        m_classFilter->setCurrentIndex(0);
        m_splitFilter->setCurrentIndex(0);
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
}

bool DatasetWorkspace::selectNextUnlabeled()
{
    const int count = m_filter->rowCount();
    const int start = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    for (int step = 1; step <= count; ++step) {
        const QModelIndex index = m_filter->index((start + step) % count, 0);
        if (index.data(ImageGridModel::LabelIdRole).toInt() < 0) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void DatasetWorkspace::splitDataset()
{
    SplitDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVector<int> rows, labels;
    for (int i = 0; i < m_project->images().size(); ++i) {
        rows.append(i);
        labels.append(m_project->images().at(i).label);
    }
    if (rows.isEmpty())
        return;
    m_project->undoStack()->push(
        new SetSplitsCommand(m_project, rows, stratifiedSplit(labels, dialog.ratios(), dialog.seed())));
    Q_EMIT statusMessage(tr("Split the labeled images per class"));
}

void DatasetWorkspace::setSelectionSplit(int split)
{
    const QVector<int> rows = selectedRows();
    if (!rows.isEmpty())
        m_project->undoStack()->push(
            new SetSplitsCommand(m_project, rows, QVector<Split>(rows.size(), Split(split))));
}

void DatasetWorkspace::exportDataset(bool csv)
{
    if (!m_project->isOpen())
        return;
    DatasetExportOptions options;
    options.format = csv ? DatasetFormat::Csv : DatasetFormat::Folders;
    if (csv) {
        options.output = QFileDialog::getSaveFileName(this, tr("Export Dataset as CSV"), QString(),
                                                      tr("CSV files (*.csv)"));
    } else {
        options.output = QFileDialog::getExistingDirectory(this, tr("Export Dataset into an Empty Folder"));
        options.splitFolders = QMessageBox::question(this, tr("Export Dataset"),
                                                     tr("Put the classes under train/, val/ and test/ folders?"))
            == QMessageBox::Yes;
    }
    if (options.output.isEmpty())
        return;
    QString error;
    const int written = Hone::exportDataset(*m_project, options, &error);
    if (written < 0)
        QMessageBox::warning(this, tr("Export Dataset"), error);
    else
        Q_EMIT statusMessage(tr("Exported %n image(s) to %1", nullptr, written).arg(options.output));
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

    const Importer importer(*m_project, ImportLayout::Auto, m_copyOnImport->isChecked());
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
        if (!result.error.isEmpty()) {
            QMessageBox::critical(this, tr("Import"), tr("The import failed: %1").arg(result.error));
            Q_EMIT importFinished(0, 0);
            return;
        }
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
        ImportResult result;
        // The result is read in a slot: nothing thrown here may reach it.
        catchAll([&] {
            result = importer.run(sources, [dialog](int done, int total) {
                QMetaObject::invokeMethod(qApp, [dialog, done, total] {
                    if (dialog) {
                        dialog->setMaximum(total);
                        dialog->setValue(done);
                    }
                });
            }, cancel.get());
            return true;
        }, &result.error);
        return result;
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
