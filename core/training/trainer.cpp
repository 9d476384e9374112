#include "trainer.h"

#include "util/atomicfile.h"
#include "util/failure.h"

#include "dataset/augment.h"
#include "dataset/imageset.h"
#include "imaging/imagedecoder.h"
#include "nn/classifiermodel.h"
#include "nn/learner.h"
#include "nn/runtime.h"
#include "zoo/backbonecatalog.h"
#include "autorecipe.h"
#include "checkpoint.h"
#include "featurecache.h"
#include "trainingepoch.h"
#include "trunkcache.h"
#include "lrschedule.h"
#include "runcalibration.h"
#include "analysis/calibration.h"
#include "runstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <opencv2/core.hpp>
#include <opencv2/core/version.hpp>

#include <algorithm>
#include <functional>
#include <future>
#include <cmath>
#include <numeric>
#include <sstream>
#include <random>

#include <unistd.h>

namespace Hone {

namespace {

// The best epoch's weights when they are this epoch's, just written to `written`: a second name
// for the same file (a hard link, removed on its own later), or a second copy where the file
// system has no hard links.
bool linkOrSaveWeights(const Nn::ClassifierModel &model, const QString &written, const QString &path,
                       std::string *error)
{
    QFile::remove(path);
    if (::link(QFile::encodeName(written).constData(), QFile::encodeName(path).constData()) == 0)
        return true;
    return model.saveWeights(path.toStdString(), error);
}

} // namespace

Trainer::Trainer(const TrainingData &data, const TrainingConfig &config, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_config(config)
{
}

Trainer::~Trainer() = default;

void Trainer::run()
{
    QString error;
    bool ok = false;
    try {
        ok = train(&error);
    } catch (const std::bad_alloc &) {
        error = tr("out of memory. Try a smaller batch size or image size, or freeze more stages.");
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
        // LibTorch says "CUDA out of memory" (or "DefaultCPUAllocator: can't allocate memory"):
        // say what to do about it.
        const QString what = QString::fromUtf8(e.what());
        if (what.contains(QLatin1String("out of memory"), Qt::CaseInsensitive)
            || what.contains(QLatin1String("can't allocate memory"), Qt::CaseInsensitive))
            error = tr("the device ran out of memory (%1). Try a smaller batch size or image size, or freeze "
                       "more stages.").arg(error);
    } catch (...) {   // nothing may leave the training thread
        error = describeCurrentException();
    }
    if (!ok)
        m_status = QStringLiteral("failed");
    if (!m_runDirectory.isEmpty()) {
        // Record the outcome even when training failed part-way.
        QFile file(QDir(m_runDirectory).filePath(QStringLiteral("run.json")));
        if (!ok && file.open(QIODevice::ReadOnly)) {
            QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            json[QStringLiteral("status")] = m_status;
            json[QStringLiteral("message")] = error;
            json[QStringLiteral("ended")] = QDateTime::currentDateTime().toString(Qt::ISODate);
            RunStore::writeRunJson(m_runDirectory, json, nullptr);
        }
    }
    m_lock.reset();   // after the last write of run.json: the run is no longer live
    Q_EMIT finished(m_status, ok ? QString() : error);
}

bool Trainer::train(QString *error)
{
    // Resuming: the run's own settings (only the device, its precision and memory format and the
    // thread count may differ), its folder, its run.json and the state of its last checkpoint.
    const bool resuming = !m_resumeId.isEmpty();
    QJsonObject previous;
    CheckpointState checkpoint;
    const QString runs = QDir(m_data.projectDir).filePath(QStringLiteral("runs"));
    if (resuming && !prepareResume(runs, &previous, &checkpoint, error))
        return false;
    if (!resuming && m_config.recipe == QLatin1String("auto"))
        m_config = chooseAutoRecipe(m_config, datasetFacts(m_data)).config;
    if (!m_config.validate(error))
        return false;
    Nn::setThreadCount(m_config.threads);
    cv::setNumThreads(Nn::threadCount());   // augmentation shares the cores with LibTorch
    std::string message;
    const std::string device = Nn::resolveDevice(m_config.device.toStdString(), &message);
    if (device.empty()) {
        *error = QString::fromStdString(message);
        return false;
    }
    Nn::LearnerOptions deviceSettings;
    applyDeviceSettings(m_config, device, &deviceSettings);
    if (!Nn::precisionSupported(deviceSettings.precision, device, &message)) {
        *error = tr("precision %1 on %2: %3")
                     .arg(QString::fromStdString(deviceSettings.precision), QString::fromStdString(device),
                          QString::fromStdString(message));
        return false;
    }

    // Zoo weights ("zoo:ARCH/ID") become their cached or bundled file; a resumed run starts from
    // its checkpoint instead and needs none.
    QString weightsFile;
    if (!resuming && !resolveWeights(m_config.weights, &weightsFile, error))
        return false;
    // The images stay decoded for the whole run: say so now if they cannot, not after a swap storm.
    if (!imageSetFits(m_data.trainPaths.size() + m_data.valPaths.size(), m_config.imageSize, error))
        return false;
    m_runDirectory = resuming ? QDir(runs).filePath(m_runId) : RunStore::createRunDirectory(runs, &m_runId, error);
    if (m_runDirectory.isEmpty())
        return false;
    if (!m_lock) {
        m_lock = RunStore::lockRun(m_runDirectory, error);
        if (!m_lock)
            return false;
    }
    Q_EMIT runStarted(m_runId);
    if (!resuming && !m_config.autoChose.isEmpty())
        Q_EMIT Trainer::message(m_config.autoChose);   // the signal, not the local string

    const int classCount = m_data.classNames.size();
    auto model = Nn::ClassifierModel::create(m_config.backbone.toStdString(), classCount,
                                             m_config.seed, &message);
    if (!model) {
        *error = QString::fromStdString(message);
        return false;
    }
    const Nn::Normalization norm = model->normalization();
    QJsonObject json = newRunJson(device, deviceSettings, norm, weightsFile);
    if (resuming) {
        // The same data, or the checkpoint means nothing.
        if (previous.value(QStringLiteral("datasetHash")).toString() != json.value(QStringLiteral("datasetHash")).toString()) {
            *error = tr("the project's labeled images or splits changed since run %1; resuming needs the data it "
                        "started with").arg(m_runId);
            return false;
        }
        QJsonArray resumed = previous.value(QStringLiteral("resumed")).toArray();
        resumed.append(QDateTime::currentDateTime().toString(Qt::ISODate));
        json = previous;
        json[QStringLiteral("status")] = QStringLiteral("running");
        json[QStringLiteral("resumed")] = resumed;
        json[QStringLiteral("device")] = QString::fromStdString(device);
        json[QStringLiteral("precision")] = QString::fromStdString(deviceSettings.precision);
        json[QStringLiteral("channelsLast")] = deviceSettings.channelsLast;
        json.remove(QStringLiteral("message"));
    }
    if (!RunStore::writeRunJson(m_runDirectory, json, error))
        return false;

    if (!model->setDevice(device, &message)) {
        *error = QString::fromStdString(message);
        return false;
    }
    const QString checkpointDir = QDir(m_runDirectory).filePath(QStringLiteral("checkpoint"));
    if (resuming) {
        const QString weights = QDir(checkpointDir).filePath(checkpoint.weights);
        if (!model->loadWeights(weights.toStdString(), &message)) {
            *error = tr("the checkpoint of run %1 cannot be read: %2").arg(m_runId, QString::fromStdString(message));
            return false;
        }
        Q_EMIT this->message(tr("Resuming run %1 after epoch %2").arg(m_runId).arg(checkpoint.epoch));
    } else if (!weightsFile.isEmpty()) {
        Nn::WeightLoadReport report;
        if (!model->loadPretrained(QFile::encodeName(weightsFile).toStdString(), &report, &message)) {
            *error = QString::fromStdString(message);
            return false;
        }
        Q_EMIT this->message(tr("Weights: %1").arg(QString::fromStdString(report.summary())));
        if (!report.missing.empty() || !report.mismatched.empty()) {
            json[QStringLiteral("weightsPartial")] = true;
            RunStore::writeRunJson(m_runDirectory, json, nullptr);
        }
    }

    Q_EMIT this->message(tr("Decoding %1 images at %2 px…")
                             .arg(m_data.trainPaths.size() + m_data.valPaths.size())
                             .arg(m_config.imageSize));
    Nn::ImageBatch train, val;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    QVector<int> valKept;
    if (!loadImageSet(m_data.trainPaths, m_data.trainLabels, m_config.imageSize, &train, &kept,
                      &failures, &m_stop)
        || !loadImageSet(m_data.valPaths, m_data.valLabels, m_config.imageSize, &val, &valKept,
                         &failures, &m_stop)) {
        m_status = QStringLiteral("stopped");
        json[QStringLiteral("status")] = m_status;
        RunStore::writeRunJson(m_runDirectory, json, nullptr);
        return true;
    }
    for (const ImageSetFailure &f : failures)
        Q_EMIT this->message(tr("Skipped %1: %2").arg(f.path, f.reason));
    if (train.count < 2 || val.count == 0) {
        *error = tr("training needs at least two decodable training images and one validation image");
        return false;
    }


    // Frozen stages compute the same output for an image every epoch and every run with the same
    // key: compute it once (per view) and train the rest from it (trunkcache.h).
    TrunkCacheInputs cacheInputs;
    cacheInputs.config = &m_config;
    cacheInputs.model = model.get();
    cacheInputs.train = &train;
    cacheInputs.val = &val;
    cacheInputs.trainHashes = m_data.trainHashes;
    cacheInputs.valHashes = m_data.valHashes;
    cacheInputs.trainKept = kept;
    cacheInputs.valKept = valKept;
    cacheInputs.cacheDirectory = QDir(m_data.projectDir).filePath(QStringLiteral("cache"));
    cacheInputs.weightsId = featureWeightsId(m_config, json.value(QStringLiteral("weightsSha256")).toString(),
                                             json.value(QStringLiteral("weightsPartial")).toBool());
    TrunkCache trunkCache(cacheInputs, m_stop, [this](const QString &text) { Q_EMIT this->message(text); });
    const AugmentOptions &augment = trunkCache.augmentations();
    const bool flipsOnly = trunkCache.flipsOnly();
    const int views = trunkCache.views();
    EpochDraws draws;
    draws.augment = augment;
    draws.flipsOnly = flipsOnly;
    draws.views = views;
    draws.viewParams = [&trunkCache](int row, int view) { return trunkCache.viewParams(row, view); };
    const auto prepareCache = [&](int depth) {
        const bool cached = trunkCache.prepare(depth);
        if (cached) {
            json[QStringLiteral("featureCache")] = trunkCache.records();
            RunStore::writeRunJson(m_runDirectory, json, nullptr);
        }
        return cached;
    };

    Nn::LearnerOptions options = learnerOptions(m_config, train.labels, classCount);
    applyDeviceSettings(m_config, device, &options);

    const QVector<TrainingPhase> phases = trainingPhases(m_config, model->stageCount());
    const std::vector<std::string> stageNames = Nn::ClassifierModel::stageNames(m_config.backbone.toStdString());
    std::mt19937_64 rng(m_config.seed);
    QVector<int> order(int(train.count));
    std::iota(order.begin(), order.end(), 0);
    const int batchSize = effectiveBatchSize(m_config, int(train.count));
    if (m_config.batchSize == 0) {
        json[QStringLiteral("batchSize")] = batchSize;
        Q_EMIT this->message(tr("Batch size %1 (automatic: about 16 steps an epoch for %2 training images)")
                                 .arg(batchSize)
                                 .arg(train.count));
    }
    // BatchNorm needs two images per batch in training mode: a lone last image joins the batch before.
    int batches = (int(train.count) + batchSize - 1) / batchSize;
    if (batches > 1 && int(train.count) % batchSize == 1)
        --batches;
    QJsonArray epochs;
    double bestAccuracy = -1.0;
    double bestLoss = 0.0;
    int bestEpoch = 0;
    int sinceBest = 0;
    Nn::ModelSnapshot best;   // the best epoch's weights, restored at the end
    std::vector<float> bestLogits, lastLogits;   // their validation logits, for the calibration
    const bool byLoss = m_config.earlyStopMetric == QLatin1String("val_loss");
    m_status = QStringLiteral("finished");
    int epoch = 0;

    if (resuming) {
        // Everything the next epoch depends on: the epoch count, the shuffled order (it is
        // shuffled again each epoch, not rebuilt), the random generator and the best so far.
        epoch = checkpoint.epoch;
        if (checkpoint.order.size() != order.size()) {
            *error = tr("the checkpoint of run %1 does not match its images").arg(m_runId);
            return false;
        }
        order = checkpoint.order;
        std::istringstream(checkpoint.rng.toStdString()) >> rng;
        if (!checkpoint.modelRng.isEmpty() && !model->setRandomState(checkpoint.modelRng.toStdString())) {
            *error = tr("the checkpoint of run %1 does not match its network").arg(m_runId);
            return false;
        }
        bestEpoch = checkpoint.bestEpoch;
        bestAccuracy = checkpoint.bestAccuracy;
        bestLoss = checkpoint.bestLoss;
        sinceBest = checkpoint.sinceBest;
        const QJsonArray previousEpochs = previous.value(QStringLiteral("epochs")).toArray();
        for (int i = 0; i < epoch && i < previousEpochs.size(); ++i)
            epochs.append(previousEpochs.at(i));
        const QString bestWeights = QDir(checkpointDir).filePath(checkpoint.best);
        if (m_config.restoreBest && bestEpoch == epoch) {
            best = model->snapshot();   // the checkpoint's own weights are the best
        } else if (m_config.restoreBest && bestEpoch > 0 && QFileInfo(bestWeights).isFile()) {
            auto copy = Nn::ClassifierModel::create(m_config.backbone.toStdString(), classCount, m_config.seed, &message);
            if (copy && copy->loadWeights(bestWeights.toStdString(), &message))
                best = copy->snapshot();
            else
                Q_EMIT this->message(tr("The best epoch's weights of run %1 cannot be read; the last epoch's will be kept")
                                         .arg(m_runId));
        }
    }
    // Where the checkpoint left off: its phase, the epochs done in it, and whether that phase ended.
    const int resumePhase = resuming ? checkpoint.phase : -1;
    const int resumePhaseEpoch = checkpoint.phaseEpoch;
    const bool resumePhaseDone = checkpoint.phaseDone;
    int phaseNow = 0;        // for the checkpoint
    int phaseEpochNow = 0;
    bool phaseDoneNow = false;
    bool ranToEnd = false;   // the last epoch of the last phase completed (or it stopped early)

    // A checkpoint after every epoch (checkpoint.h): the weights and the optimizer's state first,
    // then the state that names them.
    const auto writeCheckpoint = [&](const Nn::Learner &learner, bool improved) {
        QDir().mkpath(checkpointDir);
        const QDir dir(checkpointDir);
        CheckpointState state;
        state.epoch = epoch;
        state.weights = checkpointWeightsName(epoch);
        state.optimizer = checkpointOptimizerName(epoch);
        state.best = checkpointBestName(bestEpoch);
        if (!model->saveWeights(dir.filePath(state.weights).toStdString(), &message))
            return false;
        try {
            learner.saveOptimizer(dir.filePath(state.optimizer).toStdString());
        } catch (const std::exception &e) {
            message = e.what();
            return false;
        }
        if (improved && m_config.restoreBest
            && !linkOrSaveWeights(*model, dir.filePath(state.weights), dir.filePath(state.best), &message))
            return false;
        std::ostringstream rngState;
        rngState << rng;
        state.order = order;
        state.rng = QString::fromStdString(rngState.str());
        state.modelRng = QString::fromStdString(model->randomState());
        state.bestEpoch = bestEpoch;
        state.bestAccuracy = bestAccuracy;
        state.bestLoss = bestLoss;
        state.sinceBest = sinceBest;
        state.phase = phaseNow;
        state.phaseEpoch = phaseEpochNow;
        state.phaseDone = phaseDoneNow;
        state.lossScale = learner.lossScaleState().scale;
        state.lossScaleSteps = learner.lossScaleState().cleanSteps;
        if (!commitCheckpoint(checkpointDir, state)) {
            message = "cannot write state.json";
            return false;
        }
        return true;
    };

    for (int phaseIndex = 0; phaseIndex < phases.size() && !m_stop.load(); ++phaseIndex) {
        const TrainingPhase &phase = phases.at(phaseIndex);
        if (phaseIndex < resumePhase || (phaseIndex == resumePhase && resumePhaseDone))
            continue;   // done before the run was resumed
        const bool cached = prepareCache(phase.freezeDepth);
        draws.cached = cached;
        if (m_stop.load())
            break;
        options.freezeDepth = phase.freezeDepth;
        options.stageLrDecay = phase.stageLrDecay;
        Nn::Learner learner(*model, options);
        const QString trained = phase.freezeDepth >= int(stageNames.size())
            ? tr("the head")
            : tr("%1 to the head").arg(QString::fromStdString(stageNames.at(size_t(phase.freezeDepth))));
        if (phases.size() > 1)
            Q_EMIT this->message(tr("Phase %1 of %2, %3 epoch(s): training %4%5")
                                     .arg(phaseIndex + 1).arg(phases.size()).arg(phase.epochs).arg(trained)
                                     .arg(phase.stageLrDecay < 1.0
                                              ? tr(", each earlier stage at %1× the rate of the next").arg(phase.stageLrDecay)
                                              : QString()));
        Q_EMIT this->message(tr("Training %1 of %2 parameters on %3, %4%5")
                                 .arg(learner.trainableParameterCount())
                                 .arg(model->parameterCount())
                                 .arg(QString::fromStdString(device), QString::fromStdString(options.precision))
                                 .arg(options.channelsLast ? tr(", channels last") : QString()));
        const bool midPhase = phaseIndex == resumePhase;
        if (midPhase) {
            learner.loadOptimizer(QDir(checkpointDir).filePath(checkpoint.optimizer).toStdString());
            learner.setLossScaleState({checkpoint.lossScale, checkpoint.lossScaleSteps});
        } else {
            sinceBest = 0;
        }

        for (int phaseEpoch = midPhase ? resumePhaseEpoch + 1 : 1; phaseEpoch <= phase.epochs && !m_stop.load(); ++phaseEpoch) {
            ++epoch;
            QElapsedTimer timer;
            timer.start();
            std::shuffle(order.begin(), order.end(), rng);
            double lossSum = 0.0;
            int64_t correct = 0, seen = 0;
            int skipped = 0;
            // Every random choice of the epoch is drawn here, in order, on this thread, so a seed
            // fixes them; the batches themselves are built (decoded images augmented) one ahead on
            // another thread while the current step runs.
            const std::vector<BatchPlan> plans = planEpoch(order, batches, batchSize, draws, rng);
            const auto build = [&train, &plans](int b) {
                return gatherAugmented(train, plans[size_t(b)].indices, plans[size_t(b)].params);
            };
            std::future<Nn::ImageBatch> next;
            if (!cached && batches > 0)
                next = std::async(std::launch::async, build, 0);
            for (int b = 0; b < batches; ++b) {
                if (m_paused.load() && !m_stop.load()) {
                    Q_EMIT pauseHeld(true);
                    while (m_paused.load() && !m_stop.load())
                        QThread::msleep(50);
                    Q_EMIT pauseHeld(false);
                }
                if (m_stop.load())
                    break;
                const BatchPlan &plan = plans[size_t(b)];
                // The schedule runs over each phase: fine-tuning starts with its own warm-up and decay.
                const double rate = scheduledLearningRate(m_config.schedule, m_config.learningRate,
                                                          m_config.warmupEpochs, (phaseEpoch - 1) * batches + b,
                                                          batches, phase.epochs);
                learner.setLearningRate(rate);
                Nn::StepResult step;
                if (cached) {
                    step = learner.trainStep(gatherFeatures(trunkCache.trainFeatures(), plan.indices, plan.views));
                } else {
                    const Nn::ImageBatch batch = next.get();
                    if (b + 1 < batches)
                        next = std::async(std::launch::async, build, b + 1);
                    step = learner.trainStep(batch);
                }
                skipped += step.skipped ? 1 : 0;
                if (!std::isfinite(step.loss))
                    continue;   // an fp16 forward pass that overflowed: skipped, nothing to count
                lossSum += step.loss * double(step.count);
                correct += step.correct;
                seen += step.count;
                Q_EMIT batchFinished(BatchMetrics{epoch, b + 1, batches, step.loss, rate});
            }
            if (next.valid())
                next.wait();   // a stop can leave the next batch under construction
            if (m_stop.load()) {
                m_status = QStringLiteral("stopped");
                break;
            }

            const ValidationPass pass = validate(learner, val, cached ? trunkCache.valFeatures() : nullptr, classCount,
                                                 std::max(batchSize, 32), m_data.valRows, valKept, m_stop);
            if (!pass.complete) {   // a partial validation pass is no epoch result
                m_status = QStringLiteral("stopped");
                break;
            }
            EpochMetrics metrics;
            metrics.epoch = epoch;
            metrics.epochs = m_config.epochs;
            metrics.trainLoss = seen ? lossSum / double(seen) : 0.0;
            metrics.trainAccuracy = seen ? double(correct) / double(seen) : 0.0;
            metrics.valLoss = pass.lossSum / double(val.count);
            metrics.valAccuracy = pass.matrix.accuracy();
            metrics.seconds = timer.elapsed() / 1000.0;
            metrics.learningRate = learner.learningRate();
            metrics.skippedSteps = skipped;
            if (skipped > 0)
                Q_EMIT this->message(tr("Epoch %1: %2 step(s) skipped, their fp16 gradients overflowed (loss scale now %3)")
                                         .arg(epoch).arg(skipped).arg(learner.lossScaleState().scale));
            metrics.classCount = classCount;
            metrics.confusion = pass.matrix.counts();
            metrics.predictions = pass.predictions;
            lastLogits = pass.logits;
            // Better: on the chosen metric; by accuracy, a tie goes to the lower validation loss.
            const bool better = bestEpoch == 0
                || (byLoss ? metrics.valLoss < bestLoss
                           : metrics.valAccuracy > bestAccuracy
                                 || (metrics.valAccuracy == bestAccuracy && metrics.valLoss < bestLoss));
            if (better) {
                bestAccuracy = metrics.valAccuracy;
                bestLoss = metrics.valLoss;
                bestEpoch = epoch;
                sinceBest = 0;
                if (m_config.restoreBest)
                    best = model->snapshot();
                bestLogits = pass.logits;
            } else {
                ++sinceBest;
            }
            const bool stopEarly = m_config.earlyStopPatience > 0 && sinceBest >= m_config.earlyStopPatience
                && phaseEpoch < phase.epochs;
            phaseNow = phaseIndex;
            phaseEpochNow = phaseEpoch;
            phaseDoneNow = stopEarly || phaseEpoch == phase.epochs;
            if (phaseDoneNow && phaseIndex + 1 == phases.size()) {
                ranToEnd = true;   // no checkpoint: the run's own files are written next
            } else if (!writeCheckpoint(learner, better)) {
                Q_EMIT this->message(tr("Could not write the checkpoint of epoch %1: %2")
                                         .arg(epoch)
                                         .arg(QString::fromStdString(message)));
            }
            epochs.append(metrics.toJson());
            json[QStringLiteral("epochs")] = epochs;
            json[QStringLiteral("bestEpoch")] = bestEpoch;
            json[QStringLiteral("bestValAccuracy")] = bestAccuracy;
            RunStore::writeRunJson(m_runDirectory, json, nullptr);
            Q_EMIT epochFinished(metrics);
            if (stopEarly) {
                // Ends this phase; a fine-tuning phase after a head-only one still runs.
                if (phaseIndex + 1 == phases.size())
                    json[QStringLiteral("earlyStopped")] = epoch;
                Q_EMIT this->message(tr("Early stop after epoch %1: no better %2 for %3 epochs")
                                         .arg(epoch)
                                         .arg(byLoss ? tr("validation loss") : tr("validation accuracy"))
                                         .arg(sinceBest));
                break;
            }
        }
    }
    // A stop after the very last epoch still leaves a finished run.
    const bool interrupted = m_stop.load() && !ranToEnd;
    if (interrupted) {
        m_status = QStringLiteral("stopped");
        // Stopped inside an epoch: go back to the end of the last complete one.
        const QString last = QDir(checkpointDir).filePath(QStringLiteral("model-%1.weights").arg(epochs.size()));
        if (!epochs.isEmpty() && QFileInfo(last).isFile() && !model->loadWeights(last.toStdString(), &message))
            Q_EMIT this->message(tr("The last checkpoint cannot be read: %1").arg(QString::fromStdString(message)));
    } else {
        m_status = QStringLiteral("finished");
    }

    // The weights written are the best epoch's (by the early-stopping metric) unless asked otherwise.
    const int lastEpoch = int(epochs.size());
    int weightsEpoch = lastEpoch;
    if (m_config.restoreBest && bestEpoch > 0 && bestEpoch != lastEpoch && !best.isEmpty()) {
        model->restore(best);
        weightsEpoch = bestEpoch;
        lastLogits = bestLogits;   // empty when the best epoch came before a resume
        Q_EMIT this->message(tr("Kept the weights of epoch %1, the best (validation accuracy %2 %, loss %3)")
                                 .arg(bestEpoch)
                                 .arg(bestAccuracy * 100.0, 0, 'f', 1)
                                 .arg(bestLoss, 0, 'f', 4));
    }
    json[QStringLiteral("weightsEpoch")] = weightsEpoch;

    // Weights go to a temporary file first, so model.weights is never half-written.
    const QString weights = QDir(m_runDirectory).filePath(QStringLiteral("model.weights"));
    const QString part = weights + QStringLiteral(".part");
    if (!model->saveWeights(part.toStdString(), &message)) {
        QFile::remove(part);
        *error = QString::fromStdString(message);
        return false;
    }
    QFile::remove(weights);
    if (!QFile::rename(part, weights)) {
        *error = tr("cannot move the weights into place in %1").arg(m_runDirectory);
        return false;
    }
    if (m_status == QLatin1String("finished")) {
        const QJsonObject calibration = calibrateRun(*model, train, val, lastLogits, classCount);
        if (!calibration.isEmpty()) {
            json[QStringLiteral("calibration")] = calibration;
            Q_EMIT this->message(calibrationSummary(CalibrationResult::fromJson(calibration)));
        }
    }
    json[QStringLiteral("status")] = m_status;
    json[QStringLiteral("ended")] = QDateTime::currentDateTime().toString(Qt::ISODate);
    if (!RunStore::writeRunJson(m_runDirectory, json, error))
        return false;
    // A finished run needs no checkpoint; a stopped one keeps it, to be resumed.
    if (m_status == QLatin1String("finished"))
        QDir(checkpointDir).removeRecursively();
    return true;
}

} // namespace Hone
