#include "backbonecatalog.h"

#include "util/atomicfile.h"

#include "nn/architectures.h"
#include "nn/classifiermodel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackboneCatalog)
};

const QString ZooPrefix = QStringLiteral("zoo:");
const QString BundledResource = QStringLiteral(":/backbones/");

CatalogWeights torchvision(const QString &id, const QString &file, const QString &sha256, double top1)
{
    CatalogWeights w;
    w.id = id;
    w.label = id == QLatin1String("imagenet1k_v2") ? QStringLiteral("ImageNet-1K (torchvision V2)")
                                                   : QStringLiteral("ImageNet-1K (torchvision V1)");
    w.dataset = QStringLiteral("ImageNet-1K");
    w.top1 = top1;
    w.source.url = QUrl(QStringLiteral("https://download.pytorch.org/models/") + file);
    w.source.sha256 = sha256;
    w.source.fileName = file;
    return w;
}

// The bundled backbone's manifest (resources/backbones/*.json): how it was made and its hash.
QJsonObject bundledManifest()
{
    QFile file(BundledResource + QStringLiteral("manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<BackboneInfo> makeCatalog()
{
    // torchvision 0.14's weight files. The hash is the SHA-256 prefix torchvision puts in each
    // file name (what torch.hub checks); the full digest where it is known.
    const QHash<QString, QList<CatalogWeights>> imagenet = {
        {QStringLiteral("resnet18"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("resnet18-f37072fd.pth"),
                      QStringLiteral("f37072fd47e89c5e827621c5baffa7500819f7896bbacec160b1a16c560e07ec"), 69.758)}},
        {QStringLiteral("resnet34"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("resnet34-b627a593.pth"), QStringLiteral("b627a593"), 73.314)}},
        {QStringLiteral("resnet50"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("resnet50-0676ba61.pth"), QStringLiteral("0676ba61"), 76.130),
          torchvision(QStringLiteral("imagenet1k_v2"), QStringLiteral("resnet50-11ad3fa6.pth"), QStringLiteral("11ad3fa6"), 80.858)}},
        {QStringLiteral("mobilenet_v2"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("mobilenet_v2-b0353104.pth"), QStringLiteral("b0353104"), 71.878),
          torchvision(QStringLiteral("imagenet1k_v2"), QStringLiteral("mobilenet_v2-7ebf99e0.pth"), QStringLiteral("7ebf99e0"), 72.154)}},
        {QStringLiteral("mobilenet_v3_small"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("mobilenet_v3_small-047dcff4.pth"), QStringLiteral("047dcff4"), 67.668)}},
        {QStringLiteral("mobilenet_v3_large"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("mobilenet_v3_large-8738ca79.pth"), QStringLiteral("8738ca79"), 74.042),
          torchvision(QStringLiteral("imagenet1k_v2"), QStringLiteral("mobilenet_v3_large-5c1a4163.pth"), QStringLiteral("5c1a4163"), 75.274)}},
        {QStringLiteral("efficientnet_b0"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("efficientnet_b0_rwightman-3dd342df.pth"), QStringLiteral("3dd342df"), 77.692)}},
        {QStringLiteral("efficientnet_v2_s"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("efficientnet_v2_s-dd5fe13b.pth"), QStringLiteral("dd5fe13b"), 84.228)}},
        {QStringLiteral("regnet_y_800mf"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("regnet_y_800mf-1b27b58c.pth"), QStringLiteral("1b27b58c"), 76.420),
          torchvision(QStringLiteral("imagenet1k_v2"), QStringLiteral("regnet_y_800mf-58fc7688.pth"), QStringLiteral("58fc7688"), 78.828)}},
        {QStringLiteral("regnet_y_1_6gf"),
         {torchvision(QStringLiteral("imagenet1k_v1"), QStringLiteral("regnet_y_1_6gf-b11a554e.pth"), QStringLiteral("b11a554e"), 77.950),
          torchvision(QStringLiteral("imagenet1k_v2"), QStringLiteral("regnet_y_1_6gf-0d7bc02a.pth"), QStringLiteral("0d7bc02a"), 80.876)}},
    };
    // What each is good for, for someone who does not know the names.
    const QHash<QString, const char *> plain = {
        {QStringLiteral("resnet18"), QT_TRANSLATE_NOOP("BackboneCatalog", "A sturdy all-rounder and a good first choice.")},
        {QStringLiteral("resnet34"), QT_TRANSLATE_NOOP("BackboneCatalog", "A deeper ResNet-18: a little more accurate, twice as slow.")},
        {QStringLiteral("resnet50"), QT_TRANSLATE_NOOP("BackboneCatalog", "The accurate classic; slow without a GPU.")},
        {QStringLiteral("mobilenet_v2"), QT_TRANSLATE_NOOP("BackboneCatalog", "Small and fast; fine on a laptop.")},
        {QStringLiteral("mobilenet_v3_small"), QT_TRANSLATE_NOOP("BackboneCatalog", "The fastest on a laptop; Hone ships it pretrained.")},
        {QStringLiteral("mobilenet_v3_large"), QT_TRANSLATE_NOOP("BackboneCatalog", "Fast with good accuracy: a fine trade-off without a GPU.")},
        {QStringLiteral("efficientnet_b0"), QT_TRANSLATE_NOOP("BackboneCatalog", "Accurate for its small size; slower to train than its size suggests.")},
        {QStringLiteral("efficientnet_v2_s"), QT_TRANSLATE_NOOP("BackboneCatalog", "The best accuracy here; slow without a GPU.")},
        {QStringLiteral("regnet_y_800mf"), QT_TRANSLATE_NOOP("BackboneCatalog", "Modern and quick: more accurate than ResNet-34 at a quarter of its cost.")},
        {QStringLiteral("regnet_y_1_6gf"), QT_TRANSLATE_NOOP("BackboneCatalog", "More accurate than ResNet-50 at less than half its cost.")},
    };
    const QJsonObject manifest = bundledManifest();
    QList<BackboneInfo> catalog;
    for (const auto &a : Nn::architectures()) {
        BackboneInfo info;
        info.name = QString::fromStdString(a.name);
        info.family = QString::fromStdString(a.family);
        for (const auto &s : a.stages)
            info.stages.append(QString::fromStdString(s));
        info.inputSize = a.inputSize;
        if (manifest.value(QStringLiteral("architecture")).toString() == info.name) {
            CatalogWeights w;
            w.id = manifest.value(QStringLiteral("id")).toString();
            w.label = manifest.value(QStringLiteral("label")).toString();
            w.dataset = manifest.value(QStringLiteral("dataset")).toString();
            w.top1 = manifest.value(QStringLiteral("valAccuracy")).toDouble() * 100.0;
            w.bundled = true;
            w.imageSize = manifest.value(QStringLiteral("imageSize")).toInt();
            w.source.fileName = manifest.value(QStringLiteral("file")).toString();
            w.source.sha256 = manifest.value(QStringLiteral("sha256")).toString();
            info.weights.append(w);
        }
        info.weights += imagenet.value(info.name);
        info.imagenetDefault = info.findWeights(QStringLiteral("imagenet1k_v2")) ? QStringLiteral("imagenet1k_v2")
                                                                                 : QStringLiteral("imagenet1k_v1");
        if (const CatalogWeights *w = info.findWeights(info.imagenetDefault))
            info.imagenetTop1 = w->top1;
        info.plain = QString::fromUtf8(plain.value(info.name, ""));
        catalog.append(info);
    }
    return catalog;
}

// Writes the bundled file into the cache (once) and returns its path there.
bool extractBundled(const CatalogWeights &w, QString *path, QString *error)
{
    const QString dir = QDir(WeightDownloader::defaultCacheDir()).filePath(QStringLiteral("bundled"));
    const QString target = QDir(dir).filePath(w.source.fileName);
    QFile resource(BundledResource + w.source.fileName);
    if (!resource.open(QIODevice::ReadOnly)) {
        *error = Text::tr("the bundled weights %1 are missing from this build").arg(w.source.fileName);
        return false;
    }
    if (QFileInfo(target).size() == resource.size()) {
        QFile existing(target);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (existing.open(QIODevice::ReadOnly) && hash.addData(&existing)
            && QString::fromLatin1(hash.result().toHex()) == w.source.sha256) {
            *path = target;
            return true;
        }
    }
    const QByteArray bytes = resource.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != w.source.sha256) {
        *error = Text::tr("the bundled weights %1 do not match their recorded SHA-256").arg(w.source.fileName);
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = Text::tr("cannot create %1").arg(dir);
        return false;
    }
    if (!writeFileAtomically(target, bytes, error))
        return false;
    *path = target;
    return true;
}

} // namespace

const CatalogWeights *BackboneInfo::findWeights(const QString &id) const
{
    for (const auto &w : weights) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

QString BackboneInfo::plainText() const
{
    return plain.isEmpty() ? QString() : QCoreApplication::translate("BackboneCatalog", plain.toUtf8().constData());
}

const QList<BackboneInfo> &backboneCatalog()
{
    static const QList<BackboneInfo> catalog = makeCatalog();
    return catalog;
}

const BackboneInfo *findBackbone(const QString &name)
{
    for (const auto &b : backboneCatalog()) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

QString bundledBackbone()
{
    return bundledManifest().value(QStringLiteral("architecture")).toString();
}

QString bundledWeightsId()
{
    return bundledManifest().value(QStringLiteral("id")).toString();
}

QString zooReference(const QString &backbone, const QString &id)
{
    return ZooPrefix + backbone + QLatin1Char('/') + id;
}

namespace {

struct ParameterCounts
{
    qint64 trunk = 0;
    QList<qint64> stages;
};

// Counted from the architecture's description: no network is built, so no random numbers are
// drawn (a training run on another thread keeps its sequence).
ParameterCounts parameterCounts(const QString &backbone)
{
    ParameterCounts c;
    const Nn::Architecture *a = Nn::findArchitecture(backbone.toStdString());
    if (!a)
        return c;
    const std::string headPrefix = a->head + ".";
    for (size_t i = 0; i <= a->stages.size(); ++i)
        c.stages.append(0);
    for (const auto &e : Nn::stateEntries(*a, 2)) {
        if (e.buffer)
            continue;
        qint64 n = 1;
        for (int64_t d : e.shape)
            n *= d;
        c.stages[e.stage] += n;
        if (e.name.rfind(headPrefix, 0) != 0)
            c.trunk += n;
    }
    return c;
}

} // namespace

qint64 trunkParameters(const QString &backbone)
{
    return parameterCounts(backbone).trunk;
}

QList<qint64> stageParameters(const QString &backbone)
{
    return parameterCounts(backbone).stages;
}

bool weightsSpecToConfig(const QString &backbone, const QString &spec, QString *configValue, QString *error)
{
    const BackboneInfo *info = findBackbone(backbone);
    if (!info) {
        *error = Text::tr("unknown backbone '%1'").arg(backbone);
        return false;
    }
    if (spec.isEmpty() || spec == QLatin1String("none")) {
        configValue->clear();
        return true;
    }
    QString id = spec;
    if (spec == QLatin1String("default")) {
        id.clear();
        for (const auto &w : info->weights)
            id = w.bundled ? w.id : id;
        if (id.isEmpty()) {
            *error = Text::tr("Hone ships no pretrained %1; use --weights imagenet, a weight file, or --backbone %2")
                         .arg(backbone, bundledBackbone().isEmpty() ? QStringLiteral("…") : bundledBackbone());
            return false;
        }
    } else if (spec == QLatin1String("imagenet")) {
        id = info->imagenetDefault;
    }
    if (info->findWeights(id)) {
        *configValue = zooReference(backbone, id);
        return true;
    }
    if (spec.startsWith(ZooPrefix)) {
        const QString reference = spec.mid(ZooPrefix.size());
        if (reference.section(QLatin1Char('/'), 0, 0) != backbone || !info->findWeights(reference.section(QLatin1Char('/'), 1))) {
            *error = Text::tr("%1 are not weights of %2 (hone-cli backbones lists them)").arg(spec, backbone);
            return false;
        }
        *configValue = spec;
        return true;
    }
    const QFileInfo file(spec);
    if (!file.isFile()) {
        *error = Text::tr("'%1' is neither a weight file nor weights of %2 (%3)")
                     .arg(spec, backbone, QStringLiteral("default, imagenet, none"));
        return false;
    }
    *configValue = file.absoluteFilePath();
    return true;
}

int weightsImageSize(const QString &configValue)
{
    if (!configValue.startsWith(ZooPrefix))
        return 0;
    const QString reference = configValue.mid(ZooPrefix.size());
    const BackboneInfo *info = findBackbone(reference.section(QLatin1Char('/'), 0, 0));
    const CatalogWeights *w = info ? info->findWeights(reference.section(QLatin1Char('/'), 1)) : nullptr;
    return w ? w->imageSize : 0;
}

bool weightsAvailable(const QString &backbone, const CatalogWeights &weights)
{
    if (weights.bundled)
        return QFile::exists(BundledResource + weights.source.fileName);
    Q_UNUSED(backbone);
    WeightDownloader downloader;
    downloader.setCacheDir(WeightDownloader::defaultCacheDir());
    return !downloader.cachedPath(weights.source).isEmpty();
}

bool resolveWeights(const QString &configValue, QString *path, QString *error, WeightSource *pending)
{
    path->clear();
    if (configValue.isEmpty())
        return true;
    if (!configValue.startsWith(ZooPrefix)) {
        if (!QFileInfo(configValue).isFile()) {
            *error = Text::tr("the weight file %1 does not exist").arg(configValue);
            return false;
        }
        *path = configValue;
        return true;
    }
    const QString reference = configValue.mid(ZooPrefix.size());
    const BackboneInfo *info = findBackbone(reference.section(QLatin1Char('/'), 0, 0));
    const CatalogWeights *w = info ? info->findWeights(reference.section(QLatin1Char('/'), 1)) : nullptr;
    if (!w) {
        *error = Text::tr("no weights %1 in this version of Hone").arg(configValue);
        return false;
    }
    if (w->bundled)
        return extractBundled(*w, path, error);
    WeightDownloader downloader;
    downloader.setCacheDir(WeightDownloader::defaultCacheDir());
    *path = downloader.cachedPath(w->source);
    if (!path->isEmpty())
        return true;
    if (pending) {
        *pending = w->source;
        return true;
    }
    *error = Text::tr("%1 (%2) is not downloaded yet: hone-cli backbones --download %3 %4, or pick it in the Train view")
                 .arg(w->label, w->source.fileName, info->name, w->id);
    return false;
}

} // namespace Hone
