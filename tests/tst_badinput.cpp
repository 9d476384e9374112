// Label files and project files that are broken, huge or strange end in a clear message or a
// correct result, quickly and in bounded memory; a damaged project file has its last good version
// kept beside it, and restoring it loses nothing; a read-only project opens and says so.

#include "import/csvreader.h"
#include "import/importer.h"
#include "project/addimagescommand.h"
#include "project/assignlabelcommand.h"
#include "project/project.h"

#include "testimages.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace Hone;

namespace {

// A hang detector, not a speed test: bounded inputs end in seconds, anywhere.
constexpr qint64 HangMs = 60000;

QByteArray projectFile(const QString &dir)
{
    return TestImages::readBytes(QDir(dir).filePath(ProjectFile::fileName()));
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvOfAHundredThousandRows();
    void csvEncodings();
    void csvWithNulBytesRefused();
    void deeplyNestedProjectJson();
    void hugeProjectJsonRefusedUnread();
    void damagedProjectFilesNameThePlace_data();
    void damagedProjectFilesNameThePlace();
    void backupKeptAndRestored();
    void cliNamesTheRecoverCommand();
    void readOnlyProjectSaysSo();

private:
    Project *makeProject(int images);

    QTemporaryDir *m_dir = nullptr;
    Project *m_project = nullptr;
};

void TestBadInput::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestBadInput::cleanup()
{
    delete m_project;
    m_project = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

Project *TestBadInput::makeProject(int images)
{
    m_project = new Project;
    QString error;
    if (!m_project->create(m_dir->filePath(QStringLiteral("p")), &error))
        qFatal("%s", qPrintable(error));
    QVector<ClassInfo> classes{{0, QStringLiteral("cat"), defaultClassColor(0), {}},
                               {1, QStringLiteral("dog"), defaultClassColor(1), {}}};
    QVector<ImageEntry> entries;
    for (int i = 0; i < images; ++i)
        entries.append(ImageEntry{QStringLiteral("images/%1.png").arg(i), i % 2, Split::Unassigned,
                                  QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')), {}});
    m_project->undoStack()->push(new AddImagesCommand(m_project, classes, entries));
    return m_project;
}

void TestBadInput::csvOfAHundredThousandRows()
{
    // 100,000 rows over a few real images: the first rows that name them import, every other
    // row is a per-row refusal, and all of it in bounded time.
    const QString images = m_dir->filePath(QStringLiteral("src"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(TestImages::write(QDir(images).filePath(QStringLiteral("%1.png").arg(i)), TestImages::noise(8, 8, unsigned(i)), ".png"));
    QByteArray csv = "path,label\n";
    for (int i = 0; i < 100000; ++i)
        csv += (i < 3 ? QStringLiteral("src/%1.png,c%1\n").arg(i) : QStringLiteral("src/missing-%1.png,c%2\n").arg(i).arg(i % 7)).toUtf8();
    const QString csvPath = m_dir->filePath(QStringLiteral("labels.csv"));
    QVERIFY(TestImages::writeBytes(csvPath, csv));
    makeProject(0);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = Importer(*m_project, ImportLayout::Csv).run({csvPath});
    QVERIFY2(timer.elapsed() < HangMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.images.size(), 3);
    QCOMPARE(result.rejected.size(), 100000 - 3);
    QVERIFY(result.rejected.last().reason.contains(QStringLiteral("does not exist")));
    QVERIFY(result.rejected.last().reason.contains(QStringLiteral("line 100001")));
}

void TestBadInput::csvEncodings()
{
    const QString text = QStringLiteral("path,label\nKäfer/ü.png,Käfer\n\"a,b.png\",\"x \"\"y\"\"\"\n");
    QVector<CsvRow> rows;
    QString error;
    const auto check = [&](const QByteArray &bytes, const char *what) {
        QVERIFY2(parseCsv(bytes, &rows, &error), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), error)));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).fields, QStringList({QStringLiteral("Käfer/ü.png"), QStringLiteral("Käfer")}));
        QCOMPARE(rows.at(2).fields, QStringList({QStringLiteral("a,b.png"), QStringLiteral("x \"y\"")}));
    };
    check(text.toUtf8(), "UTF-8");
    check("\xEF\xBB\xBF" + text.toUtf8(), "UTF-8 with BOM");
    check(text.toLatin1(), "Latin-1");
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    check(le(text), "UTF-16LE with BOM");
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    check(be(text), "UTF-16BE with BOM");
    // ASCII-range UTF-16 without a byte-order mark, as some tools write it.
    const QString ascii = QStringLiteral("path,label\na.png,x\nb.png,y\n");
    QStringEncoder bare(QStringConverter::Utf16LE);
    QVERIFY2(parseCsv(bare(ascii), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).fields.value(1), QStringLiteral("y"));
}

void TestBadInput::csvWithNulBytesRefused()
{
    QVector<CsvRow> rows;
    QString error;
    QVERIFY(!parseCsv(QByteArray("path,label\na.png,x\0\0\0y\n", 23), &rows, &error));
    QVERIFY2(error.contains(QStringLiteral("NUL")) && error.contains(QStringLiteral("offset 18")), qPrintable(error));
    // Through the importer: the CSV is refused by name, nothing else happens.
    const QString csvPath = m_dir->filePath(QStringLiteral("nul.csv"));
    QVERIFY(TestImages::writeBytes(csvPath, QByteArray(1 << 20, '\0')));
    makeProject(0);
    const ImportResult result = Importer(*m_project, ImportLayout::Auto).run({csvPath});
    QCOMPARE(result.rejected.size(), 1);
    QCOMPARE(result.rejected.first().path, csvPath);
    QVERIFY2(result.rejected.first().reason.contains(QStringLiteral("NUL")), qPrintable(result.rejected.first().reason));
}

void TestBadInput::deeplyNestedProjectJson()
{
    makeProject(1);
    const QString path = m_project->filePath();
    QByteArray nested = "{\"schemaVersion\":1,\"images\":[],\"x\":";
    nested += QByteArray(200000, '[') + QByteArray(200000, ']') + "}";
    QVERIFY(TestImages::writeBytes(path, nested));
    QElapsedTimer timer;
    timer.start();
    Project reopened;
    QString error;
    QVERIFY(!reopened.load(m_project->directory(), &error));
    QVERIFY(timer.elapsed() < HangMs);
    QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
}

void TestBadInput::hugeProjectJsonRefusedUnread()
{
    makeProject(1);
    QFile file(m_project->filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("{\"schemaVersion\":1,\"pad\":\"") > 0);
    QVERIFY(file.resize(100LL * 1024 * 1024));   // 100 MB, sparse
    file.close();
    QElapsedTimer timer;
    timer.start();
    Project reopened;
    QString error;
    QVERIFY(!reopened.load(m_project->directory(), &error));
    QVERIFY(timer.elapsed() < HangMs);
    QVERIFY2(error.contains(QStringLiteral("100 MB")), qPrintable(error));
}

void TestBadInput::damagedProjectFilesNameThePlace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("place");
    QTest::newRow("truncated") << QByteArray("{\"schemaVersion\": 1, \"images\": [{\"pa") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("schema as text") << QByteArray("{\"schemaVersion\":\"1\"}") << QStringLiteral("schemaVersion");
    QTest::newRow("images not array") << QByteArray("{\"schemaVersion\":1,\"images\":{}}") << QStringLiteral("images: not an array");
    QTest::newRow("label of wrong type")
        << QByteArray("{\"schemaVersion\":1,\"images\":[{\"path\":\"a.png\",\"label\":\"cat\"}]}")
        << QStringLiteral("images[0].label");
    QTest::newRow("absolute path")
        << QByteArray("{\"schemaVersion\":1,\"images\":[{\"path\":\"/etc/passwd\"}]}") << QStringLiteral("images[0].path");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << QStringLiteral("not valid JSON");
}

void TestBadInput::damagedProjectFilesNameThePlace()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, place);
    makeProject(3);
    QVERIFY(TestImages::writeBytes(m_project->filePath(), content));
    Project reopened;
    QString error;
    QVERIFY(!reopened.load(m_project->directory(), &error));
    QVERIFY2(error.contains(place), qPrintable(error));
    // The last good version is there, and the message says where.
    QVERIFY2(error.contains(ProjectFile::backupPath(m_project->filePath())), qPrintable(error));
    QVERIFY(Project::hasRestorableBackup(m_project->directory()));
}

void TestBadInput::backupKeptAndRestored()
{
    makeProject(4);
    const QString dir = m_project->directory();
    // Every save keeps the version it replaces.
    m_project->undoStack()->push(new AssignLabelCommand(m_project, {0}, 1));
    QVERIFY(!m_project->isModified());
    const QByteArray good = projectFile(dir);
    m_project->undoStack()->push(new AssignLabelCommand(m_project, {1}, 0));
    QVERIFY(!m_project->isModified());
    const QByteArray latest = projectFile(dir);
    QCOMPARE(TestImages::readBytes(ProjectFile::backupPath(m_project->filePath())), good);
    // Not a copy: the backup is the replaced file itself (a hard link), so a save writes once.
    QVERIFY(!Project::hasRestorableBackup(dir));   // the current file is fine

    QVERIFY(TestImages::writeBytes(m_project->filePath(), latest.left(latest.size() / 2)));
    QVERIFY(Project::hasRestorableBackup(dir));
    QString keptAs, error;
    QVERIFY2(Project::restoreBackup(dir, &keptAs, &error), qPrintable(error));
    QCOMPARE(TestImages::readBytes(keptAs), latest.left(latest.size() / 2));   // nothing thrown away
    Project restored;
    QVERIFY2(restored.load(dir, &error), qPrintable(error));
    QCOMPARE(restored.images().size(), 4);
    QCOMPARE(restored.images().at(0).label, 1);
    // Restoring keeps the backup as it was.
    QCOMPARE(TestImages::readBytes(ProjectFile::backupPath(m_project->filePath())), good);
}

void TestBadInput::cliNamesTheRecoverCommand()
{
    makeProject(2);
    const QString dir = m_project->directory();
    m_project->undoStack()->push(new AssignLabelCommand(m_project, {0}, 1));
    QVERIFY(TestImages::writeBytes(m_project->filePath(), QByteArray("{\"schemaVersion\": 1, \"ima")));
    QProcess cli;
    cli.start(QStringLiteral(HONE_CLI_PATH), {QStringLiteral("info"), dir});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QString message = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("hone-cli recover %1").arg(dir)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("project.hone.json.bak")), qPrintable(message));
    cli.start(QStringLiteral(HONE_CLI_PATH), {QStringLiteral("recover"), dir});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    cli.start(QStringLiteral(HONE_CLI_PATH), {QStringLiteral("info"), dir, QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().contains("\"images\": 2"));
}

void TestBadInput::readOnlyProjectSaysSo()
{
    makeProject(2);
    const QString dir = m_project->directory();
    const QByteArray before = projectFile(dir);
    // A read-only bind mount refuses even root; without the right to mount, a non-root user is
    // refused by the permission bits. One of the two is always possible.
    bool mounted = false;
    if (::geteuid() == 0) {
        mounted = ::mount(QFile::encodeName(dir).constData(), QFile::encodeName(dir).constData(), nullptr, MS_BIND, nullptr) == 0
            && ::mount(nullptr, QFile::encodeName(dir).constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0;
        if (!mounted)
            QSKIP("running as root without the right to mount: no way to make a folder read-only for this process");
    } else {
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    }
    Project reopened;
    QString error;
    const bool loaded = reopened.load(dir, &error);
    const bool readOnly = reopened.isReadOnly();
    QString saveError;
    if (loaded) {
        reopened.undoStack()->push(new AssignLabelCommand(&reopened, {0}, 1));
        saveError = reopened.lastSaveError();
    }
    if (mounted)
        ::umount(QFile::encodeName(dir).constData());
    else
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(readOnly);
    QVERIFY(reopened.isModified());   // the change is shown as unsaved, never as saved
    QVERIFY2(saveError.contains(QStringLiteral("read-only")), qPrintable(saveError));
    QCOMPARE(projectFile(dir), before);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
