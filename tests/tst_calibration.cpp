// Calibrated confidences and "unknown": temperature scaling on logits whose over-confidence is
// known, the rejection threshold, the Wilson interval, and the whole path on a real run — the
// calibration a finished run stores, the exports that carry it, `hone-cli predict`'s known and
// confidence fields, and how often images of a class the model never saw are called unknown.

#include "clirunner.h"

#include "analysis/calibration.h"
#include "demo/demoproject.h"
#include "evaluation/wilson.h"
#include "export/modelcard.h"
#include "export/modelexporter.h"
#include "inference/predictor.h"
#include "project/project.h"
#include "training/runstore.h"
#include "training/trainer.h"
#include "training/trainingconfig.h"
#include "training/trainingdata.h"
#include "zoo/backbonecatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <cmath>
#include <random>

using namespace Hone;

namespace {

// Logits of a model that is `overconfidence` times too sure: the labels are drawn from
// softmax(z), the model reports overconfidence · z.
void overconfidentLogits(int rows, int classes, double overconfidence, unsigned seed, std::vector<float> *logits,
                         QVector<int> *labels)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.5);
    logits->clear();
    labels->clear();
    for (int i = 0; i < rows; ++i) {
        std::vector<double> z(static_cast<size_t>(classes));
        std::vector<double> weights(z.size());
        for (double &v : z)
            v = normal(rng);
        z[size_t(i % classes)] += 2.0;   // a signal to learn from
        for (size_t c = 0; c < z.size(); ++c)
            weights[c] = std::exp(z[c]);
        std::discrete_distribution<int> draw(weights.begin(), weights.end());
        labels->append(draw(rng));
        for (double v : z)
            logits->push_back(float(v * overconfidence));
    }
}

QStringList filesIn(const QString &dir)
{
    QStringList files;
    for (const QFileInfo &info : QDir(dir).entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Name))
        files.append(info.absoluteFilePath());
    return files;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void temperatureUndoesOverconfidence();
    void temperatureKeepsEveryPrediction();
    void nothingToFitOnPerfectValidation();
    void thresholdKeepsTheTarget();
    void wilsonInterval();
    void finishedRunIsCalibrated();
    void exportsCarryTheCalibration();
    void predictReportsKnownAndConfidence();
    void unseenClassIsUnknownMoreOften();
    void runAndExportAnswerAlike();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_unseen;   // images of a class the model never saw
    RunRecord m_run;
    QString m_onnx;
};

void TestCalibration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    // Three Fashion-MNIST classes the bundled backbone was not pretrained on: bag, sandal, sneaker.
    m_project = m_dir.filePath(QStringLiteral("project"));
    // Trained as the demo is: the bundled backbone, frozen, the head on cached features.
    TrainingConfig defaults = fashionMnistDefaults();
    defaults.backbone = bundledBackbone();
    defaults.weights = zooReference(bundledBackbone(), bundledWeightsId());
    defaults.freezeDepth = int(findBackbone(defaults.backbone)->stages.size());
    QVERIFY2(createFashionMnistProject(m_project, {8, 5, 7}, 100, FashionMnistSplit::Test, &error, &defaults),
             qPrintable(error));
    // The class it never sees: trouser.
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QVERIFY2(createFashionMnistProject(other, {1}, 100, FashionMnistSplit::Test, &error), qPrintable(error));
    m_unseen = QDir(other).filePath(QStringLiteral("images/trouser"));
    QCOMPARE(filesIn(m_unseen).size(), 100);

    Project project;
    QVERIFY2(project.load(m_project, &error), qPrintable(error));
    TrainingData data;
    QVERIFY2(TrainingData::fromProject(project, &data, &error), qPrintable(error));
    TrainingConfig config = TrainingConfig::fromJson(project.trainingDefaults());
    config.epochs = 8;
    config.device = QStringLiteral("cpu");
    Trainer trainer(data, config);
    trainer.run();
    QCOMPARE(trainer.status(), QStringLiteral("finished"));
    QVERIFY2(RunStore::find(project.runsDirectory(), trainer.runId(), &m_run, &error), qPrintable(error));
}

void TestCalibration::temperatureUndoesOverconfidence()
{
    std::vector<float> logits;
    QVector<int> labels;
    overconfidentLogits(3000, 5, 4.0, 11, &logits, &labels);
    const CalibrationResult r = calibrate(logits, 5, labels);
    qInfo("4x over-confident: T %.2f, ECE %.3f -> %.3f, NLL %.3f -> %.3f", r.temperature, r.eceBefore, r.eceAfter,
          r.nllBefore, r.nllAfter);
    QVERIFY(r.fitted);
    QVERIFY2(r.temperature > 3.0 && r.temperature < 5.5, qPrintable(QString::number(r.temperature)));
    QVERIFY(r.eceBefore > 0.1);
    QVERIFY2(r.eceAfter < r.eceBefore / 3.0, qPrintable(QString::number(r.eceAfter)));
    QVERIFY(r.nllAfter < r.nllBefore);
    // An under-confident model is sharpened instead.
    overconfidentLogits(3000, 5, 0.5, 12, &logits, &labels);
    const CalibrationResult under = calibrate(logits, 5, labels);
    QVERIFY2(under.temperature < 0.7, qPrintable(QString::number(under.temperature)));
    QVERIFY(under.eceAfter < under.eceBefore);
}

void TestCalibration::temperatureKeepsEveryPrediction()
{
    std::vector<float> logits;
    QVector<int> labels;
    overconfidentLogits(500, 4, 3.0, 5, &logits, &labels);
    std::vector<float> before = logits, after = logits;
    temperatureSoftmax(&before, 4, 1.0);
    temperatureSoftmax(&after, 4, 2.7);
    for (size_t r = 0; r < before.size(); r += 4) {
        QCOMPARE(std::max_element(after.begin() + r, after.begin() + r + 4) - after.begin(),
                 std::max_element(before.begin() + r, before.begin() + r + 4) - before.begin());
        double sum = 0.0;
        for (int c = 0; c < 4; ++c)
            sum += after[r + c];
        QVERIFY(std::abs(sum - 1.0) < 1e-5);
        // A higher temperature never raises the top probability.
        QVERIFY(*std::max_element(after.begin() + r, after.begin() + r + 4)
                <= *std::max_element(before.begin() + r, before.begin() + r + 4) + 1e-6f);
    }
}

void TestCalibration::nothingToFitOnPerfectValidation()
{
    // Every prediction right: the likelihood only grows as T shrinks, so no temperature is fitted.
    std::vector<float> logits;
    QVector<int> labels;
    for (int i = 0; i < 40; ++i) {
        labels.append(i % 2);
        logits.push_back(i % 2 ? 0.0f : 2.0f + i * 0.01f);
        logits.push_back(i % 2 ? 2.0f + i * 0.01f : 0.0f);
    }
    const CalibrationResult r = calibrate(logits, 2, labels);
    QVERIFY(!r.fitted);
    QCOMPARE(r.temperature, 1.0);
    QVERIFY(!r.note.isEmpty());
    QVERIFY(r.threshold > 0.5);
    const CalibrationResult few = calibrate(std::vector<float>(logits.begin(), logits.begin() + 10),
                                            2, labels.mid(0, 5));
    QVERIFY(!few.fitted);
    QVERIFY(few.note.contains(QLatin1String("too few")));
}

void TestCalibration::thresholdKeepsTheTarget()
{
    std::vector<float> logits;
    QVector<int> labels;
    overconfidentLogits(1000, 3, 2.0, 9, &logits, &labels);
    for (const double target : {0.5, 0.9, 0.95, 0.99}) {
        const double t = rejectionThreshold(logits, 3, labels, 1.7, target);
        // The calibrated top-1 confidence of every right answer, in double as the threshold is.
        std::vector<double> right;
        for (int i = 0; i < labels.size(); ++i) {
            const float *row = logits.data() + i * 3;
            const int best = int(std::max_element(row, row + 3) - row);
            if (best != labels.at(i))
                continue;
            double sum = 0.0;
            for (int c = 0; c < 3; ++c)
                sum += std::exp((double(row[c]) - row[best]) / 1.7);
            right.push_back(1.0 / sum);
        }
        const double correct = double(right.size());
        const double kept = double(std::count_if(right.begin(), right.end(), [&](double p) { return p >= t; }));
        QVERIFY2(kept / correct >= target, qPrintable(QStringLiteral("%1 kept of %2").arg(kept).arg(correct)));
        // The largest such threshold: the next confidence up would keep too few.
        double nextUp = 2.0;
        for (double p : right)
            nextUp = p > t ? std::min(nextUp, p) : nextUp;
        const double keptAbove = double(std::count_if(right.begin(), right.end(), [&](double p) { return p >= nextUp; }));
        QVERIFY(keptAbove / correct < target);
    }
}

void TestCalibration::wilsonInterval()
{
    // Published values (Wilson 1927; e.g. Newcombe 1998, table I): 0/10, 1/10, 8/10, 81/263.
    const auto check = [](double k, double n, double low, double high) {
        const ProportionInterval ci = Hone::wilsonInterval(k, n);
        QVERIFY2(std::abs(ci.low - low) < 5e-4 && std::abs(ci.high - high) < 5e-4,
                 qPrintable(QStringLiteral("%1/%2: %3 – %4").arg(k).arg(n).arg(ci.low).arg(ci.high)));
    };
    check(0, 10, 0.0, 0.2775);
    check(1, 10, 0.0179, 0.4042);
    check(8, 10, 0.4902, 0.9433);
    check(81, 263, 0.2553, 0.3662);
    const ProportionInterval none = Hone::wilsonInterval(0, 0);
    QCOMPARE(none.low, 0.0);
    QCOMPARE(none.high, 1.0);
}

void TestCalibration::finishedRunIsCalibrated()
{
    const QJsonObject json = m_run.json.value(QStringLiteral("calibration")).toObject();
    QVERIFY2(!json.isEmpty(), "a finished run stores its calibration");
    const CalibrationResult c = CalibrationResult::fromJson(json);
    qInfo("run %s: %d validation images, %d right; T %.3f; ECE %.3f -> %.3f; NLL %.4f -> %.4f; threshold %.3f keeps "
          "%.1f %% of correct, rejects %.1f %% of wrong",
          qPrintable(m_run.id), c.images, c.correct, c.temperature, c.eceBefore, c.eceAfter, c.nllBefore, c.nllAfter,
          c.threshold, c.keptCorrect * 100, c.rejectedWrong * 100);
    QCOMPARE(c.images, m_run.json.value(QStringLiteral("valImages")).toInt());
    QVERIFY(c.images >= 50);
    QVERIFY(c.temperature >= MinTemperature && c.temperature <= MaxTemperature);
    // T = 1 is among the candidates, so the fitted one is never worse on the data it was fitted on.
    QVERIFY(c.nllAfter <= c.nllBefore + 1e-6);
    QVERIFY(c.threshold > 0.0 && c.threshold < 1.0);
    QVERIFY(c.keptCorrect >= 0.95);
    QCOMPARE(c.binsAfter.size(), 10);
    int counted = 0;
    for (const ReliabilityBin &b : c.binsAfter)
        counted += b.count;
    QCOMPARE(counted, c.images);
    // The validation accuracy the calibration saw is the kept weights' accuracy.
    const int epoch = m_run.json.value(QStringLiteral("weightsEpoch")).toInt();
    QVERIFY(epoch > 0);
    QVERIFY(std::abs(m_run.epochs().at(epoch - 1).valAccuracy - double(c.correct) / c.images) < 1e-9);
}

void TestCalibration::exportsCarryTheCalibration()
{
    const CalibrationResult c = CalibrationResult::fromJson(m_run.json.value(QStringLiteral("calibration")).toObject());
    Project project;
    QString error;
    QVERIFY2(project.load(m_project, &error), qPrintable(error));
    for (const QString &format : {QStringLiteral("torchscript"), QStringLiteral("onnx")}) {
        auto exporter = ModelExporter::create(format);
        ExportRequest request;
        request.run = &m_run;
        request.outputPath = m_dir.filePath(QStringLiteral("out/model") + exporter->suffix());
        request.verificationImages = verificationImages(project);
        ExportReport report;
        QVERIFY2(exporter->write(request, &report), qPrintable(exporter->errorString()));
        Predictor predictor;
        QVERIFY2(predictor.load(request.outputPath, QStringLiteral("cpu"), &error), qPrintable(error));
        QCOMPARE(predictor.metadata().temperature, c.temperature);
        QCOMPARE(predictor.threshold(), c.threshold);
        // The sidecar says the same, and the model card sits beside the file.
        QFile sidecar(request.outputPath + QStringLiteral(".json"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(meta.value(QStringLiteral("threshold")).toDouble(), c.threshold);
        QFile card(modelCardPath(request.outputPath));
        QVERIFY(card.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(card.readAll());
        for (const QString &className : m_run.classNames())
            QVERIFY(text.contains(className));
        QVERIFY(text.contains(QLatin1String("95 % confidence interval")));
        QVERIFY(text.contains(QString::number(c.temperature, 'f', 3)));
        QVERIFY(text.contains(QLatin1String("MIT licence")));   // the bundled backbone's source
        if (format == QLatin1String("onnx"))
            m_onnx = request.outputPath;
    }
}

void TestCalibration::predictReportsKnownAndConfidence()
{
    QVERIFY2(!m_onnx.isEmpty(), "needs the export of exportsCarryTheCalibration()");
    const QString csv = m_dir.filePath(QStringLiteral("predictions.csv"));
    // A folder and a file, as a user passes them.
    const QString folder = QDir(m_project).filePath(QStringLiteral("images/bag"));
    const QStringList one = filesIn(QDir(m_project).filePath(QStringLiteral("images/sandal"))).mid(0, 1);
    const CliResult r = runCli({QStringLiteral("predict"), m_onnx, folder, one.at(0), QStringLiteral("--json"),
                                QStringLiteral("--csv"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), filesIn(folder).size() + 1);
    QVERIFY2(r.err.contains("classified"), "progress goes to stderr");
    const CalibrationResult c = CalibrationResult::fromJson(m_run.json.value(QStringLiteral("calibration")).toObject());
    int known = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"image", "label", "score", "known", "confidence", "distance"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const double confidence = o.value(QStringLiteral("confidence")).toDouble();
        const double distance = o.value(QStringLiteral("distance")).toDouble();
        QVERIFY(confidence > 0.0 && confidence <= 1.0);
        QVERIFY(distance >= -1e-6 && distance <= 2.0);
        QCOMPARE(o.value(QStringLiteral("known")).toBool(),
                 confidence >= c.threshold && distance <= c.novelty.threshold);
        known += o.value(QStringLiteral("known")).toBool() ? 1 : 0;
    }
    QCOMPARE(rows.last().toObject().value(QStringLiteral("image")).toString(), one.at(0));
    QVERIFY(known > rows.size() / 2);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), rows.size() + 1);
    QVERIFY(lines.first().startsWith("image,label,score,confidence,known"));
    // Thresholds of 0 and 2 know everything.
    const CliResult all = runCli({QStringLiteral("predict"), m_onnx, folder, QStringLiteral("--json"),
                                  QStringLiteral("--threshold"), QStringLiteral("0"),
                                  QStringLiteral("--max-distance"), QStringLiteral("2")});
    QVERIFY2(all.code == 0, qPrintable(all.describe()));
    for (const QJsonValue &v : QJsonDocument::fromJson(all.out).array())
        QVERIFY(v.toObject().value(QStringLiteral("known")).toBool());
    const CliResult bad = runCli({QStringLiteral("predict"), m_onnx, folder, QStringLiteral("--threshold"),
                                  QStringLiteral("2")});
    QCOMPARE(bad.code, 2);
}

void TestCalibration::unseenClassIsUnknownMoreOften()
{
    QVERIFY2(!m_onnx.isEmpty(), "needs the export of exportsCarryTheCalibration()");
    Project project;
    QString error;
    QVERIFY2(project.load(m_project, &error), qPrintable(error));
    QStringList validation;
    for (const ImageEntry &image : project.images()) {
        if (image.split == Split::Val)
            validation.append(project.absolutePath(image.path));
    }
    Predictor predictor;
    QVERIFY2(predictor.load(m_onnx, QStringLiteral("cpu"), &error), qPrintable(error));
    // The share called unknown by the confidence alone and by both checks.
    const auto unknownRates = [&](const QStringList &images) {
        int byConfidence = 0, byEither = 0;
        for (const Prediction &p : predictor.predict(images)) {
            byConfidence += p.error.isEmpty() && p.confidence < predictor.threshold() ? 1 : 0;
            byEither += p.error.isEmpty() && !p.known ? 1 : 0;
        }
        return std::make_pair(double(byConfidence) / images.size(), double(byEither) / images.size());
    };
    QVERIFY(predictor.hasDistanceCheck());
    const auto [valConfidence, valRate] = unknownRates(validation);
    const auto [unseenConfidence, unseenRate] = unknownRates(filesIn(m_unseen));
    qInfo("called unknown, by confidence alone: %.1f %% of %lld validation images, %.1f %% of 100 images of a class "
          "never seen (trouser); with the distance check too: %.1f %% and %.1f %%",
          valConfidence * 100, qlonglong(validation.size()), unseenConfidence * 100, valRate * 100, unseenRate * 100);
    // By construction about 5 % of the right validation answers are called unknown (plus the wrong
    // ones that are); the unseen class must be called unknown far more often.
    QVERIFY(valRate < 0.25);
    QVERIFY2(unseenRate > 2.0 * valRate && unseenRate >= 0.3,
             qPrintable(QStringLiteral("%1 vs %2").arg(unseenRate).arg(valRate)));
}

// The run in-process (logits and features from one pass) and its ONNX export (two outputs, OpenCV
// DNN) give the same class, confidence, distance and verdict.
void TestCalibration::runAndExportAnswerAlike()
{
    QVERIFY2(!m_onnx.isEmpty(), "needs the export of exportsCarryTheCalibration()");
    QString error;
    Predictor run, file;
    QVERIFY2(run.loadRun(m_run, QStringLiteral("cpu"), &error), qPrintable(error));
    QVERIFY2(file.load(m_onnx, QStringLiteral("cpu"), &error), qPrintable(error));
    QVERIFY(run.hasDistanceCheck() && file.hasDistanceCheck());
    const QStringList images = filesIn(m_unseen).mid(0, 20) + filesIn(QDir(m_project).filePath(QStringLiteral("images/bag"))).mid(0, 20);
    const QVector<Prediction> a = run.predict(images), b = file.predict(images);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QVERIFY(a.at(i).error.isEmpty() && b.at(i).error.isEmpty());
        QVERIFY(a.at(i).distance >= 0.0 && b.at(i).distance >= 0.0);
        QVERIFY2(std::abs(a.at(i).distance - b.at(i).distance) < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(a.at(i).distance).arg(b.at(i).distance)));
        QVERIFY(std::abs(a.at(i).confidence - b.at(i).confidence) < 1e-4);
        // A verdict may differ only for an image sitting on a threshold.
        // (or whose two best classes are all but tied).
        QVector<float> p = a.at(i).probabilities;
        std::sort(p.begin(), p.end(), std::greater<float>());
        const bool onEdge = std::abs(a.at(i).confidence - run.threshold()) < 1e-4
            || std::abs(a.at(i).distance - run.distanceThreshold()) < 1e-4 || p.at(0) - p.at(1) < 1e-3;
        if (!onEdge) {
            QCOMPARE(b.at(i).label, a.at(i).label);
            QCOMPARE(b.at(i).known, a.at(i).known);
        }
    }
}

QTEST_GUILESS_MAIN(TestCalibration)

#include "tst_calibration.moc"
