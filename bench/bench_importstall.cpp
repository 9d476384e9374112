// The longest UI event-loop stall while the GUI imports N images (default 10,000): a
// zero-interval timer measures the gap between event-loop turns while the real main window
// imports a folder in the background and then shows the grid. Runs offscreen.
//
// usage: QT_QPA_PLATFORM=offscreen bench_importstall [--images 10000]

#include "datasetworkspace.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int images = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--images"))
            images = args.at(i + 1).toInt();
    }
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    for (int c = 0; c < 4; ++c)
        root.mkpath(QStringLiteral("src/class%1").arg(c));
    std::fprintf(stderr, "writing %d PNGs…\n", images);
    for (int i = 0; i < images; ++i) {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 200, 100 + i % 150));
        image.setPixel(i % 64, (i / 64) % 48, qRgb(i % 256, (i / 256) % 256, 7));   // all distinct
        image.save(root.filePath(QStringLiteral("src/class%1/%2.png").arg(i % 4).arg(i)));
    }

    Hone::MainWindow window;
    if (!window.newProject(root.filePath(QStringLiteral("project"))))
        return 1;
    window.show();
    int stall = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] { stall = std::max(stall, int(sinceTick.restart())); });
    QElapsedTimer total;
    total.start();
    bool done = false;
    QObject::connect(window.datasetWorkspace(), &Hone::DatasetWorkspace::importFinished, [&](int imported, int) {
        std::fprintf(stderr, "imported %d images in %.1f s\n", imported, total.elapsed() / 1000.0);
        // Then scroll through the whole grid while thumbnails load.
        QListView *grid = window.datasetWorkspace()->gridView();
        auto *scroll = new QTimer(&window);
        scroll->setInterval(5);
        QObject::connect(scroll, &QTimer::timeout, [&, grid, scroll] {
            const int next = grid->verticalScrollBar()->value() + grid->verticalScrollBar()->pageStep();
            grid->verticalScrollBar()->setValue(next);
            if (next >= grid->verticalScrollBar()->maximum()) {
                scroll->stop();
                done = true;
                app.quit();
            }
        });
        scroll->start();
    });
    tick.start();
    sinceTick.restart();
    window.datasetWorkspace()->importSources({root.filePath(QStringLiteral("src"))});
    app.exec();
    if (!done)
        return 1;
    std::printf("longest event-loop stall while importing %d images and scrolling the grid: %d ms (goal <= 50 ms)\n",
                images, stall);
    return 0;
}
