#include "labelassistant.h"

#include "analysis/datadoctor.h"
#include "analysis/embeddingpass.h"
#include "nn/embeddingmath.h"
#include "project/project.h"
#include "training/runstore.h"
#include "training/trainingconfig.h"
#include "util/failure.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Hone {

namespace {

struct PassOutcome
{
    bool ok = false;
    QString error;
    std::shared_ptr<ProjectEmbeddings> embeddings;
};

struct FitOutcome
{
    bool ok = false;
    QString error;
    SuggestionSet set;
    // Made on the worker thread, so that taking the result costs the UI thread nothing.
    QHash<QString, LabelAssistant::Entry> suggestions;
    QStringList queue;
};

// Where the embeddings come from, in words for the status line. The latest finished run's network
// when that run trained its trunk (its features have learned this dataset; a fresh head on today's
// labels keeps the suggestions from going stale); else the backbone of the project's training
// settings when its weights are on this computer (what training will see); else the bundled one.
QString chooseBackbone(const Project &project, EmbeddingRequest *request)
{
    RunRecord run;
    QString ignored;
    if (RunStore::find(project.runsDirectory(), QString(), &run, &ignored) && QFileInfo::exists(run.weightsPath())) {
        const TrainingConfig config = TrainingConfig::fromJson(run.json.value(QStringLiteral("config")).toObject());
        const BackboneInfo *info = findBackbone(config.backbone);
        if (info && config.recipe != QLatin1String("feature-extraction") && config.freezeDepth < info->stages.size()) {
            request->backbone = config.backbone;
            request->weights = run.weightsPath();
            request->imageSize = run.imageSize();
            return LabelAssistant::tr("the trunk of run %1").arg(run.id);
        }
    }
    const QJsonObject defaults = project.trainingDefaults();
    if (defaults.contains(QStringLiteral("backbone"))) {
        const TrainingConfig config = TrainingConfig::fromJson(defaults);
        QString path, error;
        WeightSource pending;
        if (!config.weights.isEmpty() && resolveWeights(config.weights, &path, &error, &pending) && !path.isEmpty()) {
            request->backbone = config.backbone;
            request->weights = config.weights;
            return config.backbone;
        }
    }
    QString error;
    request->backbone = bundledBackbone();
    weightsSpecToConfig(request->backbone, QStringLiteral("default"), &request->weights, &error);
    return request->backbone;
}

} // namespace

LabelAssistant::LabelAssistant(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
    // Its own thread: the pass waits on decoding jobs in the global pool, and a waiting job there
    // could take the last thread those jobs need (an export or an evaluation does the same).
    m_pool.setMaxThreadCount(1);
    m_embedTimer.setSingleShot(true);
    m_embedTimer.setInterval(400);   // a burst of imports or removals makes one pass
    connect(&m_embedTimer, &QTimer::timeout, this, &LabelAssistant::startEmbedding);
    connect(project, &Project::reset, this, [this] {
        m_stop->store(true);   // the old project's work reports to no one
        m_stop = std::make_shared<std::atomic_bool>(false);
        ++m_generation;
        m_passRunning = m_fitRunning = m_passWanted = m_fitWanted = false;
        m_embeddings.reset();
        m_suggestions.clear();
        m_queue.clear();
        m_newLabels = 0;
        Q_EMIT embeddingsChanged();
        Q_EMIT suggestionsChanged();
        scheduleEmbedding();
    });
    connect(project, &Project::imagesInserted, this, &LabelAssistant::scheduleEmbedding);
    connect(project, &Project::imagesRemoved, this, &LabelAssistant::scheduleEmbedding);
    connect(project, &Project::labelsChanged, this, &LabelAssistant::onLabelsChanged);
    connect(project, &Project::classesChanged, this, &LabelAssistant::refresh);
}

LabelAssistant::~LabelAssistant()
{
    // The background work holds its own copies; stopped, it ends within a chunk of images, and
    // m_pool's destructor waits for it.
    m_stop->store(true);
}

void LabelAssistant::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    if (on) {
        scheduleEmbedding();
    } else {
        m_embedTimer.stop();
        m_suggestions.clear();
        m_queue.clear();
        setStatus(QString());
        Q_EMIT suggestionsChanged();
    }
}

void LabelAssistant::setStrategy(QueryStrategy strategy)
{
    if (m_options.strategy == strategy)
        return;
    m_options.strategy = strategy;
    refresh();
}

void LabelAssistant::setRetrainEvery(int labels)
{
    m_retrainEvery = std::max(1, labels);
}

LabelAssistant::Entry LabelAssistant::suggestion(const QString &path) const
{
    return m_suggestions.value(path);
}

QVector<int> LabelAssistant::queueRows() const
{
    QVector<int> rows;
    rows.reserve(m_queue.size());
    for (const QString &path : m_queue) {
        const int row = m_project->imageIndex(path);
        if (row >= 0 && m_project->images().at(row).label < 0)
            rows.append(row);
    }
    return rows;
}

void LabelAssistant::suggestionsAbove(double threshold, QVector<int> *rows, QVector<int> *classIds) const
{
    rows->clear();
    classIds->clear();
    const QVector<ImageEntry> &images = m_project->images();
    for (int row = 0; row < images.size(); ++row) {
        if (images[row].label >= 0)
            continue;
        const Entry e = m_suggestions.value(images[row].path);
        if (e.classId >= 0 && e.confidence >= threshold) {
            rows->append(row);
            classIds->append(e.classId);
        }
    }
}

void LabelAssistant::refresh()
{
    if (!m_enabled || !m_embeddings)
        return;
    startFit();
}

void LabelAssistant::onLabelsChanged(const QVector<int> &rows)
{
    if (!m_enabled)
        return;
    m_newLabels += rows.size();
    // Labelled images lose their ghost tags and leave the queue through the label change itself
    // (the grid and the queue look at the label); the rest waits for the next fit.
    if (m_newLabels >= m_retrainEvery || m_suggestions.isEmpty())
        refresh();
}

void LabelAssistant::scheduleEmbedding()
{
    if (m_enabled && m_project->isOpen())
        m_embedTimer.start();
}

void LabelAssistant::setStatus(const QString &text)
{
    if (m_status == text)
        return;
    m_status = text;
    Q_EMIT statusChanged(text);
}

void LabelAssistant::startEmbedding()
{
    if (!m_enabled || !m_project->isOpen())
        return;
    if (m_passRunning) {
        m_passWanted = true;
        return;
    }
    if (m_project->images().isEmpty()) {
        setStatus(QString());
        return;
    }
    EmbeddingRequest request;
    const QString source = chooseBackbone(*m_project, &request);
    const DoctorInput input = DoctorInput::fromProject(*m_project);
    request.paths = input.paths;
    request.hashes = input.hashes;
    request.cacheDirectory = input.cacheDirectory;
    QStringList relative;
    for (const ImageEntry &image : m_project->images())
        relative.append(image.path);
    m_passRunning = true;
    m_passWanted = false;
    setStatus(tr("Suggestions: reading %n image(s)…", nullptr, int(relative.size())));
    const quint64 generation = m_generation;
    QPointer<LabelAssistant> self(this);
    auto *watcher = new QFutureWatcher<PassOutcome>(this);
    connect(watcher, &QFutureWatcher<PassOutcome>::finished, this, [this, watcher, generation] {
        const PassOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_passRunning = false;
        if (!outcome.ok) {
            if (!outcome.error.isEmpty())
                setStatus(tr("Suggestions unavailable: %1").arg(outcome.error));
        } else {
            m_embeddings = outcome.embeddings;
            Q_EMIT embeddingsChanged();
            startFit();
        }
        if (m_passWanted)
            startEmbedding();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [request, relative, source, stop = m_stop, self, generation] {
        PassOutcome outcome;
        outcome.ok = catchAll([&] {
            EmbeddingPass pass;
            int shown = -1;
            if (!runEmbeddingPass(request, &pass, &outcome.error, *stop, [&](int done, int total) {
                    if (done * 20 / std::max(1, total) == shown)
                        return;
                    shown = done * 20 / std::max(1, total);
                    QMetaObject::invokeMethod(qApp, [self, generation, done, total] {
                        if (self && self->m_generation == generation && self->m_passRunning)
                            self->setStatus(LabelAssistant::tr("Suggestions: embedding %1 of %2 images…").arg(done).arg(total));
                    });
                }))
                return false;
            auto e = std::make_shared<ProjectEmbeddings>();
            e->paths = relative;
            for (int i = 0; i < relative.size(); ++i)
                e->rowOf.insert(relative[i], i);
            e->dims = pass.dims;
            e->readable = pass.readable;
            e->features = std::move(pass.features);
            e->unitRows = Nn::normalizedRows(e->features, e->dims, true,
                                             std::vector<bool>(e->readable.begin(), e->readable.end()));
            e->backbone = pass.backbone;
            e->source = source;
            outcome.embeddings = e;
            return true;
        }, &outcome.error);
        return outcome;
    }));
}

void LabelAssistant::startFit()
{
    if (!m_enabled || !m_embeddings)
        return;
    if (m_fitRunning) {
        m_fitWanted = true;
        return;
    }
    // The labels now, as class indices over the pass's rows; the classes' ids to map back.
    const std::shared_ptr<const ProjectEmbeddings> e = m_embeddings;
    QVector<int> classIds;
    QHash<int, int> indexOf;
    for (const ClassInfo &c : m_project->classes()) {
        indexOf.insert(c.id, classIds.size());
        classIds.append(c.id);
    }
    QVector<int> labels(e->paths.size(), -1);
    for (int i = 0; i < e->paths.size(); ++i) {
        const int row = m_project->imageIndex(e->paths[i]);
        if (row >= 0)
            labels[i] = indexOf.value(m_project->images().at(row).label, -1);
    }
    m_fitRunning = true;
    m_fitWanted = false;
    m_newLabels = 0;
    const SuggestOptions options = m_options;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<FitOutcome>(this);
    connect(watcher, &QFutureWatcher<FitOutcome>::finished, this, [this, watcher, generation] {
        const FitOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_fitRunning = false;
        if (!outcome.ok) {
            setStatus(tr("Suggestions unavailable: %1").arg(outcome.error));
        } else if (m_enabled) {
            m_suggestions = outcome.suggestions;
            m_queue = outcome.queue;
            m_coldStart = outcome.set.coldStart;
            ++m_fits;
            m_lastFitSeconds = outcome.set.seconds;
            setStatus(m_coldStart ? tr("Label next: typical, diverse images first; suggestions start once two "
                                       "classes have labels")
                                  : tr("Suggestions from %n label(s) on the features of %1 (queue: %2; refreshed in %3 s)",
                                       nullptr, outcome.set.labelled)
                                        .arg(m_embeddings ? m_embeddings->source : QString(), queryStrategyName(m_options.strategy))
                                        .arg(outcome.set.seconds, 0, 'f', 2));
            Q_EMIT suggestionsChanged();
        }
        if (m_fitWanted || m_newLabels >= m_retrainEvery)
            startFit();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [e, labels, classIds, options] {
        FitOutcome outcome;
        outcome.ok = catchAll([&] {
            outcome.set = suggestLabels(e->features, e->unitRows, e->dims, e->readable, labels, int(classIds.size()), options);
            for (int i = 0; i < outcome.set.rows.size(); ++i) {
                const Suggestion &s = outcome.set.rows[i];
                if (s.classIndex >= 0)
                    outcome.suggestions.insert(e->paths[i], {classIds.value(s.classIndex, -1), s.confidence, s.score});
            }
            for (int i : outcome.set.queue)
                outcome.queue.append(e->paths[i]);
            return true;
        }, &outcome.error);
        return outcome;
    }));
}

} // namespace Hone
