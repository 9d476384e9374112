#include "embeddingoptions.h"

#include "clicontext.h"
#include "commands.h"

#include "zoo/backbonecatalog.h"

#include <QCoreApplication>

#include <atomic>

namespace Hone::Cli {

namespace {

// lupdate files the tr() calls in EmbeddingOptions' members under the class, the others under
// the namespace: look in both.
QString tr(const char *text)
{
    const QString member = QCoreApplication::translate("Hone::Cli::EmbeddingOptions", text);
    return member != QLatin1String(text) ? member : QCoreApplication::translate("Hone::Cli", text);
}

} // namespace

EmbeddingOptions::EmbeddingOptions()
    : backbone(QStringLiteral("backbone"), tr("Architecture whose embeddings are used (default: the bundled one)."),
               QStringLiteral("NAME"), bundledBackbone().isEmpty() ? QStringLiteral("resnet18") : bundledBackbone())
    , weights(QStringLiteral("weights"),
              tr("default, imagenet, none, a catalog id or a weight file (default: the bundled weights for the "
                 "bundled backbone, ImageNet for the others)."),
              QStringLiteral("SPEC"))
    , imageSize(QStringLiteral("image-size"), tr("Input size (default: the weights' own)."), QStringLiteral("N"))
{
}

void EmbeddingOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({backbone, weights, imageSize, deviceOption()});
}

bool EmbeddingOptions::read(const QCommandLineParser &parser, EmbeddingRequest *request, int *code) const
{
    request->backbone = parser.value(backbone);
    if (!findBackbone(request->backbone)) {
        *code = usage(parser, tr("unknown backbone '%1'").arg(request->backbone));
        return false;
    }
    if (parser.isSet(imageSize)) {
        bool ok = false;
        request->imageSize = parser.value(imageSize).toInt(&ok);
        if (!ok || request->imageSize < 16 || request->imageSize > 1024) {
            *code = usage(parser, tr("--image-size: give a size from 16 to 1024"));
            return false;
        }
    }
    request->device = parser.value(QStringLiteral("device"));
    const QString spec = parser.isSet(weights) ? parser.value(weights)
                         : request->backbone == bundledBackbone() ? QStringLiteral("default")
                                                                  : QStringLiteral("imagenet");
    QString error;
    if (!weightsSpecToConfig(request->backbone, spec, &request->weights, &error)
        || !fetchWeights(request->weights, &error)) {
        *code = fail(error);
        return false;
    }
    return true;
}

bool embedProject(const QString &command, const DoctorInput &input, EmbeddingRequest request, EmbeddingPass *pass,
                  QString *error)
{
    request.paths = input.paths;
    request.hashes = input.hashes;
    request.cacheDirectory = input.cacheDirectory;
    std::atomic_bool stop{false};
    int lastShown = -1;
    return runEmbeddingPass(request, pass, error, stop, [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != lastShown / 10 || done == total) {
            err() << tr("%1: embeddings %2/%3").arg(command).arg(done).arg(total) << Qt::endl;
            lastShown = percent;
        }
    });
}

} // namespace Hone::Cli
