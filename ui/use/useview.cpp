// The Use workspace's images and what the model says about them: the inputs (files, a folder, a
// pasted picture, camera frames), the predictions, the verdict at the slider's threshold, the
// strip of several images and Grad-CAM. (UseWorkspace's members, apart from its layout and the
// correction loop.)

#include "useworkspace.h"

#include "camerafeed.h"
#include "gradcamview.h"
#include "imageviewer.h"
#include "predictionbars.h"
#include "predictionrunner.h"

#include "import/importer.h"
#include "nn/classifiermodel.h"
#include "project/project.h"
#include "util/failure.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QSlider>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

namespace {

// A folder of thousands would take minutes and a strip no one can scroll.
constexpr int MaxImages = 500;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

bool UseWorkspace::canOpen(const QMimeData *mime)
{
    return !localFiles(mime).isEmpty() || (mime && mime->hasImage());
}

void UseWorkspace::openMime(const QMimeData *mime)
{
    const QStringList files = localFiles(mime);
    if (!files.isEmpty())
        openImages(files);
    else if (mime && mime->hasImage())
        openPicture(qvariant_cast<QImage>(mime->imageData()), Source::Pasted);
    else
        Q_EMIT statusMessage(tr("The clipboard holds no picture and no image files."));
}

void UseWorkspace::paste()
{
    openMime(QApplication::clipboard()->mimeData());
}

void UseWorkspace::dragEnterEvent(QDragEnterEvent *event)
{
    if (canOpen(event->mimeData()))
        event->acceptProposedAction();
}

void UseWorkspace::dropEvent(QDropEvent *event)
{
    if (!canOpen(event->mimeData()))
        return;
    event->acceptProposedAction();
    openMime(event->mimeData());
}

void UseWorkspace::openImages(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir())
            files += imagesUnder(info.absoluteFilePath(), true);
        else if (info.isFile() && hasImageSuffix(path))
            files.append(info.absoluteFilePath());
    }
    if (files.isEmpty()) {
        Q_EMIT statusMessage(tr("No images there (Hone reads JPEG, PNG, BMP, TIFF and WebP)."));
        return;
    }
    if (files.size() > MaxImages) {
        Q_EMIT statusMessage(tr("Showing the first %1 of %2 images.").arg(MaxImages).arg(files.size()));
        files = files.mid(0, MaxImages);
    }
    m_cameraChoice->setCurrentIndex(0);   // the latest input wins: the camera stops
    QVector<Input> inputs;
    for (const QString &file : files) {
        Input input;
        input.path = file;
        input.name = QFileInfo(file).fileName();
        inputs.append(input);
    }
    setInputs(inputs);
    predictAll();
}

void UseWorkspace::openPicture(const QImage &image, Source source)
{
    if (image.isNull()) {
        Q_EMIT statusMessage(tr("The picture is empty."));
        return;
    }
    if (source != Source::Camera)
        m_cameraChoice->setCurrentIndex(0);
    Input input;
    input.source = source;
    input.picture = image;
    input.name = source == Source::Camera ? tr("camera frame") : tr("pasted picture");
    setInputs({input});
    predictAll();
}

void UseWorkspace::setInputs(const QVector<Input> &inputs)
{
    const bool sameFiles = inputs.size() == m_inputs.size() && !inputs.isEmpty()
        && inputs.first().source == Source::File && m_inputs.first().source == Source::File
        && inputs.first().path == m_inputs.first().path;
    m_inputs = inputs;
    m_current = m_inputs.isEmpty() ? -1 : 0;
    if (!sameFiles) {
        m_strip->clear();
        loadThumbnails();
    }
    updateStrip();
    showCurrent();
}

void UseWorkspace::setCurrentImage(int index)
{
    if (index < 0 || index >= m_inputs.size())
        return;
    m_current = index;
    if (m_strip->isVisible() || m_strip->count() == m_inputs.size()) {
        const QSignalBlocker blocker(m_strip);
        m_strip->setCurrentRow(index);
    }
    showCurrent();
}

void UseWorkspace::predictAll()
{
    if (m_inputs.isEmpty() || !isModelLoaded())
        return;   // a model that loads later predicts them
    for (Input &input : m_inputs)
        input.predicted = false;
    if (m_inputs.first().source == Source::File) {
        QStringList files;
        for (const Input &input : std::as_const(m_inputs))
            files.append(input.path);
        m_requestIsCamera = false;
        m_request = m_runner->predictFiles(files);
    } else {
        m_requestIsCamera = false;
        m_request = m_runner->predictImage(m_inputs.first().picture, m_inputs.first().name);
    }
    showVerdict();
}

void UseWorkspace::onPredicted(quint64 id, const QVector<Prediction> &predictions)
{
    if (id != m_request)
        return;   // asked for inputs that are gone
    if (m_requestIsCamera) {
        Input input;
        input.source = Source::Camera;
        input.picture = m_requestFrame;
        input.name = tr("camera frame");
        input.predicted = true;
        input.prediction = predictions.value(0);
        m_inputs = {input};
        m_current = 0;
        m_strip->clear();
        updateStrip();
        showCurrent();
        Q_EMIT predictionShown();
        return;
    }
    for (int i = 0; i < m_inputs.size() && i < predictions.size(); ++i) {
        m_inputs[i].prediction = predictions.at(i);
        m_inputs[i].predicted = true;
    }
    updateStrip();
    showCurrent();
    Q_EMIT predictionShown();
}

void UseWorkspace::onCameraChosen()
{
    const int device = m_cameraChoice->currentIndex() - 1;
    if (device < 0) {
        m_camera->stop();
        return;
    }
    QString error;
    if (!m_camera->start(device, &error)) {
        const QSignalBlocker blocker(m_cameraChoice);
        m_cameraChoice->setCurrentIndex(0);
        Q_EMIT statusMessage(tr("The camera cannot be started: %1").arg(error));
    }
}

void UseWorkspace::onRunnerIdle()
{
    if (m_camera->hasFrame())
        takeCameraFrame();
}

void UseWorkspace::takeCameraFrame()
{
    const QImage frame = m_camera->takeFrame();
    if (frame.isNull())
        return;
    if (!isModelLoaded()) {   // no model: the camera's picture all the same
        Input input;
        input.source = Source::Camera;
        input.picture = frame;
        input.name = tr("camera frame");
        setInputs({input});
        return;
    }
    // Shown when its prediction comes, so that picture and prediction always belong together.
    m_requestFrame = frame;
    m_requestIsCamera = true;
    m_request = m_runner->predictImage(frame, tr("camera frame"));
}

void UseWorkspace::loadThumbnails()
{
    QStringList paths;
    for (const Input &input : std::as_const(m_inputs)) {
        if (input.source == Source::File)
            paths.append(input.path);
    }
    if (paths.size() < 2 || m_thumbnails.isRunning())
        return;   // one image needs no strip; a running job starts this again when it ends
    m_thumbnailPaths = paths;
    const QSize size = m_strip->iconSize();
    m_thumbnails.setFuture(QtConcurrent::run([paths, size] {
        QVector<QImage> icons;
        for (const QString &path : paths) {
            QImageReader reader(path);
            const QSize full = reader.size();
            if (full.isValid())
                reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio));
            icons.append(reader.read());
        }
        return icons;
    }));
}

void UseWorkspace::updateStrip()
{
    const bool many = m_inputs.size() > 1;
    m_strip->setVisible(many);
    if (!many)
        return;
    const QSignalBlocker blocker(m_strip);
    if (m_strip->count() != m_inputs.size()) {
        m_strip->clear();
        for (int i = 0; i < m_inputs.size(); ++i)
            m_strip->addItem(QString());
    }
    const double t = threshold();
    for (int i = 0; i < m_inputs.size(); ++i) {
        const Input &input = m_inputs.at(i);
        QString verdict = QStringLiteral("…");
        if (input.predicted && !input.prediction.error.isEmpty())
            verdict = tr("unreadable");
        else if (input.predicted)
            verdict = isKnown(input.prediction, t)
                ? tr("%1 %2").arg(input.prediction.label, PredictionBars::percent(input.prediction.confidence))
                : tr("unknown");
        if (!input.addedAs.isEmpty() && m_project->imageIndex(input.addedAs) >= 0)
            verdict = tr("✓ added");
        QListWidgetItem *item = m_strip->item(i);
        item->setText(input.name + QLatin1Char('\n') + verdict);
        item->setToolTip(QDir::toNativeSeparators(input.path));
    }
    m_strip->setCurrentRow(m_current);
}

void UseWorkspace::showCurrent()
{
    const Input *input = current();
    if (input && input->source == Source::File)
        m_viewer->showImage(input->path);
    else if (input)
        m_viewer->setImage(input->picture);
    showVerdict();
    updateGradCam();
    updateCorrection();
}

bool UseWorkspace::isCurrentPredicted() const
{
    const Input *input = current();
    return input && input->predicted && input->prediction.error.isEmpty() && input->prediction.classIndex >= 0;
}

Prediction UseWorkspace::currentPrediction() const
{
    const Input *input = current();
    return input && input->predicted ? input->prediction : Prediction();
}

bool UseWorkspace::isCurrentKnown() const
{
    return isCurrentPredicted() && isKnown(current()->prediction, threshold());
}

bool UseWorkspace::isKnown(const Prediction &p, double threshold) const
{
    // The predictor's own rule, with the slider's threshold: confident enough, and not far from
    // every class it learnt (when the model can tell).
    return p.confidence >= threshold && !(p.distance >= 0 && p.distance > m_runner->distanceThreshold());
}

bool UseWorkspace::isNovel(const Prediction &p) const
{
    return p.distance >= 0 && p.distance > m_runner->distanceThreshold();
}

void UseWorkspace::showVerdict()
{
    const Input *input = current();
    m_confidence->clear();
    if (!isModelLoaded()) {
        m_verdict->setText(m_loadedSource.isEmpty() ? tr("No model") : tr("Loading the model…"));
        m_bars->clear();
        return;
    }
    if (!input) {
        m_verdict->setText(tr("Drop an image to try the model"));
        m_bars->clear();
        return;
    }
    if (!input->predicted) {
        m_verdict->setText(tr("Predicting…"));
        return;   // the bars of the image before stay until the answer, so nothing jumps
    }
    const Prediction &p = input->prediction;
    if (!p.error.isEmpty() || p.classIndex < 0) {
        m_verdict->setText(tr("This image cannot be used: %1").arg(p.error.toHtmlEscaped()));
        m_bars->clear();
        return;
    }
    const ModelMetadata meta = m_runner->metadata();
    const bool known = isKnown(p, threshold());
    const QString confidence = PredictionBars::percent(p.confidence);
    if (known)
        m_verdict->setText(tr("<b>%1</b> · %2").arg(p.label.toHtmlEscaped(), confidence));
    else if (isNovel(p))
        m_verdict->setText(tr("<b>Unknown</b> — none of these (best guess: %1, %2; the image is unlike "
                              "every class the model learnt)").arg(p.label.toHtmlEscaped(), confidence));
    else
        m_verdict->setText(tr("<b>Unknown</b> — none of these (best guess: %1, %2)").arg(p.label.toHtmlEscaped(), confidence));
    m_confidence->setText(meta.calibration.isEmpty()
                              ? tr("Confidence %1 (this model has no calibration: the softmax as it is)").arg(confidence)
                              : tr("Calibrated confidence %1 (the network's own softmax said %2)")
                                    .arg(confidence, PredictionBars::percent(p.score)));
    m_bars->setRows(PredictionBars::topClasses(p, meta.classNames, std::min<int>(5, meta.classNames.size())), known);
}

QString UseWorkspace::picturePath(Input *input)
{
    if (!input->path.isEmpty() || input->source == Source::File)
        return input->path;
    // Grad-CAM reads a file: the picture is written to the cache, and the one before the last
    // removed (the last may still be being read).
    const QDir dir(QDir(m_project->cacheDirectory()).filePath(QStringLiteral("use")));
    QDir().mkpath(dir.path());
    QFile::remove(dir.filePath(QStringLiteral("picture-%1.png").arg(m_tempCounter - 1)));
    const QString path = dir.filePath(QStringLiteral("picture-%1.png").arg(++m_tempCounter));
    if (!input->picture.save(path, "PNG")) {
        Q_EMIT statusMessage(tr("Cannot write %1 for Grad-CAM").arg(QDir::toNativeSeparators(path)));
        return QString();
    }
    input->path = path;
    return path;
}

double UseWorkspace::threshold() const
{
    // At the model's own value exactly: the slider's whole percent would shift the boundary.
    const double meta = m_runner->metadata().threshold;
    return m_threshold->value() == qRound(meta * 100) ? meta : m_threshold->value() / 100.0;
}

void UseWorkspace::updateThresholdLabel()
{
    const ModelMetadata meta = m_runner->metadata();
    const QString below = PredictionBars::percent(threshold());
    if (!isModelLoaded()) {
        m_thresholdLabel->setText(tr("Unknown below %1").arg(below));
    } else if (m_threshold->value() == qRound(meta.threshold * 100) && !meta.calibration.isEmpty()) {
        const double kept = meta.calibration.value(QStringLiteral("keptCorrect")).toDouble(meta.thresholdTarget);
        m_thresholdLabel->setText(tr("Unknown below %1 (keeps %2 of correct validation predictions)")
                                      .arg(below, PredictionBars::percent(kept)));
    } else if (m_threshold->value() == qRound(meta.threshold * 100)) {
        m_thresholdLabel->setText(tr("Unknown below %1 (the model's own threshold; it has no calibration)").arg(below));
    } else {
        m_thresholdLabel->setText(tr("Unknown below %1 (the model's own: %2)")
                                      .arg(below, PredictionBars::percent(meta.threshold)));
    }
}

void UseWorkspace::updateGradCam()
{
    const bool run = m_runner->isRun() && m_loadedSource.startsWith(QLatin1String("run:"));
    m_gradCamCheck->setEnabled(run);
    m_gradCamCheck->setToolTip(run ? tr("Overlay the Grad-CAM heat map: where the evidence for the class lies")
                                   : tr("Grad-CAM needs a run of this project; a model file is not explained here"));
    const Input *input = current();
    const bool show = run && m_gradCamCheck->isChecked() && input;
    if (show && m_gradCamRun != m_loadedRun.id && !m_gradCamLoad.isRunning()) {
        // A copy of its own: the predictor's network may be busy on the runner's thread.
        const RunRecord record = m_loadedRun;
        m_gradCamRun = record.id;
        m_gradCamNetwork.reset();
        m_gradCamLoad.setFuture(QtConcurrent::run([record]() -> std::shared_ptr<Nn::ClassifierModel> {
            QString error;
            std::shared_ptr<Nn::ClassifierModel> model;
            catchAll([&] {
                model = std::shared_ptr<Nn::ClassifierModel>(RunStore::loadModel(record, QStringLiteral("cpu"), &error));
                return bool(model);
            }, &error);
            return model;
        }));
    }
    if (show && m_gradCamNetwork && m_gradCamRun == m_loadedRun.id) {
        if (m_gradCamShown != m_gradCamRun) {
            const ModelMetadata meta = m_runner->metadata();
            m_gradCam->setModel(m_gradCamNetwork, meta.classNames, meta.imageSize);
            m_gradCamShown = m_gradCamRun;
        }
        const QString path = picturePath(&m_inputs[m_current]);
        if (!path.isEmpty())
            m_gradCam->setImage(path, -1);
    }
    QWidget *page = m_placeholder;
    if (input)
        page = show ? static_cast<QWidget *>(m_gradCam) : static_cast<QWidget *>(m_viewer);
    m_view->setCurrentWidget(page);
}

const UseWorkspace::Input *UseWorkspace::current() const
{
    return m_current >= 0 && m_current < m_inputs.size() ? &m_inputs.at(m_current) : nullptr;
}

} // namespace Hone
