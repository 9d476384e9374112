// CSV label files in and out: the reader's edge cases, the CSV import layout, and a round trip
// through export-dataset (CSV and ImageFolder).

#include "testimages.h"

#include "export/datasetexporter.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "project/project.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Hone;

class TestDatasetIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvReaderEdgeCases();
    void csvReaderUnclosedQuote();
    void csvImport();
    void roundTripThroughCsv();
    void imageFolderTree();
    void referenceInsteadOfCopy();
    void relativeSourceAndCsvRowChecks();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestDatasetIo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    using TestImages::noise;
    QVERIFY(TestImages::write(path(QStringLiteral("src/a, with comma.png")), noise(20, 20, 1), ".png"));
    QVERIFY(TestImages::write(path(QStringLiteral("src/quote\"d.png")), noise(20, 20, 2), ".png"));
    QVERIFY(TestImages::write(path(QStringLiteral("src/plain.jpg")), noise(20, 20, 3), ".jpg"));
    QVERIFY(TestImages::write(path(QStringLiteral("src/sub/ünï.png")), noise(20, 20, 4), ".png"));
    QVERIFY(TestImages::write(path(QStringLiteral("src/unlabeled.png")), noise(20, 20, 5), ".png"));
}

void TestDatasetIo::csvReaderEdgeCases()
{
    QVector<CsvRow> rows;
    QString error;
    const QByteArray text = "\xEF\xBB\xBFpath,label\r\n"
                            "\"a, with comma.png\",cat\r\n"
                            "\"quote\"\"d.png\",\"dog\"\r\n"
                            "\r\n"
                            "\"multi\nline.png\",x\n"
                            "last.png,";
    QVERIFY2(parseCsv(text, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).fields, (QStringList{QStringLiteral("path"), QStringLiteral("label")}));   // BOM gone
    QCOMPARE(rows.at(1).fields, (QStringList{QStringLiteral("a, with comma.png"), QStringLiteral("cat")}));
    QCOMPARE(rows.at(2).fields, (QStringList{QStringLiteral("quote\"d.png"), QStringLiteral("dog")}));
    QCOMPARE(rows.at(3).fields.first(), QStringLiteral("multi\nline.png"));
    QCOMPARE(rows.at(3).line, 5);
    QCOMPARE(rows.at(4).fields, (QStringList{QStringLiteral("last.png"), QString()}));
    QCOMPARE(rows.at(4).line, 7);
}

void TestDatasetIo::csvReaderUnclosedQuote()
{
    QVector<CsvRow> rows;
    QString error;
    QVERIFY(!parseCsv("ok.png,a\n\"broken.png,b\n", &rows, &error));
    QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
}

void TestDatasetIo::csvImport()
{
    // No header this time, CRLF, a class with a slash in its name, an empty label, a split column,
    // a missing file and a path that is not an image.
    const QByteArray csv = "\"a, with comma.png\",cats/big,train\r\n"
                           "\"quote\"\"d.png\",dogs,val\r\n"
                           "sub/ünï.png,dogs\r\n"
                           "unlabeled.png,\r\n"
                           "missing.png,cats\r\n"
                           "notes.txt,cats\r\n";
    QVERIFY(TestImages::writeBytes(path(QStringLiteral("src/labels.csv")), csv));
    QVERIFY(TestImages::writeBytes(path(QStringLiteral("src/notes.txt")), "text"));
    Project project;
    QString error;
    QVERIFY2(project.create(path(QStringLiteral("csvproject")), &error), qPrintable(error));
    const ImportResult result = Importer(project).run({path(QStringLiteral("src/labels.csv"))});
    QCOMPARE(result.images.size(), 4);
    QCOMPARE(result.rejected.size(), 2);
    QVERIFY2(result.rejected.at(0).reason.contains(QStringLiteral("line 5")), qPrintable(result.rejected.at(0).reason));
    QVERIFY2(result.rejected.at(1).reason.contains(QStringLiteral("line 6")), qPrintable(result.rejected.at(1).reason));
    applyImport(&project, result);
    QCOMPARE(project.classes().size(), 2);
    QVERIFY(project.classIdByName(QStringLiteral("cats/big")) >= 0);
    int unlabeled = 0;
    for (const ImageEntry &image : project.images()) {
        // Class names never become paths outside images/<one folder>/.
        QVERIFY2(image.path.count(QLatin1Char('/')) == 2, qPrintable(image.path));
        unlabeled += image.label < 0;
    }
    QCOMPARE(unlabeled, 1);
    const ImageEntry &first = project.images().at(0);
    QCOMPARE(first.label, project.classIdByName(QStringLiteral("cats/big")));
    QCOMPARE(first.split, Split::Train);
    QCOMPARE(project.images().at(1).split, Split::Val);
    QCOMPARE(project.images().at(2).split, Split::Unassigned);
}

void TestDatasetIo::roundTripThroughCsv()
{
    Project source;
    QString error;
    QVERIFY(source.load(path(QStringLiteral("csvproject")), &error));
    DatasetExportOptions options;
    options.format = DatasetFormat::Csv;
    options.output = path(QStringLiteral("out/labels.csv"));
    QDir().mkpath(path(QStringLiteral("out")));
    QCOMPARE(exportDataset(source, options, &error), int(source.images().size()));

    Project copy;
    QVERIFY(copy.create(path(QStringLiteral("roundtrip")), &error));
    applyImport(&copy, Importer(copy, ImportLayout::Csv).run({options.output}));
    QCOMPARE(copy.images().size(), source.images().size());
    for (const ImageEntry &image : source.images()) {
        // Matched by content: the same image has the same class name and split after the trip.
        const auto it = std::find_if(copy.images().begin(), copy.images().end(),
                                     [&](const ImageEntry &e) { return e.hash == image.hash; });
        QVERIFY(it != copy.images().end());
        const ClassInfo *a = source.classById(image.label);
        const ClassInfo *b = copy.classById(it->label);
        QCOMPARE(b ? b->name : QString(), a ? a->name : QString());
        QCOMPARE(it->split, image.split);
    }
}

void TestDatasetIo::imageFolderTree()
{
    Project source;
    QString error;
    QVERIFY(source.load(path(QStringLiteral("csvproject")), &error));
    DatasetExportOptions options;
    options.format = DatasetFormat::Folders;
    options.splitFolders = true;
    options.output = path(QStringLiteral("tree"));
    QCOMPARE(exportDataset(source, options, &error), 3);   // the unlabeled image stays out
    QVERIFY(QFileInfo::exists(path(QStringLiteral("tree/train/cats_big"))));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("tree/val/dogs"))));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("tree/unassigned/dogs"))));
    // A second export into the now non-empty folder is refused rather than mixed.
    QCOMPARE(exportDataset(source, options, &error), -1);
    QVERIFY2(error.contains(QStringLiteral("not empty")), qPrintable(error));

    // The tree imports back as one class per folder.
    Project copy;
    QVERIFY(copy.create(path(QStringLiteral("fromtree")), &error));
    applyImport(&copy, Importer(copy, ImportLayout::Folders).run({path(QStringLiteral("tree/train")),
                                                                   path(QStringLiteral("tree/val"))}));
    QCOMPARE(copy.images().size(), 2);
}

void TestDatasetIo::referenceInsteadOfCopy()
{
    Project project;
    QString error;
    QVERIFY(project.create(path(QStringLiteral("referencing")), &error));
    applyImport(&project, Importer(project, ImportLayout::Flat, /*copy=*/false).run({path(QStringLiteral("src/sub"))}));
    QCOMPARE(project.images().size(), 1);
    QCOMPARE(project.images().first().path, QStringLiteral("../src/sub/ünï.png"));
    QVERIFY(!QFileInfo::exists(project.absolutePath(QStringLiteral("images"))));
    QVERIFY(QFileInfo(project.absolutePath(project.images().first().path)).isFile());
    Project reloaded;
    QVERIFY2(reloaded.load(project.directory(), &error), qPrintable(error));
    QCOMPARE(reloaded.images().first().path, project.images().first().path);
}

void TestDatasetIo::relativeSourceAndCsvRowChecks()
{
    Project project;
    QString error;
    QVERIFY(project.create(path(QStringLiteral("relative")), &error));
    // A source given relative to the working folder is resolved before anything is recorded.
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(path(QStringLiteral("src")));
    const ImportResult result = Importer(project, ImportLayout::Flat, /*copy=*/false).run({QStringLiteral("sub")});
    QDir::setCurrent(cwd);
    QCOMPARE(result.images.size(), 1);
    QCOMPARE(result.images.first().entry.path, QStringLiteral("../src/sub/ünï.png"));

    // Blank spreadsheet rows are skipped; an unknown split is refused with its line.
    QVERIFY(TestImages::writeBytes(path(QStringLiteral("src/rows.csv")),
                                   "plain.jpg,a,validation\n,,\n  , \nunlabeled.png,b,val\n"));
    const ImportResult rows = Importer(project).run({path(QStringLiteral("src/rows.csv"))});
    QCOMPARE(rows.images.size(), 1);
    QCOMPARE(rows.rejected.size(), 1);
    QVERIFY2(rows.rejected.first().reason.contains(QStringLiteral("line 1"))
                 && rows.rejected.first().reason.contains(QStringLiteral("validation")),
             qPrintable(rows.rejected.first().reason));
}

QTEST_GUILESS_MAIN(TestDatasetIo)
#include "tst_datasetio.moc"
