#include "trainworkspace.h"

#include "backbonepicker.h"
#include "confusiongallery.h"
#include "lrfinderdialog.h"
#include "confusionmatrixwidget.h"
#include "evaluation/accuracytext.h"
#include "preferences/preferences.h"
#include "runhistorypanel.h"
#include "train/runstatustext.h"
#include "trainingplots.h"

#include "nn/classifiermodel.h"
#include "project/project.h"
#include "training/autorecipe.h"
#include "training/runstore.h"
#include "training/trainingsession.h"
#include "util/failure.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace Hone {

TrainWorkspace::TrainWorkspace(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_session(new TrainingSession(this))
    , m_picker(new BackbonePicker(this))
    , m_epochs(new QSpinBox(this))
    , m_batchSize(new QSpinBox(this))
    , m_learningRate(new QDoubleSpinBox(this))
    , m_optimizer(new QComboBox(this))
    , m_schedule(new QComboBox(this))
    , m_imageSize(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_device(new QComboBox(this))
    , m_precision(new QComboBox(this))
    , m_recipe(new QComboBox(this))
    , m_autoNote(new QLabel(this))
    , m_earlyStop(new QSpinBox(this))
    , m_labelSmoothing(new QDoubleSpinBox(this))
    , m_balance(new QCheckBox(tr("Bal&ance classes in the loss"), this))
    , m_augment(new QCheckBox(tr("Flip"), this))
    , m_augmentCrop(new QCheckBox(tr("Crop"), this))
    , m_augmentRotate(new QCheckBox(tr("Rotate"), this))
    , m_augmentColor(new QCheckBox(tr("Colour"), this))
    , m_augmentTrivial(new QCheckBox(tr("TrivialAugment"), this))
    , m_featureCache(new QCheckBox(tr("&Cache the frozen stages' output"), this))
    //: verb: start training a model
    , m_trainButton(new QPushButton(tr("Train"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_plots(new TrainingPlots(this))
    , m_matrix(new ConfusionMatrixWidget(this))
    , m_runs(new RunHistoryPanel(project, this))
    , m_trainAction(new QAction(tr("&Train"), this))
    , m_stopAction(new QAction(tr("St&op Training"), this))
    , m_exportAction(new QAction(tr("&Export Model…"), this))
{
    m_epochs->setRange(1, 10000);
    m_batchSize->setRange(0, 4096);
    m_batchSize->setSpecialValueText(tr("automatic"));
    m_batchSize->setToolTip(tr("Automatic: 4 to 32, about 16 steps an epoch (small datasets learn faster "
                               "from more, smaller steps)"));
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(0.000001, 10.0);
    m_learningRate->setSingleStep(0.0001);
    m_optimizer->addItem(tr("AdamW"), QStringLiteral("adamw"));
    m_optimizer->addItem(tr("SGD with momentum"), QStringLiteral("sgd"));
    m_schedule->addItem(tr("Cosine decay"), QStringLiteral("cosine"));
    m_schedule->addItem(tr("One-cycle"), QStringLiteral("onecycle"));
    m_schedule->addItem(tr("Step (×0.1 at ½ and ¾)"), QStringLiteral("step"));
    m_schedule->addItem(tr("Constant"), QStringLiteral("constant"));
    m_imageSize->setRange(32, 1024);
    m_imageSize->setSingleStep(16);
    m_imageSize->setSuffix(tr(" px"));
    m_seed->setRange(0, 1 << 30);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_precision->addItem(tr("Automatic (mixed FP16 on a GPU)"), QStringLiteral("auto"));
    m_precision->addItem(tr("FP32"), QStringLiteral("fp32"));
    m_precision->addItem(tr("Mixed FP16 (CUDA)"), QStringLiteral("fp16"));
    m_precision->addItem(tr("Mixed BF16"), QStringLiteral("bf16"));
    m_precision->setObjectName(QStringLiteral("precisionCombo"));
    m_precision->setToolTip(tr("Mixed precision runs the network in 16-bit floats and keeps the weights in "
                               "32-bit: faster on GPUs. BF16 also runs on CPUs with AVX-512 BF16."));

    auto *settings = new QGroupBox(tr("Settings"), this);
    auto *form = new QFormLayout(settings);
    form->addRow(tr("&Backbone:"), m_picker);
    m_recipe->addItem(tr("Auto: chosen from your images"), QStringLiteral("auto"));
    m_recipe->addItem(tr("Custom: train from the freeze depth on"), QStringLiteral("custom"));
    m_recipe->addItem(tr("Feature extraction: the head only"), QStringLiteral("feature-extraction"));
    m_recipe->addItem(tr("Fine-tune: the head first, then the stages"), QStringLiteral("fine-tune"));
    m_recipe->setToolTip(tr("Fine-tune trains the new head alone for a fifth of the epochs, then unfreezes "
                            "the stages from the freeze depth on, each earlier stage at half the rate of "
                            "the next (LP-FT)."));
    form->addRow(tr("Reci&pe:"), m_recipe);
    m_autoNote->setObjectName(QStringLiteral("autoChoiceLabel"));
    m_autoNote->setWordWrap(true);
    m_autoNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_autoNote);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("Batch si&ze:"), m_batchSize);
    auto *rateRow = new QWidget(settings);
    auto *rateLayout = new QHBoxLayout(rateRow);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->addWidget(m_learningRate, 1);
    auto *findRate = new QPushButton(tr("Find…"), rateRow);
    findRate->setObjectName(QStringLiteral("findRateButton"));
    findRate->setToolTip(tr("Run a learning-rate range test and suggest a rate"));
    rateLayout->addWidget(findRate);
    connect(findRate, &QPushButton::clicked, this, [this] { openLearningRateFinder(); });
    auto *rateLabel = new QLabel(tr("&Learning rate:"), settings);
    rateLabel->setBuddy(m_learningRate);
    form->addRow(rateLabel, rateRow);
    form->addRow(tr("&Optimizer:"), m_optimizer);
    form->addRow(tr("LR sc&hedule:"), m_schedule);
    form->addRow(tr("&Image size:"), m_imageSize);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Device:"), m_device);
    form->addRow(tr("Precisio&n:"), m_precision);
    m_augment->setToolTip(tr("Flip training images horizontally at random"));
    m_featureCache->setToolTip(tr("With frozen stages, compute their output once per image (and flip) and "
                                  "train the rest from it: the same training, many times faster. Kept in "
                                  "the project's cache folder for later runs."));
    m_earlyStop->setRange(0, 1000);
    m_earlyStop->setSpecialValueText(tr("off"));
    m_earlyStop->setSuffix(tr(" epochs without progress"));
    m_earlyStop->setToolTip(tr("Stop when validation accuracy has not improved for this many epochs. "
                               "Either way the best epoch's weights are kept."));
    m_labelSmoothing->setRange(0.0, 0.5);
    m_labelSmoothing->setSingleStep(0.05);
    m_labelSmoothing->setDecimals(2);
    m_labelSmoothing->setToolTip(tr("Soften the targets: helps when some labels may be wrong"));
    m_balance->setToolTip(tr("Weight each class by the inverse of its share of the training images"));
    form->addRow(tr("Earl&y stop:"), m_earlyStop);
    form->addRow(tr("Label smoothin&g:"), m_labelSmoothing);
    form->addRow(QString(), m_balance);
    m_augmentCrop->setToolTip(tr("A random 35–100 % of the image, scaled back to the input size"));
    m_augmentRotate->setToolTip(tr("Rotate by up to 15° either way"));
    m_augmentColor->setToolTip(tr("Vary brightness, contrast and saturation by up to 30 %"));
    m_augmentTrivial->setToolTip(tr("One of 14 operations at a random strength per image (TrivialAugment)"));
    auto *augmentations = new QWidget(this);
    auto *augmentLayout = new QGridLayout(augmentations);
    augmentLayout->setContentsMargins(0, 0, 0, 0);
    augmentLayout->addWidget(m_augment, 0, 0);
    augmentLayout->addWidget(m_augmentCrop, 0, 1);
    augmentLayout->addWidget(m_augmentRotate, 0, 2);
    augmentLayout->addWidget(m_augmentColor, 1, 0);
    augmentLayout->addWidget(m_augmentTrivial, 1, 1, 1, 2);
    form->addRow(tr("Augment:"), augmentations);
    form->addRow(QString(), m_featureCache);

    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_trainButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    m_pauseButton->setCheckable(true);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setToolTip(tr("Hold training after the current batch; press again to continue"));
    m_progress->setFormat(tr("epoch %v of %m"));
    // Before a run: "epoch 0 of" the epochs set, not of QProgressBar's default 100.
    m_progress->setRange(0, m_epochs->value());
    m_progress->setValue(0);
    connect(m_epochs, &QSpinBox::valueChanged, this, [this](int epochs) {
        if (!isTraining()) {
            m_progress->setRange(0, epochs);
            m_progress->setValue(0);
        }
    });
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setObjectName(QStringLiteral("trainingLog"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // The settings scroll when the window is short; the log and runs keep their room.
    auto *settingsScroll = new QScrollArea(left);
    settingsScroll->setWidget(settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A choice's longest entry (long in German or French) must not widen the whole column.
    for (QComboBox *combo : settings->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(std::max(combo->minimumContentsLength(), 18));
    }
    settingsScroll->setMinimumWidth(settings->sizeHint().width() + settingsScroll->verticalScrollBar()->sizeHint().width());
    leftLayout->addWidget(settingsScroll, 3);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_progress);
    auto *lower = new QTabWidget(left);
    lower->addTab(m_log, tr("&Log"));
    lower->addTab(m_runs, tr("R&uns"));
    leftLayout->addWidget(lower, 2);

    auto *matrixPane = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixPane);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    auto *percentages = new QCheckBox(tr("Show row &percentages"), matrixPane);
    connect(percentages, &QCheckBox::toggled, m_matrix, &ConfusionMatrixWidget::setShowPercentages);
    m_showBest = new QCheckBox(tr("Show the &best epoch"), matrixPane);
    m_showBest->setToolTip(tr("After training: the best epoch's validation matrix instead of the last one's."));
    m_showBest->setEnabled(false);
    connect(m_showBest, &QCheckBox::toggled, this, &TrainWorkspace::updateMatrixChoice);
    auto *matrixTools = new QHBoxLayout;
    matrixTools->addWidget(percentages);
    matrixTools->addWidget(m_showBest);
    matrixTools->addStretch(1);
    matrixLayout->addLayout(matrixTools);
    matrixLayout->addWidget(m_matrix, 1);
    auto *views = new QSplitter(Qt::Vertical, this);
    views->addWidget(m_plots);
    views->addWidget(matrixPane);
    views->setSizes({440, 360});
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(views);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_trainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_trainAction, &QAction::triggered, this, &TrainWorkspace::startTraining);
    connect(m_stopAction, &QAction::triggered, this, &TrainWorkspace::stopTraining);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportModel(); });
    connect(m_trainButton, &QPushButton::clicked, this, &TrainWorkspace::startTraining);
    connect(m_stopButton, &QPushButton::clicked, this, &TrainWorkspace::stopTraining);

    connect(m_picker, &BackbonePicker::imageSizeSuggested, m_imageSize, &QSpinBox::setValue);
    connect(m_picker, &BackbonePicker::changed, this, &TrainWorkspace::refreshAuto);
    connect(m_recipe, &QComboBox::currentIndexChanged, this, &TrainWorkspace::refreshAuto);
    connect(m_matrix, &ConfusionMatrixWidget::cellClicked, this, [this](int t, int p) { openGallery(t, p); });
    connect(m_runs, &RunHistoryPanel::overlaysChanged, m_plots, &TrainingPlots::setOverlays);
    connect(m_runs, &RunHistoryPanel::resumeRequested, this, &TrainWorkspace::resumeRun);
    connect(m_pauseButton, &QPushButton::toggled, this, &TrainWorkspace::setPaused);
    connect(m_session, &TrainingSession::runStarted, this, [this](const QString &id) {
        m_lastRunId = id;
        log(tr("Run %1 started").arg(id));
    });
    connect(m_session, &TrainingSession::message, this, &TrainWorkspace::log);
    connect(m_session, &TrainingSession::batchFinished, m_plots, &TrainingPlots::addBatch);
    connect(m_session, &TrainingSession::epochFinished, this, &TrainWorkspace::onEpoch);
    connect(m_session, &TrainingSession::pauseHeld, this, [this](bool held) {
        m_pauseHeld = held;
        if (held)
            log(tr("Paused."));
    });
    connect(m_session, &TrainingSession::finished, this, &TrainWorkspace::onFinished);
    connect(project, &Project::reset, this, &TrainWorkspace::loadProjectDefaults);
    // The matrix's images are named by project row; rows shift when images come or go, so the
    // cells stop offering them (the counts stay, as a record of the run).
    const auto rowsShift = [this] {
        m_predictions.clear();
        m_rowsShifted = true;   // the running trainer's rows are outdated too
    };
    connect(project, &Project::imagesAboutToBeInserted, this, rowsShift);
    connect(project, &Project::imagesAboutToBeRemoved, this, rowsShift);
    loadProjectDefaults();
    updateActions();
}

TrainWorkspace::~TrainWorkspace() = default;

TrainingConfig TrainWorkspace::config() const
{
    // Settings without a widget here (warm-up, weight decay, threads, augmentation) keep the
    // values the project's defaults gave them.
    TrainingConfig c = m_config;
    c.autoChose.clear();   // a run's Auto choice is its own; Train chooses again
    c.backbone = m_picker->backbone();
    c.weights = m_picker->weights();
    c.freezeDepth = m_picker->freezeDepth();
    c.epochs = m_epochs->value();
    c.batchSize = m_batchSize->value();
    c.learningRate = m_learningRate->value();
    c.optimizer = m_optimizer->currentData().toString();
    c.schedule = m_schedule->currentData().toString();
    c.imageSize = m_imageSize->value();
    c.seed = quint64(m_seed->value());
    c.device = m_device->currentData().toString();
    c.precision = m_precision->currentData().toString();
    c.augmentations = AugmentOptions{m_augment->isChecked(), m_augmentCrop->isChecked(), m_augmentRotate->isChecked(),
                                     m_augmentColor->isChecked(), m_augmentTrivial->isChecked()};
    c.augment = c.augmentations.any();
    c.recipe = m_recipe->currentData().toString();
    c.earlyStopPatience = m_earlyStop->value();
    c.labelSmoothing = m_labelSmoothing->value();
    c.classWeights = m_balance->isChecked() ? QStringLiteral("balanced") : QStringLiteral("none");
    c.featureCache = m_featureCache->isChecked();
    return c;
}

void TrainWorkspace::setConfig(const TrainingConfig &c)
{
    m_config = c;
    const AugmentOptions a = c.augment ? c.augmentations : AugmentOptions{false, false, false, false, false};
    m_augment->setChecked(a.flip);
    m_augmentCrop->setChecked(a.crop);
    m_augmentRotate->setChecked(a.rotate);
    m_augmentColor->setChecked(a.color);
    m_augmentTrivial->setChecked(a.trivial);
    m_recipe->setCurrentIndex(std::max(0, m_recipe->findData(c.recipe)));
    m_earlyStop->setValue(c.earlyStopPatience);
    m_labelSmoothing->setValue(c.labelSmoothing);
    m_balance->setChecked(c.classWeights == QLatin1String("balanced"));
    m_featureCache->setChecked(c.featureCache);
    m_picker->set(c.backbone, c.weights, c.freezeDepth);
    m_epochs->setValue(c.epochs);
    m_batchSize->setValue(c.batchSize);
    m_learningRate->setValue(c.learningRate);
    m_optimizer->setCurrentIndex(std::max(0, m_optimizer->findData(c.optimizer)));
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(c.schedule)));
    m_imageSize->setValue(c.imageSize);
    m_seed->setValue(int(c.seed));
    m_device->setCurrentIndex(std::max(0, m_device->findData(c.device)));
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(c.precision)));
    refreshAuto();
}

void TrainWorkspace::applyPreferences()
{
    if (!m_project->trainingDefaults().contains(QStringLiteral("device")))
        m_device->setCurrentIndex(std::max(0, m_device->findData(Preferences::defaultDevice())));
}

bool TrainWorkspace::isTraining() const
{
    return m_session->isRunning();
}

void TrainWorkspace::loadProjectDefaults()
{
    TrainingConfig c = TrainingConfig::fromJson(m_project->trainingDefaults(), userDefaults());
    if (!m_project->trainingDefaults().contains(QStringLiteral("device")))
        c.device = Preferences::defaultDevice();
    setConfig(c);
    m_plots->clear();
    m_matrix->setClassNames({});
    updateActions();
}

void TrainWorkspace::updateActions()
{
    const bool training = isTraining();
    // Not while exporting either: model creation seeds LibTorch's global generator.
    m_trainAction->setEnabled(!training && !m_exporting && m_project->isOpen());
    m_trainButton->setEnabled(!training && !m_exporting && m_project->isOpen());
    m_stopAction->setEnabled(training);
    m_picker->setSpeedMeasuring(!training);
    m_stopButton->setEnabled(training);
    m_pauseButton->setEnabled(training);
    m_runs->setTrainingActive(training);
    if (!training && m_pauseButton->isChecked()) {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(false);
        m_pauseButton->setText(tr("Pause"));
    }
    m_exportAction->setEnabled(!training && !m_exporting && m_project->isOpen());
}

void TrainWorkspace::log(const QString &text)
{
    m_log->appendPlainText(text);
}

void TrainWorkspace::startTraining()
{
    if (isTraining() || m_exporting || !m_project->isOpen())
        return;
    TrainingConfig c = config();
    QString error;
    if (!c.validate(&error)) {
        QMessageBox::warning(this, tr("Train"), error);
        return;
    }
    QString problem;
    bool downloadable = false;
    if (!m_picker->weightsReady(&problem, &downloadable)) {
        if (!downloadable)
            QMessageBox::warning(this, tr("Train"), problem);
        else if (QMessageBox::question(this, tr("Train"), tr("The chosen weights are not on this computer yet. Download them now?"))
                 == QMessageBox::Yes)
            m_picker->downloadWeights();
        return;
    }
    if (const int assigned = assignMissingSplits(m_project, c.seed))
        log(tr("Assigned %1 labeled images to train/validation (80/20 per class)").arg(assigned));
    TrainingData data;
    if (!TrainingData::fromProject(*m_project, &data, &error)) {
        QMessageBox::information(this, tr("Train"), error);
        return;
    }
    m_project->setTrainingDefaults(c.toJson());
    if (c.recipe == QLatin1String("auto"))
        c = chooseAutoRecipe(c, datasetFacts(data)).config;
    begin(data, c, QString(), {});
}

void TrainWorkspace::resumeRun(const QString &runId)
{
    if (isTraining() || m_exporting || !m_project->isOpen())
        return;
    RunRecord run;
    QString error;
    TrainingData data;
    if (!RunStore::find(m_project->runsDirectory(), runId, &run, &error)
        || !TrainingData::fromProject(*m_project, &data, &error)) {
        QMessageBox::information(this, tr("Resume Run"), error);
        return;
    }
    // The run's own settings; this machine's device and threads, and the precision chosen here
    // when it is not automatic (Trainer::train).
    TrainingConfig c = TrainingConfig::fromJson(run.json.value(QStringLiteral("config")).toObject());
    c.device = config().device;
    c.precision = config().precision;
    log(tr("Resuming run %1…").arg(runId));
    begin(data, c, runId, run.epochs());
}

void TrainWorkspace::begin(const TrainingData &data, const TrainingConfig &c, const QString &resumeRunId,
                           const QVector<EpochMetrics> &earlierEpochs)
{
    m_plots->clear();
    m_plots->setBestByLoss(c.earlyStopMetric == QLatin1String("val_loss"));
    m_rowsShifted = false;
    m_matrix->setClassNames(data.classNames);
    m_classNames = data.classNames;
    m_predictions.clear();
    m_history.clear();
    m_showBest->setChecked(false);
    m_showBest->setEnabled(false);
    m_epochs_total = c.epochs;
    m_progress->setRange(0, c.epochs);
    m_progress->setValue(0);
    for (const EpochMetrics &m : earlierEpochs) {   // a resumed run's curves go on from where they were
        m_plots->addEpoch(m);
        m_history.append(m);
        m_progress->setValue(m.epoch);
    }
    m_session->start(data, c, resumeRunId);
    updateActions();
    Q_EMIT statusMessage(tr("Training on %1 images, validating on %2")
                             .arg(data.trainPaths.size())
                             .arg(data.valPaths.size()));
}

void TrainWorkspace::setPaused(bool paused)
{
    if (!isTraining())
        return;
    m_session->setPaused(paused);
    m_pauseButton->setText(paused ? tr("Continue") : tr("Pause"));
    log(paused ? tr("Pausing before the next training batch.") : tr("Continuing."));
    Q_EMIT statusMessage(paused ? tr("Training paused") : tr("Training continues"));
}

LrFinderDialog *TrainWorkspace::openLearningRateFinder()
{
    if (isTraining() || m_exporting || !m_project->isOpen())
        return nullptr;
    TrainingConfig c = config();
    QString error;
    if (!c.validate(&error)) {
        QMessageBox::warning(this, tr("Find a Learning Rate"), error);
        return nullptr;
    }
    if (const int assigned = assignMissingSplits(m_project, c.seed))
        log(tr("Assigned %1 labeled images to train/validation (80/20 per class)").arg(assigned));
    TrainingData data;
    if (!TrainingData::fromProject(*m_project, &data, &error)) {
        QMessageBox::information(this, tr("Find a Learning Rate"), error);
        return nullptr;
    }
    auto *dialog = new LrFinderDialog(data, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_learningRate->setValue(dialog->suggestion());
        log(tr("Learning rate set to %1 by the range test").arg(QString::number(dialog->suggestion(), 'g', 3)));
    });
    dialog->open();
    return dialog;
}

void TrainWorkspace::stopTraining()
{
    if (!isTraining())
        return;
    m_session->stop();
    log(tr("Stopping after this batch…"));
}

ConfusionGallery *TrainWorkspace::openGallery(int trueClass, int predictedClass)
{
    if (m_predictions.isEmpty())
        return nullptr;
    auto *gallery = new ConfusionGallery(m_project, m_classNames, m_predictions, trueClass, predictedClass, this);
    gallery->setAttribute(Qt::WA_DeleteOnClose);
    connect(gallery, &ConfusionGallery::openImageRequested, this, &TrainWorkspace::openImageRequested);
    gallery->show();
    return gallery;
}

void TrainWorkspace::showEpochMatrix(const EpochMetrics &m, bool best)
{
    m_predictions = m_rowsShifted ? QVector<ValPrediction>() : m.predictions;
    const int images = std::accumulate(m.confusion.cbegin(), m.confusion.cend(), 0);
    m_matrix->setMatrix(m.confusion, (best ? tr("Validation, best epoch %1 of %2: accuracy %3")
                                           : tr("Validation, epoch %1 of %2: accuracy %3"))
                                         .arg(m.epoch)
                                         .arg(m.epochs)
                                         .arg(accuracyWithInterval(m.valAccuracy, images)));
}

void TrainWorkspace::updateMatrixChoice()
{
    if (m_history.isEmpty())
        return;
    if (!m_showBest->isChecked()) {
        showEpochMatrix(m_history.last(), false);
        return;
    }
    // The epoch the trainer calls best (and the plots mark): by its early-stopping metric.
    const int bestEpoch = m_plots->bestEpoch();
    const auto best = std::find_if(m_history.cbegin(), m_history.cend(),
                                   [bestEpoch](const EpochMetrics &m) { return m.epoch == bestEpoch; });
    showEpochMatrix(best != m_history.cend() ? *best : m_history.last(), true);
}

void TrainWorkspace::onEpoch(const EpochMetrics &m)
{
    m_plots->addEpoch(m);
    m_history.append(m);
    showEpochMatrix(m, false);
    m_progress->setValue(m.epoch);
    log(tr("epoch %1/%2  train loss %3, accuracy %4 %  ·  validation loss %5, accuracy %6 %  (%7 s)")
            .arg(m.epoch)
            .arg(m.epochs)
            .arg(m.trainLoss, 0, 'f', 4)
            .arg(m.trainAccuracy * 100, 0, 'f', 1)
            .arg(m.valLoss, 0, 'f', 4)
            .arg(m.valAccuracy * 100, 0, 'f', 1)
            .arg(m.seconds, 0, 'f', 1));
    // Once a run: how far apart two runs must be on this split to differ for real.
    if (m_history.size() == 1)
        if (const QString note = smallSplitNote(m.valAccuracy, std::accumulate(m.confusion.cbegin(), m.confusion.cend(), 0));
            !note.isEmpty())
            log(note);
}

void TrainWorkspace::onFinished(const QString &status, const QString &text)
{
    updateActions();
    m_runs->refresh();
    m_showBest->setEnabled(!m_history.isEmpty());
    if (status == QLatin1String("failed")) {
        log(tr("Training failed: %1").arg(text));
        QMessageBox::warning(this, tr("Training failed"), text);
    } else {
        log(tr("Run %1 %2").arg(m_lastRunId, status == QLatin1String("finished") ? tr("finished") : tr("stopped")));
    }
    Q_EMIT statusMessage(tr("Training %1").arg(runStatusText(status)));
    Q_EMIT trainingFinished(status);
}

} // namespace Hone
