// The Use workspace on a really trained run of drawn circles and squares: a dropped image gets a
// prediction with its top classes; a folder fills the strip in one model call; the threshold
// slider flips known/unknown without running the model again; the correction loop copies the
// image into the project with the chosen label as one undo step (undo removes entry and file,
// redo restores both), "Right" takes the predicted label, a pasted picture is added as a PNG;
// a write that fails or a duplicate changes nothing; an exported .pt file is used too (without
// Grad-CAM), a run with it; waiting camera frames are replaced, not queued; the camera choice is
// absent without a camera; and in the main window, Retrain trains a new run, which resets the
// counter and becomes the model.

#include "gradcamview.h"
#include "mainwindow.h"
#include "trainworkspace.h"
#include "use/predictionbars.h"
#include "use/predictionrunner.h"
#include "use/useworkspace.h"

#include "export/modelexporter.h"
#include "project/addclasscommand.h"
#include "project/addcorrectioncommand.h"
#include "util/atomicfile.h"

#include "../trainingfixture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>

#ifdef HONE_HAVE_CAMERA
#include <QCameraDevice>
#include <QMediaDevices>
#endif

using namespace Hone;

class TestUseWorkspace : public TrainingFixture::ProjectTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cameraChoiceIsAbsentWithoutCamera();
    void listsTheFinishedRun();
    void droppedImageGetsTopClasses();
    void droppedFolderFillsTheStrip();
    void thresholdFlipsWithoutRunningTheModel();
    void wrongAddsACopyAsOneUndoStep();
    void rightAddsWithThePredictedLabel();
    void pastedPictureIsAddedAsPng();
    void failedWriteOrDuplicateChangesNothing();
    void gradCamOnAPastedPicture();
    void exportedModelFileIsUsed();
    void waitingFramesAreReplaced();
    void retrainFromTheMainWindow();
    void cleanupTestCase();

private:
    QString newImage(const QString &name, TestImages::Shape shape, unsigned seed);
    // Drops files on the workspace as a file manager would, and waits for their predictions.
    bool drop(const QStringList &paths) { return drop(m_use, paths); }
    static bool drop(UseWorkspace *use, const QStringList &paths);
    int otherClassIndex(const QString &label) const;

    UseWorkspace *m_use = nullptr;
    QString m_runId;
};

QString TestUseWorkspace::newImage(const QString &name, TestImages::Shape shape, unsigned seed)
{
    std::mt19937 rng(seed);
    const QString path = m_dir.filePath(QStringLiteral("new/") + name);
    return TestImages::write(path, TestImages::drawShape(shape, 48, rng), ".png") ? path : QString();
}

bool TestUseWorkspace::drop(UseWorkspace *use, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QSignalSpy shown(use, &UseWorkspace::predictionShown);
    const QPoint at = use->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(use, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(use, &dropEvent);
    return shown.wait(60000) && use->isCurrentPredicted();
}

int TestUseWorkspace::otherClassIndex(const QString &label) const
{
    for (int i = 0; i < m_project.classes().size(); ++i) {
        if (m_project.classes().at(i).name != label)
            return i;
    }
    return -1;
}

void TestUseWorkspace::initTestCase()
{
    QVERIFY(createProject());
    QString status, runDirectory;
    train(TrainingFixture::smallConfig(2), &status, nullptr, &runDirectory);
    QCOMPARE(status, QStringLiteral("finished"));
    m_runId = QFileInfo(runDirectory).fileName();
    m_use = new UseWorkspace(&m_project);
    m_use->resize(1100, 700);
    QSignalSpy loaded(m_use, &UseWorkspace::modelLoaded);
    m_use->show();   // the model loads once the workspace is shown
    QVERIFY(QTest::qWaitForWindowExposed(m_use));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
}

void TestUseWorkspace::cleanupTestCase()
{
    delete m_use;
}

void TestUseWorkspace::cameraChoiceIsAbsentWithoutCamera()
{
#ifdef HONE_HAVE_CAMERA
    const bool cameras = !QMediaDevices::videoInputs().isEmpty();
#else
    const bool cameras = false;
#endif
    QCOMPARE(m_use->cameraChoice()->isVisibleTo(m_use), cameras);
    if (!cameras)
        QCOMPARE(m_use->cameraChoice()->count(), 1);   // "Off" alone
}

void TestUseWorkspace::listsTheFinishedRun()
{
    QComboBox *models = m_use->modelChoice();
    QCOMPARE(models->count(), 2);
    QCOMPARE(models->currentIndex(), 0);
    QCOMPARE(models->itemData(0).toString(), QStringLiteral("run:") + m_runId);
    QVERIFY(models->itemText(0).contains(m_runId));
    QCOMPARE(models->itemText(1), QStringLiteral("Model file…"));
    QVERIFY(m_use->isModelLoaded());
    QCOMPARE(m_use->modelMetadata().classNames, (QStringList{QStringLiteral("circles"), QStringLiteral("squares")}));
    QVERIFY(m_use->gradCamCheck()->isEnabled());
    QVERIFY(m_use->thresholdLabel()->text().startsWith(QStringLiteral("Unknown below ")));
    QCOMPARE(m_use->thresholdSlider()->value(), qRound(m_use->modelMetadata().threshold * 100));
}

void TestUseWorkspace::droppedImageGetsTopClasses()
{
    const QString image = newImage(QStringLiteral("circle-a.png"), TestImages::Shape::Circle, 101);
    QVERIFY(drop({image}));
    QCOMPARE(m_use->imageCount(), 1);
    QVERIFY(!m_use->strip()->isVisible());
    const Prediction p = m_use->currentPrediction();
    QCOMPARE(p.image, image);
    QVERIFY(m_use->modelMetadata().classNames.contains(p.label));
    QCOMPARE(p.probabilities.size(), 2);
    const QVector<PredictionBars::Row> rows = m_use->bars()->rows();
    QCOMPARE(rows.size(), 2);   // k = min(5, classes)
    QCOMPARE(rows.first().name, p.label);
    QVERIFY(rows.at(0).probability >= rows.at(1).probability);
    QVERIFY(qAbs(rows.at(0).probability + rows.at(1).probability - 1.0) < 1e-4);
    QVERIFY(qAbs(rows.first().probability - p.confidence) < 1e-6);
    QVERIFY(m_use->verdictLabel()->text().contains(p.label));
    QVERIFY(m_use->confidenceLabel()->text().contains(PredictionBars::percent(p.confidence)));
}

void TestUseWorkspace::droppedFolderFillsTheStrip()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!newImage(QStringLiteral("folder/shape-%1.png").arg(i), i % 2 ? TestImages::Shape::Square : TestImages::Shape::Circle, 200 + i).isEmpty());
    const int jobs = m_use->predictionJobs();
    QVERIFY(drop({m_dir.filePath(QStringLiteral("new/folder"))}));
    QCOMPARE(m_use->imageCount(), 3);
    QCOMPARE(m_use->predictionJobs(), jobs + 1);   // the whole folder in one call
    QVERIFY(m_use->strip()->isVisible());
    QCOMPARE(m_use->strip()->count(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(!m_use->strip()->item(i)->text().endsWith(QStringLiteral("…")), qPrintable(m_use->strip()->item(i)->text()));
    const Prediction first = m_use->currentPrediction();
    m_use->strip()->setCurrentRow(2);
    QVERIFY(m_use->currentPrediction().image.endsWith(QStringLiteral("shape-2.png")));
    QVERIFY(first.image.endsWith(QStringLiteral("shape-0.png")));
}

void TestUseWorkspace::thresholdFlipsWithoutRunningTheModel()
{
    QVERIFY(drop({m_dir.filePath(QStringLiteral("new/circle-a.png"))}));
    const Prediction p = m_use->currentPrediction();
    QVERIFY2(p.confidence < 0.995, "the model is too sure to put the threshold above it");
    const int jobs = m_use->predictionJobs();
    QSlider *slider = m_use->thresholdSlider();
    // At the model's own threshold the workspace decides as the predictor did.
    QCOMPARE(slider->value(), qRound(m_use->modelMetadata().threshold * 100));
    QCOMPARE(m_use->isCurrentKnown(), p.known);

    slider->setValue(0);
    QVERIFY(m_use->isCurrentKnown());
    QVERIFY(m_use->bars()->isKnown());
    QVERIFY(!m_use->verdictLabel()->text().contains(QStringLiteral("Unknown")));

    slider->setValue(int(p.confidence * 100) + 1);
    QVERIFY(!m_use->isCurrentKnown());
    QVERIFY(!m_use->bars()->isKnown());
    const QString verdict = m_use->verdictLabel()->text();
    QVERIFY2(verdict.contains(QStringLiteral("Unknown")) && verdict.contains(QStringLiteral("none of these"))
                 && verdict.contains(QStringLiteral("best guess: %1, %2").arg(p.label, PredictionBars::percent(p.confidence))),
             qPrintable(verdict));
    QVERIFY(m_use->thresholdLabel()->text().contains(QStringLiteral("%1 %").arg(slider->value())));

    slider->setValue(0);
    QVERIFY(m_use->isCurrentKnown());
    QCOMPARE(m_use->predictionJobs(), jobs);   // decided again, not predicted again
    QVERIFY(!m_use->isBusy());
    slider->setValue(qRound(m_use->modelMetadata().threshold * 100));
    QCOMPARE(m_use->threshold(), m_use->modelMetadata().threshold);
}

void TestUseWorkspace::wrongAddsACopyAsOneUndoStep()
{
    const QString source = newImage(QStringLiteral("to-correct.png"), TestImages::Shape::Square, 303);
    QVERIFY(drop({source}));
    const QString label = m_use->currentPrediction().label;
    const int other = otherClassIndex(label);
    QVERIFY(other >= 0);
    const int otherId = m_project.classes().at(other).id;
    const int images = m_project.images().size();
    const int commands = m_project.undoStack()->count();
    QVERIFY(m_use->wrongButton()->isEnabled());
    QCOMPARE(m_use->addedSinceLastRun(), 0);
    QVERIFY(!m_use->retrainButton()->isEnabled());

    QTest::keyClick(m_use, Qt::Key(Qt::Key_1 + other));   // "it is the other class"

    QCOMPARE(m_project.images().size(), images + 1);
    QCOMPARE(m_project.undoStack()->count(), commands + 1);
    const ImageEntry entry = m_project.images().last();
    QCOMPARE(entry.label, otherId);
    QVERIFY2(entry.path.startsWith(QStringLiteral("images/") + classFolderName(m_project.classes().at(other).name) + QLatin1Char('/')),
             qPrintable(entry.path));
    const QString copy = m_project.absolutePath(entry.path);
    QVERIFY(copy.startsWith(m_project.directory()));
    QCOMPARE(TestImages::readBytes(copy), TestImages::readBytes(source));
    QCOMPARE(entry.hash, fileSha256(source));
    QVERIFY(QFileInfo::exists(source));   // copied, not moved
    QCOMPARE(m_use->addedSinceLastRun(), 1);
    QVERIFY(m_use->addedLabel()->text().startsWith(QStringLiteral("1 image")));
    QVERIFY(m_use->retrainButton()->isEnabled());
    QVERIFY(!m_use->rightButton()->isEnabled());   // it is in the dataset now
    QVERIFY(!m_use->wrongButton()->isEnabled());

    m_project.undoStack()->undo();
    QCOMPARE(m_project.images().size(), images);
    QVERIFY(m_project.imageIndex(entry.path) < 0);
    QVERIFY(!QFileInfo::exists(copy));
    QCOMPARE(m_use->addedSinceLastRun(), 0);
    QVERIFY(m_use->wrongButton()->isEnabled());   // it can be added again

    m_project.undoStack()->redo();
    QCOMPARE(m_project.images().size(), images + 1);
    QCOMPARE(m_project.images().last(), entry);
    QCOMPARE(TestImages::readBytes(copy), TestImages::readBytes(source));
    QCOMPARE(m_use->addedSinceLastRun(), 1);
}

void TestUseWorkspace::rightAddsWithThePredictedLabel()
{
    const QString source = newImage(QStringLiteral("to-confirm.png"), TestImages::Shape::Circle, 404);
    QVERIFY(drop({source}));
    const QString label = m_use->currentPrediction().label;
    const int images = m_project.images().size();
    QVERIFY(m_use->rightButton()->isEnabled());
    QTest::keyClick(m_use, Qt::Key_Return);
    QCOMPARE(m_project.images().size(), images + 1);
    QCOMPARE(m_project.images().last().label, m_project.classIdByName(label));
    QVERIFY(m_project.images().last().path.endsWith(QStringLiteral("/to-confirm.png")));
    QCOMPARE(m_use->addedSinceLastRun(), 2);
    QVERIFY(m_use->addedLabel()->text().startsWith(QStringLiteral("2 image")));
}

void TestUseWorkspace::pastedPictureIsAddedAsPng()
{
    std::mt19937 rng(505);
    const cv::Mat drawn = TestImages::drawShape(TestImages::Shape::Square, 48, rng);
    QImage picture(drawn.data, drawn.cols, drawn.rows, int(drawn.step), QImage::Format_BGR888);
    picture = picture.copy();
    QGuiApplication::clipboard()->setImage(picture);
    QSignalSpy shown(m_use, &UseWorkspace::predictionShown);
    QTest::keyClick(m_use, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(shown.wait(60000));
    QVERIFY(m_use->isCurrentPredicted());
    const int other = otherClassIndex(m_use->currentPrediction().label);
    const int images = m_project.images().size();
    // Through the menu of "Wrong? It is …"
    const QList<QAction *> actions = m_use->classMenu()->actions();
    QCOMPARE(actions.size(), m_project.classes().size());
    actions.at(other)->trigger();
    QCOMPARE(m_project.images().size(), images + 1);
    const ImageEntry entry = m_project.images().last();
    QCOMPARE(entry.label, m_project.classes().at(other).id);
    QVERIFY2(QFileInfo(entry.path).fileName().startsWith(QStringLiteral("pasted-")) && entry.path.endsWith(QStringLiteral(".png")),
             qPrintable(entry.path));
    const QImage written(m_project.absolutePath(entry.path));
    QCOMPARE(written.size(), picture.size());
    QCOMPARE(written.convertToFormat(QImage::Format_RGB888), picture.convertToFormat(QImage::Format_RGB888));
    QCOMPARE(m_use->addedSinceLastRun(), 3);
}

void TestUseWorkspace::failedWriteOrDuplicateChangesNothing()
{
    ClassInfo triangles;
    triangles.id = m_project.nextClassId();
    triangles.name = QStringLiteral("triangles");
    triangles.color = defaultClassColor(m_project.classes().size());
    m_project.undoStack()->push(new AddClassCommand(&m_project, triangles));
    const int classId = m_project.classIdByName(QStringLiteral("triangles"));
    QVERIFY(classId >= 0);
    // A file where the class's folder would go: the folder cannot be made.
    QVERIFY(TestImages::writeBytes(m_project.absolutePath(QStringLiteral("images/triangles")), "not a folder"));
    const QByteArray bytes = TestImages::readBytes(m_dir.filePath(QStringLiteral("new/folder/shape-1.png")));
    const int images = m_project.images().size();
    const int commands = m_project.undoStack()->count();
    QString error;
    QVERIFY(!AddCorrectionCommand::create(&m_project, bytes, QStringLiteral("shape-1.png"), classId, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_project.images().size(), images);
    QCOMPARE(m_project.undoStack()->count(), commands);

    error.clear();
    const QByteArray known = TestImages::readBytes(m_project.absolutePath(m_project.images().first().path));
    QVERIFY(!AddCorrectionCommand::create(&m_project, known, QStringLiteral("again.png"), m_project.classes().first().id, &error));
    QVERIFY2(error.contains(m_project.images().first().path), qPrintable(error));
    QCOMPARE(m_project.images().size(), images);
    QFile::remove(m_project.absolutePath(QStringLiteral("images/triangles")));
    m_project.undoStack()->undo();   // the class
    QVERIFY(m_project.classIdByName(QStringLiteral("triangles")) < 0);
}

void TestUseWorkspace::gradCamOnAPastedPicture()
{
    std::mt19937 rng(606);
    const cv::Mat drawn = TestImages::drawShape(TestImages::Shape::Circle, 48, rng);
    const QImage picture = QImage(drawn.data, drawn.cols, drawn.rows, int(drawn.step), QImage::Format_BGR888).copy();
    QSignalSpy computed(m_use->gradCam(), &GradCamView::computed);
    QSignalSpy shown(m_use, &UseWorkspace::predictionShown);
    m_use->gradCamCheck()->setChecked(true);
    m_use->openPicture(picture, UseWorkspace::Source::Pasted);
    QVERIFY(shown.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!computed.isEmpty(), 60000);
    QCOMPARE(computed.last().at(0).toBool(), true);
    QVERIFY(m_use->gradCam()->isVisible());
    QVERIFY(!m_use->gradCam()->shownImage().isNull());
    const QStringList written = QDir(QDir(m_project.cacheDirectory()).filePath(QStringLiteral("use")))
                                    .entryList({QStringLiteral("*.png")});
    QVERIFY(!written.isEmpty());
    m_use->gradCamCheck()->setChecked(false);
    QVERIFY(!m_use->gradCam()->isVisible());
}

void TestUseWorkspace::exportedModelFileIsUsed()
{
    RunRecord run;
    QString error;
    QVERIFY2(RunStore::find(m_project.runsDirectory(), m_runId, &run, &error), qPrintable(error));
    auto exporter = ModelExporter::create(QStringLiteral("torchscript"));
    QVERIFY(exporter);
    ExportRequest request;
    request.run = &run;
    request.outputPath = m_dir.filePath(QStringLiteral("shapes.pt"));
    request.verificationImages = verificationImages(m_project);
    ExportReport report;
    QVERIFY2(exporter->write(request, &report), qPrintable(exporter->errorString()));

    QSignalSpy loaded(m_use, &UseWorkspace::modelLoaded);
    m_use->openModelFile(request.outputPath);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QCOMPARE(m_use->modelChoice()->currentText(), QStringLiteral("shapes.pt"));
    QCOMPARE(m_use->modelMetadata().classNames, run.classNames());
    QVERIFY(!m_use->gradCamCheck()->isEnabled());
    QVERIFY(m_use->gradCamCheck()->toolTip().contains(QStringLiteral("Grad-CAM needs a run")));

    const QString source = newImage(QStringLiteral("from-file-model.png"), TestImages::Shape::Square, 707);
    QVERIFY(drop({source}));
    const QString label = m_use->currentPrediction().label;
    QVERIFY(run.classNames().contains(label));
    const int images = m_project.images().size();
    QTest::mouseClick(m_use->rightButton(), Qt::LeftButton);
    QCOMPARE(m_project.images().size(), images + 1);
    QCOMPARE(m_project.images().last().label, m_project.classIdByName(label));

    loaded.clear();
    QVERIFY(m_use->selectRun(m_runId));
    QVERIFY(loaded.wait(60000));
    QVERIFY(m_use->gradCamCheck()->isEnabled());
}

void TestUseWorkspace::waitingFramesAreReplaced()
{
    PredictionRunner runner;
    RunRecord run;
    QString error;
    QVERIFY(RunStore::find(m_project.runsDirectory(), m_runId, &run, &error));
    QSignalSpy loaded(&runner, &PredictionRunner::loaded);
    runner.loadRun(run);
    QVERIFY(loaded.wait(60000));
    QSignalSpy predicted(&runner, &PredictionRunner::predicted);
    std::mt19937 rng(808);
    QVector<quint64> ids;
    for (int i = 0; i < 6; ++i) {   // frames coming faster than the model
        const cv::Mat drawn = TestImages::drawShape(TestImages::Shape::Circle, 48, rng);
        ids.append(runner.predictImage(QImage(drawn.data, drawn.cols, drawn.rows, int(drawn.step), QImage::Format_BGR888).copy(),
                                       QStringLiteral("frame %1").arg(i)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 60000);
    QCOMPARE(runner.predictionJobs(), 2);   // the first, and the newest that waited
    QCOMPARE(predicted.size(), 2);
    QCOMPARE(predicted.at(0).at(0).toULongLong(), ids.first());
    QCOMPARE(predicted.at(1).at(0).toULongLong(), ids.last());
    QCOMPARE(predicted.at(1).at(1).value<QVector<Prediction>>().value(0).image, QStringLiteral("frame 5"));
}

void TestUseWorkspace::retrainFromTheMainWindow()
{
    delete m_use;   // the main window's own project takes the folder over
    m_use = nullptr;
    QVERIFY(m_project.save());
    MainWindow window;
    QVERIFY(window.openProject(m_project.directory()));
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("&Use"));
    QCOMPARE(tabs->tabText(tabs->count() - 2), QStringLiteral("E&valuate"));
    QSet<QChar> mnemonics;
    for (int i = 0; i < tabs->count(); ++i) {
        const QString text = tabs->tabText(i);
        const int amp = text.indexOf(QLatin1Char('&'));
        QVERIFY(amp >= 0);
        QVERIFY2(!mnemonics.contains(text.at(amp + 1).toLower()), qPrintable(text));
        mnemonics.insert(text.at(amp + 1).toLower());
    }
    UseWorkspace *use = window.useWorkspace();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(use, &UseWorkspace::modelLoaded);
    tabs->setCurrentWidget(use);
    QVERIFY(loaded.wait(60000));
    const QString source = newImage(QStringLiteral("retrain.png"), TestImages::Shape::Circle, 909);
    QVERIFY(drop(use, {source}));
    Project *project = window.project();
    const int images = project->images().size();
    QTest::keyClick(tabs->tabBar(), Qt::Key_2);   // as after clicking the tab
    QCOMPARE(project->images().size(), images + 1);
    QCOMPARE(use->addedSinceLastRun(), 1);
    QVERIFY(use->retrainButton()->isEnabled());

    TrainWorkspace *train = window.trainWorkspace();
    train->setConfig(TrainingFixture::smallConfig(1));
    QSignalSpy finished(train, &TrainWorkspace::trainingFinished);
    QTest::mouseClick(use->retrainButton(), Qt::LeftButton);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(train));
    QVERIFY(train->isTraining());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("finished"));
    // The new run is the model now, and the images it learnt from no longer count.
    QCOMPARE(use->addedSinceLastRun(), 0);
    QVERIFY(!use->retrainButton()->isEnabled());
    QCOMPARE(use->modelChoice()->count(), 3);
    QCOMPARE(use->modelChoice()->currentData().toString(), QStringLiteral("run:") + train->lastRunId());
    QVERIFY(train->lastRunId() != m_runId);
    loaded.clear();
    tabs->setCurrentWidget(use);
    QVERIFY(loaded.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(use->isCurrentPredicted(), 60000);
}

QTEST_MAIN(TestUseWorkspace)
#include "tst_useworkspace.moc"
