#include "useworkspace.h"

#include "camerafeed.h"
#include "gradcamview.h"
#include "imageviewer.h"
#include "predictionbars.h"
#include "predictionrunner.h"

#include "nn/classifiermodel.h"
#include "project/project.h"
#include "util/failure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Hone {

namespace {

const QString ChooseFile = QStringLiteral("choose");

QString runSource(const QString &id)
{
    return QStringLiteral("run:") + id;
}

QString fileSource(const QString &path)
{
    return QStringLiteral("file:") + path;
}

} // namespace

UseWorkspace::UseWorkspace(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_runner(new PredictionRunner(this))
    , m_camera(new CameraFeed(this))
{
    setObjectName(QStringLiteral("useWorkspace"));
    setAcceptDrops(true);
    buildLayout();
    connect(m_runner, &PredictionRunner::loaded, this, &UseWorkspace::onModelLoaded);
    connect(m_runner, &PredictionRunner::predicted, this, &UseWorkspace::onPredicted);
    connect(m_runner, &PredictionRunner::idle, this, &UseWorkspace::onRunnerIdle);
    connect(m_camera, &CameraFeed::frameArrived, this, [this] {
        if (!m_runner->isBusy())
            takeCameraFrame();
    });
    connect(m_camera, &CameraFeed::failed, this, [this](const QString &error) {
        const QSignalBlocker blocker(m_cameraChoice);
        m_cameraChoice->setCurrentIndex(0);
        Q_EMIT statusMessage(tr("The camera stopped: %1").arg(error));
    });
    connect(&m_gradCamLoad, &QFutureWatcher<std::shared_ptr<Nn::ClassifierModel>>::finished, this, [this] {
        m_gradCamNetwork = m_gradCamLoad.result();
        updateGradCam();
    });
    connect(&m_thumbnails, &QFutureWatcher<QVector<QImage>>::finished, this, [this] {
        const QVector<QImage> images = m_thumbnails.result();
        for (int i = 0; i < images.size() && i < m_strip->count(); ++i)
            m_strip->item(i)->setIcon(QPixmap::fromImage(images.at(i)));
    });
    connect(m_project, &Project::reset, this, &UseWorkspace::onProjectReset);
    connect(m_project, &Project::classesChanged, this, &UseWorkspace::rebuildClassMenu);
    connect(m_project, &Project::imagesInserted, this, &UseWorkspace::updateCorrection);
    connect(m_project, &Project::imagesRemoved, this, &UseWorkspace::updateCorrection);
    onProjectReset();
}

UseWorkspace::~UseWorkspace()
{
    m_camera->stop();
    m_gradCamLoad.waitForFinished();
    m_thumbnails.waitForFinished();
    removePictures();
}

void UseWorkspace::updateCameras()
{
    // Asked when the workspace shows, not at start-up: the media backend starts only for those
    // who look here, and a camera plugged in since appears on the next visit.
    const QStringList devices = CameraFeed::deviceNames();
    QStringList listed;
    for (int i = 1; i < m_cameraChoice->count(); ++i)
        listed.append(m_cameraChoice->itemText(i));
    if (listed != devices && !m_camera->isActive()) {
        const QSignalBlocker blocker(m_cameraChoice);
        m_cameraChoice->clear();
        m_cameraChoice->addItem(tr("Off"));
        m_cameraChoice->addItems(devices);
    }
    const bool cameras = m_cameraChoice->count() > 1;
    m_cameraLabel->setVisible(cameras);
    m_cameraChoice->setVisible(cameras);
}

void UseWorkspace::removePictures()
{
    if (!m_project->isOpen())
        return;
    QDir dir(QDir(m_project->cacheDirectory()).filePath(QStringLiteral("use")));
    const QStringList pictures = dir.entryList({QStringLiteral("picture-*.png")}, QDir::Files);
    for (const QString &name : pictures)
        dir.remove(name);
}

void UseWorkspace::buildLayout()
{
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("useModel"));
    m_model->setToolTip(tr("The model to use: a finished run of this project, or an exported model file"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelInfo = new QLabel(this);
    m_modelInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openImages = new QPushButton(tr("Open &Images…"), this);
    m_openImages->setToolTip(tr("Choose image files to predict; you can also drop files or a folder here, "
                                "or paste a picture with Ctrl+V"));
    m_cameraLabel = new QLabel(tr("Camera:"), this);
    m_cameraChoice = new QComboBox(this);
    m_cameraChoice->setObjectName(QStringLiteral("useCamera"));
    m_cameraChoice->addItem(tr("Off"));
    m_cameraLabel->hide();   // until updateCameras() finds one
    m_cameraChoice->hide();

    auto *top = new QHBoxLayout;
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    top->addWidget(modelLabel);
    top->addWidget(m_model);
    top->addWidget(m_modelInfo, 1);
    top->addWidget(m_openImages);
    top->addWidget(m_cameraLabel);
    top->addWidget(m_cameraChoice);

    m_placeholder = new QLabel(tr("Drop images or a folder here, paste a picture (Ctrl+V), or open images."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    m_viewer = new ImageViewer(this);
    m_viewer->setAcceptDrops(false);   // drops go to the workspace
    m_viewer->viewport()->setAcceptDrops(false);
    m_gradCam = new GradCamView(this);
    m_view = new QStackedWidget(this);
    m_view->addWidget(m_placeholder);
    m_view->addWidget(m_viewer);
    m_view->addWidget(m_gradCam);
    m_strip = new QListWidget(this);
    m_strip->setObjectName(QStringLiteral("useStrip"));
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setMovement(QListView::Static);
    m_strip->setIconSize(QSize(64, 64));
    m_strip->setGridSize(QSize(112, 108));
    m_strip->setFixedHeight(128);
    m_strip->setWordWrap(true);
    m_strip->hide();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_strip);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("useVerdict"));
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_verdict->setFont(big);
    m_confidence = new QLabel(this);
    m_confidence->setWordWrap(true);
    m_bars = new PredictionBars(this);
    m_threshold = new QSlider(Qt::Horizontal, this);
    m_threshold->setObjectName(QStringLiteral("useThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setToolTip(tr("A prediction whose calibrated confidence is below this is reported as unknown"));
    m_thresholdLabel = new QLabel(this);
    m_thresholdLabel->setWordWrap(true);
    m_gradCamCheck = new QCheckBox(tr("&Grad-CAM: show where the model looks"), this);

    m_right = new QPushButton(tr("Right"), this);
    m_right->setObjectName(QStringLiteral("useRight"));
    m_wrong = new QPushButton(tr("Wrong? It is …"), this);
    m_wrong->setObjectName(QStringLiteral("useWrong"));
    m_classMenu = new QMenu(m_wrong);
    m_wrong->setMenu(m_classMenu);
    auto *hint = new QLabel(tr("Enter: right · 1–9: it is that class. Either adds the image to the dataset "
                               "with that label (undo takes it out again)."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    m_addedLabel = new QLabel(this);
    m_retrain = new QPushButton(tr("Retrai&n"), this);
    m_retrain->setToolTip(tr("Train a new run with the Train workspace's settings, on the dataset with the added images"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_right);
    buttons->addWidget(m_wrong);
    buttons->addStretch();
    auto *retrainRow = new QHBoxLayout;
    retrainRow->addWidget(m_addedLabel, 1);
    retrainRow->addWidget(m_retrain);
    auto *loop = new QGroupBox(tr("Is it right?"), this);
    auto *loopLayout = new QVBoxLayout(loop);
    loopLayout->addLayout(buttons);
    loopLayout->addWidget(hint);
    loopLayout->addLayout(retrainRow);

    auto *right = new QWidget(this);
    right->setMinimumWidth(360);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_confidence);
    rightLayout->addSpacing(6);
    rightLayout->addWidget(m_bars);
    rightLayout->addSpacing(6);
    rightLayout->addWidget(m_thresholdLabel);
    rightLayout->addWidget(m_threshold);
    rightLayout->addWidget(m_gradCamCheck);
    rightLayout->addSpacing(12);
    rightLayout->addWidget(loop);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_model, &QComboBox::activated, this, &UseWorkspace::onModelChosen);
    connect(m_openImages, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open Images"), QString(), tr("Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)"));
        if (!files.isEmpty())
            openImages(files);
    });
    connect(m_cameraChoice, &QComboBox::currentIndexChanged, this, &UseWorkspace::onCameraChosen);
    connect(m_strip, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            setCurrentImage(row);
    });
    connect(m_threshold, &QSlider::valueChanged, this, [this] {
        updateThresholdLabel();
        showVerdict();
        updateStrip();
    });
    connect(m_gradCamCheck, &QCheckBox::toggled, this, &UseWorkspace::updateGradCam);
    connect(m_right, &QPushButton::clicked, this, &UseWorkspace::confirmCurrent);
    connect(m_retrain, &QPushButton::clicked, this, &UseWorkspace::retrainRequested);
    setupShortcuts();
}

void UseWorkspace::onProjectReset()
{
    m_camera->stop();
    removePictures();   // left by a session that ended without cleaning up
    {
        const QSignalBlocker blocker(m_cameraChoice);
        m_cameraChoice->setCurrentIndex(0);
    }
    m_inputs.clear();
    m_current = -1;
    ++m_request;
    m_added.clear();
    m_knownRuns.clear();
    m_modelFiles.clear();
    m_loadedSource.clear();
    m_gradCamNetwork.reset();
    m_gradCamRun.clear();
    m_runner->unload();
    m_model->clear();
    reloadRuns();
    m_knownRuns.clear();
    for (int i = 0; i < m_model->count(); ++i) {
        const QString source = m_model->itemData(i).toString();
        if (source.startsWith(QLatin1String("run:")))
            m_knownRuns.append(source.mid(4));
    }
    rebuildClassMenu();
    updateStrip();
    showCurrent();
}

void UseWorkspace::reloadRuns()
{
    const QString chosen = m_model->currentData().toString();
    const bool latestChosen = chosen.isEmpty() || m_model->currentIndex() == 0;
    QVector<RunRecord> runs;
    if (m_project->isOpen()) {
        for (const RunRecord &run : RunStore::list(m_project->runsDirectory())) {
            if (run.status() == QLatin1String("finished"))
                runs.append(run);
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord &a, const RunRecord &b) { return a.id > b.id; });
    bool newRun = false;
    for (const RunRecord &run : runs) {
        if (!m_knownRuns.contains(run.id)) {
            m_knownRuns.append(run.id);
            newRun = true;
        }
    }
    if (newRun) {   // the images added so far are in the dataset the new run learnt from
        m_added.clear();
        updateCorrection();
    }
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    for (const RunRecord &run : runs) {
        const QString backbone = run.json.value(QStringLiteral("config")).toObject().value(QStringLiteral("backbone")).toString();
        m_model->addItem(tr("Run %1 · %2 · %3 validation accuracy")
                             .arg(run.id, backbone, PredictionBars::percent(run.bestValAccuracy())),
                         runSource(run.id));
    }
    for (const QString &file : m_modelFiles)
        m_model->addItem(QFileInfo(file).fileName(), fileSource(file));
    m_model->addItem(tr("Model file…"), ChooseFile);
    int index = m_model->findData(chosen);
    if (latestChosen && newRun && !runs.isEmpty())
        index = 0;
    if (index < 0 || m_model->itemData(index).toString() == ChooseFile)
        index = m_model->count() > 1 ? 0 : -1;
    m_model->setCurrentIndex(index);
    if (m_model->currentData().toString() != m_loadedSource)
        loadChosenModel();
}

bool UseWorkspace::selectRun(const QString &id)
{
    const int index = m_model->findData(runSource(id));
    if (index < 0)
        return false;
    m_model->setCurrentIndex(index);
    loadChosenModel();
    return true;
}

void UseWorkspace::openModelFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_modelFiles.contains(absolute)) {
        m_modelFiles.append(absolute);
        const QSignalBlocker blocker(m_model);
        m_model->insertItem(m_model->count() - 1, QFileInfo(absolute).fileName(), fileSource(absolute));
    }
    m_model->setCurrentIndex(m_model->findData(fileSource(absolute)));
    m_model->setItemData(m_model->currentIndex(), QDir::toNativeSeparators(absolute), Qt::ToolTipRole);
    loadChosenModel();
}

void UseWorkspace::onModelChosen()
{
    if (m_model->currentData().toString() != ChooseFile) {
        loadChosenModel();
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), QString(),
                                                      tr("Hone models (*.pt *.onnx)"));
    if (!path.isEmpty()) {
        openModelFile(path);
        return;
    }
    const QSignalBlocker blocker(m_model);   // cancelled: back to the model in use
    m_model->setCurrentIndex(std::max(0, m_model->findData(m_loadedSource)));
}

void UseWorkspace::loadChosenModel()
{
    const QString source = m_model->currentData().toString();
    if (source.isEmpty() || source == ChooseFile) {
        m_loadedSource.clear();
        m_runner->unload();
        m_modelInfo->setText(tr("No finished run yet: train one in the Train workspace, or choose a model file."));
        showVerdict();
        return;
    }
    if (!isVisible()) {   // loading costs memory and time: not before the workspace is looked at
        m_loadWanted = true;
        return;
    }
    m_loadWanted = false;
    m_loadedSource = source;
    m_loadedRun = RunRecord();
    m_gradCamNetwork.reset();
    m_gradCamRun.clear();
    if (source.startsWith(QLatin1String("run:"))) {
        QString error;
        if (!RunStore::find(m_project->runsDirectory(), source.mid(4), &m_loadedRun, &error)) {
            onModelLoaded(false, error);
            return;
        }
        m_runner->loadRun(m_loadedRun);
    } else {
        m_runner->loadFile(source.mid(5));
    }
    m_modelInfo->setText(tr("Loading the model…"));
    updateGradCam();
    showVerdict();
}

void UseWorkspace::onModelLoaded(bool ok, const QString &error)
{
    if (!ok) {
        m_modelInfo->setText(tr("The model cannot be used: %1").arg(error));
        Q_EMIT statusMessage(m_modelInfo->text());
    } else {
        const ModelMetadata meta = m_runner->metadata();
        m_modelInfo->setText(tr("%1 · %n class(es) · %2 px", nullptr, int(meta.classNames.size()))
                                 .arg(meta.backbone).arg(meta.imageSize));
        const QSignalBlocker blocker(m_threshold);
        m_threshold->setValue(qRound(meta.threshold * 100));
    }
    updateThresholdLabel();
    updateGradCam();
    rebuildClassMenu();
    predictAll();
    showCurrent();
    Q_EMIT modelLoaded(ok);
}

void UseWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadRuns();   // runs trained by hone-cli appear too
    updateCameras();
    if (m_loadWanted)
        loadChosenModel();
}

bool UseWorkspace::isBusy() const
{
    return m_runner->isBusy() || m_gradCam->isComputing();
}

bool UseWorkspace::isModelLoaded() const
{
    return m_runner->isLoaded();
}

ModelMetadata UseWorkspace::modelMetadata() const
{
    return m_runner->metadata();
}

int UseWorkspace::predictionJobs() const
{
    return m_runner->predictionJobs();
}

} // namespace Hone
