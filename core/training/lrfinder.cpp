#include "lrfinder.h"

#include "dataset/imageset.h"
#include "nn/classifiermodel.h"
#include "nn/learner.h"
#include "nn/runtime.h"
#include "zoo/backbonecatalog.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LrFinder)
};

} // namespace

double suggestLearningRate(const QVector<double> &rates, const QVector<double> &losses)
{
    const int n = int(std::min(rates.size(), losses.size()));
    if (n == 0)
        return 0.0;
    const int lowest = int(std::min_element(losses.begin(), losses.begin() + n) - losses.begin());
    // Skip the first tenth: the moving average has not settled there.
    int best = -1;
    double steepest = 0.0;
    for (int i = std::max(1, n / 10); i <= lowest && i < n; ++i) {
        const double slope = (losses.at(i) - losses.at(i - 1)) / (std::log(rates.at(i)) - std::log(rates.at(i - 1)));
        if (slope < steepest) {
            steepest = slope;
            best = i;
        }
    }
    return best >= 0 ? rates.at(best) : rates.at(lowest) / 10.0;
}

bool findLearningRate(const TrainingData &data, const TrainingConfig &config, const LrFinderOptions &options,
                      LrFinderResult *result, QString *error, const std::atomic_bool *cancel,
                      const std::function<void(int, int)> &progress)
{
    if (!(options.minRate > 0.0) || !(options.maxRate > options.minRate) || options.steps < 5) {
        *error = Text::tr("the range test needs 0 < minimum rate < maximum rate and at least 5 steps");
        return false;
    }
    if (!config.validate(error))
        return false;
    Nn::setThreadCount(config.threads);
    std::string message;
    const std::string device = Nn::resolveDevice(config.device.toStdString(), &message);
    if (device.empty()) {
        *error = QString::fromStdString(message);
        return false;
    }
    // The rate is found at the precision and memory format the run will train in.
    Nn::LearnerOptions deviceSettings;
    applyDeviceSettings(config, device, &deviceSettings);
    if (!Nn::precisionSupported(deviceSettings.precision, device, &message)) {
        *error = Text::tr("precision %1 on %2: %3")
                     .arg(QString::fromStdString(deviceSettings.precision), QString::fromStdString(device),
                          QString::fromStdString(message));
        return false;
    }
    auto model = Nn::ClassifierModel::create(config.backbone.toStdString(), data.classNames.size(), config.seed, &message);
    if (!model || !model->setDevice(device, &message)) {
        *error = QString::fromStdString(message);
        return false;
    }
    QString weightsFile;
    if (!resolveWeights(config.weights, &weightsFile, error))
        return false;
    if (!weightsFile.isEmpty()) {
        Nn::WeightLoadReport report;
        if (!model->loadPretrained(QFile::encodeName(weightsFile).toStdString(), &report, &message)) {
            *error = QString::fromStdString(message);
            return false;
        }
    }
    Nn::ImageBatch train;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    if (!imageSetFits(data.trainPaths.size(), config.imageSize, error))
        return false;
    if (!loadImageSet(data.trainPaths, data.trainLabels, config.imageSize, &train, &kept, &failures, cancel)
        || (cancel && cancel->load())) {
        *error = Text::tr("cancelled");
        return false;
    }
    if (train.count < 2) {
        *error = Text::tr("the range test needs at least two decodable training images");
        return false;
    }
    // The first phase's trainable part: the head alone for feature extraction and fine-tuning.
    const TrainingPhase phase = trainingPhases(config, model->stageCount()).first();
    Nn::LearnerOptions settings = learnerOptions(config);
    applyDeviceSettings(config, device, &settings);
    settings.learningRate = options.minRate;
    settings.gradientClip = 0.0;   // the test is meant to see the loss diverge
    settings.freezeDepth = phase.freezeDepth;
    Nn::Learner learner(*model, settings);

    std::mt19937_64 rng(config.seed);
    QVector<int> order(int(train.count));
    std::iota(order.begin(), order.end(), 0);
    const int batchSize = std::min(effectiveBatchSize(config, int(train.count)), int(train.count));
    int position = int(train.count);   // reshuffle at the start
    LrFinderResult out;
    double average = 0.0;
    double lowest = std::numeric_limits<double>::infinity();
    const double growth = std::pow(options.maxRate / options.minRate, 1.0 / (options.steps - 1));
    out.stopReason = QStringLiteral("range done");
    try {
        for (int step = 0; step < options.steps; ++step) {
            if (cancel && cancel->load()) {
                *error = Text::tr("cancelled");
                return false;
            }
            if (position + batchSize > train.count) {
                std::shuffle(order.begin(), order.end(), rng);
                position = 0;
            }
            const double rate = options.minRate * std::pow(growth, step);
            learner.setLearningRate(rate);
            double loss = 0.0;
            try {
                loss = learner.trainStep(gatherBatch(train, order.mid(position, batchSize))).loss;
            } catch (const std::runtime_error &) {   // a non-finite loss: past the useful range
                out.stopReason = QStringLiteral("diverged");
                break;
            }
            position += batchSize;
            average = 0.98 * average + 0.02 * loss;
            const double smoothed = average / (1.0 - std::pow(0.98, step + 1));
            out.rates.append(rate);
            out.rawLosses.append(loss);
            out.losses.append(smoothed);
            lowest = std::min(lowest, smoothed);
            if (progress)
                progress(step + 1, options.steps);
            if (step > options.steps / 10 && smoothed > 4.0 * lowest) {
                out.stopReason = QStringLiteral("diverged");
                break;
            }
        }
    } catch (const std::exception &e) {
        *error = Text::tr("the range test failed: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    if (out.rates.size() < 3) {
        *error = Text::tr("the loss diverged at once: lower the minimum rate");
        return false;
    }
    out.suggestion = suggestLearningRate(out.rates, out.losses);
    *result = out;
    return true;
}

} // namespace Hone
