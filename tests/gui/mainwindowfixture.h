#pragma once

// What the main-window tests share: small image folders drawn with QPainter, and a new project
// opened in a shown MainWindow with them imported through the GUI.

#include "datasetworkspace.h"
#include "mainwindow.h"

#include "project/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <random>

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

// Reddish and bluish noise pictures, 48 px: a class any network learns in a few epochs, so a
// test can rely on the model being right and on its confident mistakes being label errors.
void drawColours(const QString &dir, int perClass)
{
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> strong(150, 255), weak(0, 90);
    for (const QString &name : {QStringLiteral("blue"), QStringLiteral("red")}) {
        QDir(dir).mkpath(name);
        for (int i = 0; i < perClass; ++i) {
            QImage image(48, 48, QImage::Format_RGB32);
            for (int y = 0; y < 48; ++y)
                for (int x = 0; x < 48; ++x)
                    image.setPixelColor(x, y, name == QLatin1String("red") ? QColor(strong(rng), weak(rng), weak(rng))
                                                                          : QColor(weak(rng), weak(rng), strong(rng)));
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("%1/%2.png").arg(name).arg(i))));
        }
    }
}

// Draws perClass circles and squares (or reds and blues), opens a new project in the shown window
// and imports them through the GUI, measuring the longest event-loop stall meanwhile; `context`
// owns the timer connection.
void openProjectWithShapes(QObject *context, Hone::MainWindow &window, const QTemporaryDir &tmp, int perClass,
                           int *stall, bool colours = false)
{
    QVERIFY(tmp.isValid());
    const QString images = tmp.filePath(QStringLiteral("images"));
    if (colours)
        drawColours(images, perClass);
    else
        drawShapes(images, perClass);
    QVERIFY(window.newProject(tmp.filePath(QStringLiteral("project"))));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Import runs in the background and lands as one undo command.
    Hone::DatasetWorkspace *dataset = window.datasetWorkspace();
    QSignalSpy imported(dataset, &Hone::DatasetWorkspace::importFinished);
    *stall = 0;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(5);   // not 0: a zero timer spins a core that training needs
    QObject::connect(&tick, &QTimer::timeout, context, [&] { *stall = std::max(*stall, int(sinceTick.restart())); });
    sinceTick.start();
    tick.start();
    dataset->importSources({images});
    // The import works off the UI thread: the call returns before it ends.
    QCOMPARE(imported.size(), 0);
    QVERIFY(imported.wait(60000));
    tick.stop();
    QCOMPARE(imported.first().at(0).toInt(), 2 * perClass);
    QCOMPARE(dataset->gridView()->model()->rowCount(), 2 * perClass);
    QCOMPARE(window.project()->classes().size(), 2);
    QCOMPARE(window.project()->undoStack()->count(), 1);
}

} // namespace
