// Exports for every backbone Hone offers: TorchScript and ONNX, with and without the softmax,
// each verified at export time (LibTorch for TorchScript, OpenCV DNN for ONNX), then loaded by
// consumers that share no code with Hone's writer: Python's torch.jit.load and onnxruntime-node.

#include "testimages.h"

#include "dataset/imageset.h"
#include "export/modelexporter.h"
#include "inference/predictor.h"
#include "nn/classifiermodel.h"
#include "project/project.h"
#include "import/importer.h"
#include "training/runstore.h"
#include "training/trainer.h"

#include <QJsonArray>
#include <QMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <onnx/onnx_pb.h>

#include <cmath>
#include <numeric>

using namespace Hone;

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyBackbone_data();
    void everyBackbone();
    void wrongMetadataRefused();
    void embeddedPreprocessing_data();
    void embeddedPreprocessing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString trainRun(const QString &backbone);
    // Normalised float32 NCHW input of the validation images, written to a file for other runtimes.
    QString writeInput(const Nn::ImageBatch &batch, const Nn::Normalization &norm, const QString &name);
    static QJsonObject runProcess(const QString &program, const QStringList &args,
                                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QTemporaryDir m_dir;
    Project m_project;
    QString m_onnxForMetadataTest;
    QMap<QString, QString> m_runs;   // backbone -> run id, from everyBackbone()
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestImages::writeShapeDataset(path(QStringLiteral("shapes")), 10, 48, 5));
    QString error;
    QVERIFY2(m_project.create(path(QStringLiteral("project")), &error), qPrintable(error));
    applyImport(&m_project, Importer(m_project).run({path(QStringLiteral("shapes"))}));
    QCOMPARE(m_project.images().size(), 20);
    QVERIFY(assignMissingSplits(&m_project, 1) == 20);
}

QString TestExport::trainRun(const QString &backbone)
{
    TrainingData data;
    QString error;
    if (!TrainingData::fromProject(m_project, &data, &error))
        return QString();
    TrainingConfig config;
    config.backbone = backbone;
    config.epochs = 1;      // one epoch moves weights and BatchNorm statistics off their initial values
    config.imageSize = 48;
    config.batchSize = 8;
    config.device = QStringLiteral("cpu");
    Trainer trainer(data, config);
    trainer.run();
    return trainer.status() == QLatin1String("finished") ? trainer.runId() : QString();
}

QString TestExport::writeInput(const Nn::ImageBatch &batch, const Nn::Normalization &norm,
                               const QString &name)
{
    const size_t plane = size_t(batch.height * batch.width);
    std::vector<float> values(size_t(batch.count) * 3 * plane);
    for (int64_t i = 0; i < batch.count; ++i)
        for (size_t c = 0; c < 3; ++c)
            for (size_t p = 0; p < plane; ++p)
                values[(size_t(i) * 3 + c) * plane + p] =
                    (batch.pixels[size_t(i) * plane * 3 + p * 3 + c] / 255.0f - norm.mean[c]) / norm.std[c];
    const QString file = path(name);
    TestImages::writeBytes(file, QByteArray(reinterpret_cast<const char *>(values.data()),
                                            int(values.size() * sizeof(float))));
    return file;
}

QJsonObject TestExport::runProcess(const QString &program, const QStringList &args,
                                   const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void TestExport::everyBackbone_data()
{
    QTest::addColumn<QString>("backbone");
    for (const std::string &name : Nn::ClassifierModel::backbones())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

void TestExport::everyBackbone()
{
    QFETCH(QString, backbone);
    const QString runId = trainRun(backbone);
    QVERIFY2(!runId.isEmpty(), "training one epoch failed");
    m_runs.insert(backbone, runId);
    RunRecord run;
    QString error;
    QVERIFY2(RunStore::find(m_project.runsDirectory(), runId, &run, &error), qPrintable(error));

    // The reference: LibTorch's logits on the validation images.
    auto model = RunStore::loadModel(run, QStringLiteral("cpu"), &error);
    QVERIFY2(model, qPrintable(error));
    const QStringList images = verificationImages(m_project);
    Nn::ImageBatch batch;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    QVERIFY(loadImageSet(images, {}, 48, &batch, &kept, &failures));
    QVERIFY(batch.count >= 4);
    const std::vector<float> reference = model->logits(batch);
    const QString input = writeInput(batch, model->normalization(), backbone + QStringLiteral(".bin"));
    const QStringList dims = {QString::number(batch.count), QStringLiteral("3"), QStringLiteral("48"),
                              QStringLiteral("48")};
    auto compare = [&](const QJsonObject &out, const char *who) {
        const QJsonArray values = out.value(QStringLiteral("values")).toArray();
        QCOMPARE(size_t(values.size()), reference.size());
        double maxDiff = 0.0;
        for (int i = 0; i < values.size(); ++i)
            maxDiff = std::max(maxDiff, std::abs(values.at(i).toDouble() - double(reference[size_t(i)])));
        qInfo("%s %s: max |Δlogit| vs LibTorch %.2g", qPrintable(backbone), who, maxDiff);
        QVERIFY2(maxDiff <= 1e-3, qPrintable(QStringLiteral("%1 differs by %2").arg(QLatin1String(who)).arg(maxDiff)));
    };

    for (const QString &format : {QStringLiteral("torchscript"), QStringLiteral("onnx")}) {
        for (const bool softmax : {false, true}) {
            auto exporter = ModelExporter::create(format);
            QVERIFY(exporter);
            ExportRequest request;
            request.run = &run;
            request.outputPath = path(QStringLiteral("%1-%2%3%4").arg(backbone, format,
                                                                    softmax ? QStringLiteral("-softmax") : QString(),
                                                                    exporter->suffix()));
            request.softmax = softmax;
            request.verificationImages = images;
            ExportReport report;
            QVERIFY2(exporter->write(request, &report), qPrintable(exporter->errorString()));
            QVERIFY2(report.passed(), qPrintable(report.summary()));
            // Every image agrees but those whose two best classes are within the tolerance.
            QVERIFY(report.agreement * report.images + report.tiedFlips >= report.images - 0.5);
            QCOMPARE(report.images, int(batch.count));
            qInfo("%s %s%s: %s", qPrintable(backbone), qPrintable(format), softmax ? " +softmax" : "",
                  qPrintable(report.summary()));

            // Hone's own predictor reads the file back with the metadata inside it.
            Predictor predictor;
            QVERIFY2(predictor.load(request.outputPath, QStringLiteral("cpu"), &error), qPrintable(error));
            QCOMPARE(predictor.metadata().classNames, run.classNames());
            QCOMPARE(predictor.metadata().softmaxInGraph, softmax);
            const QVector<Prediction> predictions = predictor.predict(images.mid(0, 4));
            for (int i = 0; i < predictions.size(); ++i) {
                const float *row = reference.data() + i * 2;
                QVERIFY(predictions.at(i).error.isEmpty());
                QCOMPARE(predictions.at(i).label, run.classNames().at(row[1] > row[0] ? 1 : 0));
            }
            if (format == QLatin1String("onnx") && !softmax && backbone == QLatin1String("resnet18")) {
                // More images than one chunk of the predictor (256): every one answered, in order,
                // an unreadable one in the second chunk with its error.
                QStringList many;
                for (int i = 0; i < 300; ++i)
                    many.append(images.at(i % 4));
                many[260] = path(QStringLiteral("missing.png"));
                const QVector<Prediction> all = predictor.predict(many);
                QCOMPARE(all.size(), 300);
                for (int i = 0; i < 300; ++i) {
                    QCOMPARE(all.at(i).image, many.at(i));
                    if (i == 260)
                        QVERIFY(!all.at(i).error.isEmpty() && all.at(i).label.isEmpty());
                    else
                        QCOMPARE(all.at(i).label, predictions.at(i % 4).label);
                }
            }
            if (format == QLatin1String("onnx") && !softmax)
                m_onnxForMetadataTest = request.outputPath;
        }
    }

    // Second consumers. TorchScript: Python's torch.jit.load.
    const QString python = QStringLiteral(HONE_TEST_PYTHON);
    const QString pt = path(backbone + QStringLiteral("-torchscript.pt"));
    const QJsonObject fromPython = runProcess(
        python, QStringList{QStringLiteral(HONE_TESTS_DIR "/tools/torchscript_run.py"), pt, input} + dims);
    QVERIFY2(!fromPython.isEmpty(), "torch.jit.load in Python failed");
    QCOMPARE(fromPython.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("backbone")).toString(),
             backbone);
    compare(fromPython, "torch.jit.load (Python)");

    // ONNX: onnxruntime-node, installed by installer/install-deps.sh.
    const QString nodeModules = QStringLiteral(HONE_ORT_NODE_MODULES);
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        QSKIP("node is not installed; onnxruntime-node check skipped");
    QVERIFY2(QFileInfo::exists(nodeModules + QStringLiteral("/onnxruntime-node")),
             qPrintable(QStringLiteral("onnxruntime-node is missing under %1; run installer/install-deps.sh").arg(nodeModules)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), nodeModules);
    const QString onnx = path(backbone + QStringLiteral("-onnx.onnx"));
    const QJsonObject fromOrt = runProcess(
        QStringLiteral("node"), QStringList{QStringLiteral(HONE_TESTS_DIR "/tools/ort_run.js"), onnx, input} + dims, env);
    QVERIFY2(!fromOrt.isEmpty(), "onnxruntime-node failed to run the ONNX file");
    QCOMPARE(fromOrt.value(QStringLiteral("name")).toString(), QStringLiteral("logits"));
    compare(fromOrt, "onnxruntime-node");
}

void TestExport::wrongMetadataRefused()
{
    QVERIFY2(!m_onnxForMetadataTest.isEmpty(), "needs an ONNX export from everyBackbone()");
    QFile file(m_onnxForMetadataTest);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    onnx::ModelProto model;
    QVERIFY(model.ParseFromArray(bytes.constData(), int(bytes.size())));
    bool found = false;
    for (auto &entry : *model.mutable_metadata_props()) {
        if (entry.key() != "hone")
            continue;
        QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(entry.value())).object();
        QJsonObject input = json.value(QStringLiteral("input")).toObject();
        input[QStringLiteral("imageSize")] = 0;
        json[QStringLiteral("input")] = input;
        entry.set_value(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
        found = true;
    }
    QVERIFY(found);
    std::string out;
    QVERIFY(model.SerializeToString(&out));
    const QString bad = path(QStringLiteral("bad-size.onnx"));
    QVERIFY(TestImages::writeBytes(bad, QByteArray::fromStdString(out)));
    Predictor predictor;
    QString error;
    QVERIFY(!predictor.load(bad, QStringLiteral("cpu"), &error));
    QVERIFY2(error.contains(QStringLiteral("imageSize")), qPrintable(error));
}

void TestExport::embeddedPreprocessing_data()
{
    // The preprocessing is the same first node in every network; two families suffice.
    QTest::addColumn<QString>("backbone");
    QTest::newRow("resnet18") << QStringLiteral("resnet18");
    QTest::newRow("mobilenet_v3_small") << QStringLiteral("mobilenet_v3_small");
}

// An export that normalises inside its graph, fed RGB 0–255, must answer as the plain export fed
// normalised input: in LibTorch and OpenCV DNN through Hone's predictor, and in onnxruntime.
void TestExport::embeddedPreprocessing()
{
    QFETCH(QString, backbone);
    QVERIFY2(m_runs.contains(backbone), "needs the run from everyBackbone()");
    RunRecord run;
    QString error;
    QVERIFY2(RunStore::find(m_project.runsDirectory(), m_runs.value(backbone), &run, &error), qPrintable(error));
    const QStringList images = verificationImages(m_project);
    const int k = run.classNames().size();
    for (const QString &format : {QStringLiteral("torchscript"), QStringLiteral("onnx")}) {
        for (const bool softmax : {false, true}) {
            QVector<Prediction> answers[2];
            QString files[2];
            for (const bool embed : {false, true}) {
                auto exporter = ModelExporter::create(format);
                ExportRequest request;
                request.run = &run;
                request.outputPath = path(QStringLiteral("pp-%1-%2%3%4%5").arg(backbone, format,
                                                                              softmax ? QStringLiteral("-softmax") : QString(),
                                                                              embed ? QStringLiteral("-embedded") : QString(),
                                                                              exporter->suffix()));
                request.softmax = softmax;
                request.embedPreprocessing = embed;
                request.verificationImages = images;
                ExportReport report;
                QVERIFY2(exporter->write(request, &report), qPrintable(exporter->errorString()));
                QVERIFY2(report.passed(), qPrintable(report.summary()));
                QVERIFY(QFileInfo::exists(request.outputPath + QStringLiteral(".md")));
                Predictor predictor;
                QVERIFY2(predictor.load(request.outputPath, QStringLiteral("cpu"), &error), qPrintable(error));
                QCOMPARE(predictor.metadata().preprocessingInGraph, embed);
                answers[embed] = predictor.predict(images);
                files[embed] = request.outputPath;
            }
            QCOMPARE(answers[1].size(), answers[0].size());
            double maxDiff = 0.0;
            for (int i = 0; i < answers[0].size(); ++i) {
                QVERIFY(answers[0].at(i).error.isEmpty() && answers[1].at(i).error.isEmpty());
                QCOMPARE(answers[1].at(i).label, answers[0].at(i).label);
                for (int c = 0; c < k; ++c)
                    maxDiff = std::max(maxDiff, std::abs(double(answers[1].at(i).probabilities.at(c))
                                                         - answers[0].at(i).probabilities.at(c)));
            }
            qInfo("%s %s%s embedded vs plain (%s): top-1 100 %%, max |Δp| %.2g", qPrintable(backbone),
                  qPrintable(format), softmax ? " +softmax" : "",
                  format == QLatin1String("onnx") ? "OpenCV DNN" : "LibTorch", maxDiff);
            QVERIFY2(maxDiff <= 1e-4, qPrintable(QString::number(maxDiff)));

            if (format != QLatin1String("onnx"))
                continue;
            // onnxruntime: the raw pixels into the embedded graph, the normalised ones into the plain.
            const QString nodeModules = QStringLiteral(HONE_ORT_NODE_MODULES);
            if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
                QSKIP("node is not installed; onnxruntime-node check skipped");
            Nn::ImageBatch batch;
            QVector<int> kept;
            QVector<ImageSetFailure> failures;
            QVERIFY(loadImageSet(images, {}, run.imageSize(), &batch, &kept, &failures));
            auto model = RunStore::loadModel(run, QStringLiteral("cpu"), &error);
            QVERIFY2(model, qPrintable(error));
            Nn::Normalization raw;
            raw.mean = {{0.0f, 0.0f, 0.0f}};
            raw.std = {{1.0f / 255.0f, 1.0f / 255.0f, 1.0f / 255.0f}};
            const QString plainInput = writeInput(batch, model->normalization(), backbone + QStringLiteral("-plain.bin"));
            const QString rawInput = writeInput(batch, raw, backbone + QStringLiteral("-raw.bin"));
            const QStringList dims = {QString::number(batch.count), QStringLiteral("3"), QString::number(batch.height),
                                      QString::number(batch.width)};
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("NODE_PATH"), nodeModules);
            const QString script = QStringLiteral(HONE_TESTS_DIR "/tools/ort_run.js");
            const QJsonArray plain = runProcess(QStringLiteral("node"), QStringList{script, files[0], plainInput} + dims, env)
                                         .value(QStringLiteral("values")).toArray();
            const QJsonArray embedded = runProcess(QStringLiteral("node"), QStringList{script, files[1], rawInput} + dims, env)
                                            .value(QStringLiteral("values")).toArray();
            QVERIFY2(!plain.isEmpty() && plain.size() == embedded.size(), "onnxruntime-node failed to run the exports");
            const auto probabilities = [&](const QJsonArray &values) {
                std::vector<double> p(size_t(values.size()));
                for (int i = 0; i < values.size(); ++i)
                    p[size_t(i)] = values.at(i).toDouble();
                if (!softmax) {
                    for (size_t r = 0; r + size_t(k) <= p.size(); r += size_t(k)) {
                        const double top = *std::max_element(p.begin() + r, p.begin() + r + k);
                        double sum = 0.0;
                        for (int c = 0; c < k; ++c)
                            sum += std::exp(p[r + c] - top);
                        for (int c = 0; c < k; ++c)
                            p[r + c] = std::exp(p[r + c] - top) / sum;
                    }
                }
                return p;
            };
            const std::vector<double> a = probabilities(plain), b = probabilities(embedded);
            double ortDiff = 0.0;
            for (size_t r = 0; r < a.size(); r += size_t(k)) {
                QCOMPARE(std::max_element(b.begin() + r, b.begin() + r + k) - b.begin(),
                         std::max_element(a.begin() + r, a.begin() + r + k) - a.begin());
                for (int c = 0; c < k; ++c)
                    ortDiff = std::max(ortDiff, std::abs(a[r + c] - b[r + c]));
            }
            qInfo("%s onnx%s embedded vs plain (onnxruntime): top-1 100 %%, max |Δp| %.2g", qPrintable(backbone),
                  softmax ? " +softmax" : "", ortDiff);
            QVERIFY2(ortDiff <= 1e-4, qPrintable(QString::number(ortDiff)));
        }
    }
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
