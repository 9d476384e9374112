// How responsive the GUI stays while it works: the longest gap between event-loop turns (a
// zero-interval timer) while the real main window trains a model with live curves and matrix,
// then evaluates the run and computes Grad-CAM maps for its mistakes. Runs offscreen on the
// Fashion-MNIST demo project (Debian's dataset-fashion-mnist).
//
// usage: QT_QPA_PLATFORM=offscreen bench_uistall [--per-class 60] [--epochs 4] [--image-size 96]

#include "evaluateworkspace.h"
#include "gradcamview.h"
#include "mainwindow.h"
#include "predictiongallery.h"
#include "trainingplots.h"
#include "trainworkspace.h"

#include "demo/demoproject.h"

#include "stallmeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int perClass = 60, epochs = 4, imageSize = 96;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--per-class"))
            perClass = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--epochs"))
            epochs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--image-size"))
            imageSize = args.at(i + 1).toInt();
    }
    QTemporaryDir tmp;
    const QString projectDir = tmp.filePath(QStringLiteral("demo"));
    QString error;
    if (!Hone::createDemoProject(projectDir, perClass, &error)) {
        std::fprintf(stderr, "cannot write the demo project: %s\n", qPrintable(error));
        return 1;
    }
    Hone::MainWindow window;
    if (!window.openProject(projectDir))
        return 1;
    window.show();

    Hone::TrainWorkspace *train = window.trainWorkspace();
    Hone::TrainingConfig config = train->config();
    config.epochs = epochs;
    config.imageSize = imageSize;
    config.batchSize = 16;
    train->setConfig(config);
    window.tabs()->setCurrentWidget(train);

    StallMeter meter;
    int batches = 0;
    QElapsedTimer clock;
    // Training, watched live.
    QObject::connect(train, &Hone::TrainWorkspace::trainingFinished, &app, [&](const QString &status) {
        meter.stop();
        batches = train->plots()->batchPointCount();
        std::fprintf(stderr, "training %s: %d batches in %.1f s\n", qPrintable(status), batches, clock.elapsed() / 1000.0);
        meter.report("training (live curves and matrix):");
        // Then evaluation on a worker thread.
        Hone::EvaluateWorkspace *evaluate = window.evaluateWorkspace();
        window.tabs()->setCurrentWidget(evaluate);
        meter.start();
        clock.restart();
        evaluate->evaluate();
    });
    QObject::connect(window.evaluateWorkspace(), &Hone::EvaluateWorkspace::evaluationFinished, &app, [&](bool ok) {
        meter.stop();   // after the workspace has shown the results: they are emitted last
        std::fprintf(stderr, "evaluation %s in %.1f s\n", ok ? "done" : "failed", clock.elapsed() / 1000.0);
        meter.report("evaluation:");
        // Grad-CAM for up to ten mistakes, one after the other, as fast as they come.
        QListWidget *mistakes = window.evaluateWorkspace()->mistakes()->list();
        const int n = std::min(10, mistakes->count());
        if (n == 0) {
            app.quit();
            return;
        }
        auto *cams = new int(0);
        QObject::connect(window.evaluateWorkspace()->gradCam(), &Hone::GradCamView::computed, &app, [&, mistakes, n, cams] {
            if (++*cams < n) {
                mistakes->setCurrentRow(*cams);
                return;
            }
            meter.stop();
            std::fprintf(stderr, "%d Grad-CAM maps in %.1f s\n", n, clock.elapsed() / 1000.0);
            meter.report("Grad-CAM of the mistakes:");
            app.quit();
        });
        meter.start();
        clock.restart();
        // The first mistake is already selected (and its map under way or done): start over at it.
        mistakes->setCurrentRow(-1);
        mistakes->setCurrentRow(0);
    });
    meter.start();
    clock.start();
    train->startTraining();
    if (!train->isTraining()) {
        std::fprintf(stderr, "training did not start\n");
        return 1;
    }
    return app.exec();
}
