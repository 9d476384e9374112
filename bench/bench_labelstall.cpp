// How responsive the GUI stays while it labels with the model, on a large project: the longest
// gap between event-loop turns while the label assistant embeds every image and fits its first
// head, while it retrains after ten new labels (and how long that retrain + re-score of every
// image takes), while the Map workspace lays out every image, and while the pointer sweeps over
// the drawn map. Runs offscreen on the Fashion-MNIST demo project (Debian's
// dataset-fashion-mnist), ten labels per class, the rest unlabelled.
//
// usage: QT_QPA_PLATFORM=offscreen bench_labelstall [--per-class 2500]   (4 classes: 10,000 images)

#include "datasetworkspace.h"
#include "label/labelassistant.h"
#include "mainwindow.h"
#include "map/embeddingmapview.h"
#include "map/mapworkspace.h"

#include "demo/demoproject.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"

#include "stallmeter.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int perClass = 2500;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--per-class"))
            perClass = args.at(i + 1).toInt();
    }
    QTemporaryDir tmp;
    const QString projectDir = tmp.filePath(QStringLiteral("demo"));
    QString error;
    QElapsedTimer clock;
    clock.start();
    // The demo's four classes (trouser, sandal, sneaker, bag) from the training images: the test
    // images hold only 1,000 a class.
    if (!Hone::createFashionMnistProject(projectDir, {1, 5, 7, 8}, perClass, Hone::FashionMnistSplit::Train, &error,
                                         nullptr)) {
        std::fprintf(stderr, "cannot write the demo project: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "demo project of %d images written in %.1f s\n", 4 * perClass, clock.elapsed() / 1000.0);
    QSettings().setValue(QStringLiteral("label/suggestions"), true);
    Hone::MainWindow window;
    window.resize(1280, 800);
    StallMeter meter;
    Hone::LabelAssistant *assistant = window.datasetWorkspace()->labelAssistant();
    Hone::Project *project = window.project();
    // Ten labels per class; the assistant starts once the project is open (the meter starts after
    // the window's first layout and paint of the grid, which are not the assistant's).
    clock.restart();
    if (!window.openProject(projectDir))
        return 1;
    {
        QVector<int> clear;
        QHash<int, int> kept;
        for (int row = 0; row < project->images().size(); ++row) {
            if (kept[project->images()[row].label]++ >= 10)
                clear.append(row);
        }
        project->undoStack()->push(new Hone::AssignLabelCommand(project, clear, -1));
    }
    window.show();
    QApplication::processEvents();
    meter.start();

    enum class Phase { Embedding, Retrain, Map, Hover } phase = Phase::Embedding;
    int fitsBefore = 0;
    QObject::connect(assistant, &Hone::LabelAssistant::suggestionsChanged, &app, [&] {
        if (assistant->fits() == 0 || assistant->isBusy())
            return;
        if (phase == Phase::Embedding) {
            meter.stop();
            std::fprintf(stderr, "embeddings and the first head for %d images in %.1f s\n",
                         int(project->images().size()), clock.elapsed() / 1000.0);
            meter.report("embedding pass + first head:");
            // Ten new labels, one every 50 ms, as a quick user gives them.
            phase = Phase::Retrain;
            fitsBefore = assistant->fits();
            meter.start();
            clock.restart();
            auto *given = new int(0);
            auto *timer = new QTimer(&app);
            QObject::connect(timer, &QTimer::timeout, &app, [&, given, timer] {
                const QVector<int> queue = assistant->queueRows();
                if (queue.isEmpty() || ++*given > 10) {
                    timer->stop();
                    return;
                }
                const int row = queue.first();
                const QString folder = project->images()[row].path.section(QLatin1Char('/'), 1, 1);
                project->undoStack()->push(new Hone::AssignLabelCommand(project, {row}, project->classIdByName(folder)));
            });
            timer->start(50);
        } else if (phase == Phase::Retrain && assistant->fits() > fitsBefore) {
            meter.stop();
            std::printf("retrain + re-score of %d images: %.2f s (goal < 2 s)\n", int(project->images().size()),
                        assistant->lastFitSeconds());
            meter.report("labelling 10 images, then retrain:");
            // What every label costs before any of this: the project file, written at once.
            QElapsedTimer save;
            save.start();
            QString saveError;
            project->save(&saveError);
            std::printf("one save of the %d-image project file (done after every label): %lld ms\n",
                        int(project->images().size()), save.elapsed());
            phase = Phase::Map;
            meter.start();
            clock.restart();
            window.tabs()->setCurrentWidget(window.mapWorkspace());
        }
    });
    QObject::connect(window.mapWorkspace(), &Hone::MapWorkspace::mapReady, &app, [&] {
        if (phase != Phase::Map)
            return;
        meter.stop();
        std::printf("map of %d images in the background: %.1f s wall (goal < 30 s)\n",
                    window.mapWorkspace()->view()->pointCount(), clock.elapsed() / 1000.0);
        meter.report("computing the map:");
        phase = Phase::Hover;
        // The pointer sweeps over the drawn map: hover highlight and repaint per move.
        Hone::EmbeddingMapView *view = window.mapWorkspace()->view();
        meter.start();
        clock.restart();
        auto *step = new int(0);
        auto *timer = new QTimer(&app);
        QObject::connect(timer, &QTimer::timeout, &app, [&, view, step, timer] {
            if (++*step > 300) {
                timer->stop();
                meter.stop();
                meter.report("300 pointer moves over the map:");
                app.quit();
                return;
            }
            const QPointF at(view->width() * (*step % 100) / 100.0, view->height() * (0.2 + 0.6 * (*step / 100) / 3.0));
            QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(view, &move);
            view->repaint();
        });
        timer->start(5);
    });
    return app.exec();
}
