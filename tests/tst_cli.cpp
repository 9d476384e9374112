// hone-cli end to end through QProcess: new, import, info, train, evaluate, export, predict, and
// the exit-code contract (0 success, 1 failure with "hone-cli: error:", 2 usage). JSON goes to
// stdout alone, so stdout of every --json command must parse.

#include "clirunner.h"
#include "zoo/backbonecatalog.h"
#include "inference/predictor.h"
#include "testimages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QJsonDocument parseJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    *error = parseError.errorString();
    return parseError.error == QJsonParseError::NoError ? doc : QJsonDocument();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // In order: each step works on the project the one before left.
    void newProject();
    void importFolders();
    void infoJsonBeforeTraining();
    void evaluateWithoutRunsFails();
    void train();
    void infoJsonAfterTraining();
    void evaluateJson();
    void report();
    void lrFind();
    void exportTorchScript();
    void exportOnnxAndPredict();
    void predictJson();
    void predictErrors();
    void usageErrors();

private:
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QTemporaryDir m_dir;
    QString m_project;
    QString m_runId;
    QString m_model;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HONE_CLI_PATH)).isExecutable(), HONE_CLI_PATH);
    QVERIFY(TestImages::writeShapeDataset(path(QStringLiteral("shapes")), 16, 48, 77));
    m_project = path(QStringLiteral("project"));
    m_model = path(QStringLiteral("m.pt"));
}

void TestCli::newProject()
{
    const CliResult r = runCli({QStringLiteral("new"), m_project});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo::exists(QDir(m_project).filePath(QStringLiteral("project.hone.json"))));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));

    const CliResult again = runCli({QStringLiteral("new"), m_project});
    QVERIFY2(again.code == 1, qPrintable(again.describe()));
    QVERIFY2(again.err.contains("hone-cli: error:"), qPrintable(again.describe()));
}

void TestCli::importFolders()
{
    const CliResult r = runCli({QStringLiteral("import"), m_project, path(QStringLiteral("shapes"))});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("Imported 32 images, 0 refused, 0 duplicates"), qPrintable(r.describe()));

    // The same folder again: everything is a duplicate, nothing is added.
    const CliResult again = runCli({QStringLiteral("import"), m_project, path(QStringLiteral("shapes"))});
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QVERIFY2(again.err.contains("Imported 0 images, 0 refused, 32 duplicates"), qPrintable(again.describe()));
}

void TestCli::infoJsonBeforeTraining()
{
    const CliResult r = runCli({QStringLiteral("info"), m_project, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QString error;
    const QJsonDocument doc = parseJson(r.out, &error);
    QVERIFY2(doc.isObject(), qPrintable(error + QLatin1Char('\n') + r.describe()));
    const QJsonObject info = doc.object();
    QCOMPARE(keysOf(info), (QSet<QString>{QStringLiteral("classes"), QStringLiteral("images"),
                                          QStringLiteral("labeled"), QStringLiteral("unlabeled"),
                                          QStringLiteral("splits")}));
    const QJsonArray classes = info.value(QStringLiteral("classes")).toArray();
    QCOMPARE(classes.size(), 2);
    for (const QJsonValue &value : classes) {
        QCOMPARE(keysOf(value.toObject()), (QSet<QString>{QStringLiteral("name"), QStringLiteral("count")}));
        QCOMPARE(value.toObject().value(QStringLiteral("count")).toInt(), 16);
    }
    QCOMPARE(classes.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("circles"));
    QCOMPARE(classes.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("squares"));
    QCOMPARE(info.value(QStringLiteral("images")).toInt(), 32);
    QCOMPARE(info.value(QStringLiteral("labeled")).toInt(), 32);
    QCOMPARE(info.value(QStringLiteral("unlabeled")).toInt(), 0);
    const QJsonObject splits = info.value(QStringLiteral("splits")).toObject();
    QCOMPARE(keysOf(splits), (QSet<QString>{QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")}));
    QCOMPARE(splits.value(QStringLiteral("train")).toInt(), 0);
    QCOMPARE(splits.value(QStringLiteral("val")).toInt(), 0);
    QCOMPARE(splits.value(QStringLiteral("test")).toInt(), 0);
}

void TestCli::evaluateWithoutRunsFails()
{
    const CliResult r = runCli({QStringLiteral("evaluate"), m_project, QStringLiteral("--json")});
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("hone-cli: error:"), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
}

void TestCli::train()
{
    QElapsedTimer timer;
    timer.start();
    const CliResult r = runCli({QStringLiteral("train"), m_project, QStringLiteral("--epochs"), QStringLiteral("3"),
                                QStringLiteral("--image-size"), QStringLiteral("48"),
                                QStringLiteral("--batch-size"), QStringLiteral("8"),
                                QStringLiteral("--device"), QStringLiteral("cpu")},
                               480000);
    qInfo("hone-cli train took %.1f s", timer.elapsed() / 1000.0);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    // stdout carries the run id and nothing else; progress went to stderr.
    m_runId = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(!m_runId.isEmpty() && !m_runId.contains(QLatin1Char('\n')), qPrintable(r.describe()));
    QVERIFY2(r.err.contains("epoch 3/3"), qPrintable(r.describe()));
    const QString runDir = QDir(m_project).filePath(QStringLiteral("runs/") + m_runId);
    QVERIFY(QFileInfo(QDir(runDir).filePath(QStringLiteral("model.weights"))).isFile());
    QFile runJson(QDir(runDir).filePath(QStringLiteral("run.json")));
    QVERIFY(runJson.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(runJson.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(json.value(QStringLiteral("epochs")).toArray().size(), 3);
    // A new project trains with the Auto recipe on the bundled backbone; what the command line
    // gave (epochs, image size) is kept, the rest Auto chose and said so.
    const QJsonObject config = json.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("backbone")).toString(), Hone::bundledBackbone());
    QVERIFY(config.value(QStringLiteral("recipe")).toString() != QLatin1String("auto"));
    QCOMPARE(config.value(QStringLiteral("epochs")).toInt(), 3);
    QCOMPARE(config.value(QStringLiteral("imageSize")).toInt(), 48);
    QVERIFY2(r.err.contains("Auto chose: "), qPrintable(r.describe()));
    QVERIFY(config.value(QStringLiteral("autoChose")).toString().startsWith(QStringLiteral("Auto chose: ")));
}

void TestCli::infoJsonAfterTraining()
{
    QVERIFY2(!m_runId.isEmpty(), "needs the run from train()");
    const CliResult r = runCli({QStringLiteral("info"), m_project, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonObject splits = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("splits")).toObject();
    // train assigned the missing splits, 80/20 stratified: 13 + 3 per class.
    QCOMPARE(splits.value(QStringLiteral("train")).toInt(), 26);
    QCOMPARE(splits.value(QStringLiteral("val")).toInt(), 6);
    QCOMPARE(splits.value(QStringLiteral("test")).toInt(), 0);
}

void TestCli::evaluateJson()
{
    QVERIFY2(!m_runId.isEmpty(), "needs the run from train()");
    const CliResult r = runCli({QStringLiteral("evaluate"), m_project, QStringLiteral("--json"),
                                QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QString error;
    const QJsonDocument doc = parseJson(r.out, &error);
    QVERIFY2(doc.isObject(), qPrintable(error + QLatin1Char('\n') + r.describe()));
    const QJsonObject json = doc.object();
    QCOMPARE(json.value(QStringLiteral("run")).toString(), m_runId);
    QCOMPARE(json.value(QStringLiteral("split")).toString(), QStringLiteral("val"));
    QVERIFY(json.value(QStringLiteral("accuracy")).isDouble());
    const double accuracy = json.value(QStringLiteral("accuracy")).toDouble();
    QVERIFY(accuracy >= 0.0 && accuracy <= 1.0);
    // The accuracy with its 95 % interval: around it, wide on six validation images.
    const QJsonObject interval = json.value(QStringLiteral("accuracyInterval95")).toObject();
    QVERIFY(interval.value(QStringLiteral("low")).toDouble() <= accuracy);
    QVERIFY(interval.value(QStringLiteral("high")).toDouble() >= accuracy);
    QVERIFY(interval.value(QStringLiteral("high")).toDouble() - interval.value(QStringLiteral("low")).toDouble() > 0.2);
    QVERIFY(json.value(QStringLiteral("macroF1")).isDouble());
    QCOMPARE(json.value(QStringLiteral("classes")).toArray(),
             (QJsonArray{QStringLiteral("circles"), QStringLiteral("squares")}));

    const QJsonArray confusion = json.value(QStringLiteral("confusion")).toArray();
    QCOMPARE(confusion.size(), 2);
    int total = 0, correct = 0;
    for (int t = 0; t < confusion.size(); ++t) {
        const QJsonArray row = confusion.at(t).toArray();
        QCOMPARE(row.size(), 2);
        for (int p = 0; p < row.size(); ++p) {
            total += row.at(p).toInt();
            correct += t == p ? row.at(p).toInt() : 0;
        }
    }
    QCOMPARE(total, 6);
    QCOMPARE(accuracy, double(correct) / total);

    const QJsonArray perClass = json.value(QStringLiteral("perClass")).toArray();
    QCOMPARE(perClass.size(), 2);
    for (int c = 0; c < perClass.size(); ++c) {
        const QJsonObject o = perClass.at(c).toObject();
        QCOMPARE(o.value(QStringLiteral("class")).toString(),
                 json.value(QStringLiteral("classes")).toArray().at(c).toString());
        for (const char *key : {"precision", "recall", "f1"}) {
            QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
            const double v = o.value(QLatin1String(key)).toDouble();
            QVERIFY2(v >= 0.0 && v <= 1.0, key);
        }
        // Row = true class: support is the row sum.
        const QJsonArray row = confusion.at(c).toArray();
        QCOMPARE(o.value(QStringLiteral("support")).toInt(), row.at(0).toInt() + row.at(1).toInt());
        QCOMPARE(o.value(QStringLiteral("support")).toInt(), 3);
    }

    // --split test: this project has no test images.
    const CliResult test = runCli({QStringLiteral("evaluate"), m_project, QStringLiteral("--split"),
                                   QStringLiteral("test"), QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(test.code == 1, qPrintable(test.describe()));
    QVERIFY2(test.err.contains("hone-cli: error:"), qPrintable(test.describe()));
}

void TestCli::report()
{
    if (!HONE_CLI_HAS_REPORT)
        QSKIP("hone-cli was built without the GUI libraries, so without `report`");
    QVERIFY2(!m_runId.isEmpty(), "needs the run from train()");
    // Headless: no display and no platform chosen by the caller.
    const QStringList headless = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                  QStringLiteral("QT_QPA_PLATFORM")};
    const QString html = path(QStringLiteral("report.html"));
    CliResult r = runCli({QStringLiteral("report"), m_project, QStringLiteral("--output"), html,
                          QStringLiteral("--device"), QStringLiteral("cpu")}, 120000, headless);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(text.contains(m_runId));
    // The curves and the confusion matrix, embedded; the per-class table with both classes.
    QVERIFY(text.count(QStringLiteral("src=\"data:image/png;base64,")) >= 2);
    QVERIFY(text.contains(QStringLiteral("alt=\"loss and accuracy curves\"")));
    QVERIFY(text.contains(QStringLiteral("alt=\"confusion matrix\"")));
    QVERIFY(text.contains(QStringLiteral("<td>circles</td>")) && text.contains(QStringLiteral("<td>squares</td>")));
    QVERIFY(text.contains(QStringLiteral("<th class=\"n\">F1</th>")));
    // The data-health section: the doctor's counts, with the project's image count.
    QVERIFY(text.contains(QStringLiteral("<h2>Data health</h2>")));
    QVERIFY(text.contains(QStringLiteral("<td>Likely label errors</td>")));
    QVERIFY(text.contains(QStringLiteral("<td>Duplicate groups</td>")));
    // The embedded curves decode as an image.
    const int at = text.indexOf(QStringLiteral("data:image/png;base64,")) + 22;
    const QByteArray png = QByteArray::fromBase64(text.mid(at, text.indexOf(QLatin1Char('"'), at) - at).toLatin1());
    QVERIFY(QImage::fromData(png, "PNG").width() >= 600);

    const QString pdf = path(QStringLiteral("report.pdf"));
    r = runCli({QStringLiteral("report"), m_project, QStringLiteral("--output"), pdf, QStringLiteral("--split"),
                QStringLiteral("val")}, 120000, headless);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QVERIFY(pdfFile.size() > 20000);
    // Without the data-health section.
    r = runCli({QStringLiteral("report"), m_project, QStringLiteral("--output"), html, QStringLiteral("--no-data-health")},
               120000, headless);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QFile plain(html);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(!plain.readAll().contains("<h2>Data health</h2>"));

    // Usage and failures: no output file, an unknown run, a folder that cannot take the file.
    r = runCli({QStringLiteral("report"), m_project}, 120000, headless);
    QCOMPARE(r.code, 2);
    r = runCli({QStringLiteral("report"), m_project, QStringLiteral("--run"), QStringLiteral("nope"),
                QStringLiteral("--output"), html}, 120000, headless);
    QCOMPARE(r.code, 1);
    r = runCli({QStringLiteral("report"), m_project, QStringLiteral("--output"),
                path(QStringLiteral("no/such/folder/report.html"))}, 120000, headless);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("cannot write"), qPrintable(r.describe()));
}

void TestCli::lrFind()
{
    const CliResult r = runCli({QStringLiteral("lr-find"), m_project, QStringLiteral("--steps"), QStringLiteral("12"),
                                QStringLiteral("--image-size"), QStringLiteral("48"), QStringLiteral("--json"),
                                QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QString error;
    const QJsonDocument doc = parseJson(r.out, &error);
    QVERIFY2(doc.isObject(), qPrintable(error + QLatin1Char('\n') + r.describe()));
    const QJsonObject json = doc.object();
    QVERIFY(json.value(QStringLiteral("suggestion")).toDouble() > 0.0);
    const QJsonArray curve = json.value(QStringLiteral("curve")).toArray();
    QVERIFY(curve.size() >= 3 && curve.size() <= 12);
    QVERIFY(curve.first().toObject().contains(QStringLiteral("lr")));
    QVERIFY(curve.first().toObject().contains(QStringLiteral("loss")));
    const CliResult bad = runCli({QStringLiteral("lr-find"), m_project, QStringLiteral("--min"), QStringLiteral("x")});
    QCOMPARE(bad.code, 2);
}

void TestCli::exportTorchScript()
{
    QVERIFY2(!m_runId.isEmpty(), "needs the run from train()");
    const CliResult r = runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                QStringLiteral("torchscript"), QStringLiteral("--output"), m_model});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("verified with LibTorch"), qPrintable(r.describe()));
    QVERIFY(QFileInfo(m_model).isFile());
    QVERIFY(QFileInfo(m_model).size() > 1000000);

    // Metadata beside the model names the classes and the preprocessing.
    QFile sidecar(m_model + QStringLiteral(".json"));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject meta = QJsonDocument::fromJson(sidecar.readAll()).object();
    QCOMPARE(meta.value(QStringLiteral("format")).toString(), QStringLiteral("torchscript"));
    QCOMPARE(meta.value(QStringLiteral("classes")).toArray(),
             (QJsonArray{QStringLiteral("circles"), QStringLiteral("squares")}));
    QCOMPARE(meta.value(QStringLiteral("runId")).toString(), m_runId);
    QCOMPARE(meta.value(QStringLiteral("input")).toObject().value(QStringLiteral("imageSize")).toInt(), 48);

    const CliResult badFormat = runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                        QStringLiteral("keras"), QStringLiteral("--output"),
                                        path(QStringLiteral("m.keras"))});
    QVERIFY2(badFormat.code == 2, qPrintable(badFormat.describe()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("m.keras"))));
}

void TestCli::exportOnnxAndPredict()
{
    QVERIFY2(QFileInfo(m_model).isFile(), "needs the model from exportTorchScript()");
    const QString onnx = path(QStringLiteral("m.onnx"));
    const CliResult r = runCli({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                QStringLiteral("onnx"), QStringLiteral("--output"), onnx});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("verified with OpenCV DNN"), qPrintable(r.describe()));

    // The ONNX file (run by OpenCV DNN) and the TorchScript file (run by LibTorch) agree.
    const QString circle = path(QStringLiteral("shapes/circles/circle-01.png"));
    const QString square = path(QStringLiteral("shapes/squares/square-01.png"));
    QJsonArray results[2];
    const QStringList models = {m_model, onnx};
    for (int i = 0; i < 2; ++i) {
        const CliResult p = runCli({QStringLiteral("predict"), models.at(i), circle, square,
                                    QStringLiteral("--json"), QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(p.code == 0, qPrintable(p.describe()));
        results[i] = QJsonDocument::fromJson(p.out).array();
        QCOMPARE(results[i].size(), 2);
    }
    for (int k = 0; k < 2; ++k) {
        const QJsonObject a = results[0].at(k).toObject();
        const QJsonObject b = results[1].at(k).toObject();
        // The same probabilities to rounding; the same label unless the two classes are all but
        // tied, where rounding may pick either.
        const double score = a.value(QStringLiteral("score")).toDouble();
        QVERIFY(std::abs(score - b.value(QStringLiteral("score")).toDouble()) < 1e-3);
        if (score > 0.5 + 1e-3)
            QCOMPARE(b.value(QStringLiteral("label")).toString(), a.value(QStringLiteral("label")).toString());
    }
}

void TestCli::predictJson()
{
    QVERIFY2(QFileInfo(m_model).isFile(), "needs the model from exportTorchScript()");
    const QString circle = path(QStringLiteral("shapes/circles/circle-00.png"));
    const QString square = path(QStringLiteral("shapes/squares/square-00.png"));
    const CliResult r = runCli({QStringLiteral("predict"), m_model, circle, square, QStringLiteral("--json"),
                                QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QString error;
    const QJsonDocument doc = parseJson(r.out, &error);
    QVERIFY2(doc.isArray(), qPrintable(error + QLatin1Char('\n') + r.describe()));
    const QJsonArray predictions = doc.array();
    QCOMPARE(predictions.size(), 2);
    const QStringList images{circle, square};
    Hone::Predictor predictor;
    QVERIFY2(predictor.load(m_model, QStringLiteral("cpu"), &error), qPrintable(error));
    const QVector<Hone::Prediction> expected = predictor.predict(images);
    QCOMPARE(expected.size(), 2);
    for (int i = 0; i < predictions.size(); ++i) {
        const QJsonObject p = predictions.at(i).toObject();
        // image, label and score as ever; known and confidence (calibrated) since the unknown check,
        // and the distance to the nearest class when the model carries class centres.
        const QSet<QString> keys = keysOf(p);
        const QSet<QString> required{QStringLiteral("image"), QStringLiteral("label"), QStringLiteral("score"),
                                     QStringLiteral("known"), QStringLiteral("confidence")};
        QVERIFY(keys.contains(required));
        QVERIFY((keys - required).isEmpty() || keys - required == QSet<QString>{QStringLiteral("distance")});
        QCOMPARE(p.value(QStringLiteral("known")).toBool(), expected.at(i).known);
        QVERIFY(std::abs(p.value(QStringLiteral("confidence")).toDouble() - expected.at(i).confidence) < 1e-6);
        QCOMPARE(p.value(QStringLiteral("image")).toString(), images.at(i));
        QVERIFY2(QStringList({QStringLiteral("circles"), QStringLiteral("squares")})
                     .contains(p.value(QStringLiteral("label")).toString()),
                 qPrintable(p.value(QStringLiteral("label")).toString()));
        // What the model itself computes for the image, read in this process through the same file.
        QCOMPARE(p.value(QStringLiteral("label")).toString(), expected.at(i).label);
        QVERIFY2(std::abs(p.value(QStringLiteral("score")).toDouble() - expected.at(i).score) < 1e-5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(p.value(QStringLiteral("score")).toDouble()).arg(expected.at(i).score)));
    }

    // Without --json: one tab-separated line per image.
    const CliResult plain = runCli({QStringLiteral("predict"), m_model, circle, QStringLiteral("--device"),
                                    QStringLiteral("cpu")});
    QVERIFY2(plain.code == 0, qPrintable(plain.describe()));
    QVERIFY2(plain.out.startsWith(circle.toUtf8() + '\t'), qPrintable(plain.describe()));
}

void TestCli::predictErrors()
{
    const CliResult missing = runCli({QStringLiteral("predict"), path(QStringLiteral("no-such-model.pt")),
                                      path(QStringLiteral("shapes/circles/circle-00.png"))});
    QVERIFY2(missing.code == 1, qPrintable(missing.describe()));
    QVERIFY2(missing.err.contains("hone-cli: error:"), qPrintable(missing.describe()));
    QVERIFY2(missing.out.isEmpty(), qPrintable(missing.describe()));

    QVERIFY2(QFileInfo(m_model).isFile(), "needs the model from exportTorchScript()");
    const QString text = path(QStringLiteral("notes.png"));
    QVERIFY(TestImages::writeBytes(text, QByteArray("not an image\n")));
    const CliResult bad = runCli({QStringLiteral("predict"), m_model, text, QStringLiteral("--json"),
                                  QStringLiteral("--device"), QStringLiteral("cpu")});
    QVERIFY2(bad.code == 1, qPrintable(bad.describe()));
    QVERIFY2(bad.err.contains("hone-cli: error:"), qPrintable(bad.describe()));
    // Still valid JSON on stdout, with the failure recorded per image.
    QString error;
    const QJsonDocument doc = parseJson(bad.out, &error);
    QVERIFY2(doc.isArray(), qPrintable(error + QLatin1Char('\n') + bad.describe()));
    QCOMPARE(doc.array().size(), 1);
    QVERIFY(doc.array().at(0).toObject().contains(QStringLiteral("error")));

    // A model file that is not a model.
    const CliResult notModel = runCli({QStringLiteral("predict"), text, text});
    QVERIFY2(notModel.code == 1, qPrintable(notModel.describe()));
    QVERIFY2(notModel.err.contains("hone-cli: error:"), qPrintable(notModel.describe()));

    // Text named .onnx, and a TorchScript file named .onnx: not ONNX models.
    const QString fakeOnnx = path(QStringLiteral("fake.onnx"));
    QVERIFY(TestImages::writeBytes(fakeOnnx, QByteArray("not a model\n")));
    const QString circle = path(QStringLiteral("shapes/circles/circle-00.png"));
    const CliResult textOnnx = runCli({QStringLiteral("predict"), fakeOnnx, circle});
    QVERIFY2(textOnnx.code == 1, qPrintable(textOnnx.describe()));
    QVERIFY2(textOnnx.err.contains("is not an ONNX model"), qPrintable(textOnnx.describe()));
    const QString renamed = path(QStringLiteral("torchscript.onnx"));
    QVERIFY(QFile::copy(m_model, renamed));
    const CliResult wrongKind = runCli({QStringLiteral("predict"), renamed, circle});
    QVERIFY2(wrongKind.code == 1, qPrintable(wrongKind.describe()));
    QVERIFY2(wrongKind.err.contains("hone-cli: error:"), qPrintable(wrongKind.describe()));
}

void TestCli::usageErrors()
{
    const CliResult unknown = runCli({QStringLiteral("frobnicate")});
    QVERIFY2(unknown.code == 2, qPrintable(unknown.describe()));
    QVERIFY2(unknown.err.contains("unknown command 'frobnicate'"), qPrintable(unknown.describe()));
    QVERIFY(unknown.out.isEmpty());

    const CliResult none = runCli({});
    QVERIFY2(none.code == 2, qPrintable(none.describe()));

    for (const QStringList &args : {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("new")},
                                    QStringList{QStringLiteral("import"), m_project},
                                    QStringList{QStringLiteral("predict"), m_model}}) {
        const CliResult r = runCli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
        QVERIFY2(r.err.contains("missing arguments"), qPrintable(r.describe()));
    }

    const CliResult badOption = runCli({QStringLiteral("info"), m_project, QStringLiteral("--no-such-option")});
    QVERIFY2(badOption.code == 2, qPrintable(badOption.describe()));
    const CliResult badNumber = runCli({QStringLiteral("train"), m_project, QStringLiteral("--epochs"),
                                        QStringLiteral("many")});
    QVERIFY2(badNumber.code == 2, qPrintable(badNumber.describe()));

    const CliResult help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("Usage: hone-cli"));   // help2man reads the synopsis from "Usage:"

    // Not a project: a failure, not a usage error.
    const CliResult notProject = runCli({QStringLiteral("info"), path(QStringLiteral("shapes"))});
    QVERIFY2(notProject.code == 1, qPrintable(notProject.describe()));
    QVERIFY2(notProject.err.contains("hone-cli: error:"), qPrintable(notProject.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
