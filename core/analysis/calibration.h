#pragma once

// Calibrated confidences and an honest "unknown" (temperature scaling, Guo et al. 2017).
//
// A network trained with cross-entropy is usually over-confident: of the images it calls 95 %
// sure, fewer than 95 % are right. One temperature T, fitted on the validation split by minimising
// the negative log-likelihood of softmax(logits / T), fixes most of that without changing any
// prediction (the argmax of logits / T is the argmax of the logits). The expected calibration
// error (ECE) says how far off the confidences are: the mean over equal-width confidence bins of
// |accuracy − mean confidence|, weighted by the bin's share of images.
//
// The rejection threshold turns the calibrated top-1 confidence into "none of these": below it an
// image is reported as unknown. It is chosen on validation for a stated target, by default to keep
// 95 % of the correct predictions.
//
// A confident answer can still be about something the model never saw: softmax confidence alone
// lets most images of an unseen class through. The second check is how far an image's pooled
// features lie from every class: 1 − the largest cosine similarity with a class centre (the mean
// of the class's unit-length training features). Validation sets its threshold too, and an image
// is "unknown" when either check fails; each keeps 1 − (1 − target) / 2 of the correct validation
// predictions, so that both together keep at least the target.
//
// Plain values only: logits are row-major rows × classes, features rows × dimension.

#include <QJsonObject>
#include <QVector>

#include <vector>

namespace Hone {

struct ReliabilityBin
{
    double lower = 0.0;
    double upper = 0.0;
    int count = 0;
    double confidence = 0.0;   // mean top-1 confidence of the bin's images
    double accuracy = 0.0;     // share of them predicted right
};

// Equal-width bins over [0, 1] of the top-1 softmax confidence of logits / temperature.
QVector<ReliabilityBin> reliabilityBins(const std::vector<float> &logits, int classes, const QVector<int> &labels,
                                        double temperature, int bins = 10);
double expectedCalibrationError(const QVector<ReliabilityBin> &bins);
// Mean negative log-likelihood of the true classes under softmax(logits / temperature).
double negativeLogLikelihood(const std::vector<float> &logits, int classes, const QVector<int> &labels,
                             double temperature);

// softmax(row / temperature), in place, for every row.
void temperatureSoftmax(std::vector<float> *logitsToProbabilities, int classes, double temperature);

// The temperature in [MinTemperature, MaxTemperature] that minimises the NLL (the NLL is
// unimodal in log T; golden-section search to 1e-4 in log T).
constexpr double MinTemperature = 0.05;
constexpr double MaxTemperature = 20.0;
double fitTemperature(const std::vector<float> &logits, int classes, const QVector<int> &labels);

// The largest threshold t such that at least `keepCorrect` of the correct predictions have a
// calibrated top-1 confidence ≥ t; 0 when there is no correct prediction.
double rejectionThreshold(const std::vector<float> &logits, int classes, const QVector<int> &labels,
                          double temperature, double keepCorrect);

struct NoveltyModel
{
    int dimension = 0;
    std::vector<float> centres;   // classes × dimension, unit length (a class without images: zeros)
    double threshold = 2.0;       // above this distance an image is unknown (2: never)

    bool isValid() const { return dimension > 0 && !centres.empty(); }
    // 1 − the largest cosine similarity of `features` (dimension values) with a class centre.
    double distance(const float *features) const;
    QJsonObject toJson() const;
    static NoveltyModel fromJson(const QJsonObject &json);
};

// The class centres of training features (rows × dimension, labels per row).
NoveltyModel fitNoveltyCentres(const std::vector<float> &features, const QVector<int> &labels, int classes,
                               int dimension);

struct CalibrationResult
{
    bool fitted = false;      // false: too few images, or none wrong (T is then 1)
    QString note;             // why not fitted, in words
    int images = 0;
    int correct = 0;
    double temperature = 1.0;
    double nllBefore = 0.0, nllAfter = 0.0;
    double eceBefore = 0.0, eceAfter = 0.0;
    QVector<ReliabilityBin> binsBefore, binsAfter;
    double thresholdTarget = 0.95;   // share of correct validation predictions kept above the threshold
    double threshold = 0.0;
    double keptCorrect = 0.0;        // measured share of correct predictions called known
    double rejectedWrong = 0.0;      // measured share of wrong predictions called unknown
    NoveltyModel novelty;            // the distance check, when features were given

    // {"fitted", "note", "images", "correct", "temperature", "nllBefore", "nllAfter", "eceBefore",
    //  "eceAfter", "thresholdTarget", "threshold", "keptCorrect", "rejectedWrong",
    //  "reliabilityBefore"/"reliabilityAfter": [{lower, upper, count, confidence, accuracy}],
    //  "novelty": {"dimension", "threshold", "centres": [[…] per class]} when fitted}
    QJsonObject toJson() const;
    static CalibrationResult fromJson(const QJsonObject &json);
};

// Fits the temperature on validation logits and chooses the threshold. Needs at least
// MinCalibrationImages images and one wrong prediction to fit a temperature; otherwise T = 1 and
// the threshold is still chosen (from the uncalibrated confidences).
constexpr int MinCalibrationImages = 10;
// With `novelty` (its centres set) and the validation features, also chooses its threshold.
CalibrationResult calibrate(const std::vector<float> &logits, int classes, const QVector<int> &labels,
                            double keepCorrect = 0.95, const NoveltyModel *novelty = nullptr,
                            const std::vector<float> *features = nullptr);

} // namespace Hone
