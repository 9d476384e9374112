// hone-cli suggest and map: labelling with the model (core/analysis/activelearning.h) and the
// dataset's map (core/analysis/embeddingmap.h).

#include "clicontext.h"
#include "commands.h"
#include "embeddingoptions.h"

#include "analysis/activelearning.h"
#include "analysis/embeddingmap.h"
#include "nn/runtime.h"
#include "project/project.h"
#include "util/atomicfile.h"
#include "util/failure.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>

#include <atomic>
#include <cmath>

namespace Hone::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hone::Cli", text);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Opens the project and runs the embedding pass; on failure returns false with *code set.
bool projectEmbeddings(const QCommandLineParser &parser, const EmbeddingOptions &embedding, const QString &command,
                       Project *project, DoctorInput *input, EmbeddingPass *pass, int *code)
{
    EmbeddingRequest request;
    if (!embedding.read(parser, &request, code) || !openProject(project, parser.positionalArguments().first(), code))
        return false;
    *input = DoctorInput::fromProject(*project);
    Nn::setThreadCount(0);
    QString error;
    if (!embedProject(command, *input, request, pass, &error)) {
        *code = fail(error);
        return false;
    }
    return true;
}

// The map as a picture: points coloured by class (unlabelled grey), with a legend.
bool writeMapImage(const QString &path, const DoctorInput &input, const QStringList &colors, const EmbeddingMap &map,
                   QString *error)
{
    constexpr int Width = 1200, Height = 900, Margin = 30, Legend = 220;
    QImage image(Width, Height, QImage::Format_RGB32);
    image.fill(Qt::white);
    float minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool any = false;
    for (const MapPoint &p : map.points) {
        if (!p.placed)
            continue;
        minX = any ? std::min(minX, p.x) : p.x;
        maxX = any ? std::max(maxX, p.x) : p.x;
        minY = any ? std::min(minY, p.y) : p.y;
        maxY = any ? std::max(maxY, p.y) : p.y;
        any = true;
    }
    const float spanX = std::max(1e-6f, maxX - minX), spanY = std::max(1e-6f, maxY - minY);
    const float plotW = Width - Legend - 2 * Margin, plotH = Height - 2 * Margin;
    const float scale = std::min(plotW / spanX, plotH / spanY);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const float radius = map.points.size() > 5000 ? 2.0f : map.points.size() > 1000 ? 3.0f : 4.5f;
    // Unlabelled first, so labelled points stay visible on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < map.points.size(); ++i) {
            const MapPoint &p = map.points[i];
            const int label = input.labels.value(i, -1);
            if (!p.placed || (pass == 0) != (label < 0))
                continue;
            QColor color = label >= 0 ? QColor(colors.value(label)) : QColor(150, 150, 150);
            color.setAlpha(label >= 0 ? 210 : 140);
            painter.setBrush(color);
            const QPointF centre(Margin + (p.x - minX) * scale + (plotW - spanX * scale) / 2,
                                 Margin + (maxY - p.y) * scale + (plotH - spanY * scale) / 2);
            painter.drawEllipse(centre, radius, radius);
        }
    }
    painter.setPen(Qt::black);
    int y = Margin + 10;
    const auto legendRow = [&](const QColor &color, const QString &text) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(Width - Legend + 10, y), 6, 6);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(Width - Legend + 24, y + 5), text);
        y += 22;
    };
    for (int c = 0; c < input.classNames.size() && y < Height - 40; ++c)
        legendRow(QColor(colors.value(c)), input.classNames[c]);
    legendRow(QColor(150, 150, 150), tr("unlabeled"));
    painter.end();
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            *error = tr("could not encode the picture");
            return false;
        }
    }
    return writeFileAtomically(path, png, error);
}

} // namespace

int suggest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Suggest classes for the unlabeled images and list them most useful to label first: a softmax head on "
           "the labeled images' embeddings scores the rest by the strategy, in diverse batches. With fewer than two "
           "classes labeled there is no head yet: typical, diverse images come first (k-means on the embeddings) "
           "and \"suggested\" is null."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const EmbeddingOptions embedding;
    const QCommandLineOption strategy(QStringLiteral("strategy"), tr("margin (default), entropy, least-confidence or random."),
                                      QStringLiteral("NAME"), QStringLiteral("margin"));
    const QCommandLineOption count(QStringLiteral("count"), tr("List at most N images (default: all unlabeled)."),
                                   QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("batch"), tr("Diversity batch: images labeled between retrains (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the random strategy and the cold start (default 0)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOptions({strategy, count, batch, seed, json});
    embedding.addTo(parser);
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    SuggestOptions options;
    if (!queryStrategyFromName(parser.value(strategy), &options.strategy))
        return usage(parser, tr("--strategy: margin, entropy, least-confidence or random"));
    bool ok = true;
    const int limit = parser.isSet(count) ? parser.value(count).toInt(&ok) : -1;
    if (!ok || (parser.isSet(count) && limit < 1))
        return usage(parser, tr("--count: give a number of at least 1"));
    options.diversity.batch = parser.value(batch).toInt(&ok);
    if (!ok || options.diversity.batch < 1 || options.diversity.batch > 1000)
        return usage(parser, tr("--batch: give a number from 1 to 1000"));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(parser, tr("--seed: give a whole number"));

    Project project;
    DoctorInput input;
    EmbeddingPass pass;
    if (!projectEmbeddings(parser, embedding, QStringLiteral("suggest"), &project, &input, &pass, &code))
        return code;
    SuggestionSet set;
    QString error;
    if (!catchAll([&] {
            set = suggestLabels(pass.features, pass.dims, pass.readable, input.labels, input.classNames.size(), options);
            return true;
        }, &error))
        return fail(error);
    for (int i = 0; i < pass.readable.size(); ++i) {
        if (!pass.readable[i] && input.labels.value(i) < 0)
            err() << tr("suggest: skipped %1: %2").arg(input.paths[i], pass.errors[i]) << Qt::endl;
    }
    if (set.coldStart)
        err() << tr("suggest: fewer than two classes are labeled, so these are typical, diverse images to label "
                    "first, without suggestions")
              << Qt::endl;

    const int shown = limit < 0 ? set.queue.size() : std::min(limit, int(set.queue.size()));
    QJsonArray array;
    for (int position = 0; position < shown; ++position) {
        const int row = set.queue[position];
        const Suggestion &s = set.rows[row];
        QJsonObject o;
        o[QStringLiteral("image")] = QFileInfo(input.paths[row]).absoluteFilePath();
        o[QStringLiteral("suggested")] = s.classIndex >= 0 ? QJsonValue(input.classNames[s.classIndex]) : QJsonValue();
        o[QStringLiteral("confidence")] = double(s.confidence);
        // The cold start has no uncertainty; its score is the place in the typical-first order.
        o[QStringLiteral("score")] = set.coldStart ? 1.0 - double(position) / std::max(1, int(set.queue.size()))
                                                   : double(s.score);
        array.append(o);
    }
    if (parser.isSet(json)) {
        printJson(array);
        return Success;
    }
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(o[QStringLiteral("score")].toDouble(), 6, 'f', 3)
                     .arg(o[QStringLiteral("suggested")].isNull() ? QStringLiteral("-") : o[QStringLiteral("suggested")].toString(), -12)
                     .arg(o[QStringLiteral("confidence")].toDouble(), 5, 'f', 3)
                     .arg(o[QStringLiteral("image")].toString())
              << '\n';
    }
    out() << Qt::flush;
    return Success;
}

int map(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Place every image's embedding on a 2-D map (UMAP after PCA) and write the "
                                        "coordinates (CSV: image,x,y,label) or a picture of it (PNG)."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Project folder."));
    const EmbeddingOptions embedding;
    const QCommandLineOption output(QStringLiteral("output"), tr("FILE.csv or FILE.png."), QStringLiteral("FILE"));
    const QCommandLineOption neighbours(QStringLiteral("neighbours"), tr("Neighbours of the graph (default 15)."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the layout (default 0)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    parser.addOptions({output, neighbours, seed});
    embedding.addTo(parser);
    int code = 0;
    if (!parse(parser, args, 1, &code))
        return code;
    const QString file = parser.value(output);
    const bool png = file.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if (file.isEmpty() || (!png && !file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)))
        return usage(parser, tr("--output: give a .csv or .png file"));
    MapOptions options;
    bool ok = false;
    options.neighbours = parser.value(neighbours).toInt(&ok);
    if (!ok || options.neighbours < 2 || options.neighbours > 100)
        return usage(parser, tr("--neighbours: give a number from 2 to 100"));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(parser, tr("--seed: give a whole number"));

    Project project;
    DoctorInput input;
    EmbeddingPass pass;
    if (!projectEmbeddings(parser, embedding, QStringLiteral("map"), &project, &input, &pass, &code))
        return code;
    EmbeddingMap result;
    QString error;
    std::atomic_bool stop{false};
    int lastShown = -1;
    if (!catchAll([&] {
            return computeEmbeddingMap(pass.features, pass.dims, pass.readable, options, &result, stop, [&](int done, int total) {
                if (done * 10 / total != lastShown) {
                    lastShown = done * 10 / total;
                    err() << tr("map: layout %1/%2").arg(done).arg(total) << Qt::endl;
                }
            });
        }, &error))
        return fail(error);
    err() << tr("map: %1, %2 s").arg(result.method).arg(result.seconds, 0, 'f', 2) << Qt::endl;

    if (png) {
        QStringList colors;
        for (const ClassInfo &c : project.classes())
            colors.append(c.color);
        if (!writeMapImage(file, input, colors, result, &error))
            return fail(error);
        return Success;
    }
    QByteArray csv = "image,x,y,label\n";
    for (int i = 0; i < result.points.size(); ++i) {
        const MapPoint &p = result.points[i];
        if (!p.placed)
            continue;
        const int label = input.labels.value(i, -1);
        csv += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(csvField(QFileInfo(input.paths[i]).absoluteFilePath()))
                   .arg(double(p.x), 0, 'g', 7)
                   .arg(double(p.y), 0, 'g', 7)
                   .arg(label >= 0 ? csvField(input.classNames[label]) : QString())
                   .toUtf8();
    }
    if (!writeFileAtomically(file, csv, &error))
        return fail(error);
    return Success;
}

} // namespace Hone::Cli
