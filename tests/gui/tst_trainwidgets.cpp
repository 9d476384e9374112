// The Train workspace's widgets in the real main window, offscreen: the backbone picker (what it
// says of each backbone and its weights, and what choosing one sets) and the confusion matrix's
// readability at 2, 12 and 30 classes.

#include "mainwindowfixture.h"

#include "backbonepicker.h"
#include "classpanel.h"
#include "confusiongallery.h"
#include "confusionmatrixwidget.h"
#include "imagefiltermodel.h"
#include "imagegridmodel.h"
#include "imageviewer.h"
#include "lrfinderdialog.h"
#include "datasetworkspace.h"
#include "evaluateworkspace.h"
#include "gradcamview.h"
#include "mainwindow.h"
#include "predictiongallery.h"
#include "runhistorypanel.h"
#include "trainingplots.h"
#include "trainworkspace.h"

#include "project/assignlabelcommand.h"
#include "project/project.h"
#include "nn/classifiermodel.h"
#include "zoo/backbonecatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QLabel>
#include <QSlider>
#include <QTabWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <random>

using namespace Hone;

class TestTrainWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backbonePicker();
    void matrixReadability_data();
    void matrixReadability();
};

void TestTrainWidgets::backbonePicker()
{
    QTemporaryDir tmp;
    qputenv("HONE_WEIGHTS_CACHE", QFile::encodeName(tmp.filePath(QStringLiteral("cache"))));
    MainWindow window;
    window.resize(1400, 900);
    int stall = 0;
    openProjectWithShapes(this, window, tmp, 6, &stall, false);
    if (QTest::currentTestFailed())
        return;
    TrainWorkspace *train = window.trainWorkspace();
    window.findChild<QTabWidget *>()->setCurrentWidget(train);
    auto *picker = train->findChild<BackbonePicker *>();
    QVERIFY(picker);
    auto *backbones = picker->findChild<QComboBox *>(QStringLiteral("backboneCombo"));
    auto *weights = picker->findChild<QComboBox *>(QStringLiteral("weightsCombo"));
    auto *slider = picker->findChild<QSlider *>(QStringLiteral("freezeSlider"));
    auto *download = picker->findChild<QPushButton *>(QStringLiteral("downloadWeightsButton"));
    QVERIFY(backbones && weights && slider && download);
    QCOMPARE(backbones->count(), int(backboneCatalog().size()));

    // The Auto recipe (a new project's) holds the freeze depth and says what it chose.
    auto *autoNote = train->findChild<QLabel *>(QStringLiteral("autoChoiceLabel"));
    QVERIFY(autoNote);
    QVERIFY2(!autoNote->isHidden() && autoNote->text().startsWith(QStringLiteral("Auto chose: ")),
             qPrintable(autoNote->text()));
    QVERIFY(!slider->isEnabled());
    QCOMPARE(train->config().recipe, QStringLiteral("auto"));
    QCOMPARE(train->config().freezeDepth, 2);
    TrainingConfig custom = train->config();
    custom.recipe = QStringLiteral("custom");
    train->setConfig(custom);
    QVERIFY(slider->isEnabled());
    QVERIFY(autoNote->isHidden());

    // ResNet-50 frozen through layer2: the label names the stages and the share that trains.
    backbones->setCurrentIndex(backbones->findData(QStringLiteral("resnet50")));
    QCOMPARE(slider->maximum(), 5);
    slider->setValue(3);
    const QList<qint64> counts = stageParameters(QStringLiteral("resnet50"));
    qint64 total = 0, trained = 0;
    for (int i = 0; i < counts.size(); ++i) {
        total += counts.at(i);
        trained += i >= 3 ? counts.at(i) : 0;
    }
    QString freezeText;
    for (QLabel *label : picker->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("layer2")))
            freezeText = label->text();
    }
    QVERIFY2(freezeText.contains(QStringLiteral("stem, layer1, layer2")), qPrintable(freezeText));
    QVERIFY2(freezeText.contains(QStringLiteral("(%1 %)").arg(100.0 * trained / total, 0, 'f', 0)), qPrintable(freezeText));
    QCOMPARE(train->config().freezeDepth, 3);
    QCOMPARE(train->config().backbone, QStringLiteral("resnet50"));

    // torchvision's weights are offered and, not being cached, need a download first.
    weights->setCurrentIndex(weights->findData(QStringLiteral("zoo:resnet50/imagenet1k_v2")));
    QVERIFY(weights->currentIndex() > 0);
    QVERIFY(!download->isHidden());
    QVERIFY(!picker->weightsReady());
    QCOMPARE(train->config().weights, QStringLiteral("zoo:resnet50/imagenet1k_v2"));

    // A weight file: its load report is read off the UI thread and shown.
    const QString file = tmp.filePath(QStringLiteral("resnet18-backbone.safetensors"));
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 3, 1, &error);
    QVERIFY(model->saveSafetensors(QFile::encodeName(file).toStdString(), {}, false, true, &error));
    picker->set(QStringLiteral("resnet18"), file, 2);
    QVERIFY(download->isHidden());
    QVERIFY(picker->weightsReady());
    const auto anyLabelSays = [picker](const char *text) {
        const QList<QLabel *> labels = picker->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [text](QLabel *l) { return l->text().contains(QLatin1String(text)); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(anyLabelSays("0 missing"), 20000);
    QCOMPARE(train->config().weights, file);

    // The bundled backbone: ready without a download.
    picker->set(bundledBackbone(), zooReference(bundledBackbone(), bundledWeightsId()), 5);
    QVERIFY(picker->weightsReady());
    QVERIFY(download->isHidden());

    // The precision setting reaches the run's config and comes back from it.
    auto *precision = train->findChild<QComboBox *>(QStringLiteral("precisionCombo"));
    QVERIFY(precision);
    QCOMPARE(train->config().precision, QStringLiteral("auto"));
    precision->setCurrentIndex(precision->findData(QStringLiteral("bf16")));
    QCOMPARE(train->config().precision, QStringLiteral("bf16"));
    TrainingConfig fp32 = train->config();
    fp32.precision = QStringLiteral("fp32");
    train->setConfig(fp32);
    QCOMPARE(precision->currentData().toString(), QStringLiteral("fp32"));
    const QByteArray shots = qgetenv("HONE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        window.grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("picker.png")));
        precision->parentWidget()->grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("settings.png")));
    }
    qunsetenv("HONE_WEIGHTS_CACHE");
}

void TestTrainWidgets::matrixReadability_data()
{
    QTest::addColumn<int>("classes");
    QTest::newRow("2") << 2;
    QTest::newRow("12") << 12;
    QTest::newRow("30") << 30;
}

void TestTrainWidgets::matrixReadability()
{
    // Every cell of a matrix at 2, 12 and 30 classes, with long class names, can be hit with the
    // mouse in a widget of the size the Train workspace gives it.
    QFETCH(int, classes);
    QStringList names;
    for (int c = 0; c < classes; ++c)
        names.append(c % 3 == 0 ? QStringLiteral("class with a long name %1").arg(c) : QStringLiteral("c%1").arg(c));
    QVector<int> counts(classes * classes);
    std::mt19937 rng(1);
    for (int t = 0; t < classes; ++t)
        for (int p = 0; p < classes; ++p)
            counts[t * classes + p] = t == p ? 20 + int(rng() % 10) : int(rng() % 4 == 0 ? rng() % 5 : 0);
    ConfusionMatrixWidget matrix;
    matrix.resize(640, 560);
    matrix.setClassNames(names);
    matrix.setMatrix(counts, QStringLiteral("%1 classes").arg(classes));
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QSet<QPair<int, int>> hit;
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x) {
            const auto cell = matrix.cellAt(QPoint(x, y));
            if (cell.first >= 0)
                hit.insert(cell);
        }
    QCOMPARE(hit.size(), classes * classes);
    const QByteArray shots = qgetenv("HONE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        matrix.grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("matrix-%1.png").arg(classes)));
}

QTEST_MAIN(TestTrainWidgets)

#include "tst_trainwidgets.moc"
