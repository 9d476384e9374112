#include "trainingreport.h"

#include "evaluate/reliabilitydiagram.h"
#include "evaluation/wilson.h"

#include "analysis/datadoctor.h"

#include "util/atomicfile.h"

#include "confusionmatrixwidget.h"
#include "trainingplots.h"
#include "splittext.h"
#include "train/runstatustext.h"

#include "evaluation/evaluator.h"
#include "evaluation/predictionanalysis.h"
#include "imaging/thumbnails.h"
#include "project/project.h"
#include "training/runstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cerrno>
#include <QTextDocument>
#include <QUrl>

#include <functional>

namespace Hone {

namespace {

constexpr int MaxMistakes = 12;
constexpr int MaxPairs = 10;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingReport)
};

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 1);
}

struct Figure
{
    QString name;   // "curves.png"
    QImage image;
};

QImage curvesImage(const RunRecord &run)
{
    TrainingPlots plots;
    plots.resize(900, 640);
    plots.showEpochs(run.epochs());
    return plots.renderImage(900, 300);
}

QImage matrixImage(const EvaluationResult &evaluation, const QString &caption)
{
    ConfusionMatrixWidget matrix;
    const int k = int(evaluation.classNames.size());
    const int side = std::clamp(220 + 34 * k, 420, 1200);
    matrix.resize(side + 80, side);
    matrix.setClassNames(evaluation.classNames);
    matrix.setMatrix(evaluation.matrix.counts(), caption);
    matrix.setShowPercentages(k <= 12);
    QImage image(matrix.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    matrix.render(&image);
    return image;
}

QString table(const QStringList &headers, const QVector<QStringList> &rows, const QList<int> &numeric)
{
    QString html = QStringLiteral("<table><tr>");
    for (int c = 0; c < headers.size(); ++c)
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(numeric.contains(c) ? QStringLiteral(" class=\"n\"") : QString(), headers.at(c).toHtmlEscaped());
    html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(numeric.contains(c) ? QStringLiteral(" class=\"n\"") : QString(), row.at(c).toHtmlEscaped());
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

ReliabilityData reliabilityOf(const RunRecord &run, const EvaluationResult &evaluation)
{
    QVector<int> labels;
    for (const ValPrediction &p : evaluation.predictions)
        labels.append(p.trueClass);
    const CalibrationResult c = CalibrationResult::fromJson(run.json.value(QStringLiteral("calibration")).toObject());
    return ReliabilityData::fromProbabilities(evaluation.probabilities, evaluation.classNames.size(), labels,
                                              c.temperature);
}

QImage reliabilityImage(const ReliabilityData &data)
{
    QImage image(560, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QPalette palette;
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Mid, QColor(160, 160, 160));
    palette.setColor(QPalette::Midlight, QColor(215, 215, 215));
    ReliabilityDiagram::paint(painter, image.rect().adjusted(8, 8, -8, -8), data, palette);
    return image;
}

// Temperature, expected calibration error before and after, the unknown rule, and the diagram.
QString calibrationSection(const RunRecord &run, const QVector<Figure> &figures,
                           const std::function<QString(const QString &)> &imageSource,
                           const std::function<int(const QImage &)> &width)
{
    const QJsonObject json = run.json.value(QStringLiteral("calibration")).toObject();
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Calibration and unknown"));
    if (json.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n").arg(Text::tr("This run has no calibration (it was trained by an earlier version of Hone)."));
    const CalibrationResult c = CalibrationResult::fromJson(json);
    QVector<QStringList> rows;
    rows.append({Text::tr("Temperature"), c.fitted ? QString::number(c.temperature, 'f', 3)
                                             : Text::tr("1 (not fitted: %1)").arg(c.note)});
    rows.append({Text::tr("Expected calibration error, validation (10 bins)"),
                 Text::tr("%1 before, %2 after").arg(percent(c.eceBefore), percent(c.eceAfter))});
    rows.append({Text::tr("Negative log-likelihood, validation"),
                 Text::tr("%1 before, %2 after").arg(c.nllBefore, 0, 'f', 4).arg(c.nllAfter, 0, 'f', 4)});
    rows.append({Text::tr("Unknown below a calibrated confidence of"), percent(c.threshold)});
    if (c.novelty.isValid())
        rows.append({Text::tr("Unknown farther from every class centre than"), QString::number(c.novelty.threshold, 'f', 4)});
    rows.append({Text::tr("On validation"), Text::tr("keeps %1 of the right answers (target %2), flags %3 of the wrong ones")
                                          .arg(percent(c.keptCorrect), percent(c.thresholdTarget), percent(c.rejectedWrong))});
    html += table({Text::tr("Measure"), Text::tr("Value")}, rows, {});
    for (const Figure &f : figures) {
        if (f.name == QLatin1String("reliability.png"))
            html += QStringLiteral("<img src=\"%1\" width=\"%2\" alt=\"%3\">\n")
                        .arg(imageSource(f.name)).arg(width(f.image)).arg(Text::tr("reliability diagram of the evaluated split"));
    }
    return html;
}

// The report's HTML; `imageSource` turns a figure name into what <img src> needs.
QString reportHtml(const Project &project, const RunRecord &run, const EvaluationResult &evaluation,
                   const QVector<Figure> &figures, const QVector<QPair<QString, QString>> &mistakeCaptions,
                   const std::function<QString(const QString &)> &imageSource, int maxImageWidth,
                   const QString &dataHealth)
{
    // A page (PDF) is narrower than the plots: images are scaled to fit, never cut off.
    const auto width = [maxImageWidth](const QImage &image) {
        return maxImageWidth > 0 ? std::min(image.width(), maxImageWidth) : image.width();
    };
    const QString projectName = QFileInfo(project.directory()).fileName();
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
        "body { font-family: sans-serif; margin: 24px; color: #222; }\n"
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 24px; }\n"
        "table { border-collapse: collapse; margin: 6px 0; }\n"
        "th, td { border: 1px solid #bbb; padding: 3px 8px; text-align: left; }\n"
        "th { background: #eee; } .n { text-align: right; }\n"
        "figure { display: inline-block; margin: 4px; text-align: center; font-size: 9pt; }\n"
        "</style></head><body>\n")
                       .arg(Text::tr("Training report: %1, run %2").arg(projectName, run.id).toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n").arg(Text::tr("Training report: %1, run %2").arg(projectName, run.id).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>\n")
                .arg(Text::tr("Written by Hone %1 on %2 from %3.")
                         .arg(QStringLiteral(HONE_VERSION), QDateTime::currentDateTime().toString(Qt::ISODate),
                              QDir::toNativeSeparators(project.directory()))
                         .toHtmlEscaped());

    // Summary
    QVector<QStringList> summary;
    summary.append({Text::tr("Run status"), runStatusText(run.status())});
    summary.append({Text::tr("Best epoch (validation accuracy)"),
                    Text::tr("%1 (%2)").arg(run.bestEpoch()).arg(percent(run.bestValAccuracy()))});
    summary.append({Text::tr("Evaluated on"), Text::tr("the %1 split, %n image(s)", nullptr, evaluation.matrix.total())
                                            .arg(splitLongText(evaluation.split))});
    const ProportionInterval ci = wilsonInterval(evaluation.matrix.accuracy() * evaluation.matrix.total(),
                                                 evaluation.matrix.total());
    summary.append({Text::tr("Accuracy"), Text::tr("%1 (95 % confidence interval %2 – %3)")
                                        .arg(percent(evaluation.matrix.accuracy()), percent(ci.low), percent(ci.high))});
    summary.append({Text::tr("Macro-F1"), QString::number(evaluation.matrix.macroF1(), 'f', 3)});
    for (int k : reportedTopK(evaluation.classNames.size()))
        summary.append({Text::tr("Top-%1 accuracy").arg(k), percent(evaluation.topKAccuracy(k))});
    if (evaluation.skipped > 0)
        summary.append({Text::tr("Images skipped"), QString::number(evaluation.skipped)});
    html += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Summary")) + table({Text::tr("Measure"), Text::tr("Value")}, summary, {});

    // Configuration
    QVector<QStringList> config;
    const QJsonObject configJson = run.json.value(QStringLiteral("config")).toObject();
    for (auto it = configJson.begin(); it != configJson.end(); ++it)
        config.append({it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString()});
    config.append({QStringLiteral("device"), run.json.value(QStringLiteral("device")).toString()});
    config.append({QStringLiteral("classes"), run.classNames().join(QStringLiteral(", "))});
    html += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Configuration")) + table({Text::tr("Setting"), Text::tr("Value")}, config, {});

    for (const Figure &f : figures) {
        if (f.name == QLatin1String("curves.png"))
            html += QStringLiteral("<h2>%1</h2>\n<img src=\"%2\" width=\"%3\" alt=\"%4\">\n")
                        .arg(Text::tr("Curves"), imageSource(f.name)).arg(width(f.image)).arg(Text::tr("loss and accuracy curves"));
        else if (f.name == QLatin1String("confusion.png"))
            html += QStringLiteral("<h2>%1</h2>\n<img src=\"%2\" width=\"%3\" alt=\"%4\">\n")
                        .arg(Text::tr("Confusion matrix"), imageSource(f.name)).arg(width(f.image)).arg(Text::tr("confusion matrix"));
    }
    html += calibrationSection(run, figures, imageSource, width);

    QVector<QStringList> perClass;
    for (int c = 0; c < evaluation.classNames.size(); ++c) {
        perClass.append({evaluation.classNames.at(c), QString::number(evaluation.matrix.precision(c), 'f', 3),
                         QString::number(evaluation.matrix.recall(c), 'f', 3),
                         QString::number(evaluation.matrix.f1(c), 'f', 3),
                         QString::number(evaluation.matrix.support(c))});
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Per class"))
        + table({Text::tr("Class"), Text::tr("Precision"), Text::tr("Recall"), Text::tr("F1"), Text::tr("Support")}, perClass, {1, 2, 3, 4});

    QVector<QStringList> pairs;
    for (const ConfusedPair &pair : mostConfusedPairs(evaluation.matrix, MaxPairs))
        pairs.append({evaluation.classNames.value(pair.trueClass), evaluation.classNames.value(pair.predicted),
                      QString::number(pair.count), percent(pair.share)});
    html += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Most confused pairs"));
    html += pairs.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(Text::tr("No image was confused."))
                            : table({Text::tr("True class"), Text::tr("Predicted as"), Text::tr("Images"), Text::tr("Share of the class")},
                                    pairs, {2, 3});

    html += QStringLiteral("<h2>%1</h2>\n").arg(Text::tr("Most confident mistakes"));
    if (mistakeCaptions.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(Text::tr("No image was misclassified."));
    for (const auto &[name, caption] : mistakeCaptions)
        html += QStringLiteral("<figure><img src=\"%1\" width=\"%2\"><figcaption>%3</figcaption></figure>\n")
                    .arg(imageSource(name)).arg(ThumbnailDisplaySize).arg(caption.toHtmlEscaped());
    return html + dataHealth + QStringLiteral("\n</body></html>\n");
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QString dataHealthSection(const DoctorInput &input, const DoctorReport &report)
{
    constexpr int Shown = 10;
    const auto name = [&](int i) { return QFileInfo(input.paths.value(i)).fileName(); };
    int leaks = 0;
    for (const DuplicateGroup &g : report.duplicates)
        leaks += g.crossSplit;
    QString html = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                       .arg(Text::tr("Data health"),
                            Text::tr("A data-doctor scan of all %1 images with %2 embeddings, %3-fold cross-validation "
                               "(hone-cli doctor for the full list; fix them in the Doctor workspace).")
                                .arg(report.images)
                                .arg(report.backbone)
                                .arg(report.folds)
                                .toHtmlEscaped());
    const QVector<QStringList> counts{
        {Text::tr("Likely label errors"), QString::number(report.labelIssues.size())},
        {Text::tr("Duplicate groups"), QString::number(report.duplicates.size())},
        {Text::tr("… of which across splits (leakage)"), QString::number(leaks)},
        {Text::tr("Images with quality problems"), QString::number(report.quality.size())},
        {Text::tr("Outliers"), QString::number(report.outliers.size())},
        {Text::tr("Small classes"), QString::number(report.imbalance.size())},
        {Text::tr("Unreadable images"), QString::number(report.unreadable.size())},
    };
    html += table({Text::tr("Finding"), Text::tr("Count")}, counts, {1});
    if (leaks > 0)
        html += QStringLiteral("<p>%1</p>\n").arg(Text::tr("The same picture in training and validation or test makes the "
                                                      "measured accuracy too high.").toHtmlEscaped());
    if (!report.labelIssues.isEmpty()) {
        QVector<QStringList> rows;
        for (int k = 0; k < std::min(Shown, int(report.labelIssues.size())); ++k) {
            const LabelIssue &issue = report.labelIssues[k];
            rows.append({name(issue.row), input.classNames.value(issue.given), input.classNames.value(issue.suggested),
                         QString::number(issue.score, 'f', 3)});
        }
        html += QStringLiteral("<h3>%1</h3>\n").arg(Text::tr("Likeliest label errors"))
              + table({Text::tr("Image"), Text::tr("Label", "noun: the class an image is labelled with"), Text::tr("Looks like"), Text::tr("Label quality")}, rows, {3});
    }
    if (leaks > 0) {
        QVector<QStringList> rows;
        for (const DuplicateGroup &g : report.duplicates) {
            if (!g.crossSplit || rows.size() >= Shown)
                continue;
            QStringList names;
            for (int i : g.rows)
                names << QStringLiteral("%1 (%2)").arg(name(i), splitText(input.splits.value(i)));
            rows.append({g.exact ? Text::tr("exact") : Text::tr("near"), names.join(QStringLiteral(", "))});
        }
        html += QStringLiteral("<h3>%1</h3>\n").arg(Text::tr("Duplicates across splits")) + table({Text::tr("Kind"), Text::tr("Images")}, rows, {});
    }
    for (const ClassBalance &b : report.imbalance)
        html += QStringLiteral("<p>%1</p>\n").arg(Text::tr("Small class %1 (%2 images): %3")
                                                      .arg(input.classNames.value(b.classIndex))
                                                      .arg(b.images)
                                                      .arg(b.effect)
                                                      .toHtmlEscaped());
    return html;
}

bool writeTrainingReport(const Project &project, const RunRecord &run,
                         const EvaluationResult &evaluation, const QString &path, QString *error,
                         const QString &dataHealth)
{
    QVector<Figure> figures;
    figures.append({QStringLiteral("curves.png"), curvesImage(run)});
    figures.append({QStringLiteral("confusion.png"),
                    matrixImage(evaluation, Text::tr("%1 split, %2 correct")
                                                .arg(splitLongText(evaluation.split), percent(evaluation.matrix.accuracy())))});
    const ReliabilityData reliability = reliabilityOf(run, evaluation);
    if (!reliability.isEmpty())
        figures.append({QStringLiteral("reliability.png"), reliabilityImage(reliability)});
    QVector<QPair<QString, QString>> mistakes;
    for (const ValPrediction &p : misclassifiedMostConfidentFirst(evaluation.predictions)) {
        if (mistakes.size() >= MaxMistakes)
            break;
        if (p.row < 0 || p.row >= project.images().size())
            continue;
        const ImageEntry &entry = project.images().at(p.row);
        const QString thumb = thumbnailPath(project.cacheDirectory(), entry.hash);
        QString why;
        if (!ensureThumbnail(project.absolutePath(entry.path), thumb, &why))
            continue;
        const QString name = QStringLiteral("mistake-%1.png").arg(mistakes.size());
        figures.append({name, QImage(thumb).scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio,
                                                   Qt::SmoothTransformation)});
        mistakes.append({name, Text::tr("%1: %2 → %3 (%4)")
                                   .arg(QFileInfo(entry.path).fileName(), evaluation.classNames.value(p.trueClass),
                                        evaluation.classNames.value(p.predicted), percent(p.confidence))});
    }

    QSaveFile file(path);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        if (!openForAtomicWrite(&file)) {
            *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setTitle(Text::tr("Training report, run %1").arg(run.id));
        pdf.setCreator(QStringLiteral("Hone " HONE_VERSION));
        pdf.setResolution(96);
        QTextDocument document;
        document.setPageSize(QSizeF(pdf.width(), pdf.height()));
        for (const Figure &f : figures)
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("hone:") + f.name), f.image);
        // The text width is the page's less the document margin: wider images are scaled down.
        const int textWidth = pdf.width() - 2 * int(document.documentMargin()) - 4;
        document.setHtml(reportHtml(project, run, evaluation, figures, mistakes,
                                    [](const QString &name) { return QStringLiteral("hone:") + name; }, textWidth,
                                    dataHealth));
        document.print(&pdf);
    } else {
        QHash<QString, QString> sources;
        for (const Figure &f : figures)
            sources.insert(f.name, QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes(f.image).toBase64()));
        const QString html = reportHtml(project, run, evaluation, figures, mistakes,
                                        [&sources](const QString &name) { return sources.value(name); }, 0,
                                        dataHealth);
        if (!openForAtomicWrite(&file)) {
            *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        const QByteArray bytes = html.toUtf8();
        if (file.write(bytes) != bytes.size()) {
            *error = Text::tr("cannot write %1: %2").arg(path, writeErrorString(file, errno));
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Hone
