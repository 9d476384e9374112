// Drives the real main window offscreen: import a folder, label with a key press, undo, train
// while watching the curves and the confusion matrix fill, and export.

#include "confusionmatrixwidget.h"
#include "datasetworkspace.h"
#include "mainwindow.h"
#include "trainingplots.h"
#include "trainworkspace.h"

#include "project/project.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <random>

using namespace Hone;

namespace {

// Circles and squares, 48 px, random positions, sizes and colours.
void drawShapes(const QString &dir, int perClass)
{
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> size(12, 18), colour(80, 255);
    for (const QString &shape : {QStringLiteral("circle"), QStringLiteral("square")}) {
        QDir(dir).mkpath(shape);
        for (int i = 0; i < perClass; ++i) {
            QImage image(48, 48, QImage::Format_RGB32);
            image.fill(QColor(20, 20, 20));
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(colour(rng), colour(rng), colour(rng)));
            const int r = size(rng);
            std::uniform_int_distribution<int> pos(2, 46 - r);
            const QRect box(pos(rng), pos(rng), r, r);
            if (shape == QLatin1String("circle"))
                p.drawEllipse(box);
            else
                p.drawRect(box);
            p.end();
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("%1/%2.png").arg(shape).arg(i))));
        }
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeLoop();
};

void TestMainWindow::wholeLoop()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString images = tmp.filePath(QStringLiteral("images"));
    drawShapes(images, 16);

    MainWindow window;
    QVERIFY(window.newProject(tmp.filePath(QStringLiteral("project"))));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Project *project = window.project();

    // Import runs in the background and lands as one undo command.
    DatasetWorkspace *dataset = window.datasetWorkspace();
    QSignalSpy imported(dataset, &DatasetWorkspace::importFinished);
    dataset->importSources({images});
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().at(0).toInt(), 32);
    QCOMPARE(dataset->gridView()->model()->rowCount(), 32);
    QCOMPARE(project->classes().size(), 2);
    QCOMPARE(project->undoStack()->count(), 1);

    // Key 2 labels the selected image with the second class; Edit > Undo restores it.
    QListView *grid = dataset->gridView();
    grid->setFocus();
    const int row = 0;
    const int before = project->images().at(row).label;
    const int second = project->classes().at(1).id;
    QVERIFY(before != second);
    grid->setCurrentIndex(grid->model()->index(row, 0));
    QTest::keyClick(grid, Qt::Key_2);
    QCOMPARE(project->images().at(row).label, second);
    QVERIFY(!project->isModified());   // autosaved
    QAction *undo = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().startsWith(QLatin1String("&Undo")) && action->isEnabled())
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(undo->text().contains(project->classes().at(1).name));
    undo->trigger();
    QCOMPARE(project->images().at(row).label, before);
    Project reloaded;
    QString error;
    QVERIFY2(reloaded.load(project->directory(), &error), qPrintable(error));
    QCOMPARE(reloaded.images().at(row).label, before);

    // Train: the curves and the confusion matrix fill while the run goes on.
    TrainWorkspace *train = window.trainWorkspace();
    TrainingConfig config = train->config();
    config.epochs = 3;
    config.imageSize = 48;
    config.batchSize = 8;
    train->setConfig(config);
    QSignalSpy finished(train, &TrainWorkspace::trainingFinished);
    int pointsWhileRunning = -1;
    int stall = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setInterval(0);
    connect(&tick, &QTimer::timeout, this, [&] {
        stall = std::max(stall, int(sinceTick.restart()));
        if (train->isTraining() && train->plots()->epochPointCount() >= 1 && pointsWhileRunning < 0)
            pointsWhileRunning = train->plots()->epochPointCount();
    });
    train->trainAction()->trigger();
    QVERIFY(train->isTraining());
    tick.start();
    QVERIFY(finished.wait(300000));
    tick.stop();
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("finished"));
    QVERIFY2(pointsWhileRunning >= 1, "no curve point appeared while training ran");
    QCOMPARE(train->plots()->epochPointCount(), 3);
    QVERIFY(train->plots()->batchPointCount() >= 3);
    const int valImages = int(std::count_if(project->images().begin(), project->images().end(),
                                            [](const ImageEntry &e) { return e.split == Split::Val; }));
    QVERIFY(valImages > 0);
    QCOMPARE(train->confusionMatrix()->total(), valImages);
    // A generous bound: the event loop never stalls for a second while training.
    QVERIFY2(stall < 1000, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(stall)));
    qInfo("longest event-loop stall while training: %d ms", stall);

    const QByteArray shots = qgetenv("HONE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        window.grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("train.png")));

    // Export the run and verify it.
    const QString model = tmp.filePath(QStringLiteral("model.pt"));
    QSignalSpy exported(train, &TrainWorkspace::exportFinished);
    train->exportModel(model);
    QVERIFY(exported.wait(120000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QVERIFY(exported.first().at(1).toString().contains(QStringLiteral("100.00 %")));
    QVERIFY(QFileInfo(model).size() > 1000);
    QVERIFY(QFileInfo::exists(model + QStringLiteral(".json")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
