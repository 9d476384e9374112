// ResNet-18 parity with torchvision: the same weights and pixels give the same logits. The
// reference comes from tests/tools/make_parity_weights.py, run with the system Python.

#include "nn/classifiermodel.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

#include "testimages.h"

using namespace Hone;

class TestResNetParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logitsMatchTorchvision();
    void orderedDictRefused();
    void notAZipFile();
    void missingAndEmptyFiles();
    void wrongClassCountReported();

private:
    QTemporaryDir m_dir;
};

void TestResNetParity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString python = QStringLiteral(HONE_TEST_PYTHON);
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import torch, torchvision")});
    if (!probe.waitForFinished(120000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("%1 cannot import torch and torchvision; the ResNet parity "
                                        "reference cannot be made (%2)")
                             .arg(python, QString::fromLocal8Bit(probe.readAllStandardError()).trimmed())));

    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(python, {QDir(QStringLiteral(HONE_TESTS_DIR)).filePath(QStringLiteral("tools/make_parity_weights.py")),
                          m_dir.path()});
    QVERIFY(script.waitForFinished(240000));
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
             script.readAll().constData());
    for (const char *name : {"weights.pth", "ordered.pth", "input.bin", "logits.bin"})
        QVERIFY2(QFileInfo::exists(m_dir.filePath(QLatin1String(name))), name);
}

void TestResNetParity::logitsMatchTorchvision()
{
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 5, 0, &error);
    QVERIFY2(model, error.c_str());
    QVERIFY2(model->loadWeights(m_dir.filePath(QStringLiteral("weights.pth")).toStdString(), &error),
             error.c_str());

    const QByteArray input = TestImages::readBytes(m_dir.filePath(QStringLiteral("input.bin")));
    QCOMPARE(input.size(), 2 * 64 * 64 * 3);
    Nn::ImageBatch batch;
    batch.count = 2;
    batch.height = 64;
    batch.width = 64;
    batch.pixels.assign(reinterpret_cast<const uint8_t *>(input.constData()),
                        reinterpret_cast<const uint8_t *>(input.constData()) + input.size());

    const QByteArray expectedBytes = TestImages::readBytes(m_dir.filePath(QStringLiteral("logits.bin")));
    QCOMPARE(expectedBytes.size(), int(2 * 5 * sizeof(float)));
    std::vector<float> expected(10);
    std::memcpy(expected.data(), expectedBytes.constData(), size_t(expectedBytes.size()));

    const std::vector<float> logits = model->logits(batch);
    QCOMPARE(logits.size(), expected.size());
    double maxDiff = 0.0;
    double maxAbs = 0.0;
    for (size_t i = 0; i < logits.size(); ++i) {
        QVERIFY(std::isfinite(logits[i]));
        maxDiff = std::max(maxDiff, double(std::abs(logits[i] - expected[i])));
        maxAbs = std::max(maxAbs, double(std::abs(expected[i])));
    }
    qInfo("max |logit| %.4f, max |difference| %.3g", maxAbs, maxDiff);
    // Logits that are all near zero would make the comparison vacuous.
    QVERIFY(maxAbs > 0.1);
    QVERIFY2(maxDiff <= 1e-4, qPrintable(QString::number(maxDiff)));

    // Eval mode for real: the same batch twice gives the same logits (running stats untouched).
    QVERIFY(model->logits(batch) == logits);
}

void TestResNetParity::orderedDictRefused()
{
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 5, 0, &error);
    QVERIFY(model);
    QVERIFY(!model->loadWeights(m_dir.filePath(QStringLiteral("ordered.pth")).toStdString(), &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("OrderedDict")), error.c_str());
    Nn::WeightLoadReport report;
    error.clear();
    QVERIFY(!model->loadPretrained(m_dir.filePath(QStringLiteral("ordered.pth")).toStdString(), &report, &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("OrderedDict")), error.c_str());
}

void TestResNetParity::notAZipFile()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-zip.pth"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not the weights you are looking for\n");
    file.close();

    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 5, 0, &error);
    QVERIFY(model);
    QVERIFY(!model->loadWeights(path.toStdString(), &error));
    QVERIFY(!error.empty());
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("not-a-zip.pth")), error.c_str());

    // A zip-looking file cut short must not crash either.
    const QByteArray weights = TestImages::readBytes(m_dir.filePath(QStringLiteral("weights.pth")));
    const QString cut = m_dir.filePath(QStringLiteral("cut.pth"));
    QFile cutFile(cut);
    QVERIFY(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(weights.left(4096));
    cutFile.close();
    error.clear();
    QVERIFY(!model->loadWeights(cut.toStdString(), &error));
    QVERIFY(!error.empty());
}

void TestResNetParity::missingAndEmptyFiles()
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

void TestResNetParity::wrongClassCountReported()
{
    // A 3-class model takes the backbone from the 5-class file and leaves its new head alone;
    // loadWeights (Hone's own files) insists on an exact match, head included.
    std::string error;
    auto model = Nn::ClassifierModel::create("resnet18", 3, 0, &error);
    QVERIFY(model);
    const std::string path = m_dir.filePath(QStringLiteral("weights.pth")).toStdString();
    Nn::WeightLoadReport report;
    QVERIFY2(model->loadPretrained(path, &report, &error), error.c_str());
    QCOMPARE(report.skipped.size(), size_t(2));   // fc.weight, fc.bias
    QVERIFY(report.mismatched.empty());
    QVERIFY(report.missing.empty());
    QVERIFY(report.unexpected.empty());
    QCOMPARE(report.matched.size(), size_t(122 - 2));
    QVERIFY(!model->loadWeights(path, &error));
    QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("fc.weight")), error.c_str());

    // Same class count: the pretrained file's head is still not taken.
    auto same = Nn::ClassifierModel::create("resnet18", 5, 0, &error);
    QVERIFY(same);
    Nn::WeightLoadReport sameReport;
    QVERIFY2(same->loadPretrained(path, &sameReport, &error), error.c_str());
    QCOMPARE(sameReport.skipped.size(), size_t(2));
    QCOMPARE(sameReport.matched.size(), size_t(122 - 2));
}

QTEST_GUILESS_MAIN(TestResNetParity)
#include "tst_resnetparity.moc"
