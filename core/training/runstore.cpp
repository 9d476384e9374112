#include "runstore.h"

#include "util/atomicfile.h"

#include "nn/classifiermodel.h"
#include "nn/runtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <numeric>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)
};

bool readRun(const QString &directory, RunRecord *run)
{
    run->json = RunStore::readRunJson(directory);
    if (run->json.isEmpty())
        return false;
    run->id = QFileInfo(directory).fileName();
    run->directory = directory;
    if (run->status() == QLatin1String("running") && !RunStore::isRunLive(directory))
        run->json[QStringLiteral("status")] = QStringLiteral("interrupted");
    return true;
}

QString lockPath(const QString &runDirectory)
{
    return QDir(runDirectory).filePath(QStringLiteral("run.lock"));
}

} // namespace

QStringList RunRecord::classNames() const
{
    QStringList names;
    for (const QJsonValue &v : json.value(QStringLiteral("classes")).toArray())
        names.append(v.toString());
    return names;
}

int RunRecord::imageSize() const
{
    return json.value(QStringLiteral("config")).toObject().value(QStringLiteral("imageSize")).toInt();
}

QVector<EpochMetrics> RunRecord::epochs() const
{
    QVector<EpochMetrics> epochs;
    for (const QJsonValue &v : json.value(QStringLiteral("epochs")).toArray())
        epochs.append(EpochMetrics::fromJson(v.toObject()));
    return epochs;
}

double RunRecord::bestValAccuracy() const
{
    return json.value(QStringLiteral("bestValAccuracy")).toDouble(-1.0);
}

int RunRecord::bestEpoch() const
{
    return json.value(QStringLiteral("bestEpoch")).toInt();
}

int RunRecord::bestValImages() const
{
    for (const EpochMetrics &m : epochs())
        if (m.epoch == bestEpoch())
            return std::accumulate(m.confusion.cbegin(), m.confusion.cend(), 0);
    return 0;
}

QString RunRecord::weightsPath() const
{
    return QDir(directory).filePath(QStringLiteral("model.weights"));
}

namespace RunStore {

QString createRunDirectory(const QString &runsDirectory, QString *id, QString *error)
{
    const QString base = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QDir runs(runsDirectory);
    if (!runs.mkpath(QStringLiteral("."))) {
        *error = Text::tr("cannot create %1").arg(runsDirectory);
        return QString();
    }
    QString candidate = base;
    for (int n = 2; runs.exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    if (!runs.mkdir(candidate)) {
        *error = Text::tr("cannot create the run folder %1").arg(runs.filePath(candidate));
        return QString();
    }
    *id = candidate;
    return runs.filePath(candidate);
}

QJsonObject readRunJson(const QString &runDirectory)
{
    QFile file(QDir(runDirectory).filePath(QStringLiteral("run.json")));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isObject() ? doc.object() : QJsonObject();
}

bool writeRunJson(const QString &runDirectory, const QJsonObject &json, QString *error)
{
    return writeFileAtomically(QDir(runDirectory).filePath(QStringLiteral("run.json")),
                               QJsonDocument(json).toJson(QJsonDocument::Indented), error);
}

QVector<RunRecord> list(const QString &runsDirectory)
{
    QVector<RunRecord> runs;
    const QStringList ids = QDir(runsDirectory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        RunRecord run;
        if (readRun(QDir(runsDirectory).filePath(id), &run))
            runs.append(run);
    }
    return runs;
}

bool find(const QString &runsDirectory, const QString &id, RunRecord *run, QString *error)
{
    if (!id.isEmpty()) {
        if (id.contains(QLatin1Char('/')) || !readRun(QDir(runsDirectory).filePath(id), run)) {
            *error = Text::tr("no run '%1' in this project").arg(id);
            return false;
        }
        return true;
    }
    const QVector<RunRecord> runs = list(runsDirectory);
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (it->status() == QLatin1String("finished")) {
            *run = *it;
            return true;
        }
    }
    *error = Text::tr("this project has no finished training run; train first");
    return false;
}

std::unique_ptr<QLockFile> lockRun(const QString &runDirectory, QString *error)
{
    auto lock = std::make_unique<QLockFile>(lockPath(runDirectory));
    // Only a dead holder makes the lock stale, never its age: runs take hours.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, application;
    lock->getLockInfo(&pid, &host, &application);
    if (lock->error() == QLockFile::LockFailedError)
        *error = Text::tr("the run is being trained by another process (%1, process %2 on %3)")
                     .arg(application)
                     .arg(pid)
                     .arg(host);
    else
        *error = Text::tr("cannot lock the run folder %1").arg(runDirectory);
    return nullptr;
}

bool isRunLive(const QString &runDirectory)
{
    // Read-only: a reader never takes or clears the lock, so it cannot race a starting trainer.
    QLockFile lock(lockPath(runDirectory));
    qint64 pid = 0;
    QString host, application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return false;
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return true;   // a process on another computer cannot be checked
    if (pid == QCoreApplication::applicationPid())
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

bool remove(const QString &runsDirectory, const QString &id, QString *error)
{
    QDir dir(QDir(runsDirectory).filePath(id));
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.'))
        || !QFileInfo::exists(dir.filePath(QStringLiteral("run.json")))) {
        *error = Text::tr("no run '%1' in this project").arg(id);
        return false;
    }
    if (!dir.removeRecursively()) {
        *error = Text::tr("cannot delete %1 completely").arg(dir.path());
        return false;
    }
    return true;
}

std::unique_ptr<Nn::ClassifierModel> loadModel(const RunRecord &run, const QString &device,
                                               QString *error)
{
    const QJsonObject config = run.json.value(QStringLiteral("config")).toObject();
    const QString backbone = config.value(QStringLiteral("backbone")).toString();
    if (run.imageSize() < 32 || run.imageSize() > 1024) {
        *error = Text::tr("run %1: run.json gives no valid image size").arg(run.id);
        return nullptr;
    }
    std::string message;
    auto model = Nn::ClassifierModel::create(backbone.toStdString(), int(run.classNames().size()), 0,
                                             &message);
    if (!model) {
        *error = Text::tr("run %1: %2").arg(run.id, QString::fromStdString(message));
        return nullptr;
    }
    const std::string resolved = Nn::resolveDevice(device.toStdString(), &message);
    if (resolved.empty() || !model->setDevice(resolved, &message)
        || !model->loadWeights(run.weightsPath().toStdString(), &message)) {
        *error = Text::tr("run %1: %2").arg(run.id, QString::fromStdString(message));
        return nullptr;
    }
    return model;
}

} // namespace RunStore
} // namespace Hone
