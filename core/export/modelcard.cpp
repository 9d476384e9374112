#include "modelcard.h"

#include "modelexporter.h"

#include "analysis/calibration.h"
#include "evaluation/wilson.h"
#include "inference/modelmetadata.h"
#include "training/runstore.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace Hone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone", text);
}

QString percent(double fraction, int decimals = 1)
{
    return QString::number(fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}

// Markdown table cells must not break the table.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QString modelCardPath(const QString &modelPath)
{
    return modelPath + QStringLiteral(".md");
}

QString weightsProvenance(const QString &backbone, const QString &configWeights)
{
    if (configWeights.isEmpty())
        return tr("Trained from a random initialisation: no third-party weights.");
    if (configWeights.startsWith(QLatin1String("zoo:"))) {
        const QString ref = configWeights.mid(4);
        const BackboneInfo *info = findBackbone(ref.section(QLatin1Char('/'), 0, 0));
        const CatalogWeights *w = info ? info->findWeights(ref.section(QLatin1Char('/'), 1)) : nullptr;
        if (w && w->bundled)
            return tr("Started from Hone's bundled %1 weights (%2), pretrained by `hone-cli pretrain` on %3. "
                      "Fashion-MNIST is published under the MIT licence; the weights ship with Hone.")
                .arg(backbone, w->label, w->dataset);
        if (w)
            return tr("Started from torchvision's %1 weights (%2, %3 top-1 on %4), downloaded from %5. "
                      "torchvision's code and weights are published under the BSD-3-Clause licence; the "
                      "weights were trained on %4, whose terms of access (non-commercial research and "
                      "education) may bind how a derived model can be used.")
                .arg(backbone, w->label, QString::number(w->top1, 'f', 1) + QStringLiteral(" %"), w->dataset,
                     w->source.url.toString());
        return tr("Started from the zoo weights %1, which this version of Hone does not know.").arg(configWeights);
    }
    return tr("Started from the weight file %1. Its licence is whatever its source says: check it before "
              "sharing this model.")
        .arg(QFileInfo(configWeights).fileName());
}

QString modelCard(const ModelMetadata &meta, const RunRecord &run, const ExportReport *report,
                  const QString &fileName)
{
    QString text;
    QTextStream out(&text);
    const QJsonObject config = run.json.value(QStringLiteral("config")).toObject();
    const auto n = meta.normalization;
    const auto triple = [](const std::array<float, 3> &v) {
        return QStringLiteral("[%1, %2, %3]").arg(v[0], 0, 'g', 4).arg(v[1], 0, 'g', 4).arg(v[2], 0, 'g', 4);
    };

    out << "# " << tr("Model card: %1").arg(fileName) << "\n\n";
    out << tr("Exported by Hone %1 from run %2 of %3, a %4 classifier of %5 classes.")
               .arg(QStringLiteral(HONE_VERSION), run.id, QFileInfo(QFileInfo(run.directory).path()).path().section(QLatin1Char('/'), -1),
                    meta.backbone)
               .arg(meta.classNames.size())
        << "\n\n";

    out << "## " << tr("Classes") << "\n\n";
    for (int c = 0; c < meta.classNames.size(); ++c)
        out << c << ". " << meta.classNames.at(c) << "\n";
    out << "\n";

    out << "## " << tr("Input and preprocessing") << "\n\n";
    out << "- " << tr("Input: float32, NCHW, shape [N, 3, %1, %1], RGB channel order.").arg(meta.imageSize) << "\n";
    out << "- " << tr("Resizing (the caller's job): %1.").arg(meta.resizePolicy) << "\n";
    if (meta.preprocessingInGraph) {
        out << "- " << tr("Pixel values: 0–255 as they are. The graph normalises them itself: "
                          "(x / 255 − mean) / std with mean %1 and std %2.")
                           .arg(triple(n.mean), triple(n.std))
            << "\n";
    } else {
        out << "- " << tr("Pixel values: scale to 0–1 (divide by 255), then (x − mean) / std with mean %1 and std %2.")
                           .arg(triple(n.mean), triple(n.std))
            << "\n";
    }
    out << "- " << (meta.softmaxInGraph ? tr("Output: probabilities (softmax in the graph), [N, %1].")
                                        : tr("Output: logits, [N, %1]; apply a softmax for probabilities."))
                       .arg(meta.classNames.size())
        << "\n\n";

    out << "## " << tr("Validation accuracy") << "\n\n";
    const int weightsEpoch = run.json.value(QStringLiteral("weightsEpoch")).toInt(run.bestEpoch());
    const QVector<EpochMetrics> epochs = run.epochs();
    const EpochMetrics *kept = nullptr;
    for (const EpochMetrics &e : epochs)
        kept = e.epoch == weightsEpoch ? &e : kept;
    int valImages = 0;
    if (kept) {
        for (int v : kept->confusion)
            valImages += v;
    }
    if (kept && valImages > 0) {
        const ProportionInterval ci = wilsonInterval(kept->valAccuracy * valImages, valImages);
        out << tr("%1 on %2 validation images (95 % confidence interval %3 – %4, Wilson), the weights of epoch %5 of %6.")
                   .arg(percent(kept->valAccuracy), QString::number(valImages), percent(ci.low), percent(ci.high))
                   .arg(weightsEpoch)
                   .arg(epochs.size())
            << "\n\n";
        out << "| " << tr("Class") << " | " << tr("Validation images") << " | " << tr("Recall") << " |\n|---|---|---|\n";
        const int k = kept->classCount;
        for (int c = 0; c < k && c < meta.classNames.size(); ++c) {
            int support = 0;
            for (int p = 0; p < k; ++p)
                support += kept->confusion.value(c * k + p);
            const int right = kept->confusion.value(c * k + c);
            out << "| " << cell(meta.classNames.at(c)) << " | " << support << " | "
                << (support > 0 ? percent(double(right) / support) : QStringLiteral("–")) << " |\n";
        }
        out << "\n";
        if (valImages < 100)
            out << tr("With %1 validation images, differences under about ±%2 points are noise.")
                       .arg(valImages)
                       .arg(qRound((ci.high - ci.low) * 50.0))
                << "\n\n";
    } else {
        out << tr("The run has no validation result.") << "\n\n";
    }

    out << "## " << tr("Calibration and \"unknown\"") << "\n\n";
    if (meta.calibration.isEmpty()) {
        out << tr("The run was not calibrated (it was trained by an earlier version of Hone): confidences are the "
                  "softmax as it is, and no threshold is set.")
            << "\n\n";
    } else {
        const CalibrationResult c = CalibrationResult::fromJson(meta.calibration);
        out << "- " << tr("Temperature %1 (calibrated probabilities are softmax(logits / %1)), fitted on %2 validation images.")
                           .arg(c.temperature, 0, 'f', 3)
                           .arg(c.images)
            << (c.fitted ? QString() : QStringLiteral(" ") + tr("Not fitted: %1.").arg(c.note)) << "\n";
        out << "- " << tr("Expected calibration error (10 bins): %1 before, %2 after.")
                           .arg(percent(c.eceBefore, 2), percent(c.eceAfter, 2))
            << "\n";
        if (c.novelty.isValid()) {
            out << "- " << tr("\"Unknown\" when the calibrated confidence is below %1, or when the image's pooled "
                              "features (the \"embedding\" output) are farther than %2 from every class centre "
                              "(1 − cosine similarity; the centres are in the metadata's calibration.novelty).")
                               .arg(percent(c.threshold))
                               .arg(c.novelty.threshold, 0, 'f', 4)
                << "\n";
        } else {
            out << "- " << tr("\"Unknown\" when the calibrated confidence is below %1.").arg(percent(c.threshold)) << "\n";
        }
        out << "- " << tr("On validation this keeps %1 of the correct predictions (target %2) and flags %3 of the wrong ones.")
                           .arg(percent(c.keptCorrect), percent(c.thresholdTarget, 0), percent(c.rejectedWrong))
            << "\n";
        out << "- " << tr("Both checks only know the classes above. Things the model never saw but that look like one of "
                          "its classes still pass; when such images are common where the model is used, add a "
                          "\"background\" class with examples of them.")
            << "\n\n";
    }

    out << "## " << tr("Training") << "\n\n";
    out << "- " << tr("%1 training and %2 validation images; dataset hash %3.")
                       .arg(run.json.value(QStringLiteral("trainImages")).toInt())
                       .arg(run.json.value(QStringLiteral("valImages")).toInt())
                       .arg(run.json.value(QStringLiteral("datasetHash")).toString().left(16))
        << "\n";
    out << "- " << tr("Recipe %1, freeze depth %2, %3 epochs at learning rate %4, image size %5, seed %6, on %7.")
                       .arg(config.value(QStringLiteral("recipe")).toString())
                       .arg(config.value(QStringLiteral("freezeDepth")).toInt())
                       .arg(config.value(QStringLiteral("epochs")).toInt())
                       .arg(config.value(QStringLiteral("learningRate")).toDouble(), 0, 'g', 3)
                       .arg(meta.imageSize)
                       .arg(config.value(QStringLiteral("seed")).toString(),
                            run.json.value(QStringLiteral("device")).toString())
        << "\n";
    out << "- " << tr("Started %1, ended %2.")
                       .arg(run.json.value(QStringLiteral("started")).toString(),
                            run.json.value(QStringLiteral("ended")).toString())
        << "\n\n";

    out << "## " << tr("Backbone and licence") << "\n\n";
    out << weightsProvenance(meta.backbone, config.value(QStringLiteral("weights")).toString()) << "\n\n";

    out << "## " << tr("Verification") << "\n\n";
    out << (report ? report->summary() : tr("The export was not verified (--no-verify).")) << "\n";
    return text;
}

} // namespace Hone
