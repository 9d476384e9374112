#include "modelexporter.h"

#include "util/atomicfile.h"

#include "modelcard.h"
#include "onnxexporter.h"
#include "torchscriptexporter.h"

#include "analysis/calibration.h"
#include "dataset/imageset.h"
#include "nn/classifiermodel.h"
#include "project/project.h"
#include "training/runstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <limits>

#include <cstdio>

#include <cmath>
#include <numeric>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModelExporter)
};

void softmaxRows(std::vector<float> *values, int k)
{
    for (size_t start = 0; start + size_t(k) <= values->size(); start += size_t(k)) {
        float *row = values->data() + start;
        const float top = *std::max_element(row, row + k);
        double sum = 0.0;
        for (int c = 0; c < k; ++c)
            sum += std::exp(double(row[c] - top));
        for (int c = 0; c < k; ++c)
            row[c] = float(std::exp(double(row[c] - top)) / sum);
    }
}

} // namespace

QStringList verificationImages(const Project &project)
{
    QStringList val, any;
    for (const ImageEntry &image : project.images()) {
        if (image.label < 0)
            continue;
        (image.split == Split::Val ? val : any).append(project.absolutePath(image.path));
    }
    const QStringList &chosen = val.isEmpty() ? any : val;
    return chosen.mid(0, 128);
}

QString ExportReport::summary() const
{
    if (!verified)
        return Text::tr("not verified");
    QString text = Text::tr("verified with %1 on %2 images: top-1 agreement %3 %, max |Δ%4| %5")
                       .arg(runtime)
                       .arg(images)
                       .arg(agreement * 100.0, 0, 'f', 2)
                       .arg(probabilities ? Text::tr("probability") : Text::tr("logit"))
                       .arg(maxAbsDiff, 0, 'g', 2);
    if (tiedFlips > 0)
        text += QCoreApplication::translate("ModelExporter", " (%n image(s) with two all but tied classes changed places)",
                                            nullptr, tiedFlips);
    return text;
}

std::unique_ptr<ModelExporter> ModelExporter::create(const QString &formatName)
{
    if (formatName == QLatin1String("torchscript"))
        return std::make_unique<TorchScriptExporter>();
    if (formatName == QLatin1String("onnx"))
        return std::make_unique<OnnxExporter>();
    return nullptr;
}

QStringList ModelExporter::formatNames()
{
    return {QStringLiteral("torchscript"), QStringLiteral("onnx")};
}

std::unique_ptr<Nn::ClassifierModel> ModelExporter::loadModel(const ExportRequest &request,
                                                              ModelMetadata *meta)
{
    const RunRecord &run = *request.run;
    const QString folder = QFileInfo(request.outputPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        setError(Text::tr("cannot create the folder %1").arg(folder));
        return nullptr;
    }
    QString error;
    auto model = RunStore::loadModel(run, QStringLiteral("cpu"), &error);
    if (!model) {
        setError(error);
        return nullptr;
    }
    meta->format = formatName();
    meta->backbone = QString::fromStdString(model->backbone());
    meta->classNames = run.classNames();
    meta->imageSize = run.imageSize();
    meta->resizePolicy = run.json.value(QStringLiteral("preprocessing")).toObject()
                             .value(QStringLiteral("resizePolicy")).toString();
    meta->normalization = model->normalization();
    meta->softmaxInGraph = request.softmax;
    meta->preprocessingInGraph = request.embedPreprocessing;
    meta->runId = run.id;
    meta->calibration = run.json.value(QStringLiteral("calibration")).toObject();
    if (!meta->calibration.isEmpty()) {
        const CalibrationResult calibration = CalibrationResult::fromJson(meta->calibration);
        meta->temperature = calibration.temperature;
        meta->threshold = calibration.threshold;
        meta->thresholdTarget = calibration.thresholdTarget;
    }
    return model;
}

bool ModelExporter::commit(const ExportRequest &request, const ModelMetadata &meta,
                           const QByteArray &metadataJson, const ExportReport *report)
{
    const QString part = partPath(request);
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(request.outputPath).constData()) != 0) {
        discard(request);
        setError(Text::tr("cannot write %1").arg(request.outputPath));
        return false;
    }
    QString error;
    if (!writeFileAtomically(request.outputPath + QStringLiteral(".json"), metadataJson, &error)) {
        setError(error);
        return false;
    }
    if (request.modelCard
        && !writeFileAtomically(modelCardPath(request.outputPath),
                                modelCard(meta, *request.run, report, QFileInfo(request.outputPath).fileName()).toUtf8(),
                                &error)) {
        setError(error);
        return false;
    }
    return true;
}

bool ModelExporter::finish(const ExportRequest &request, Nn::ClassifierModel &model,
                           const ModelMetadata &meta, const Loader &load, const QString &runtime,
                           const QByteArray &metadataJson, ExportReport *report)
{
    if (request.verify) {
        QString error;
        const Runner exported = load(&error);
        if (!exported) {
            discard(request);
            setError(Text::tr("the written file does not load in %1: %2").arg(runtime, error));
            return false;
        }
        ExportReport local;
        if (!verify(request, model, meta, exported, runtime, report ? report : &local)) {
            discard(request);
            return false;
        }
        return commit(request, meta, metadataJson, report ? report : &local);
    }
    return commit(request, meta, metadataJson, nullptr);
}

void ModelExporter::discard(const ExportRequest &request)
{
    QFile::remove(partPath(request));
}

bool ModelExporter::verify(const ExportRequest &request, Nn::ClassifierModel &model,
                           const ModelMetadata &meta, const Runner &exported, const QString &runtime,
                           ExportReport *report)
{
    Nn::ImageBatch all;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    loadImageSet(request.verificationImages, {}, meta.imageSize, &all, &kept, &failures);
    if (all.count == 0) {
        setError(Text::tr("no image to verify the export with; use --no-verify to skip the check"));
        return false;
    }
    QVector<int> order(int(all.count));
    std::iota(order.begin(), order.end(), 0);
    const int k = meta.classNames.size();
    int agree = 0, tiedFlips = 0;
    double maxDiff = 0.0;
    try {
        for (int start = 0; start < all.count; start += 32) {
            const Nn::ImageBatch batch = gatherBatch(all, order.mid(start, 32));
            std::vector<float> reference = model.logits(batch);
            if (request.softmax)
                softmaxRows(&reference, k);
            int classes = 0;
            const std::vector<float> candidate = exported(batch, &classes);
            if (classes != k || candidate.size() != reference.size()) {
                setError(Text::tr("the exported model has %1 outputs instead of %2").arg(classes).arg(k));
                return false;
            }
            for (int64_t i = 0; i < batch.count; ++i) {
                const float *ra = reference.data() + i * k;
                const float *rb = candidate.data() + i * k;
                const auto best = std::max_element(ra, ra + k) - ra;
                if (best == std::max_element(rb, rb + k) - rb) {
                    ++agree;
                } else {
                    float runnerUp = -std::numeric_limits<float>::infinity();
                    for (int c = 0; c < k; ++c)
                        runnerUp = c == best ? runnerUp : std::max(runnerUp, ra[c]);
                    tiedFlips += double(ra[best]) - runnerUp <= ExportReport::Tolerance ? 1 : 0;
                }
                for (int c = 0; c < k; ++c)
                    maxDiff = std::max(maxDiff, double(std::abs(ra[c] - rb[c])));
            }
        }
    } catch (const std::exception &e) {
        setError(Text::tr("verification failed: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
        return false;
    }
    report->verified = true;
    report->images = int(all.count);
    report->agreement = double(agree) / double(all.count);
    report->tiedFlips = tiedFlips;
    report->maxAbsDiff = maxDiff;
    report->probabilities = request.softmax;
    report->runtime = runtime;
    if (!report->passed()) {
        setError(Text::tr("the exported model predicts differently: %1").arg(report->summary()));
        return false;
    }
    return true;
}

} // namespace Hone
