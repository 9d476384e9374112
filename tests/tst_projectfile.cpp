// The project file: JSON round trips, unknown keys kept at every level, load errors that name
// the place, and a failed load that leaves the file alone.

#include "project/project.h"
#include "project/projectfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "testimages.h"

using namespace Hone;

namespace {

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(TestImages::readBytes(path)).object();
}

ProjectData sampleData()
{
    ProjectData data;
    ClassInfo cat{3, QStringLiteral("cat"), QStringLiteral("#4e79a7"), {}};
    ClassInfo dog{7, QStringLiteral("Hund ü"), QStringLiteral("#f28e2b"), {}};
    cat.extra.insert(QStringLiteral("futureClassKey"), QStringLiteral("kept"));
    data.classes = {cat, dog};
    ImageEntry a{QStringLiteral("images/cat/a.png"), 3, Split::Train, QStringLiteral("aa11"), {}, {}};
    ImageEntry b{QStringLiteral("images/Hund ü/b.jpg"), 7, Split::Val, QStringLiteral("bb22"), {}, {}};
    ImageEntry c{QStringLiteral("images/unlabeled/c.png"), -1, Split::Unassigned,
                 QStringLiteral("cc33"), {}, {}};
    ImageEntry d{QStringLiteral("images/cat/d.png"), 3, Split::Test, QStringLiteral("dd44"), {}, {}};
    b.extra.insert(QStringLiteral("futureImageKey"), QJsonArray{1, 2, 3});
    b.reviewed = {QStringLiteral("label"), QStringLiteral("duplicate")};
    data.images = {a, b, c, d};
    data.training = QJsonObject{{QStringLiteral("epochs"), 12}};
    data.extra.insert(QStringLiteral("futureTopKey"), QJsonObject{{QStringLiteral("x"), true}});
    return data;
}

// A minimal valid project file with one class (id 0) and one image, for editing into bad ones.
QJsonObject validRoot()
{
    return QJsonObject{
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("appVersion"), QStringLiteral("0.1.0")},
        {QStringLiteral("classes"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 0},
                                {QStringLiteral("name"), QStringLiteral("a")},
                                {QStringLiteral("color"), QStringLiteral("#4e79a7")}}}},
        {QStringLiteral("images"),
         QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("images/a/1.png")},
                                {QStringLiteral("label"), 0},
                                {QStringLiteral("split"), QStringLiteral("train")},
                                {QStringLiteral("hash"), QStringLiteral("abc")}}}},
    };
}

QJsonObject withImageField(const QString &key, const QJsonValue &value)
{
    QJsonObject root = validRoot();
    QJsonArray images = root.value(QStringLiteral("images")).toArray();
    QJsonObject image = images.at(0).toObject();
    image[key] = value;
    images[0] = image;
    root[QStringLiteral("images")] = images;
    return root;
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRoundTrip();
    void toJsonLayout();
    void projectLoadSaveRoundTrip();
    void unknownKeysSurvive();
    void loadErrors_data();
    void loadErrors();
    void failedLoadLeavesFileUntouched();
    void createRefusesExistingProject();
};

void TestProjectFile::writeReadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(ProjectFile::fileName());
    const ProjectData data = sampleData();
    QString error;
    QVERIFY2(ProjectFile::write(path, data, &error), qPrintable(error));

    ProjectData back;
    QVERIFY2(ProjectFile::read(path, &back, &error), qPrintable(error));
    QCOMPARE(back.classes, data.classes);
    QCOMPARE(back.images, data.images);
    QCOMPARE(back.training, data.training);
    QCOMPARE(back.extra, data.extra);

    // Writing what was read gives the same bytes: nothing drifts between saves.
    const QByteArray first = TestImages::readBytes(path);
    QVERIFY2(ProjectFile::write(path, back, &error), qPrintable(error));
    QCOMPARE(TestImages::readBytes(path), first);
}

void TestProjectFile::toJsonLayout()
{
    const QJsonObject json = ProjectFile::toJson(sampleData());
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), ProjectFile::SchemaVersion);
    QVERIFY(json.value(QStringLiteral("appVersion")).isString());
    const QJsonArray classes = json.value(QStringLiteral("classes")).toArray();
    QCOMPARE(classes.size(), 2);
    QCOMPARE(classes.at(1).toObject().value(QStringLiteral("id")).toInt(), 7);
    QCOMPARE(classes.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Hund ü"));
    const QJsonArray images = json.value(QStringLiteral("images")).toArray();
    QCOMPARE(images.size(), 4);
    QCOMPARE(images.at(0).toObject().value(QStringLiteral("label")).toInt(), 3);
    QCOMPARE(images.at(0).toObject().value(QStringLiteral("split")).toString(), QStringLiteral("train"));
    // Unlabeled and unassigned are JSON null, not -1 or "".
    QVERIFY(images.at(2).toObject().value(QStringLiteral("label")).isNull());
    QVERIFY(images.at(2).toObject().value(QStringLiteral("split")).isNull());
    QCOMPARE(images.at(3).toObject().value(QStringLiteral("split")).toString(), QStringLiteral("test"));
    QCOMPARE(json.value(QStringLiteral("training")).toObject().value(QStringLiteral("epochs")).toInt(), 12);
}

void TestProjectFile::projectLoadSaveRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(ProjectFile::write(dir.filePath(ProjectFile::fileName()), sampleData(), &error),
             qPrintable(error));

    Project project;
    QVERIFY2(project.load(dir.path(), &error), qPrintable(error));
    QVERIFY(project.isOpen());
    QVERIFY(!project.isModified());
    QCOMPARE(project.classes().size(), 2);
    QCOMPARE(project.images().size(), 4);
    QCOMPARE(project.classIdByName(QStringLiteral("Hund ü")), 7);
    QCOMPARE(project.imageIndex(QStringLiteral("images/Hund ü/b.jpg")), 1);
    QCOMPARE(project.images().at(1).split, Split::Val);
    QCOMPARE(project.imageCount(3), 2);
    QCOMPARE(project.nextClassId(), 8);
    QCOMPARE(project.trainingDefaults().value(QStringLiteral("epochs")).toInt(), 12);

    const QJsonObject before = readJson(project.filePath());
    QVERIFY2(project.save(&error), qPrintable(error));
    QCOMPARE(readJson(project.filePath()), before);

    Project again;
    QVERIFY2(again.load(dir.path(), &error), qPrintable(error));
    QCOMPARE(again.classes(), project.classes());
    QCOMPARE(again.images(), project.images());
}

void TestProjectFile::unknownKeysSurvive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject root = validRoot();
    root[QStringLiteral("fromTheFuture")] = QJsonObject{{QStringLiteral("nested"), 42}};
    QJsonArray classes = root.value(QStringLiteral("classes")).toArray();
    QJsonObject cls = classes.at(0).toObject();
    cls[QStringLiteral("description")] = QStringLiteral("a class note");
    classes[0] = cls;
    root[QStringLiteral("classes")] = classes;
    QJsonArray images = root.value(QStringLiteral("images")).toArray();
    QJsonObject image = images.at(0).toObject();
    image[QStringLiteral("boxes")] = QJsonArray{QJsonArray{1, 2, 3, 4}};
    images[0] = image;
    root[QStringLiteral("images")] = images;
    const QString path = dir.filePath(ProjectFile::fileName());
    QVERIFY(writeAll(path, QJsonDocument(root).toJson()));

    Project project;
    QString error;
    QVERIFY2(project.load(dir.path(), &error), qPrintable(error));
    QVERIFY2(project.save(&error), qPrintable(error));

    const QJsonObject saved = readJson(path);
    QCOMPARE(saved.value(QStringLiteral("fromTheFuture")).toObject().value(QStringLiteral("nested")).toInt(), 42);
    const QJsonObject savedClass = saved.value(QStringLiteral("classes")).toArray().at(0).toObject();
    QCOMPARE(savedClass.value(QStringLiteral("description")).toString(), QStringLiteral("a class note"));
    QCOMPARE(savedClass.value(QStringLiteral("name")).toString(), QStringLiteral("a"));
    const QJsonObject savedImage = saved.value(QStringLiteral("images")).toArray().at(0).toObject();
    QCOMPARE(savedImage.value(QStringLiteral("boxes")).toArray(), (QJsonArray{QJsonArray{1, 2, 3, 4}}));
    QCOMPARE(savedImage.value(QStringLiteral("path")).toString(), QStringLiteral("images/a/1.png"));
    // Known keys keep their meaning, so the saved file equals what was written.
    QCOMPARE(saved, root);
}

void TestProjectFile::loadErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };

    QTest::newRow("unknown class id") << json(withImageField(QStringLiteral("label"), 7))
                                      << QStringLiteral("images[0].label: unknown class id 7");
    QTest::newRow("broken JSON") << QByteArray("{\"schemaVersion\": 1, \"classes\": [")
                                 << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << QStringLiteral("not a JSON object");

    QJsonObject newer = validRoot();
    newer[QStringLiteral("schemaVersion")] = ProjectFile::SchemaVersion + 1;
    QTest::newRow("newer schema") << json(newer)
                                  << QStringLiteral("schemaVersion: %1 is newer").arg(ProjectFile::SchemaVersion + 1);
    QJsonObject noSchema = validRoot();
    noSchema.remove(QStringLiteral("schemaVersion"));
    QTest::newRow("missing schema") << json(noSchema) << QStringLiteral("schemaVersion: missing");

    QTest::newRow("absolute path") << json(withImageField(QStringLiteral("path"), QStringLiteral("/etc/passwd")))
                                   << QStringLiteral("images[0].path: '/etc/passwd' is not a relative path");
    // "../photos/x.png" is a referenced image; only paths that are not normalised are refused.
    QTest::newRow("dot segment") << json(withImageField(QStringLiteral("path"), QStringLiteral("images/./x.png")))
                                 << QStringLiteral("images[0].path: 'images/./x.png' is not a relative path");
    QTest::newRow("inner parent path")
        << json(withImageField(QStringLiteral("path"), QStringLiteral("images/../../x.png")))
        << QStringLiteral("images[0].path");
    QTest::newRow("drive path") << json(withImageField(QStringLiteral("path"), QStringLiteral("C:/x.png")))
                                << QStringLiteral("images[0].path");
    QTest::newRow("backslash path") << json(withImageField(QStringLiteral("path"), QStringLiteral("images\\x.png")))
                                    << QStringLiteral("images[0].path");
    QTest::newRow("bad split") << json(withImageField(QStringLiteral("split"), QStringLiteral("holdout")))
                               << QStringLiteral("images[0].split: 'holdout'");
    QTest::newRow("label not an id") << json(withImageField(QStringLiteral("label"), QStringLiteral("a")))
                                     << QStringLiteral("images[0].label: not a class id");
    QTest::newRow("reviewed not a list") << json(withImageField(QStringLiteral("reviewed"), QStringLiteral("label")))
                                         << QStringLiteral("images[0].reviewed: not a list");
    QTest::newRow("reviewed not names") << json(withImageField(QStringLiteral("reviewed"), QJsonArray{1}))
                                        << QStringLiteral("images[0].reviewed: not a list of names");

    QJsonObject twice = validRoot();
    QJsonArray images = twice.value(QStringLiteral("images")).toArray();
    images.append(images.at(0));
    twice[QStringLiteral("images")] = images;
    QTest::newRow("path twice") << json(twice) << QStringLiteral("images[1].path: 'images/a/1.png' is listed twice");

    QJsonObject dupClass = validRoot();
    QJsonArray classes = dupClass.value(QStringLiteral("classes")).toArray();
    QJsonObject second = classes.at(0).toObject();
    second[QStringLiteral("name")] = QStringLiteral("b");
    classes.append(second);
    dupClass[QStringLiteral("classes")] = classes;
    QTest::newRow("class id twice") << json(dupClass) << QStringLiteral("classes[1].id: 0");
}

void TestProjectFile::loadErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeAll(dir.filePath(ProjectFile::fileName()), content));

    Project project;
    QString error;
    QVERIFY(!project.load(dir.path(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!project.isOpen());

    ProjectData data;
    QString readError;
    QVERIFY(!ProjectFile::read(dir.filePath(ProjectFile::fileName()), &data, &readError));
    QVERIFY2(readError.contains(expected), qPrintable(readError));
}

void TestProjectFile::failedLoadLeavesFileUntouched()
{
    QTemporaryDir good;
    QTemporaryDir bad;
    QVERIFY(good.isValid() && bad.isValid());
    QString error;
    QVERIFY2(ProjectFile::write(good.filePath(ProjectFile::fileName()), sampleData(), &error),
             qPrintable(error));
    const QByteArray badBytes = QJsonDocument(withImageField(QStringLiteral("label"), 7)).toJson();
    const QString badPath = bad.filePath(ProjectFile::fileName());
    QVERIFY(writeAll(badPath, badBytes));
    const QDateTime badModified = QFileInfo(badPath).lastModified();

    Project project;
    QVERIFY2(project.load(good.path(), &error), qPrintable(error));
    QVERIFY(!project.load(bad.path(), &error));

    // The bad file is byte for byte what it was, and the open project is still the good one.
    QCOMPARE(TestImages::readBytes(badPath), badBytes);
    QCOMPARE(QFileInfo(badPath).lastModified(), badModified);
    QCOMPARE(QDir(bad.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{ProjectFile::fileName()});
    QCOMPARE(project.directory(), QDir(good.path()).absolutePath());
    QCOMPARE(project.images().size(), 4);
}

void TestProjectFile::createRefusesExistingProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("new project"));
    Project project;
    QString error;
    QVERIFY2(project.create(folder, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(ProjectFile::fileName())));
    QVERIFY(project.classes().isEmpty());
    QVERIFY(project.images().isEmpty());

    const QByteArray before = TestImages::readBytes(project.filePath());
    Project other;
    QVERIFY(!other.create(folder, &error));
    QVERIFY2(error.contains(QStringLiteral("already holds a Hone project")), qPrintable(error));
    QCOMPARE(TestImages::readBytes(project.filePath()), before);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
