#include "embeddingpass.h"

#include "imaging/imagedecoder.h"
#include "nn/classifiermodel.h"
#include "nn/runtime.h"
#include "training/featurecache.h"
#include "util/atomicfile.h"
#include "util/failure.h"
#include "util/poolwait.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <memory>
#include <numeric>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Hone::EmbeddingPass)
};

constexpr int Chunk = 32;

QJsonArray channels(const std::array<float, 3> &v)
{
    return {double(v[0]), double(v[1]), double(v[2])};
}

struct Loaded
{
    std::unique_ptr<Nn::ClassifierModel> model;
    QString weightsId;
    int dims = 0;
};

bool loadBackbone(const EmbeddingRequest &request, const QString &backbone, int imageSize, Loaded *loaded,
                  QString *error)
{
    QString weightsFile;
    if (!request.weights.isEmpty() && !resolveWeights(request.weights, &weightsFile, error))
        return false;
    std::string message;
    const std::string device = Nn::resolveDevice(request.device.toStdString(), &message);
    auto model = Nn::ClassifierModel::create(backbone.toStdString(), 2, 0, &message);
    if (device.empty() || !model || !model->setDevice(device, &message)) {
        *error = QString::fromStdString(message);
        return false;
    }
    loaded->weightsId = QStringLiteral("random:0");
    if (!weightsFile.isEmpty()) {
        Nn::WeightLoadReport report;
        if (!model->loadPretrained(QFile::encodeName(weightsFile).toStdString(), &report, &message)) {
            *error = QString::fromStdString(message);
            return false;
        }
        loaded->weightsId = QStringLiteral("sha256:") + fileSha256(weightsFile);
        if (!report.missing.empty() || !report.mismatched.empty())
            loaded->weightsId += QStringLiteral("+random:0");
    }
    // The embedding width, from one blank image (it does not depend on the input size).
    Nn::ImageBatch probe;
    probe.count = 1;
    probe.height = probe.width = std::min(imageSize, 64);
    probe.pixels.assign(probe.imageBytes(), 0);
    int64_t dims = 0;
    model->embeddings(probe, &dims);
    loaded->dims = int(dims);
    loaded->model = std::move(model);
    return true;
}

} // namespace

bool runEmbeddingPass(const EmbeddingRequest &request, EmbeddingPass *pass, QString *error,
                      const std::atomic_bool &stop, const std::function<void(int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    EmbeddingPass out;
    const int rows = request.paths.size();
    out.backbone = request.backbone.isEmpty() ? bundledBackbone() : request.backbone;
    const BackboneInfo *info = findBackbone(out.backbone);
    if (!info) {
        *error = Text::tr("unknown backbone '%1'").arg(out.backbone);
        return false;
    }
    out.imageSize = request.imageSize > 0 ? request.imageSize : weightsImageSize(request.weights);
    if (out.imageSize <= 0)
        out.imageSize = info->inputSize;

    Loaded loaded;
    if (!catchAll([&] { return loadBackbone(request, out.backbone, out.imageSize, &loaded, error); }, error))
        return false;
    out.dims = loaded.dims;
    const Nn::Normalization norm = loaded.model->normalization();
    const QJsonObject key{
        {QStringLiteral("format"), 1},
        {QStringLiteral("kind"), QStringLiteral("embedding")},
        {QStringLiteral("backbone"), out.backbone},
        {QStringLiteral("weights"), loaded.weightsId},
        {QStringLiteral("imageSize"), out.imageSize},
        {QStringLiteral("resizePolicy"), QLatin1String(resizePolicyName())},
        {QStringLiteral("channelOrder"), QStringLiteral("RGB")},
        {QStringLiteral("mean"), channels(norm.mean)},
        {QStringLiteral("std"), channels(norm.std)},
    };
    const bool caching = !request.cacheDirectory.isEmpty();
    std::unique_ptr<FeatureStore> store;
    std::unique_ptr<SurveyCache> surveys;
    if (caching) {
        store = std::make_unique<FeatureStore>(request.cacheDirectory, key);
        surveys = std::make_unique<SurveyCache>(request.cacheDirectory);
    }
    const std::vector<int64_t> shape{out.dims};
    const auto hashOf = [&](int r) { return r < request.hashes.size() ? request.hashes[r] : QString(); };

    out.features.assign(size_t(rows) * size_t(out.dims), 0.0f);
    out.readable = QVector<bool>(rows, true);
    out.errors.resize(rows);
    out.surveys = QVector<ImageSurvey>(rows);
    QVector<bool> haveFeatures(rows, false), haveSurvey(rows, false);
    if (caching) {
        for (int r = 0; r < rows; ++r) {
            const QString hash = hashOf(r);
            if (hash.isEmpty())
                continue;
            haveFeatures[r] = store->read(hash, 0, shape, out.features.data() + size_t(r) * out.dims);
            haveSurvey[r] = surveys->find(hash, &out.surveys[r]);
            out.reusedFeatures += haveFeatures[r];
            out.reusedSurveys += haveSurvey[r];
        }
    }

    QVector<int> todo;
    for (int r = 0; r < rows; ++r) {
        if (!haveFeatures[r] || !haveSurvey[r])
            todo.append(r);
    }
    const int size = out.imageSize;
    int done = rows - todo.size();
    if (progress)
        progress(done, rows);
    // What was computed before a stop is kept for the next pass.
    const auto saveSurveys = [&] {
        if (caching && !todo.isEmpty()) {
            QString ignored;   // a survey cache that cannot be written only costs time next scan
            surveys->save(&ignored);
        }
    };
    for (int start = 0; start < todo.size(); start += Chunk) {
        if (stop) {
            saveSurveys();
            return false;
        }
        const QVector<int> chunk = todo.mid(start, Chunk);
        std::vector<uint8_t> pixels(size_t(chunk.size()) * size * size * 3);
        // Decoded once: surveyed, and preprocessed for the network when its embedding is missing.
        QVector<int> slots(chunk.size());
        std::iota(slots.begin(), slots.end(), 0);
        const PoolWait wait;
        QtConcurrent::blockingMap(slots, [&](int i) {
            const int r = chunk[i];
            QString why;
            const bool ok = catchAll([&] {
                QByteArray bytes;
                cv::Mat bgr;
                if (!readFileBytes(request.paths[r], &bytes, &why) || !decodeImage(bytes, &bgr, &why))
                    return false;
                if (!haveSurvey[r])
                    out.surveys[r] = surveyImage(bgr);
                preprocessInto(bgr, size, pixels.data() + size_t(i) * size * size * 3);
                return true;
            }, &why);
            if (!ok) {
                out.readable[r] = false;
                out.errors[r] = why;
            }
        });
        Nn::ImageBatch batch;
        batch.height = batch.width = size;
        QVector<int> embed;
        for (int i = 0; i < chunk.size(); ++i) {
            const int r = chunk[i];
            if (!out.readable[r] || haveFeatures[r])
                continue;
            batch.pixels.insert(batch.pixels.end(), pixels.begin() + ptrdiff_t(size_t(i) * size * size * 3),
                                pixels.begin() + ptrdiff_t(size_t(i + 1) * size * size * 3));
            embed.append(r);
        }
        batch.count = embed.size();
        if (batch.count > 0) {
            std::vector<float> values;
            if (!catchAll([&] {
                    int64_t dims = 0;
                    values = loaded.model->embeddings(batch, &dims);
                    return dims == out.dims;
                }, error)) {
                if (error->isEmpty())
                    *error = Text::tr("the backbone returned embeddings of an unexpected size");
                return false;
            }
            for (int i = 0; i < embed.size(); ++i) {
                const int r = embed[i];
                float *dst = out.features.data() + size_t(r) * out.dims;
                std::copy(values.begin() + ptrdiff_t(size_t(i) * out.dims), values.begin() + ptrdiff_t(size_t(i + 1) * out.dims), dst);
                ++out.computedFeatures;
                if (caching && !hashOf(r).isEmpty())
                    store->write(hashOf(r), 0, shape, dst);
            }
        }
        for (int r : chunk) {
            if (caching && out.readable[r] && !haveSurvey[r])
                surveys->insert(hashOf(r), out.surveys[r]);
        }
        done += chunk.size();
        if (progress)
            progress(done, rows);
    }
    saveSurveys();
    // Rows answered wholly from the caches were never opened: one whose file has gone since
    // (deleted, or on a drive no longer mounted) is unreadable all the same.
    for (int r = 0; r < rows; ++r) {
        if (haveFeatures[r] && haveSurvey[r] && !QFileInfo::exists(request.paths[r])) {
            out.readable[r] = false;
            out.errors[r] = Text::tr("the file is missing");
            std::fill_n(out.features.begin() + ptrdiff_t(r) * out.dims, out.dims, 0.0f);
        }
    }
    out.seconds = timer.elapsed() / 1000.0;
    *pass = std::move(out);
    return true;
}

} // namespace Hone
