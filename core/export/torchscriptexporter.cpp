#include "torchscriptexporter.h"

#include "dataset/imageset.h"
#include "inference/modelmetadata.h"
#include "nn/classifiermodel.h"
#include "nn/scriptedclassifier.h"
#include "project/project.h"
#include "training/runstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <numeric>

namespace Hone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TorchScriptExporter", text);
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
        return tr("not verified");
    return tr("verified with %1 on %2 images: top-1 agreement %3 %, max |Δlogit| %4")
        .arg(runtime)
        .arg(images)
        .arg(agreement * 100.0, 0, 'f', 2)
        .arg(maxAbsDiff, 0, 'g', 2);
}

QString TorchScriptExporter::nameFilter() const
{
    return tr("TorchScript model (*.pt)");
}

bool TorchScriptExporter::write(const ExportRequest &request, ExportReport *report)
{
    const RunRecord &run = *request.run;
    QString error;
    auto model = RunStore::loadModel(run, QStringLiteral("cpu"), &error);
    if (!model) {
        setError(error);
        return false;
    }
    ModelMetadata meta;
    meta.format = formatName();
    meta.backbone = QString::fromStdString(model->backbone());
    meta.classNames = run.classNames();
    meta.imageSize = run.imageSize();
    const QJsonObject pre = run.json.value(QStringLiteral("preprocessing")).toObject();
    meta.resizePolicy = pre.value(QStringLiteral("resizePolicy")).toString();
    meta.normalization = model->normalization();
    meta.runId = run.id;
    const QByteArray metaJson = QJsonDocument(meta.toJson()).toJson(QJsonDocument::Indented);

    // Write beside the target and rename, so an existing file is never left half-replaced.
    const QString part = request.outputPath + QStringLiteral(".part");
    std::string message;
    if (!model->exportTorchScript(part.toStdString(),
                                  {{ModelMetadata::extraFileName().toStdString(), metaJson.toStdString()}},
                                  &message)) {
        QFile::remove(part);
        setError(QString::fromStdString(message));
        return false;
    }
    QFile::remove(request.outputPath);
    if (!QFile::rename(part, request.outputPath)) {
        QFile::remove(part);
        setError(tr("cannot write %1").arg(request.outputPath));
        return false;
    }
    QSaveFile sidecar(request.outputPath + QStringLiteral(".json"));
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(metaJson) != metaJson.size()
        || !sidecar.commit()) {
        setError(tr("cannot write %1.json: %2").arg(request.outputPath, sidecar.errorString()));
        return false;
    }

    ExportReport local;
    ExportReport &r = report ? *report : local;
    if (!request.verify)
        return true;

    // Reload the written file with LibTorch's TorchScript runtime and compare with the model.
    auto scripted = Nn::ScriptedClassifier::load(request.outputPath.toStdString(), "cpu", nullptr,
                                                 &message);
    if (!scripted) {
        setError(tr("the written file does not load again: %1").arg(QString::fromStdString(message)));
        return false;
    }
    Nn::ImageBatch all;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    loadImageSet(request.verificationImages, {}, meta.imageSize, &all, &kept, &failures);
    if (all.count == 0) {
        setError(tr("no image to verify the export with; use --no-verify to skip the check"));
        return false;
    }
    QVector<int> order(int(all.count));
    std::iota(order.begin(), order.end(), 0);
    const int k = meta.classNames.size();
    int agree = 0;
    double maxDiff = 0.0;
    try {
        for (int start = 0; start < all.count; start += 32) {
            const Nn::ImageBatch batch = gatherBatch(all, order.mid(start, 32));
            const std::vector<float> a = model->logits(batch);
            int classes = 0;
            const std::vector<float> b = scripted->logits(batch, meta.normalization, &classes);
            if (classes != k || a.size() != b.size()) {
                setError(tr("the exported model has %1 outputs instead of %2").arg(classes).arg(k));
                return false;
            }
            for (int64_t i = 0; i < batch.count; ++i) {
                const float *ra = a.data() + i * k;
                const float *rb = b.data() + i * k;
                agree += (std::max_element(ra, ra + k) - ra) == (std::max_element(rb, rb + k) - rb);
                for (int c = 0; c < k; ++c)
                    maxDiff = std::max(maxDiff, double(std::abs(ra[c] - rb[c])));
            }
        }
    } catch (const std::exception &e) {
        setError(tr("verification failed: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
        return false;
    }
    r.verified = true;
    r.images = int(all.count);
    r.agreement = double(agree) / double(all.count);
    r.maxAbsDiff = maxDiff;
    r.runtime = tr("LibTorch TorchScript");
    if (!r.passed()) {
        setError(tr("the exported model predicts differently: %1").arg(r.summary()));
        return false;
    }
    return true;
}

} // namespace Hone
