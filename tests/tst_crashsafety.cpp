// Kill the process at any moment and reopen: every label acknowledged before the kill is there,
// and the project file always loads. A helper process (tools/labelstress) labels and autosaves as
// fast as it can; this test SIGKILLs it at random moments, many times.

#include "project/addimagescommand.h"
#include "project/project.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Hone;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileLabeling();
};

void TestCrashSafety::killedWhileLabeling()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    QString error;
    QVERIFY2(project.create(dir.filePath(QStringLiteral("p")), &error), qPrintable(error));
    QVector<ClassInfo> classes;
    for (int c = 0; c < 3; ++c)
        classes.append(ClassInfo{c, QStringLiteral("class%1").arg(c), defaultClassColor(c), {}});
    QVector<ImageEntry> images;
    for (int i = 0; i < 300; ++i)   // a project file of ~40 kB: a write takes a while
        images.append(ImageEntry{QStringLiteral("images/img%1.png").arg(i), -1, Split::Unassigned,
                                 QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')), {}});
    project.undoStack()->push(new AddImagesCommand(&project, classes, images));
    QVERIFY(!project.isModified());

    QHash<int, int> acked;   // row -> class id of its last acknowledged label
    int lastRow = -1;
    QRandomGenerator rng(7);
    int kills = 0, totalAcks = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess child;
        child.start(QStringLiteral(HONE_LABELSTRESS_PATH), {project.directory()});
        QVERIFY(child.waitForStarted());
        // Let it run for a random number of acknowledgements, then kill it without warning.
        const int target = int(rng.bounded(5, 400));
        int seen = 0;
        QByteArray pending;
        while (seen < target && child.state() == QProcess::Running) {
            child.waitForReadyRead(2000);
            pending += child.readAllStandardOutput();
            seen = int(pending.count('\n'));
        }
        child.kill();
        QVERIFY(child.waitForFinished(5000));
        ++kills;
        pending += child.readAllStandardOutput();   // acks still in the pipe were acknowledged too
        QVERIFY2(child.exitStatus() == QProcess::CrashExit, child.readAllStandardError().constData());
        for (const QByteArray &line : pending.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || parts.at(0) != "ack")
                continue;
            lastRow = parts.at(1).toInt();
            acked[lastRow] = parts.at(2).toInt();
            ++totalAcks;
        }

        // The file always loads, and holds every acknowledged label. Only the row after the last
        // acknowledgement may hold a newer label, written but not yet acknowledged.
        Project reopened;
        QVERIFY2(reopened.load(project.directory(), &error), qPrintable(error));
        QCOMPARE(reopened.images().size(), 300);
        const int inFlight = (lastRow + 1) % 300;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            if (it.key() == inFlight)
                continue;
            QVERIFY2(reopened.images().at(it.key()).label == it.value(),
                     qPrintable(QStringLiteral("round %1: row %2 has label %3, acknowledged %4")
                                    .arg(round).arg(it.key()).arg(reopened.images().at(it.key()).label).arg(it.value())));
        }
        // The next round starts from what is on disk, as a user reopening the project would.
        if (acked.contains(inFlight))
            acked[inFlight] = reopened.images().at(inFlight).label;
    }
    qInfo("%d kills, %d acknowledged labels, none lost", kills, totalAcks);
    QVERIFY(totalAcks > 100);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
