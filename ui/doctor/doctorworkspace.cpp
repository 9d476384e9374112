#include "doctorworkspace.h"

#include "doctorfindingsmodel.h"
#include "doctorfixes.h"
#include "imageviewer.h"

#include "project/project.h"
#include "training/trainingconfig.h"
#include "util/failure.h"
#include "zoo/backbonecatalog.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

namespace {

QString kindTitle(FindingKind kind, int count)
{
    switch (kind) {
    case FindingKind::Label:
        return DoctorWorkspace::tr("Label issues (%1)").arg(count);
    case FindingKind::Duplicate:
        return DoctorWorkspace::tr("Duplicates (%1)").arg(count);
    case FindingKind::Leakage:
        return DoctorWorkspace::tr("Leakage (%1)").arg(count);
    case FindingKind::Quality:
        return DoctorWorkspace::tr("Image problems (%1)").arg(count);
    case FindingKind::Outlier:
        return DoctorWorkspace::tr("Outliers (%1)").arg(count);
    case FindingKind::SmallClass:
        return DoctorWorkspace::tr("Small classes (%1)").arg(count);
    case FindingKind::Unreadable:
        return DoctorWorkspace::tr("Unreadable (%1)").arg(count);
    }
    return QString();
}

} // namespace

DoctorWorkspace::DoctorWorkspace(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new DoctorFindingsModel(project, this))
    , m_scanAction(new QAction(tr("Scan for &Problems"), this))
    , m_scanButton(new QPushButton(tr("Scan"), this))
    , m_backbone(new QComboBox(this))
    , m_weightsInfo(new QLabel(this))
    , m_folds(new QSpinBox(this))
    , m_ranking(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_retrainButton(new QPushButton(tr("Retrain"), this))
    , m_summary(new QLabel(this))
    , m_kinds(new QListWidget(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_preview(new ImageViewer(this))
{
    m_pool.setMaxThreadCount(1);
    setObjectName(QStringLiteral("doctorWorkspace"));
    m_scanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_scanAction->setStatusTip(tr("Look for mislabelled images, duplicates, leakage across splits and image problems"));
    m_scanButton->setToolTip(tr("Scan the project (%1)").arg(m_scanAction->shortcut().toString(QKeySequence::NativeText)));
    for (const BackboneInfo &info : backboneCatalog())
        m_backbone->addItem(info.name, info.name);
    m_backbone->setToolTip(tr("The network whose embeddings the scan compares"));
    m_folds->setRange(2, 20);
    m_folds->setValue(5);
    m_folds->setToolTip(tr("Cross-validation folds: each image is judged by a model that never saw it"));
    m_ranking->addItem(tr("Self-confidence"), int(LabelRanking::SelfConfidence));
    m_ranking->addItem(tr("Margin"), int(LabelRanking::NormalizedMargin));
    m_ranking->setToolTip(tr("How label issues are ranked: the probability of the given label, or its margin "
                             "over the most likely other class"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    m_progress->setValue(0);
    m_progress->setMinimumWidth(200);
    m_retrainButton->setToolTip(tr("Train again with the current settings on the fixed dataset"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Scan to find mislabelled images, duplicates (and those that leak across splits), "
                          "image problems, outliers and small classes."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_scanButton);
    top->addWidget(new QLabel(tr("Backbone:"), this));
    top->addWidget(m_backbone);
    top->addWidget(m_weightsInfo);
    top->addWidget(new QLabel(tr("Folds:"), this));
    top->addWidget(m_folds);
    top->addWidget(new QLabel(tr("Rank by:"), this));
    top->addWidget(m_ranking);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancelButton);
    top->addWidget(m_retrainButton);

    for (int k = 0; k < FindingKindCount; ++k) {
        auto *item = new QListWidgetItem(kindTitle(FindingKind(k), 0), m_kinds);
        item->setData(Qt::UserRole, k);
    }
    m_kinds->setCurrentRow(0);
    m_kinds->setMaximumWidth(220);
    m_view->setModel(m_model);
    m_view->setIconSize(QSize(64, 64));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    auto *keys = new QLabel(tr("<b>Enter</b> accept the suggested label · <b>1–9</b> label with class 1–9 · "
                               "<b>Space</b> or <b>C</b> checked, not an issue · <b>K</b> keep this duplicate, "
                               "remove the others · <b>S</b> one split for the group · <b>Delete</b> remove "
                               "the image · <b>Ctrl+Z</b> undo"),
                            this);
    keys->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_view, 1);
    middleLayout->addWidget(m_details);
    middleLayout->addWidget(keys);
    auto *columns = new QSplitter(this);
    columns->addWidget(m_kinds);
    columns->addWidget(middle);
    columns->addWidget(m_preview);
    columns->setStretchFactor(1, 3);
    columns->setStretchFactor(2, 2);
    columns->setSizes({200, 700, 360});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(columns, 1);

    connect(m_scanAction, &QAction::triggered, this, &DoctorWorkspace::scan);
    connect(m_scanButton, &QPushButton::clicked, this, &DoctorWorkspace::scan);
    connect(m_cancelButton, &QPushButton::clicked, this, &DoctorWorkspace::cancelScan);
    connect(m_retrainButton, &QPushButton::clicked, this, &DoctorWorkspace::retrainRequested);
    connect(project->undoStack(), &QUndoStack::indexChanged, this, &DoctorWorkspace::updateActions);
    connect(m_backbone, &QComboBox::currentIndexChanged, this, &DoctorWorkspace::updateWeightsInfo);
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showKind(FindingKind(m_kinds->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_model, &DoctorFindingsModel::countsChanged, this, &DoctorWorkspace::updateKindCounts);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &DoctorWorkspace::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DoctorWorkspace::restoreCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DoctorWorkspace::showCurrentImage);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = m_model->imageRowAt(index);
        if (row >= 0)
            Q_EMIT openImageRequested(row);
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DoctorWorkspace::onScanned);
    connect(project, &Project::reset, this, &DoctorWorkspace::loadProjectDefaults);
    loadProjectDefaults();
}

DoctorWorkspace::~DoctorWorkspace()
{
    if (m_stop)
        m_stop->store(true);
    m_watcher.waitForFinished();
}

void DoctorWorkspace::loadProjectDefaults()
{
    cancelScan();
    ++m_generation;   // a scan of the previous project reports to no one
    m_fixes = 0;
    m_fixBase = m_project->undoStack()->index();
    const QJsonObject defaults = m_project->trainingDefaults();
    const QString backbone = defaults.contains(QStringLiteral("backbone"))
        ? TrainingConfig::fromJson(defaults).backbone
        : bundledBackbone();
    const int index = m_backbone->findData(backbone);
    m_backbone->setCurrentIndex(index >= 0 ? index : m_backbone->findData(bundledBackbone()));
    updateWeightsInfo();
    updateActions();
}

void DoctorWorkspace::updateWeightsInfo()
{
    DoctorOptions options;
    QString error;
    if (!scanOptions(&options, &error)) {
        m_weightsInfo->setText(error);
        return;
    }
    const BackboneInfo *info = findBackbone(options.backbone);
    const QString prefix = QStringLiteral("zoo:%1/").arg(options.backbone);
    const CatalogWeights *weights = info && options.weights.startsWith(prefix)
        ? info->findWeights(options.weights.mid(prefix.size()))
        : nullptr;
    if (options.weights.isEmpty())
        m_weightsInfo->setText(tr("random weights"));
    else if (weights)
        m_weightsInfo->setText(weights->bundled ? tr("bundled weights (%1)").arg(weights->id) : weights->label);
    else
        m_weightsInfo->setText(QFileInfo(options.weights).fileName());
    m_weightsInfo->setToolTip(options.weights);
}

bool DoctorWorkspace::scanOptions(DoctorOptions *options, QString *error) const
{
    options->backbone = m_backbone->currentData().toString();
    options->folds = m_folds->value();
    options->ranking = LabelRanking(m_ranking->currentData().toInt());
    // The training settings' weights when they are for this backbone; random weights (training
    // from scratch) would make poor embeddings, so those fall back to the backbone's defaults.
    const QJsonObject defaults = m_project->trainingDefaults();
    if (defaults.contains(QStringLiteral("backbone"))) {
        const TrainingConfig config = TrainingConfig::fromJson(defaults);
        if (config.backbone == options->backbone && !config.weights.isEmpty()) {
            options->weights = config.weights;
            return true;
        }
    }
    return weightsSpecToConfig(options->backbone, QStringLiteral("default"), &options->weights, error)
        || weightsSpecToConfig(options->backbone, QStringLiteral("imagenet"), &options->weights, error);
}

void DoctorWorkspace::scan()
{
    if (isScanning() || !m_project->isOpen())
        return;
    if (m_project->images().isEmpty()) {
        m_summary->setText(tr("The project has no images to scan."));
        return;
    }
    DoctorOptions options;
    QString error, path;
    WeightSource pending;
    if (!scanOptions(&options, &error) || !resolveWeights(options.weights, &path, &error, &pending)) {
        m_summary->setText(tr("Cannot scan: %1").arg(error));
        return;
    }
    if (path.isEmpty() && !options.weights.isEmpty()) {
        m_summary->setText(tr("The %1 weights are not on this computer yet: download them in the Train workspace "
                              "(Backbone), or choose another backbone.").arg(options.backbone));
        return;
    }
    // The snapshot is taken here, on the project's thread; the scan works on it alone.
    const DoctorInput input = DoctorInput::fromProject(*m_project);
    m_scanPaths.clear();
    for (const ImageEntry &image : m_project->images())
        m_scanPaths.append(image.path);
    m_scanClasses.clear();
    for (const ClassInfo &info : m_project->classes())
        m_scanClasses.append(info.id);
    m_scanBackbone = options.backbone;
    const int generation = ++m_generation;
    m_scanGeneration = generation;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Starting…"));
    m_summary->setText(tr("Scanning %n image(s) with %1…", nullptr, int(input.paths.size())).arg(options.backbone));
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, input, options, stop = m_stop, generation] {
        Outcome outcome;
        const auto progress = [this, generation](const QString &stage, int done, int total) {
            QMetaObject::invokeMethod(this, [this, generation, stage, done, total] {
                onProgress(generation, stage, done, total);
            }, Qt::QueuedConnection);
        };
        // Nothing may escape: the watcher would rethrow it on the GUI thread.
        outcome.ok = catchAll([&] {
            return runDoctor(input, options, &outcome.report, &outcome.error, *stop, progress);
        }, &outcome.error);
        return outcome;
    }));
    updateActions();
}

void DoctorWorkspace::cancelScan()
{
    if (m_stop)
        m_stop->store(true);
}

void DoctorWorkspace::onProgress(int generation, const QString &stage, int done, int total)
{
    if (generation != m_generation || !isScanning())
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(stage == QLatin1String("embedding") ? tr("Embedding %1/%2").arg(done).arg(total)
                                                              : tr("Fold %1/%2").arg(done).arg(total));
}

void DoctorWorkspace::onScanned()
{
    const Outcome outcome = m_watcher.result();
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    m_progress->setFormat(outcome.ok ? tr("Done") : QString());
    updateActions();
    if (m_scanGeneration != m_generation) {   // the project changed: the findings lead nowhere
        m_summary->clear();
        return;
    }
    if (!outcome.ok) {
        m_summary->setText(outcome.error.isEmpty() ? tr("Scan cancelled.") : tr("Scan failed: %1").arg(outcome.error));
        Q_EMIT scanFinished(false);
        return;
    }
    const DoctorReport &r = outcome.report;
    m_fixes = 0;
    m_fixBase = m_project->undoStack()->index();
    m_model->setFindings(findingsFromReport(r, m_scanPaths, m_scanClasses));
    QString text = tr("Scanned %n image(s) with %1 in %2 s, %3 folds.", nullptr, r.images)
                       .arg(r.backbone.isEmpty() ? m_scanBackbone : r.backbone)
                       .arg(r.seconds, 0, 'f', 1)
                       .arg(r.folds);
    if (!r.foldNote.isEmpty())
        text += QLatin1Char(' ') + r.foldNote;
    if (r.dismissed > 0)
        text += QLatin1Char(' ') + tr("%n finding(s) checked earlier are left out.", nullptr, r.dismissed);
    m_summary->setText(text);
    updateActions();
    Q_EMIT statusMessage(tr("Data doctor: %1").arg(text));
    Q_EMIT scanFinished(true);
}

void DoctorWorkspace::showKind(FindingKind kind)
{
    m_model->setKind(kind);
    if (m_kinds->currentRow() != int(kind))
        m_kinds->setCurrentRow(int(kind));
}

void DoctorWorkspace::updateKindCounts()
{
    for (int k = 0; k < FindingKindCount; ++k)
        m_kinds->item(k)->setText(kindTitle(FindingKind(k), m_model->count(FindingKind(k))));
}

void DoctorWorkspace::updateActions()
{
    const bool scanning = isScanning();
    m_scanAction->setEnabled(!scanning && m_project->isOpen());
    m_scanButton->setEnabled(!scanning && m_project->isOpen());
    m_cancelButton->setEnabled(scanning);
    // Fixes made and not all undone again.
    m_retrainButton->setEnabled(m_fixes > 0 && m_project->undoStack()->index() > m_fixBase && m_project->isOpen());
}

void DoctorWorkspace::showCurrentImage()
{
    const int row = m_model->imageRowAt(m_view->currentIndex());
    const int finding = m_model->findingAt(m_view->currentIndex());
    int show = row;
    if (show < 0 && finding >= 0) {
        const QVector<int> rows = m_model->findingRows(finding);
        show = rows.isEmpty() ? -1 : rows.first();
    }
    m_preview->showImage(show >= 0 ? m_project->absolutePath(m_project->images().at(show).path) : QString());
    // What a row cannot show in full: a small class's effect, a file's reason or path.
    QString details;
    if (finding >= 0) {
        const DoctorFinding &f = m_model->findings().at(finding);
        const QString path = row >= 0 ? m_project->images().at(row).path : QString();
        details = f.kind == FindingKind::SmallClass ? f.text
                  : f.kind == FindingKind::Unreadable ? tr("%1: %2").arg(path, f.text)
                                                      : path;
    }
    m_details->setText(details);
}

void DoctorWorkspace::rememberCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_restoreFinding = m_model->findingAt(current);
    m_restorePath = current.parent().isValid() ? m_model->pathAt(current) : QString();
    m_restoreRow = current.parent().isValid() ? current.parent().row() : current.row();
}

void DoctorWorkspace::restoreCurrent()
{
    // After a fix the finding is gone: the next one (now at the same row) is the current one, so
    // that a run of keys works down the list.
    m_view->expandAll();
    QModelIndex target = m_model->indexOfFinding(m_restoreFinding);
    if (target.isValid() && !m_restorePath.isEmpty()) {
        for (int child = 0; child < m_model->rowCount(target); ++child) {
            const QModelIndex c = m_model->index(child, 0, target);
            if (m_model->pathAt(c) == m_restorePath)
                target = c;
        }
    }
    if (!target.isValid() && m_model->rowCount() > 0)
        target = m_model->index(std::clamp(m_restoreRow, 0, m_model->rowCount() - 1), 0);
    if (target.isValid())
        m_view->setCurrentIndex(target);
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
    showCurrentImage();
}

bool DoctorWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (handleKey(key->key(), key->modifiers()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool DoctorWorkspace::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int finding = m_model->findingAt(current);
    if (finding < 0)
        return false;
    bool consumed = false;
    if (QUndoCommand *command = doctorFix(m_project, m_model->findings().at(finding), m_model->imageRowAt(current),
                                          m_model->findingRows(finding), key, &consumed)) {
        ++m_fixes;
        m_project->undoStack()->push(command);
        updateActions();
    }
    return consumed;
}

} // namespace Hone
