#include "datadoctor.h"

#include "crossvalidation.h"
#include "embeddingpass.h"
#include "outliers.h"
#include "project/project.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Hone::DataDoctor)
};

double median(QVector<int> v)
{
    if (v.isEmpty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

QVector<ClassBalance> classBalance(const DoctorInput &input, double smallShare)
{
    QVector<int> counts(input.classNames.size(), 0);
    for (int label : input.labels) {
        if (label >= 0 && label < counts.size())
            ++counts[label];
    }
    QVector<ClassBalance> result;
    const double mid = median(counts);
    if (counts.size() < 2 || mid <= 0)
        return result;
    for (int c = 0; c < counts.size(); ++c) {
        const double ratio = counts[c] / mid;
        if (ratio >= smallShare)
            continue;
        ClassBalance b;
        b.classIndex = c;
        b.images = counts[c];
        b.ratio = ratio;
        b.effect = counts[c] == 0
            ? Text::tr("no labelled images: the model cannot learn this class; label some or remove the class")
            : Text::tr("%1× fewer images than the median class (%2): training sees it rarely, so the model leans towards "
                 "the larger classes and its accuracy on this one is the least certain. Label more of it, or train "
                 "with class weights (balanced).")
                  .arg(1.0 / ratio, 0, 'f', 1)
                  .arg(mid, 0, 'f', 0);
        result.append(b);
    }
    return result;
}

} // namespace

DoctorInput DoctorInput::fromProject(const Project &project)
{
    DoctorInput in;
    in.cacheDirectory = project.cacheDirectory();
    QHash<int, int> indexOf;
    for (const ClassInfo &c : project.classes()) {
        indexOf.insert(c.id, in.classNames.size());
        in.classNames.append(c.name);
    }
    const QVector<ImageEntry> &images = project.images();
    for (int row = 0; row < images.size(); ++row) {
        const ImageEntry &e = images[row];
        in.paths.append(project.absolutePath(e.path));
        in.hashes.append(e.hash);
        in.labels.append(e.label >= 0 ? indexOf.value(e.label, -1) : -1);
        in.splits.append(e.split);
        in.reviewed.append(e.reviewed);
        in.rows.append(row);
    }
    return in;
}

bool runDoctor(const DoctorInput &input, const DoctorOptions &options, DoctorReport *report, QString *error,
               const std::atomic_bool &stop, const std::function<void(const QString &, int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    DoctorReport out;
    const int n = input.paths.size();
    out.images = n;

    EmbeddingRequest request;
    request.paths = input.paths;
    request.hashes = input.hashes;
    request.backbone = options.backbone;
    request.weights = options.weights;
    request.imageSize = options.imageSize;
    request.device = options.device;
    request.cacheDirectory = input.cacheDirectory;
    EmbeddingPass pass;
    error->clear();
    if (!runEmbeddingPass(request, &pass, error, stop, [&](int done, int total) {
            if (progress)
                progress(QStringLiteral("embedding"), done, total);
        }))
        return false;
    out.backbone = pass.backbone;
    out.reusedFeatures = pass.reusedFeatures;
    out.computedFeatures = pass.computedFeatures;
    out.embeddingSeconds = pass.seconds;
    for (int i = 0; i < n; ++i) {
        if (!pass.readable[i]) {
            out.unreadable.append(i);
            out.unreadableReasons.append(pass.errors[i]);
        }
    }
    const auto dismissed = [&](int i, const char *kind) { return input.reviewed.value(i).contains(QLatin1String(kind)); };

    QElapsedTimer heads;
    heads.start();
    const bool ok = catchAll([&] {
        const int classes = input.classNames.size();
        // Label issues: readable, labelled images only.
        QVector<int> labels(n, -1);
        for (int i = 0; i < n; ++i) {
            if (pass.readable[i])
                labels[i] = input.labels.value(i, -1);
            out.labelled += labels[i] >= 0;
        }
        out.labelQuality = QVector<double>(n, -1.0);
        if (classes >= 2) {
            const FoldPlan plan = stratifiedFolds(labels, options.folds, options.seed);
            out.folds = plan.folds;
            out.foldNote = plan.note;
            OutOfSample oos;
            if (plan.folds >= 2) {
                if (!outOfSampleProbabilities(pass.features, pass.dims, labels, classes, plan, options.head, &oos, stop,
                                              [&](int done, int total) {
                                                  if (progress)
                                                      progress(QStringLiteral("folds"), done, total);
                                              }))
                    return false;
                const ConfidentLearning cl = findLabelIssues(oos.probabilities, labels, classes, options.ranking);
                out.labelQuality = cl.quality;
                for (const LabelIssue &issue : cl.issues) {
                    if (dismissed(issue.row, "label"))
                        ++out.dismissed;
                    else
                        out.labelIssues.append(issue);
                }
            }
        }

        const std::vector<float> unit = Nn::normalizedRows(pass.features, pass.dims, true,
                                                           std::vector<bool>(pass.readable.begin(), pass.readable.end()));
        QVector<DuplicateItem> items(n);
        for (int i = 0; i < n; ++i) {
            if (pass.readable[i]) {
                items[i].pixelHash = pass.surveys[i].pixelHash;
                items[i].perceptualHash = pass.surveys[i].perceptualHash;
                items[i].cropHash = pass.surveys[i].cropHash;
                items[i].tiny = pass.surveys[i].tiny;
                items[i].tinyCrop = pass.surveys[i].tinyCrop;
            }
            items[i].split = input.splits.value(i);
        }
        for (const DuplicateGroup &g : findDuplicates(items, unit, pass.dims, options.duplicates)) {
            if (std::all_of(g.rows.begin(), g.rows.end(), [&](int i) { return dismissed(i, "duplicate"); }))
                ++out.dismissed;
            else
                out.duplicates.append(g);
        }

        QVector<const ImageSurvey *> surveys(n, nullptr);
        for (int i = 0; i < n; ++i) {
            if (pass.readable[i])
                surveys[i] = &pass.surveys[i];
        }
        const QVector<QStringList> quality = qualityIssues(surveys, options.quality);
        for (int i = 0; i < n; ++i) {
            if (quality[i].isEmpty())
                continue;
            if (dismissed(i, "quality"))
                ++out.dismissed;
            else
                out.quality.append({i, quality[i]});
        }

        const OutlierScan outliers = findOutliers(unit, pass.dims, pass.readable, options.neighbours, options.outlierFactor);
        out.outlierThreshold = outliers.threshold;
        for (int i : outliers.outliers) {
            if (dismissed(i, "outlier"))
                ++out.dismissed;
            else
                out.outliers.append({i, outliers.scores[i]});
        }
        out.imbalance = classBalance(input, options.smallClassShare);
        return true;
    }, error);
    if (!ok)
        return false;
    out.headSeconds = heads.elapsed() / 1000.0;
    out.seconds = timer.elapsed() / 1000.0;
    *report = std::move(out);
    return true;
}

QJsonObject doctorReportJson(const DoctorInput &input, const DoctorReport &report)
{
    const auto className = [&](int c) { return c >= 0 && c < input.classNames.size() ? input.classNames[c] : QString(); };
    QJsonArray labelIssues;
    for (const LabelIssue &issue : report.labelIssues) {
        labelIssues.append(QJsonObject{{QStringLiteral("image"), input.paths[issue.row]},
                                       {QStringLiteral("label"), className(issue.given)},
                                       {QStringLiteral("suggested"), className(issue.suggested)},
                                       {QStringLiteral("score"), issue.score},
                                       {QStringLiteral("suggestedProbability"), issue.suggestedProbability},
                                       {QStringLiteral("split"), splitName(input.splits.value(issue.row))}});
    }
    QJsonArray duplicates;
    for (const DuplicateGroup &g : report.duplicates) {
        QJsonArray images, splits, exactSets;
        for (int i : g.rows) {
            images.append(input.paths[i]);
            splits.append(splitName(input.splits.value(i)));
        }
        for (const QVector<int> &set : g.exactSets) {
            QJsonArray same;
            for (int i : set)
                same.append(input.paths[i]);
            exactSets.append(same);
        }
        duplicates.append(QJsonObject{{QStringLiteral("kind"), g.exact ? QStringLiteral("exact") : QStringLiteral("near")},
                                      {QStringLiteral("images"), images},
                                      {QStringLiteral("crossSplit"), g.crossSplit},
                                      {QStringLiteral("similarity"), g.similarity},
                                      {QStringLiteral("splits"), splits},
                                      {QStringLiteral("exact"), exactSets}});
    }
    QJsonArray quality;
    for (const QualityFinding &q : report.quality)
        quality.append(QJsonObject{{QStringLiteral("image"), input.paths[q.index]},
                                   {QStringLiteral("issues"), QJsonArray::fromStringList(q.issues)}});
    QJsonArray outliers;
    for (const OutlierFinding &o : report.outliers)
        outliers.append(QJsonObject{{QStringLiteral("image"), input.paths[o.index]}, {QStringLiteral("score"), o.score}});
    QJsonArray imbalance;
    for (const ClassBalance &b : report.imbalance)
        imbalance.append(QJsonObject{{QStringLiteral("class"), className(b.classIndex)},
                                     {QStringLiteral("images"), b.images},
                                     {QStringLiteral("ratioToMedian"), b.ratio},
                                     {QStringLiteral("effect"), b.effect}});
    QJsonArray unreadable;
    for (int k = 0; k < report.unreadable.size(); ++k)
        unreadable.append(QJsonObject{{QStringLiteral("image"), input.paths[report.unreadable[k]]},
                                      {QStringLiteral("error"), report.unreadableReasons.value(k)}});
    QJsonArray scores;   // every scored image's label quality, for tools that rank all of them
    for (int i = 0; i < report.labelQuality.size(); ++i) {
        if (report.labelQuality[i] >= 0)
            scores.append(QJsonObject{{QStringLiteral("image"), input.paths[i]}, {QStringLiteral("score"), report.labelQuality[i]}});
    }
    return {{QStringLiteral("labelIssues"), labelIssues},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("quality"), quality},
            {QStringLiteral("outliers"), outliers},
            {QStringLiteral("outlierThreshold"), report.outlierThreshold},
            {QStringLiteral("imbalance"), imbalance},
            {QStringLiteral("unreadable"), unreadable},
            {QStringLiteral("labelScores"), scores},
            {QStringLiteral("folds"), report.folds},
            {QStringLiteral("foldNote"), report.foldNote},
            {QStringLiteral("backbone"), report.backbone},
            {QStringLiteral("images"), report.images},
            {QStringLiteral("labelled"), report.labelled},
            {QStringLiteral("dismissed"), report.dismissed},
            {QStringLiteral("featuresReused"), report.reusedFeatures},
            {QStringLiteral("featuresComputed"), report.computedFeatures},
            {QStringLiteral("embeddingSeconds"), report.embeddingSeconds},
            {QStringLiteral("headSeconds"), report.headSeconds},
            {QStringLiteral("seconds"), report.seconds}};
}

QString doctorSummary(const DoctorInput &input, const DoctorReport &report, int perKind)
{
    const auto name = [&](int i) { return QFileInfo(input.paths[i]).fileName(); };
    const auto className = [&](int c) { return input.classNames.value(c); };
    QStringList lines;
    lines << Text::tr("Scanned %1 images (%2 labelled) with %3 in %4 s; %5 folds.")
                 .arg(report.images)
                 .arg(report.labelled)
                 .arg(report.backbone)
                 .arg(report.seconds, 0, 'f', 1)
                 .arg(report.folds);
    if (!report.foldNote.isEmpty())
        lines << QStringLiteral("  ") + report.foldNote;
    lines << Text::tr("Label issues: %1").arg(report.labelIssues.size());
    for (int k = 0; k < std::min(perKind, int(report.labelIssues.size())); ++k) {
        const LabelIssue &issue = report.labelIssues[k];
        lines << Text::tr("  %1: labelled %2, looks like %3 (score %4)")
                     .arg(name(issue.row), className(issue.given), className(issue.suggested))
                     .arg(issue.score, 0, 'f', 3);
    }
    int leaks = 0;
    for (const DuplicateGroup &g : report.duplicates)
        leaks += g.crossSplit;
    lines << Text::tr("Duplicate groups: %1 (%2 across splits)").arg(report.duplicates.size()).arg(leaks);
    for (int k = 0; k < std::min(perKind, int(report.duplicates.size())); ++k) {
        const DuplicateGroup &g = report.duplicates[k];
        QStringList names;
        for (int i : g.rows)
            names << name(i);
        lines << QStringLiteral("  %1%2: %3")
                     .arg(g.exact ? Text::tr("exact") : Text::tr("near"), g.crossSplit ? Text::tr(", across splits") : QString(),
                          names.join(QStringLiteral(", ")));
    }
    lines << Text::tr("Image problems: %1").arg(report.quality.size());
    for (int k = 0; k < std::min(perKind, int(report.quality.size())); ++k)
        lines << QStringLiteral("  %1: %2").arg(name(report.quality[k].index), report.quality[k].issues.join(QStringLiteral(", ")));
    lines << Text::tr("Outliers: %1").arg(report.outliers.size());
    for (int k = 0; k < std::min(perKind, int(report.outliers.size())); ++k)
        lines << QStringLiteral("  %1 (%2)").arg(name(report.outliers[k].index)).arg(report.outliers[k].score, 0, 'f', 3);
    for (const ClassBalance &b : report.imbalance)
        lines << Text::tr("Small class %1 (%2 images): %3").arg(className(b.classIndex)).arg(b.images).arg(b.effect);
    if (!report.unreadable.isEmpty())
        lines << Text::tr("Unreadable images: %1").arg(report.unreadable.size());
    if (report.dismissed > 0)
        lines << Text::tr("%n finding(s) checked earlier and not shown", nullptr, report.dismissed);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Hone
