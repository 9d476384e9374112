// The backbone zoo as users reach it: the catalogue (hone-cli backbones --json), weight choices
// (default / imagenet / none / file), the bundled backbone and its cache copy, --freeze by stage
// name, Save run as backbone and training from it, embed, pretrain's manifest, and the demo
// training on the bundled backbone out of the box. hone-cli runs as a separate process.

#include "clirunner.h"
#include "testimages.h"

#include "demo/demoproject.h"
#include "imaging/imagedecoder.h"
#include "nn/architectures.h"
#include "nn/classifiermodel.h"
#include "nn/weightfile.h"
#include "zoo/backbonecatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <random>

using namespace Hone;

namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QJsonObject bundledManifest()
{
    return readJson(QStringLiteral(HONE_SOURCE_DIR "/resources/backbones/manifest.json"));
}

} // namespace

class TestZoo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogueJson();
    void weightChoices();
    void bundledCopyHealsItself();
    void freezeByStageAndSaveBackbone();
    void embedJson();
    void pretrainWritesManifest();
    void demoTrainsOnTheBundledBackbone();
    void speedIsMeasuredAndRemembered();

private:
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QTemporaryDir m_dir;
};

void TestZoo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The weight cache of this test only: nothing is read from or written to the user's.
    qputenv("HONE_WEIGHTS_CACHE", QFile::encodeName(path(QStringLiteral("cache"))));
    QVERIFY2(QFileInfo(QStringLiteral(HONE_CLI_PATH)).isExecutable(), HONE_CLI_PATH);
    QVERIFY2(!bundledManifest().isEmpty(), "resources/backbones/manifest.json is missing");
}

void TestZoo::catalogueJson()
{
    const CliResult r = runCli({QStringLiteral("backbones"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(size_t(list.size()), Nn::architectures().size());
    const QJsonObject manifest = bundledManifest();
    bool sawBundled = false;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject b = list.at(i).toObject();
        const Nn::Architecture &a = Nn::architectures().at(size_t(i));
        QCOMPARE(b.value(QStringLiteral("name")).toString(), QString::fromStdString(a.name));
        QCOMPARE(b.value(QStringLiteral("stages")).toArray().size(), 5);
        // torchvision's evaluation size: 384 px for EfficientNetV2-S, 224 for the others.
        QCOMPARE(b.value(QStringLiteral("inputSize")).toInt(), a.name == "efficientnet_v2_s" ? 384 : 224);
        QCOMPARE(b.value(QStringLiteral("inputSize")).toInt(), a.inputSize);
        QVERIFY(!b.value(QStringLiteral("plain")).toString().isEmpty());
        QVERIFY(b.value(QStringLiteral("imagenetTop1")).toDouble() > 60.0);
        QVERIFY(b.contains(QStringLiteral("msPerImage")));   // null until measured
        QCOMPARE(qint64(b.value(QStringLiteral("imagenetParams")).toDouble()), qint64(a.imagenetParams));
        QCOMPARE(qint64(b.value(QStringLiteral("params")).toDouble()), trunkParameters(QString::fromStdString(a.name)));
        QVERIFY(b.value(QStringLiteral("params")).toDouble() < b.value(QStringLiteral("imagenetParams")).toDouble());
        const QJsonArray weights = b.value(QStringLiteral("weights")).toArray();
        QVERIFY(!weights.isEmpty());
        for (const QJsonValue &v : weights) {
            const QJsonObject w = v.toObject();
            const QString sha = w.value(QStringLiteral("sha256")).toString();
            QVERIFY2(sha.size() >= 8 && QByteArray::fromHex(sha.toLatin1()).toHex() == sha.toLatin1(), qPrintable(sha));
            if (w.value(QStringLiteral("bundled")).toBool()) {
                sawBundled = true;
                QCOMPARE(b.value(QStringLiteral("name")).toString(), manifest.value(QStringLiteral("architecture")).toString());
                QVERIFY(w.value(QStringLiteral("available")).toBool());
                QCOMPARE(sha, manifest.value(QStringLiteral("sha256")).toString());
                QCOMPARE(sha, sha256Of(QStringLiteral(HONE_SOURCE_DIR "/resources/backbones/")
                                       + manifest.value(QStringLiteral("file")).toString()));
            } else {
                // torchvision's files carry the first 8 digits of their SHA-256 in their name.
                const QString url = w.value(QStringLiteral("url")).toString();
                QVERIFY2(url.startsWith(QLatin1String("https://download.pytorch.org/models/")), qPrintable(url));
                QVERIFY2(url.contains(QLatin1Char('-') + sha.left(8) + QLatin1String(".pth")), qPrintable(url));
                QVERIFY(!w.value(QStringLiteral("available")).toBool());   // a fresh cache
            }
        }
    }
    QVERIFY(sawBundled);
}

void TestZoo::weightChoices()
{
    QString value, error;
    QVERIFY(weightsSpecToConfig(QStringLiteral("resnet18"), QStringLiteral("none"), &value, &error));
    QVERIFY(value.isEmpty());
    QVERIFY(weightsSpecToConfig(QStringLiteral("resnet50"), QStringLiteral("imagenet"), &value, &error));
    QCOMPARE(value, QStringLiteral("zoo:resnet50/imagenet1k_v2"));   // torchvision's default
    QVERIFY(weightsSpecToConfig(QStringLiteral("resnet50"), QStringLiteral("imagenet1k_v1"), &value, &error));
    QCOMPARE(value, QStringLiteral("zoo:resnet50/imagenet1k_v1"));
    QVERIFY(weightsSpecToConfig(bundledBackbone(), QStringLiteral("default"), &value, &error));
    QCOMPARE(value, zooReference(bundledBackbone(), bundledWeightsId()));
    QVERIFY(!weightsSpecToConfig(QStringLiteral("resnet18"), QStringLiteral("default"), &value, &error));
    QVERIFY2(error.contains(bundledBackbone()), qPrintable(error));
    QVERIFY(!weightsSpecToConfig(QStringLiteral("resnet18"), path(QStringLiteral("missing.pth")), &value, &error));
    QVERIFY(!weightsSpecToConfig(QStringLiteral("resnet9000"), QStringLiteral("none"), &value, &error));

    // Not downloaded: a message that says how, or the source to download when asked for it.
    QString file;
    QVERIFY(!resolveWeights(QStringLiteral("zoo:resnet18/imagenet1k_v1"), &file, &error));
    QVERIFY2(error.contains(QStringLiteral("hone-cli backbones --download resnet18 imagenet1k_v1")), qPrintable(error));
    WeightSource pending;
    QVERIFY(resolveWeights(QStringLiteral("zoo:resnet18/imagenet1k_v1"), &file, &error, &pending));
    QVERIFY(file.isEmpty());
    QCOMPARE(pending.fileName, QStringLiteral("resnet18-f37072fd.pth"));
    QVERIFY(!resolveWeights(QStringLiteral("zoo:resnet18/nope"), &file, &error));
}

void TestZoo::bundledCopyHealsItself()
{
    QString file, error;
    const QString reference = zooReference(bundledBackbone(), bundledWeightsId());
    QVERIFY2(resolveWeights(reference, &file, &error), qPrintable(error));
    QVERIFY(file.startsWith(path(QStringLiteral("cache"))));
    const QString sha = bundledManifest().value(QStringLiteral("sha256")).toString();
    QCOMPARE(sha256Of(file), sha);
    // A damaged copy in the cache is noticed and written again.
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.seek(damaged.size() / 2);
    damaged.write("damage");
    damaged.close();
    QVERIFY(sha256Of(file) != sha);
    QVERIFY2(resolveWeights(reference, &file, &error), qPrintable(error));
    QCOMPARE(sha256Of(file), sha);
}

void TestZoo::freezeByStageAndSaveBackbone()
{
    QVERIFY(TestImages::writeShapeDataset(path(QStringLiteral("shapes")), 12, 40, 3));
    const QString project = path(QStringLiteral("project"));
    QCOMPARE(runCli({QStringLiteral("new"), project}).code, 0);
    QCOMPARE(runCli({QStringLiteral("import"), project, path(QStringLiteral("shapes"))}).code, 0);
    const QStringList common = {QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--image-size"),
                                QStringLiteral("32"), QStringLiteral("--batch-size"), QStringLiteral("8"),
                                QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--backbone"),
                                QStringLiteral("resnet18")};

    const CliResult bad = runCli(QStringList{QStringLiteral("train"), project, QStringLiteral("--freeze"),
                                             QStringLiteral("layer9")} + common);
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("stem, layer1, layer2, layer3, layer4"), qPrintable(bad.describe()));

    const CliResult trained = runCli(QStringList{QStringLiteral("train"), project, QStringLiteral("--freeze"),
                                                 QStringLiteral("layer2"), QStringLiteral("--weights"),
                                                 QStringLiteral("none")} + common, 300000);
    QVERIFY2(trained.code == 0, qPrintable(trained.describe()));
    const QString run = QString::fromUtf8(trained.out).trimmed();
    const QJsonObject config = readJson(project + QStringLiteral("/runs/") + run + QStringLiteral("/run.json"))
                                   .value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("freezeDepth")).toInt(), 3);   // stem, layer1, layer2

    // Save run as backbone: float16, no classifier layer, and it says what it is.
    const QString backbone = path(QStringLiteral("shapes-backbone.safetensors"));
    const CliResult saved = runCli({QStringLiteral("save-backbone"), project, QStringLiteral("--output"), backbone});
    QVERIFY2(saved.code == 0, qPrintable(saved.describe()));
    std::vector<Nn::RawTensor> tensors;
    std::vector<std::pair<std::string, std::string>> metadata;
    std::string error;
    QVERIFY2(Nn::readSafetensors(QFile::encodeName(backbone).toStdString(), &tensors, &metadata, &error), error.c_str());
    QVERIFY(!tensors.empty());
    for (const auto &t : tensors) {
        QVERIFY2(t.name.rfind("fc.", 0) != 0, t.name.c_str());
        QVERIFY(t.dtype == Nn::RawDType::Float16 || t.dtype == Nn::RawDType::Int64);
    }
    const std::map<std::string, std::string> meta(metadata.begin(), metadata.end());
    QCOMPARE(QString::fromStdString(meta.at("architecture")), QStringLiteral("resnet18"));
    QCOMPARE(QString::fromStdString(meta.at("sourceRun")), run);
    QCOMPARE(QString::fromStdString(meta.at("imageSize")), QStringLiteral("32"));

    // Another run starts from it: every trunk tensor found.
    const CliResult reused = runCli(QStringList{QStringLiteral("train"), project, QStringLiteral("--weights"), backbone}
                                        + common, 300000);
    QVERIFY2(reused.code == 0, qPrintable(reused.describe()));
    QVERIFY2(reused.err.contains(" 0 missing, 0 unexpected, 0 with another shape"), qPrintable(reused.describe()));
}

void TestZoo::embedJson()
{
    // Two images already at the bundled backbone's 64 px (used as they are) and one to resize.
    const QString a = path(QStringLiteral("embed/a.png"));
    const QString b = path(QStringLiteral("embed/b.png"));
    const QString c = path(QStringLiteral("embed/c.jpg"));
    QDir().mkpath(path(QStringLiteral("embed")));
    std::mt19937 rng(4);
    QVERIFY(TestImages::write(a, TestImages::drawShape(TestImages::Shape::Circle, 64, rng), ".png"));
    QVERIFY(TestImages::write(b, TestImages::drawShape(TestImages::Shape::Square, 64, rng), ".png"));
    QVERIFY(TestImages::write(c, TestImages::drawShape(TestImages::Shape::Circle, 100, rng), ".jpg"));
    const CliResult r = runCli({QStringLiteral("embed"), a, b, c, QStringLiteral("--json"), QStringLiteral("--device"),
                                QStringLiteral("cpu")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    std::vector<std::vector<double>> features;
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(o.value(QStringLiteral("image")).toString(), (QStringList{a, b, c}).at(i));
        const QJsonArray values = o.value(QStringLiteral("features")).toArray();
        QCOMPARE(values.size(), 576);   // MobileNetV3-small's pooled features
        features.emplace_back();
        for (const QJsonValue &v : values) {
            QVERIFY(std::isfinite(v.toDouble()));
            features.back().push_back(v.toDouble());
        }
    }
    QVERIFY(features[0] != features[1]);

    // The same numbers in-process: Hone's preprocessing at 64 px and the bundled weights.
    QString weights, error;
    QVERIFY(resolveWeights(zooReference(bundledBackbone(), bundledWeightsId()), &weights, &error));
    std::string message;
    auto model = Nn::ClassifierModel::create(bundledBackbone().toStdString(), 2, 0, &message);
    QVERIFY(model->loadPretrained(QFile::encodeName(weights).toStdString(), nullptr, &message));
    Nn::ImageBatch batch;
    batch.count = 1;
    batch.height = batch.width = 64;
    batch.pixels.resize(batch.imageBytes());
    QVERIFY(loadPreprocessed(a, 64, batch.pixels.data(), &error));
    int64_t dimension = 0;
    const std::vector<float> expected = model->embeddings(batch, &dimension);
    QCOMPARE(dimension, int64_t(576));
    double diff = 0.0;
    for (size_t i = 0; i < expected.size(); ++i)
        diff = std::max(diff, std::abs(double(expected[i]) - features[0][i]));
    QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));

    // A missing image: an error for it, the others still printed, exit code 1.
    const CliResult missing = runCli({QStringLiteral("embed"), a, path(QStringLiteral("nope.png")), QStringLiteral("--json")});
    QCOMPARE(missing.code, 1);
    QCOMPARE(missing.out.trimmed().split('\n').size(), 1);
    QVERIFY(missing.err.contains("nope.png"));
}

void TestZoo::pretrainWritesManifest()
{
    if (!QFileInfo::exists(fashionMnistDirectory() + QStringLiteral("/train-images-idx3-ubyte.gz")))
        QSKIP("dataset-fashion-mnist is not installed");
    const QString output = path(QStringLiteral("pre/tiny.safetensors"));
    QDir().mkpath(path(QStringLiteral("pre")));
    const QStringList arguments = {QStringLiteral("pretrain"), output, QStringLiteral("--fashion-mnist"), QStringLiteral("0,1"),
                                   QStringLiteral("--per-class"), QStringLiteral("12"), QStringLiteral("--epochs"),
                                   QStringLiteral("1"), QStringLiteral("--image-size"), QStringLiteral("32"),
                                   QStringLiteral("--backbone"), QStringLiteral("resnet18"), QStringLiteral("--weights"),
                                   QStringLiteral("none"), QStringLiteral("--seed"), QStringLiteral("5"),
                                   QStringLiteral("--label"), QStringLiteral("two classes, tiny")};
    const CliResult r = runCli(arguments, 300000);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonObject manifest = readJson(path(QStringLiteral("pre/tiny.json")));
    QCOMPARE(manifest.value(QStringLiteral("sha256")).toString(), sha256Of(output));
    QCOMPARE(manifest.value(QStringLiteral("architecture")).toString(), QStringLiteral("resnet18"));
    QCOMPARE(manifest.value(QStringLiteral("id")).toString(), QStringLiteral("tiny"));
    QCOMPARE(manifest.value(QStringLiteral("seed")).toString(), QStringLiteral("5"));
    QCOMPARE(manifest.value(QStringLiteral("imageSize")).toInt(), 32);
    const QString command = manifest.value(QStringLiteral("command")).toString();
    QVERIFY2(command.startsWith(QLatin1String("hone-cli pretrain ")) && command.contains(QLatin1String("--per-class 12"))
                 && command.contains(QLatin1String("--label 'two classes, tiny'")),
             qPrintable(command));
    QVERIFY(manifest.value(QStringLiteral("dataset")).toString().contains(QLatin1String("t-shirt, trouser")));

    // The recorded command makes the same file again, byte for byte (one machine, one thread
    // count: LibTorch's CPU kernels are deterministic there).
    const QString first = sha256Of(output);
    QVERIFY(QFile::remove(output));
    const CliResult again = runCli(arguments, 300000);
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QCOMPARE(sha256Of(output), first);
}

void TestZoo::demoTrainsOnTheBundledBackbone()
{
    if (!QFileInfo::exists(fashionMnistDirectory() + QStringLiteral("/t10k-images-idx3-ubyte.gz")))
        QSKIP("dataset-fashion-mnist is not installed");
    const QString demo = path(QStringLiteral("demo"));
    QCOMPARE(runCli({QStringLiteral("demo"), demo, QStringLiteral("--per-class"), QStringLiteral("20")}).code, 0);
    // Another architecture with the project's bundled (MobileNetV3) weights: refused with advice.
    const CliResult mismatch = runCli({QStringLiteral("train"), demo, QStringLiteral("--backbone"), QStringLiteral("resnet18")});
    QCOMPARE(mismatch.code, 2);
    QVERIFY2(mismatch.err.contains("--weights default, imagenet, none or a file"), qPrintable(mismatch.describe()));
    QVERIFY(!QFileInfo::exists(demo + QStringLiteral("/runs")) || QDir(demo + QStringLiteral("/runs")).isEmpty());

    // No weight options at all: a fresh install's defaults.
    const CliResult r = runCli({QStringLiteral("train"), demo, QStringLiteral("--epochs"), QStringLiteral("2")}, 300000);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonObject run = readJson(demo + QStringLiteral("/runs/") + QString::fromUtf8(r.out).trimmed()
                                     + QStringLiteral("/run.json"));
    const QJsonObject config = run.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("backbone")).toString(), bundledBackbone());
    QCOMPARE(config.value(QStringLiteral("weights")).toString(), zooReference(bundledBackbone(), bundledWeightsId()));
    QCOMPARE(run.value(QStringLiteral("weightsSha256")).toString(), bundledManifest().value(QStringLiteral("sha256")).toString());
    QVERIFY2(r.err.contains(" 0 missing, 0 unexpected, 0 with another shape"), qPrintable(r.describe()));

    // A new project (224 px by default) given the bundled weights trains at their 64 px, as the
    // picker sets it; an explicit --image-size wins.
    const QString fresh = path(QStringLiteral("fresh"));
    QCOMPARE(runCli({QStringLiteral("new"), fresh}).code, 0);
    QCOMPARE(runCli({QStringLiteral("import"), fresh, demo + QStringLiteral("/images"), QStringLiteral("--layout"),
                     QStringLiteral("folders")}).code, 0);
    QCOMPARE(runCli({QStringLiteral("split"), fresh, QStringLiteral("--train"), QStringLiteral("0.8"),
                     QStringLiteral("--val"), QStringLiteral("0.2"), QStringLiteral("--test"), QStringLiteral("0")}).code, 0);
    const auto trainedSize = [&](const QStringList &extra) {
        const CliResult t = runCli(QStringList{QStringLiteral("train"), fresh, QStringLiteral("--backbone"),
                                               bundledBackbone(), QStringLiteral("--weights"), QStringLiteral("default"),
                                               QStringLiteral("--epochs"), QStringLiteral("1")} + extra, 300000);
        if (t.code != 0)
            qWarning("%s", qPrintable(t.describe()));
        return readJson(fresh + QStringLiteral("/runs/") + QString::fromUtf8(t.out).trimmed() + QStringLiteral("/run.json"))
            .value(QStringLiteral("config")).toObject().value(QStringLiteral("imageSize")).toInt();
    };
    QCOMPARE(trainedSize({}), bundledManifest().value(QStringLiteral("imageSize")).toInt());
    QCOMPARE(trainedSize({QStringLiteral("--image-size"), QStringLiteral("48")}), 48);
}

void TestZoo::speedIsMeasuredAndRemembered()
{
    // The picker's "N ms per image on this computer": measured by a real training step, then
    // reported by the catalogue (and so by the picker) without measuring again.
    const QString name = bundledBackbone();
    const CliResult before = runCli({QStringLiteral("backbones"), QStringLiteral("--json")});
    QVERIFY2(before.code == 0, qPrintable(before.describe()));
    const CliResult r = runCli({QStringLiteral("backbones"), QStringLiteral("--speed"), name, QStringLiteral("--json"),
                                QStringLiteral("--device"), QStringLiteral("cpu")},
                               120000);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonObject speed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(speed.value(QStringLiteral("backbone")).toString(), name);
    QCOMPARE(speed.value(QStringLiteral("imageSize")).toInt(), bundledManifest().value(QStringLiteral("imageSize")).toInt());
    QCOMPARE(speed.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
    const double ms = speed.value(QStringLiteral("msPerImage")).toDouble();
    QVERIFY2(ms > 0.0 && ms < 10000.0, qPrintable(QString::number(ms)));
    const CliResult after = runCli({QStringLiteral("backbones"), QStringLiteral("--json")});
    QVERIFY2(after.code == 0, qPrintable(after.describe()));
    for (const QJsonValue &v : QJsonDocument::fromJson(after.out).array()) {
        const QJsonObject b = v.toObject();
        if (b.value(QStringLiteral("name")).toString() == name)
            QCOMPARE(b.value(QStringLiteral("msPerImage")).toDouble(), ms);
    }
    // A size out of range and an unknown backbone are refused.
    QCOMPARE(runCli({QStringLiteral("backbones"), QStringLiteral("--speed"), name, QStringLiteral("--image-size"),
                     QStringLiteral("8")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("backbones"), QStringLiteral("--speed"), QStringLiteral("nonet")}).code, 2);
}

QTEST_GUILESS_MAIN(TestZoo)
#include "tst_zoo.moc"
