// The backbone zoo against torchvision: for every architecture, torchvision's own state_dict()
// file (an OrderedDict, written by tests/tools/make_backbone_references.py with the system
// Python) loads by name and gives the same eval-mode logits, in Hone and in its TorchScript
// export. Also: parameter counts and multiply-adds, the head rule, timm-style names matched by
// position, safetensors round trips, and files that must be refused.

#include "export/onnxmodelbuilder.h"
#include "inference/onnxclassifier.h"
#include "nn/architectures.h"
#include "nn/classifiermodel.h"
#include "nn/scriptedclassifier.h"
#include "nn/weightfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "testimages.h"

using namespace Hone;

namespace {

const int Size = 72;

Nn::ImageBatch referenceInput(const QString &dir)
{
    const QByteArray input = TestImages::readBytes(QDir(dir).filePath(QStringLiteral("input.bin")));
    Nn::ImageBatch batch;
    batch.count = 2;
    batch.height = Size;
    batch.width = Size;
    batch.pixels.assign(reinterpret_cast<const uint8_t *>(input.constData()),
                        reinterpret_cast<const uint8_t *>(input.constData()) + input.size());
    return batch;
}

double maxDifference(const std::vector<float> &a, const std::vector<float> &b, double *maxAbs = nullptr)
{
    double diff = 0.0;
    double largest = 0.0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        diff = std::max(diff, double(std::abs(a[i] - b[i])));
        largest = std::max(largest, double(std::abs(b[i])));
    }
    if (maxAbs)
        *maxAbs = largest;
    return a.size() == b.size() ? diff : INFINITY;
}

} // namespace

class TestBackbones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logitsMatchTorchvision_data();
    void logitsMatchTorchvision();
    void sizesAndCosts_data();
    void sizesAndCosts();
    void headIsNeverLoaded();
    void otherNamesMatchedByPosition();
    void safetensorsRoundTrip();
    void notAWeightFile();
    void missingAndEmptyFiles();

private:
    QString reference(const char *arch, const char *suffix) const
    {
        return m_dir.filePath(QLatin1String(arch) + QLatin1String(suffix));
    }
    QTemporaryDir m_dir;
    QString m_noPython;   // why the torchvision references are missing, when they are
};

void TestBackbones::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString python = QStringLiteral(HONE_TEST_PYTHON);
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import torch, torchvision")});
    // Without torchvision the checks against it fail, loudly (installer/install-deps.sh installs
    // it); the checks that need no reference still run.
    if (!probe.waitForFinished(120000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        m_noPython = QStringLiteral("%1 cannot import torch and torchvision, so the torchvision references cannot "
                                    "be made (%2); installer/install-deps.sh installs them")
                         .arg(python, QString::fromLocal8Bit(probe.readAllStandardError()).trimmed());
        return;
    }

    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(python, {QDir(QStringLiteral(HONE_TESTS_DIR)).filePath(QStringLiteral("tools/make_backbone_references.py")),
                          m_dir.path()});
    QVERIFY(script.waitForFinished(280000));
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
             script.readAll().constData());
    for (const auto &a : Nn::architectures())
        QVERIFY2(QFileInfo::exists(m_dir.filePath(QString::fromStdString(a.name + ".pth"))), a.name.c_str());
}

void TestBackbones::logitsMatchTorchvision_data()
{
    QTest::addColumn<QString>("arch");
    for (const auto &a : Nn::architectures())
        QTest::newRow(a.name.c_str()) << QString::fromStdString(a.name);
}

void TestBackbones::logitsMatchTorchvision()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    QFETCH(QString, arch);
    std::string error;
    auto model = Nn::ClassifierModel::create(arch.toStdString(), 5, 0, &error);
    QVERIFY2(model, error.c_str());
    const QString weights = m_dir.filePath(arch + QStringLiteral(".pth"));
    // torchvision's file as it is: an OrderedDict with every parameter and buffer, head included.
    QVERIFY2(model->loadWeights(weights.toStdString(), &error), error.c_str());

    const Nn::ImageBatch batch = referenceInput(m_dir.path());
    QCOMPARE(batch.pixels.size(), size_t(2 * Size * Size * 3));
    const QByteArray expectedBytes = TestImages::readBytes(m_dir.filePath(arch + QStringLiteral(".logits.bin")));
    QCOMPARE(expectedBytes.size(), int(2 * 5 * sizeof(float)));
    std::vector<float> expected(10);
    std::memcpy(expected.data(), expectedBytes.constData(), size_t(expectedBytes.size()));

    const std::vector<float> logits = model->logits(batch);
    for (float v : logits)
        QVERIFY(std::isfinite(v));
    double maxAbs = 0.0;
    const double diff = maxDifference(logits, expected, &maxAbs);
    qInfo("%s: max |logit| %.4f, max |difference| %.3g", qPrintable(arch), maxAbs, diff);
    // Logits that are all near zero would make the comparison vacuous.
    QVERIFY(maxAbs > 0.05);
    QVERIFY2(diff <= 1e-4, qPrintable(QString::number(diff)));
    // Eval mode for real: the same batch twice gives the same logits (running stats untouched).
    QVERIFY(model->logits(batch) == logits);

    // The TorchScript export is written from the same description and must agree too.
    const QString scripted = m_dir.filePath(arch + QStringLiteral(".script.pt"));
    QVERIFY2(model->exportTorchScript(scripted.toStdString(), {}, false, &error), error.c_str());
    auto loaded = Nn::ScriptedClassifier::load(scripted.toStdString(), "cpu", nullptr, &error);
    QVERIFY2(loaded, error.c_str());
    int classes = 0;
    const double scriptDiff = maxDifference(loaded->logits(batch, model->normalization(), &classes), expected);
    QCOMPARE(classes, 5);
    qInfo("%s: TorchScript export, max |difference| %.3g", qPrintable(arch), scriptDiff);
    // Loaded for inference, the module is frozen with BatchNorm folded into the convolutions
    // (oneDNN kernels): float32 rounding of the folded weights adds up over ResNet-50's 53 layers
    // to about 2e-4; an export is verified to 1e-3 (ExportReport::Tolerance).
    QVERIFY2(scriptDiff <= 1e-3, qPrintable(QString::number(scriptDiff)));

    // And the ONNX export, run by OpenCV DNN (BatchNorm folded, activations rewritten).
    OnnxBuildOptions options;
    options.imageSize = Size;
    std::string bytes;
    QString onnxError;
    QVERIFY2(buildOnnxModel(*model, options, &bytes, &onnxError), qPrintable(onnxError));
    const QString onnxPath = m_dir.filePath(arch + QStringLiteral(".onnx"));
    QVERIFY(TestImages::writeBytes(onnxPath, QByteArray(bytes.data(), int(bytes.size()))));
    OnnxClassifier onnx;
    QVERIFY2(onnx.load(onnxPath, &onnxError), qPrintable(onnxError));
    const double onnxDiff = maxDifference(onnx.run(batch, model->normalization(), &classes), expected);
    qInfo("%s: ONNX export in OpenCV DNN, max |difference| %.3g", qPrintable(arch), onnxDiff);
    // Folding BatchNorm into the convolutions reorders the float arithmetic: relative to the size
    // of the logits (ResNet-50's reach 400 with these random statistics).
    QVERIFY2(onnxDiff <= 1e-4 + 1e-6 * maxAbs, qPrintable(QString::number(onnxDiff)));
}

void TestBackbones::sizesAndCosts_data()
{
    // torchvision's published parameter counts (1000 classes) and multiply-adds at 224 px.
    QTest::addColumn<QString>("arch");
    QTest::addColumn<double>("gmacs");
    QTest::newRow("resnet18") << QStringLiteral("resnet18") << 1.814;
    QTest::newRow("resnet34") << QStringLiteral("resnet34") << 3.664;
    QTest::newRow("resnet50") << QStringLiteral("resnet50") << 4.089;
    QTest::newRow("mobilenet_v2") << QStringLiteral("mobilenet_v2") << 0.301;
    QTest::newRow("mobilenet_v3_small") << QStringLiteral("mobilenet_v3_small") << 0.057;
    QTest::newRow("mobilenet_v3_large") << QStringLiteral("mobilenet_v3_large") << 0.217;
    QTest::newRow("efficientnet_b0") << QStringLiteral("efficientnet_b0") << 0.386;
    // At 224 px (torchvision lists EfficientNetV2-S's 8.37 GFLOPS at its 384 px).
    QTest::newRow("efficientnet_v2_s") << QStringLiteral("efficientnet_v2_s") << 2.850;
    QTest::newRow("regnet_y_800mf") << QStringLiteral("regnet_y_800mf") << 0.834;
    QTest::newRow("regnet_y_1_6gf") << QStringLiteral("regnet_y_1_6gf") << 1.612;
}

void TestBackbones::sizesAndCosts()
{
    QFETCH(QString, arch);
    QFETCH(double, gmacs);
    const Nn::Architecture *a = Nn::findArchitecture(arch.toStdString());
    QVERIFY(a);
    std::string error;
    auto model = Nn::ClassifierModel::create(a->name, 1000, 0, &error);
    QVERIFY2(model, error.c_str());
    QCOMPARE(model->parameterCount(), a->imagenetParams);
    // The description's own list of state (what the GUI reads without building a network) is the
    // network's, name for name, shape for shape, in order.
    std::vector<Nn::StateEntry> entries = Nn::stateEntries(*a, 1000);
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const Nn::StateEntry &e) { return e.name.find("num_batches_tracked") != std::string::npos; }),
                  entries.end());
    const auto tensors = model->stateTensors();
    QCOMPARE(entries.size(), tensors.size());
    int64_t counted = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        QCOMPARE(QString::fromStdString(entries[i].name), QString::fromStdString(tensors[i].name));
        QVERIFY(entries[i].shape == tensors[i].shape);
        if (!entries[i].buffer)
            counted += int64_t(tensors[i].values.size());
    }
    QCOMPARE(counted, a->imagenetParams);
    QVERIFY(model->trunkParameterCount() < model->parameterCount());
    QCOMPARE(model->stageCount(), 5);
    QCOMPARE(int(Nn::ClassifierModel::stageNames(a->name).size()), 5);
    const double measured = model->forwardGflops(224) / 2.0;
    qInfo("%s: %.3f GMACs at 224 px (torchvision: %.3f)", qPrintable(arch), measured, gmacs);
    QVERIFY2(std::abs(measured - gmacs) / gmacs < 0.03, qPrintable(QString::number(measured)));
}

void TestBackbones::headIsNeverLoaded()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    // A 3-class model takes the backbone from the 5-class file and leaves its new head alone;
    // loadWeights (Hone's own files) insists on an exact match, head included. MobileNetV3's
    // first classifier layer is pretrained and loads; only classifier.3 is new.
    for (const char *arch : {"resnet18", "mobilenet_v3_large"}) {
        std::string error;
        auto model = Nn::ClassifierModel::create(arch, 3, 0, &error);
        QVERIFY(model);
        const std::string path = reference(arch, ".pth").toStdString();
        Nn::WeightLoadReport report;
        QVERIFY2(model->loadPretrained(path, &report, &error), error.c_str());
        QCOMPARE(report.skipped.size(), size_t(2));
        QVERIFY(report.mismatched.empty());
        QVERIFY(report.missing.empty());
        QVERIFY(report.renamed.empty());
        QVERIFY(report.unexpected.empty());
        const std::string head = Nn::findArchitecture(arch)->head;
        QCOMPARE(report.skipped.front().substr(0, head.size()), head);
        QVERIFY(!model->loadWeights(path, &error));
        QVERIFY2(QString::fromStdString(error).contains(QString::fromStdString(head)), error.c_str());
    }

    // A file without BatchNorm's batch counters (they carry no weights) is not "missing" anything.
    std::vector<Nn::RawTensor> tensors;
    std::string error;
    QVERIFY(Nn::readTorchArchive(reference("resnet18", ".pth").toStdString(), &tensors, &error));
    tensors.erase(std::remove_if(tensors.begin(), tensors.end(),
                                 [](const Nn::RawTensor &t) { return t.name.find("num_batches_tracked") != std::string::npos; }),
                  tensors.end());
    const std::string uncounted = m_dir.filePath(QStringLiteral("no-counters.safetensors")).toStdString();
    QVERIFY2(Nn::writeSafetensors(uncounted, tensors, {}, &error), error.c_str());
    auto model = Nn::ClassifierModel::create("resnet18", 3, 0, &error);
    Nn::WeightLoadReport report;
    QVERIFY2(model->loadPretrained(uncounted, &report, &error), error.c_str());
    QVERIFY2(report.missing.empty(), report.summary().c_str());
}

void TestBackbones::otherNamesMatchedByPosition()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    // The same MobileNetV3 under other names, with classifier.0 as a 1×1 convolution (timm's
    // conv_head): matched by position, every trunk tensor equal to the by-name load.
    std::vector<Nn::RawTensor> tensors;
    std::string error;
    QVERIFY2(Nn::readTorchArchive(reference("mobilenet_v3_large", ".pth").toStdString(), &tensors, &error),
             error.c_str());
    for (size_t i = 0; i < tensors.size(); ++i) {
        auto &t = tensors[i];
        if (t.name == "classifier.0.weight")
            t.shape.insert(t.shape.end(), {1, 1});
        const bool counter = t.name.find("num_batches_tracked") != std::string::npos;
        t.name = "blocks_" + std::to_string(i) + (counter ? ".num_batches_tracked" : ".w");
    }
    const std::string renamed = m_dir.filePath(QStringLiteral("timm-like.safetensors")).toStdString();
    QVERIFY2(Nn::writeSafetensors(renamed, tensors, {}, &error), error.c_str());

    auto byName = Nn::ClassifierModel::create("mobilenet_v3_large", 4, 0, &error);
    auto byPosition = Nn::ClassifierModel::create("mobilenet_v3_large", 4, 0, &error);
    Nn::WeightLoadReport nameReport;
    Nn::WeightLoadReport positionReport;
    QVERIFY2(byName->loadPretrained(reference("mobilenet_v3_large", ".pth").toStdString(), &nameReport, &error),
             error.c_str());
    QVERIFY2(byPosition->loadPretrained(renamed, &positionReport, &error), error.c_str());
    // BatchNorm's batch counters are left out of a positional match: they carry no weights.
    const auto counters = std::count_if(nameReport.matched.begin(), nameReport.matched.end(), [](const std::string &n) {
        return n.find("num_batches_tracked") != std::string::npos;
    });
    QVERIFY(counters > 0);
    QCOMPARE(positionReport.matched.size() + size_t(counters), nameReport.matched.size());
    QCOMPARE(positionReport.renamed.size(), positionReport.matched.size());
    QVERIFY(positionReport.missing.empty());
    QVERIFY(positionReport.mismatched.empty());
    QVERIFY(QString::fromStdString(positionReport.summary()).contains(QStringLiteral("position")));

    const auto a = byName->stateTensors();
    const auto b = byPosition->stateTensors();
    QCOMPARE(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].name.rfind("classifier.3", 0) == 0)
            continue;
        QVERIFY2(a[i].values == b[i].values, a[i].name.c_str());
    }
}

void TestBackbones::safetensorsRoundTrip()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    std::string error;
    auto model = Nn::ClassifierModel::create("efficientnet_b0", 5, 0, &error);
    QVERIFY(model);
    QVERIFY2(model->loadWeights(reference("efficientnet_b0", ".pth").toStdString(), &error), error.c_str());
    const std::string path = m_dir.filePath(QStringLiteral("exported.safetensors")).toStdString();
    QVERIFY2(model->saveSafetensors(path, {{"source", "test"}}, true, false, &error), error.c_str());

    auto copy = Nn::ClassifierModel::create("efficientnet_b0", 5, 7, &error);
    QVERIFY2(copy->loadWeights(path, &error), error.c_str());
    const Nn::ImageBatch batch = referenceInput(m_dir.path());
    QVERIFY(copy->logits(batch) == model->logits(batch));

    // A backbone without its head, in float16: loads as pretrained weights, nothing missing.
    const std::string half = m_dir.filePath(QStringLiteral("backbone-f16.safetensors")).toStdString();
    QVERIFY2(model->saveSafetensors(half, {}, false, true, &error), error.c_str());
    QVERIFY(QFileInfo(QString::fromStdString(half)).size() < QFileInfo(QString::fromStdString(path)).size() * 6 / 10);
    auto other = Nn::ClassifierModel::create("efficientnet_b0", 2, 0, &error);
    Nn::WeightLoadReport report;
    QVERIFY2(other->loadPretrained(half, &report, &error), error.c_str());
    QVERIFY(report.missing.empty());
    QVERIFY(report.unexpected.empty());
    std::vector<Nn::RawTensor> tensors;
    std::vector<std::pair<std::string, std::string>> metadata;
    QVERIFY2(Nn::readSafetensors(half, &tensors, &metadata, &error), error.c_str());
    QVERIFY(std::count(metadata.begin(), metadata.end(),
                       std::make_pair(std::string("architecture"), std::string("efficientnet_b0"))) == 1);
}

void TestBackbones::notAWeightFile()
{
    if (!m_noPython.isEmpty())
        QFAIL(qPrintable(m_noPython));
    const QString path = m_dir.filePath(QStringLiteral("not-a-zip.pth"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not the weights you are looking for\n");
    file.close();

    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 5, 0, &error);
    QVERIFY(model);
    QVERIFY(!model->loadWeights(path.toStdString(), &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("not-a-zip.pth")), error.c_str());

    // A zip file cut short must not crash either.
    const QByteArray weights = TestImages::readBytes(reference("resnet18", ".pth"));
    const QString cut = m_dir.filePath(QStringLiteral("cut.pth"));
    QFile cutFile(cut);
    QVERIFY(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(weights.left(weights.size() / 2));
    cutFile.close();
    error.clear();
    QVERIFY(!model->loadWeights(cut.toStdString(), &error));
    QVERIFY(!error.empty());

    // Another architecture's file: nothing matches, by name or by position.
    error.clear();
    QVERIFY(!model->loadPretrained(reference("mobilenet_v2", ".pth").toStdString(), nullptr, &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("position")), error.c_str());
}

void TestBackbones::missingAndEmptyFiles()
{
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 5, 0, &error);
    QVERIFY(model);
    QVERIFY(!model->loadWeights(m_dir.filePath(QStringLiteral("nothing-here.pth")).toStdString(), &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("cannot open")), error.c_str());

    const QString empty = m_dir.filePath(QStringLiteral("empty.pth"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    error.clear();
    QVERIFY(!model->loadWeights(empty.toStdString(), &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("empty")), error.c_str());

    QVERIFY(!Nn::ClassifierModel::create("resnet9000", 5, 0, &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("resnet9000")), error.c_str());
}

QTEST_GUILESS_MAIN(TestBackbones)
#include "tst_backbones.moc"
