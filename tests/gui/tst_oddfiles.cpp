// The GUI on messy folders and damaged state: odd images import through the Dataset view and get
// their thumbnails (once, a long strip ended the process), a damaged project file is offered back
// in its last good version, a read-only project says so in the title, and a killed run shows as
// interrupted with Resume offered.

#include "datasetworkspace.h"
#include "mainwindow.h"
#include "runhistorypanel.h"
#include "trainworkspace.h"

#include "project/project.h"

#include "../testimages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Hone;

namespace {

// Answers the next message box that opens with `button`, and records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(50, [button, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->isVisible()) {
                if (text)
                    *text = box->text();
                box->button(button)->click();
                return;
            }
        }
        answerNextMessageBox(button, text);   // not open yet
    });
}

} // namespace

class TestOddFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oddImagesImportWithThumbnails();
    void damagedProjectOfferedBack();
    void killedRunShownInterrupted();
};

void TestOddFiles::oddImagesImportWithThumbnails()
{
    QTemporaryDir tmp;
    const QString images = tmp.filePath(QStringLiteral("odd"));
    QVERIFY(TestImages::write(images + QStringLiteral("/a/strip-4000x8.png"), TestImages::noise(4000, 8, 1), ".png"));
    QVERIFY(TestImages::write(images + QStringLiteral("/a/strip-8x4000.png"), TestImages::noise(8, 4000, 2), ".png"));
    QVERIFY(TestImages::write(images + QStringLiteral("/b/line-3000x1.png"), TestImages::noise(3000, 1, 3), ".png"));
    QVERIFY(TestImages::writeBytes(images + QStringLiteral("/b/broken.png"), QByteArray("\x89PNG\r\n\x1a\n", 8)));
    MainWindow window;
    QVERIFY(window.newProject(tmp.filePath(QStringLiteral("project"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DatasetWorkspace *dataset = window.datasetWorkspace();
    QSignalSpy imported(dataset, &DatasetWorkspace::importFinished);
    QString warning;
    answerNextMessageBox(QMessageBox::Ok, &warning);   // the refusal of broken.png
    dataset->importSources({images});
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().at(0).toInt(), 3);
    QCOMPARE(imported.first().at(1).toInt(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(warning.contains(QStringLiteral("1 file")), 10000);
    // Every row's thumbnail arrives: not the grey placeholder, not the pink "cannot read".
    QAbstractItemModel *model = dataset->gridView()->model();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage image = model->data(model->index(row, 0), Qt::DecorationRole).value<QPixmap>().toImage();
                bool content = false;
                for (int i = 0; i < image.width() && !content; ++i) {
                    for (int j = 0; j < image.height() && !content; ++j) {
                        const QColor c = image.pixelColor(i, j);
                        content = c.alpha() > 0 && c != QColor(0xe8, 0xe8, 0xe8) && c != QColor(0xf4, 0xcc, 0xcc);
                    }
                }
                return content;
            }(),
            20000);
    }
}

void TestOddFiles::damagedProjectOfferedBack()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("project"));
    {
        Project project;
        QString error;
        QVERIFY(project.create(dir, &error));
        QVERIFY(TestImages::write(dir + QStringLiteral("/images/x.png"), TestImages::noise(20, 20, 5), ".png"));
        // Two more saves: the backup holds the first of them.
        project.setTrainingDefaults(QJsonObject{{QStringLiteral("epochs"), 7}});
        project.setTrainingDefaults(QJsonObject{{QStringLiteral("batchSize"), 8}});
    }
    QVERIFY(TestImages::writeBytes(dir + QStringLiteral("/project.hone.json"), QByteArray("{\"schemaVersion\": 1, \"cla")));
    MainWindow window;
    window.show();
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    QVERIFY(window.openProject(dir));
    QVERIFY2(question.contains(QStringLiteral("not valid JSON")), qPrintable(question));
    QCOMPARE(window.project()->trainingDefaults().value(QStringLiteral("epochs")).toInt(), 7);
    QCOMPARE(QDir(dir).entryList({QStringLiteral("project.hone.json.damaged-*")}, QDir::Files).size(), 1);
}

void TestOddFiles::killedRunShownInterrupted()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("project"));
    {
        Project project;
        QString error;
        QVERIFY(project.create(dir, &error));
    }
    // What a killed run leaves: run.json still saying "running", a checkpoint, a lock file whose
    // process is gone (a pid that cannot exist).
    const QString run = dir + QStringLiteral("/runs/20261202-101010");
    QVERIFY(QDir().mkpath(run + QStringLiteral("/checkpoint")));
    QVERIFY(TestImages::writeBytes(run + QStringLiteral("/run.json"),
                                   QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("20261202-101010")},
                                                             {QStringLiteral("status"), QStringLiteral("running")},
                                                             {QStringLiteral("config"), QJsonObject{{QStringLiteral("backbone"), QStringLiteral("resnet18")}}}})
                                       .toJson()));
    QVERIFY(TestImages::writeBytes(run + QStringLiteral("/checkpoint/state.json"), QByteArray("{}")));
    QVERIFY(TestImages::writeBytes(run + QStringLiteral("/run.lock"),
                                   QByteArray("2147483646\nHone\n") + QSysInfo::machineHostName().toUtf8() + "\n"));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(dir));
    QListWidget *list = window.trainWorkspace()->runHistory()->list();
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("interrupted")), qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("running")));
    QVERIFY(list->item(0)->data(Qt::UserRole + 1).toBool());   // resumable
}

QTEST_MAIN(TestOddFiles)
#include "tst_oddfiles.moc"
