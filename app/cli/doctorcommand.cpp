// hone-cli doctor: the data doctor's scan of a project (core/analysis/datadoctor.h).

#include "clicontext.h"
#include "commands.h"
#include "embeddingoptions.h"

#include "analysis/datadoctor.h"
#include "nn/runtime.h"
#include "project/project.h"

#include <QCoreApplication>

#include <atomic>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone::Cli", text);
}

} // namespace

int doctor(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find mislabelled images (confident learning on K-fold out-of-sample probabilities), exact and near "
           "duplicates (and those across splits), image problems, outliers and small classes."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const EmbeddingOptions embedding;
    const QCommandLineOption folds(QStringLiteral("folds"), tr("Cross-validation folds (default 5)."), QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption rank(QStringLiteral("rank"), tr("Label-issue ranking: self-confidence (default) or margin."),
                                  QStringLiteral("self-confidence|margin"), QStringLiteral("self-confidence"));
    const QCommandLineOption similarity(QStringLiteral("similarity"),
                                        tr("Near duplicates: the cosine similarity of (centred) embeddings that links "
                                           "two images whose perceptual hashes are only loosely alike (default 0.97)."),
                                        QStringLiteral("X"));
    const QCommandLineOption hashBits(QStringLiteral("hash-distance"),
                                      tr("Near duplicates: the most bits of 64 in which the perceptual hashes of two "
                                         "look-alike images differ (default 4)."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the fold assignment (default 0)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption l2(QStringLiteral("head-l2"),
                                tr("L2 penalty of the fold heads on standardised embeddings (default %1).")
                                    .arg(DoctorOptions().head.l2),
                                QStringLiteral("X"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({folds, rank, similarity, hashBits, seed, l2, json});
    embedding.addTo(parser);
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;

    DoctorOptions options;
    EmbeddingRequest request;
    if (!embedding.read(parser, &request, &code))
        return code;
    options.backbone = request.backbone;
    options.weights = request.weights;
    options.imageSize = request.imageSize;
    options.device = request.device;
    bool ok = false;
    options.folds = parser.value(folds).toInt(&ok);
    if (!ok || options.folds < 2 || options.folds > 20)
        return usage(parser, tr("--folds: give a number from 2 to 20"));
    if (!labelRankingFromName(parser.value(rank), &options.ranking))
        return usage(parser, tr("--rank: self-confidence or margin"));
    if (parser.isSet(similarity)) {
        const double s = parser.value(similarity).toDouble(&ok);
        if (!ok || s <= 0.0 || s > 1.0)
            return usage(parser, tr("--similarity: give a value in (0, 1]"));
        options.duplicates.similarity = float(s);
    }
    if (parser.isSet(hashBits)) {
        options.duplicates.hashDistance = parser.value(hashBits).toInt(&ok);
        if (!ok || options.duplicates.hashDistance < 0 || options.duplicates.hashDistance > 32)
            return usage(parser, tr("--hash-distance: give a number from 0 to 32"));
        options.duplicates.looseHashDistance = std::max(options.duplicates.looseHashDistance, options.duplicates.hashDistance);
    }
    if (parser.isSet(l2)) {
        options.head.l2 = parser.value(l2).toDouble(&ok);
        if (!ok || options.head.l2 < 0.0 || options.head.l2 > 100.0)
            return usage(parser, tr("--head-l2: give a value from 0 to 100"));
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(parser, tr("--seed: give a whole number"));
    QString error;

    Project project;
    if (!openProject(&project, parser.positionalArguments().first(), &code))
        return code;
    const DoctorInput input = DoctorInput::fromProject(project);
    if (input.paths.isEmpty())
        return fail(tr("the project has no images"));

    Nn::setThreadCount(0);
    std::atomic_bool stop{false};
    DoctorReport report;
    QString lastStage;
    int lastShown = -1;
    const bool scanned = runDoctor(input, options, &report, &error, stop, [&](const QString &stage, int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (stage != lastStage || percent / 10 != lastShown / 10 || done == total) {
            err() << (stage == QLatin1String("embedding") ? tr("doctor: embeddings %1/%2").arg(done).arg(total)
                                                          : tr("doctor: fold %1/%2").arg(done).arg(total))
                  << Qt::endl;
            lastStage = stage;
            lastShown = percent;
        }
    });
    if (!scanned)
        return fail(error);
    if (parser.isSet(json))
        printJson(doctorReportJson(input, report));
    else
        out() << doctorSummary(input, report) << Qt::endl;
    return Success;
}

} // namespace Hone::Cli
