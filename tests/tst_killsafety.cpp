// hone-cli killed without warning (SIGKILL) at random moments, and run out of disk space: after
// every kill the project loads and every image it lists exists and decodes; a second import
// finishes the job without duplicates; a killed training run reads as "interrupted" and resumes
// to the metrics of an uninterrupted run; a killed export never leaves a partial file at its
// destination; a full disk ends each command with a clear error and the project intact.

#include "imaging/imagedecoder.h"
#include "project/project.h"
#include "training/runstore.h"

#include "testimages.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <csignal>
#include <unistd.h>

using namespace Hone;

namespace {

struct Cli
{
    int code = -1;
    bool crashed = false;
    QString err;
};

Cli runCli(const QStringList &args, int timeoutMs = 300000, const std::function<void()> &childSetup = {})
{
    QProcess p;
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(QStringLiteral(HONE_CLI_PATH), args);
    Cli r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.code = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Starts hone-cli and SIGKILLs it after `ms` milliseconds; true when the kill came before the
// command ended by itself.
bool runAndKill(const QStringList &args, int ms)
{
    QProcess p;
    p.start(QStringLiteral(HONE_CLI_PATH), args);
    if (!p.waitForStarted())
        return false;
    if (p.waitForFinished(ms))
        return false;
    p.kill();
    p.waitForFinished();
    return true;
}

// The project loads, lists no path or content twice, and every image it lists exists and decodes.
bool projectSound(const QString &dir, int *images, QString *why)
{
    Project project;
    if (!project.load(dir, why))
        return false;
    QSet<QString> paths, hashes;
    for (const ImageEntry &image : project.images()) {
        QByteArray bytes;
        cv::Mat decoded;
        QString error;
        if (paths.contains(image.path) || hashes.contains(image.hash)) {
            *why = QStringLiteral("listed twice: ") + image.path;
            return false;
        }
        paths.insert(image.path);
        hashes.insert(image.hash);
        if (!readFileBytes(project.absolutePath(image.path), &bytes, &error) || !decodeImage(bytes, &decoded, &error)) {
            *why = image.path + QStringLiteral(": ") + error;
            return false;
        }
    }
    *images = int(project.images().size());
    return true;
}

int filesUnder(const QString &dir, const QString &pattern)
{
    int n = 0;
    QDirIterator it(dir, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QString newestRun(const QString &project)
{
    const QStringList ids = QDir(QDir(project).filePath(QStringLiteral("runs"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return ids.isEmpty() ? QString() : ids.last();
}

QJsonObject lastEpoch(const QString &project, const QString &run)
{
    const QJsonObject json = RunStore::readRunJson(QDir(project).filePath(QStringLiteral("runs/") + run));
    return json.value(QStringLiteral("epochs")).toArray().last().toObject();
}

// The metrics of a run's last epoch are those of the uninterrupted run: the same epoch count,
// accuracy and confusion matrix, the loss to 1e-4 (a resumed run repeats the same arithmetic).
bool sameFinalMetrics(const QJsonObject &last, const QJsonObject &expected)
{
    return last.value(QStringLiteral("epoch")).toInt() == expected.value(QStringLiteral("epoch")).toInt()
        && last.value(QStringLiteral("valAccuracy")).toDouble() == expected.value(QStringLiteral("valAccuracy")).toDouble()
        && last.value(QStringLiteral("confusion")).toArray() == expected.value(QStringLiteral("confusion")).toArray()
        && qAbs(last.value(QStringLiteral("valLoss")).toDouble() - expected.value(QStringLiteral("valLoss")).toDouble()) < 1e-4;
}

// Training options small enough for a kill loop: a few seconds a run, a checkpoint every epoch.
QStringList trainArgs(const QString &project)
{
    return {QStringLiteral("train"), project, QStringLiteral("--backbone"), QStringLiteral("mobilenet_v3_small"),
            QStringLiteral("--weights"), QStringLiteral("none"), QStringLiteral("--epochs"), QStringLiteral("6"),
            QStringLiteral("--image-size"), QStringLiteral("32"), QStringLiteral("--batch-size"), QStringLiteral("8"),
            QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5"),
            QStringLiteral("--device"), QStringLiteral("cpu")};
}

} // namespace

class TestKillSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importKilled();
    void trainingKilled();
    void exportKilled();
    void fullDisk();

private:
    QTemporaryDir m_root;
    QString m_sources;
    QString m_trainProject;   // a project with a finished run (from trainingKilled)
    QString m_finishedRun;
    QRandomGenerator m_rng{20261202};
};

void TestKillSafety::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_sources = m_root.filePath(QStringLiteral("sources"));
    for (int i = 0; i < 240; ++i) {
        const QString path = QStringLiteral("%1/class%2/img-%3.png").arg(m_sources).arg(i % 3).arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(TestImages::write(path, TestImages::noise(96, 72, unsigned(1000 + i)), ".png"));
    }
}

void TestKillSafety::importKilled()
{
    // How long one whole import takes here: kills are spread over that span.
    const QString reference = m_root.filePath(QStringLiteral("import-reference"));
    QCOMPARE(runCli({QStringLiteral("new"), reference}).code, 0);
    QElapsedTimer timer;
    timer.start();
    const Cli whole = runCli({QStringLiteral("import"), reference, m_sources, QStringLiteral("--copy")});
    QVERIFY2(whole.code == 0, qPrintable(whole.err));
    const int span = std::max<int>(200, int(timer.elapsed() * 12 / 10));

    const QString project = m_root.filePath(QStringLiteral("import-killed"));
    QCOMPARE(runCli({QStringLiteral("new"), project}).code, 0);
    int kills = 0, checks = 0, maxImages = 0;
    for (int round = 0; round < 60 && kills < 30; ++round) {
        // Each round imports anew: what the last killed import left behind is found again.
        if (!runAndKill({QStringLiteral("import"), project, m_sources, QStringLiteral("--copy")},
                        int(m_rng.bounded(span))))
            continue;
        ++kills;
        int images = 0;
        QString why;
        QVERIFY2(projectSound(project, &images, &why), qPrintable(QStringLiteral("after kill %1: %2").arg(kills).arg(why)));
        QVERIFY(images >= maxImages);   // nothing once saved is lost
        maxImages = images;
        ++checks;
    }
    QVERIFY2(kills >= 30, qPrintable(QStringLiteral("only %1 kills landed before an import ended").arg(kills)));
    const Cli finish = runCli({QStringLiteral("import"), project, m_sources, QStringLiteral("--copy")});
    QVERIFY2(finish.code == 0, qPrintable(finish.err));
    int images = 0;
    QString why;
    QVERIFY2(projectSound(project, &images, &why), qPrintable(why));
    QCOMPARE(images, 240);
    // No copy twice on disk either: every file under images/ is one the project lists.
    QCOMPARE(filesUnder(QDir(project).filePath(QStringLiteral("images")), QStringLiteral("*.png")), 240);
    qInfo("import --copy of 240 images: %d kills, %d loads checked, 0 lost", kills, checks);
}

void TestKillSafety::trainingKilled()
{
    m_trainProject = m_root.filePath(QStringLiteral("train"));
    const QString shapes = m_root.filePath(QStringLiteral("shapes"));
    QVERIFY(TestImages::writeShapeDataset(shapes, 12, 40, 9));
    QCOMPARE(runCli({QStringLiteral("new"), m_trainProject}).code, 0);
    QCOMPARE(runCli({QStringLiteral("import"), m_trainProject, shapes}).code, 0);
    QCOMPARE(runCli({QStringLiteral("split"), m_trainProject, QStringLiteral("--train"), QStringLiteral("0.7"),
                     QStringLiteral("--val"), QStringLiteral("0.3"), QStringLiteral("--test"), QStringLiteral("0")}).code,
             0);

    // The uninterrupted run: the metrics every resumed run must end with.
    QElapsedTimer timer;
    timer.start();
    const Cli whole = runCli(trainArgs(m_trainProject));
    QVERIFY2(whole.code == 0, qPrintable(whole.err));
    const int span = int(timer.elapsed());
    m_finishedRun = newestRun(m_trainProject);
    const QJsonObject expected = lastEpoch(m_trainProject, m_finishedRun);
    QCOMPARE(expected.value(QStringLiteral("epoch")).toInt(), 6);

    int kills = 0, resumes = 0, finishedRuns = 0, freshStarts = 0;
    QString run;   // the run being resumed, empty to start one
    for (int round = 0; round < 80 && kills < 20; ++round) {
        QStringList args = trainArgs(m_trainProject);
        if (!run.isEmpty())
            args << QStringLiteral("--resume") << run;
        const QString previous = newestRun(m_trainProject);
        // Late rather than early in the span: most kills then land after a checkpoint.
        if (runAndKill(args, span / 4 + int(m_rng.bounded(span * 3 / 4)))) {
            ++kills;
            if (run.isEmpty())
                run = newestRun(m_trainProject);
            if (run == previous) {   // killed before its run folder existed
                run.clear();
                continue;
            }
            // The killed run reads as interrupted, never as running.
            RunRecord record;
            QString error;
            if (RunStore::find(m_trainProject + QStringLiteral("/runs"), run, &record, &error))
                QVERIFY2(record.status() != QLatin1String("running"), qPrintable(run));
            if (!QFileInfo::exists(QDir(m_trainProject).filePath(QStringLiteral("runs/%1/checkpoint/state.json")).arg(run))) {
                run.clear();   // killed before its first checkpoint: nothing to resume, start again
                ++freshStarts;
            }
            continue;
        }
        // The command ended by itself: it finished its run; its metrics are the uninterrupted ones.
        const QString ended = run.isEmpty() ? newestRun(m_trainProject) : run;
        QVERIFY2(sameFinalMetrics(lastEpoch(m_trainProject, ended), expected), qPrintable(ended));
        ++finishedRuns;
        resumes += run.isEmpty() ? 0 : 1;
        run.clear();
    }
    QVERIFY2(kills >= 20, qPrintable(QStringLiteral("only %1 kills landed").arg(kills)));
    if (!run.isEmpty()) {   // finish the last one
        QStringList args = trainArgs(m_trainProject);
        args << QStringLiteral("--resume") << run;
        const Cli resumed = runCli(args);
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY2(sameFinalMetrics(lastEpoch(m_trainProject, run), expected), qPrintable(run));
        ++finishedRuns;
        ++resumes;
    }
    // However the random kills fell (on a slow machine they may all land before a checkpoint), one
    // run is killed right after its first checkpoint and resumed to the end.
    {
        const QString previous = newestRun(m_trainProject);
        QProcess p;
        p.start(QStringLiteral(HONE_CLI_PATH), trainArgs(m_trainProject));
        QVERIFY(p.waitForStarted());
        QString started;
        QElapsedTimer waited;
        waited.start();
        while (p.state() == QProcess::Running && waited.elapsed() < 300000) {
            started = newestRun(m_trainProject);
            if (started != previous
                && QFileInfo::exists(QDir(m_trainProject).filePath(QStringLiteral("runs/%1/checkpoint/state.json").arg(started))))
                break;
            p.waitForFinished(20);
        }
        QVERIFY2(p.state() == QProcess::Running, "the run ended before it could be killed after its first checkpoint");
        p.kill();
        p.waitForFinished();
        ++kills;
        QStringList args = trainArgs(m_trainProject);
        args << QStringLiteral("--resume") << started;
        const Cli resumed = runCli(args);
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY2(sameFinalMetrics(lastEpoch(m_trainProject, started), expected), qPrintable(started));
        ++finishedRuns;
        ++resumes;
    }
    int images = 0;
    QString why;
    QVERIFY2(projectSound(m_trainProject, &images, &why), qPrintable(why));
    qInfo("training: %d kills, %d runs finished after kills (%d by resuming), %d restarts before a first checkpoint",
          kills, finishedRuns, resumes, freshStarts);
}

void TestKillSafety::exportKilled()
{
    QVERIFY2(!m_finishedRun.isEmpty(), "needs the run from trainingKilled()");
    const QString target = m_root.filePath(QStringLiteral("exports/model.onnx"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QStringList args = {QStringLiteral("export"), m_trainProject, QStringLiteral("--run"), m_finishedRun,
                              QStringLiteral("--format"), QStringLiteral("onnx"), QStringLiteral("--output"), target};
    QElapsedTimer timer;
    timer.start();
    const Cli whole = runCli(args);
    QVERIFY2(whole.code == 0, qPrintable(whole.err));
    const QByteArray complete = TestImages::readBytes(target);
    QVERIFY(complete.size() > 1000);
    const int span = std::max<int>(100, int(timer.elapsed()));
    int kills = 0;
    for (int round = 0; round < 40 && kills < 12; ++round) {
        QFile::remove(target);
        if (!runAndKill(args, int(m_rng.bounded(span))))
            continue;
        ++kills;
        // Nothing, or the whole file: never a part of it under the destination's name.
        if (QFileInfo::exists(target))
            QCOMPARE(TestImages::readBytes(target).size(), complete.size());
    }
    QVERIFY(kills >= 5);
    qInfo("export: %d kills, no partial file at the destination", kills);
}

void TestKillSafety::fullDisk()
{
    QVERIFY2(!m_finishedRun.isEmpty(), "needs the run from trainingKilled()");
    // A real full filesystem: a 6 MB tmpfs, where the machine lets this process mount one. Else
    // the kernel's file-size limit (RLIMIT_FSIZE) makes every write past 256 bytes fail.
    const QString mountPoint = m_root.filePath(QStringLiteral("small-disk"));
    QDir().mkpath(mountPoint);
    // HONE_TEST_FULL_DISK=rlimit runs the second way where the first is possible too.
    const bool mounted = ::geteuid() == 0 && qgetenv("HONE_TEST_FULL_DISK") != "rlimit"
        && ::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=6m") == 0;
    std::function<void()> limit;
    if (!mounted) {
        qWarning("no tmpfs here: the full-disk cases run under a 256-byte file-size limit instead");
        limit = [] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit small{256, 256};
            ::setrlimit(RLIMIT_FSIZE, &small);
        };
    }
    auto cleanup = qScopeGuard([&] {
        if (mounted)
            ::umount(QFile::encodeName(mountPoint).constData());
    });

    // A labeled project on the small disk, then the disk filled to the last byte.
    const QString project = mountPoint + QStringLiteral("/p");
    QCOMPARE(runCli({QStringLiteral("new"), project}).code, 0);
    const QString few = m_root.filePath(QStringLiteral("few"));
    for (int i = 0; i < 4; ++i)
        QVERIFY(TestImages::write(QStringLiteral("%1/c/%2.png").arg(few).arg(i), TestImages::noise(32, 32, unsigned(5000 + i)), ".png"));
    const Cli imported = runCli({QStringLiteral("import"), project, few});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    if (mounted) {
        // Replacing the backup frees its blocks, which a save could then use: without it the
        // disk is full for the save too.
        QVERIFY(QFile::remove(project + QStringLiteral("/project.hone.json.bak")));
        QFile filler(mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        QByteArray byte(1, 'x');
        while (filler.write(byte) == 1 && filler.flush()) {
        }
        filler.close();
        struct statvfs vfs;
        QVERIFY(::statvfs(QFile::encodeName(mountPoint).constData(), &vfs) == 0);
        QVERIFY(vfs.f_bavail == 0);
    }
    const QByteArray before = TestImages::readBytes(project + QStringLiteral("/project.hone.json"));
    int cases = 0;

    // A label: refused with the reason, the file on disk as it was.
    Project p;
    QString error;
    QVERIFY(p.load(project, &error));
    const QString image = p.images().first().path;
    Cli r = runCli({QStringLiteral("label"), project, image, QStringLiteral("dog")}, 60000, limit);
    QVERIFY2(r.code == 1 && !r.crashed && r.err.contains(QStringLiteral("cannot write")),
             qPrintable(QStringLiteral("%1 %2").arg(r.code).arg(r.err)));
    QCOMPARE(TestImages::readBytes(project + QStringLiteral("/project.hone.json")), before);
    ++cases;

    // An import with copies: every file refused or the save refused, the project as it was.
    r = runCli({QStringLiteral("import"), project, m_sources + QStringLiteral("/class0"), QStringLiteral("--copy")}, 120000, limit);
    QVERIFY2(!r.crashed && !r.err.contains(QStringLiteral("std::exception")), qPrintable(r.err));
    int images = 0;
    QString why;
    QVERIFY2(projectSound(project, &images, &why), qPrintable(why));
    QCOMPARE(images, 4);
    QCOMPARE(TestImages::readBytes(project + QStringLiteral("/project.hone.json")), before);
    ++cases;

    // A split: refused with the reason, the project as it was.
    r = runCli({QStringLiteral("split"), project}, 60000, limit);
    QVERIFY2(r.code == 1 && !r.crashed, qPrintable(r.err));
    ++cases;

    // An export to the full disk: a clear error and no file (whole or partial) left there.
    const QString target = mountPoint + QStringLiteral("/model.onnx");
    r = runCli({QStringLiteral("export"), m_trainProject, QStringLiteral("--run"), m_finishedRun, QStringLiteral("--format"),
                QStringLiteral("onnx"), QStringLiteral("--output"), target}, 120000, limit);
    QVERIFY2(r.code == 1 && !r.crashed, qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(mountPoint).entryList({QStringLiteral("model.onnx*")}, QDir::Files).size(), 0);
    ++cases;

    // Training whose checkpoints cannot be written: a clear failure; the project loads.
    if (mounted) {
        QFile::remove(mountPoint + QStringLiteral("/filler"));
        QVERIFY(TestImages::writeBytes(mountPoint + QStringLiteral("/filler"), QByteArray(5 * 1024 * 1024 + 512 * 1024, 'x')));
    }
    const QString trainHere = mountPoint + QStringLiteral("/t");
    QVERIFY(QDir().mkpath(trainHere));
    QVERIFY(QFile::copy(m_trainProject + QStringLiteral("/project.hone.json"), trainHere + QStringLiteral("/project.hone.json")));
    QVERIFY(QFile::link(m_trainProject + QStringLiteral("/images"), trainHere + QStringLiteral("/images")));
    QStringList args = trainArgs(trainHere);
    args << QStringLiteral("--no-feature-cache");
    r = runCli(args, 300000, limit);
    QVERIFY2(r.code == 1 && !r.crashed && r.err.contains(QStringLiteral("hone-cli: error:")), qPrintable(r.err));
    QVERIFY2(projectSound(trainHere, &images, &why), qPrintable(why));
    ++cases;
    qInfo("full disk (%s): %d cases, each a clear error with the project intact",
          mounted ? "6 MB tmpfs" : "file-size limit", cases);
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
