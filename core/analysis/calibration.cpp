#include "calibration.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Calibration)
};

} // namespace

namespace {

// Top-1 index and its softmax(row / T) probability.
std::pair<int, double> topConfidence(const float *row, int classes, double temperature)
{
    const int best = int(std::max_element(row, row + classes) - row);
    double sum = 0.0;
    for (int c = 0; c < classes; ++c)
        sum += std::exp((double(row[c]) - row[best]) / temperature);
    return {best, 1.0 / sum};
}

int rowCount(const std::vector<float> &logits, int classes, const QVector<int> &labels)
{
    return classes > 0 ? std::min(int(logits.size() / size_t(classes)), int(labels.size())) : 0;
}

QJsonArray binsToJson(const QVector<ReliabilityBin> &bins)
{
    QJsonArray array;
    for (const ReliabilityBin &b : bins)
        array.append(QJsonObject{{QStringLiteral("lower"), b.lower},
                                 {QStringLiteral("upper"), b.upper},
                                 {QStringLiteral("count"), b.count},
                                 {QStringLiteral("confidence"), b.confidence},
                                 {QStringLiteral("accuracy"), b.accuracy}});
    return array;
}

QVector<ReliabilityBin> binsFromJson(const QJsonArray &array)
{
    QVector<ReliabilityBin> bins;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        bins.append(ReliabilityBin{o.value(QStringLiteral("lower")).toDouble(), o.value(QStringLiteral("upper")).toDouble(),
                                   o.value(QStringLiteral("count")).toInt(), o.value(QStringLiteral("confidence")).toDouble(),
                                   o.value(QStringLiteral("accuracy")).toDouble()});
    }
    return bins;
}

// A float rounded to six significant digits: plenty for a centre, a third of the JSON.
double rounded(float v)
{
    return QString::number(double(v), 'g', 6).toDouble();
}

} // namespace

double NoveltyModel::distance(const float *features) const
{
    double norm = 0.0;
    for (int i = 0; i < dimension; ++i)
        norm += double(features[i]) * features[i];
    norm = std::sqrt(norm);
    if (!(norm > 0.0))
        return 1.0;
    double best = -1.0;
    for (size_t start = 0; start + size_t(dimension) <= centres.size(); start += size_t(dimension)) {
        double dot = 0.0;
        for (int i = 0; i < dimension; ++i)
            dot += double(features[i]) * centres[start + size_t(i)];
        best = std::max(best, dot / norm);
    }
    return 1.0 - best;
}

QJsonObject NoveltyModel::toJson() const
{
    QJsonArray rows;
    for (size_t start = 0; start + size_t(dimension) <= centres.size(); start += size_t(dimension)) {
        QJsonArray row;
        for (int i = 0; i < dimension; ++i)
            row.append(rounded(centres[start + size_t(i)]));
        rows.append(row);
    }
    return {{QStringLiteral("dimension"), dimension}, {QStringLiteral("threshold"), threshold},
            {QStringLiteral("centres"), rows}};
}

NoveltyModel NoveltyModel::fromJson(const QJsonObject &json)
{
    NoveltyModel m;
    m.dimension = json.value(QStringLiteral("dimension")).toInt();
    m.threshold = json.value(QStringLiteral("threshold")).toDouble(2.0);
    for (const QJsonValue &row : json.value(QStringLiteral("centres")).toArray()) {
        const QJsonArray values = row.toArray();
        if (values.size() != m.dimension)
            return NoveltyModel();
        for (const QJsonValue &v : values)
            m.centres.push_back(float(v.toDouble()));
    }
    return m.dimension > 0 ? m : NoveltyModel();
}

NoveltyModel fitNoveltyCentres(const std::vector<float> &features, const QVector<int> &labels, int classes,
                               int dimension)
{
    NoveltyModel m;
    if (dimension <= 0 || classes <= 0)
        return m;
    m.dimension = dimension;
    m.centres.assign(size_t(classes) * size_t(dimension), 0.0f);
    std::vector<double> sums(m.centres.size(), 0.0);
    const int rows = std::min(int(features.size() / size_t(dimension)), int(labels.size()));
    for (int r = 0; r < rows; ++r) {
        const int label = labels.at(r);
        if (label < 0 || label >= classes)
            continue;
        const float *f = features.data() + size_t(r) * size_t(dimension);
        double norm = 0.0;
        for (int i = 0; i < dimension; ++i)
            norm += double(f[i]) * f[i];
        norm = std::sqrt(norm);
        if (!(norm > 0.0))
            continue;
        for (int i = 0; i < dimension; ++i)
            sums[size_t(label) * size_t(dimension) + size_t(i)] += f[i] / norm;
    }
    for (int c = 0; c < classes; ++c) {
        double norm = 0.0;
        for (int i = 0; i < dimension; ++i)
            norm += sums[size_t(c) * size_t(dimension) + size_t(i)] * sums[size_t(c) * size_t(dimension) + size_t(i)];
        norm = std::sqrt(norm);
        for (int i = 0; norm > 0.0 && i < dimension; ++i)
            m.centres[size_t(c) * size_t(dimension) + size_t(i)] = float(sums[size_t(c) * size_t(dimension) + size_t(i)] / norm);
    }
    return m;
}

QVector<ReliabilityBin> reliabilityBins(const std::vector<float> &logits, int classes, const QVector<int> &labels,
                                        double temperature, int binCount)
{
    QVector<ReliabilityBin> bins(std::max(1, binCount));
    for (int b = 0; b < bins.size(); ++b) {
        bins[b].lower = double(b) / bins.size();
        bins[b].upper = double(b + 1) / bins.size();
    }
    const int rows = rowCount(logits, classes, labels);
    for (int i = 0; i < rows; ++i) {
        const auto [best, confidence] = topConfidence(logits.data() + size_t(i) * size_t(classes), classes, temperature);
        const int b = std::clamp(int(confidence * bins.size()), 0, int(bins.size()) - 1);
        bins[b].count += 1;
        bins[b].confidence += confidence;
        bins[b].accuracy += best == labels.at(i) ? 1.0 : 0.0;
    }
    for (ReliabilityBin &b : bins) {
        if (b.count > 0) {
            b.confidence /= b.count;
            b.accuracy /= b.count;
        }
    }
    return bins;
}

double expectedCalibrationError(const QVector<ReliabilityBin> &bins)
{
    double total = 0.0, weighted = 0.0;
    for (const ReliabilityBin &b : bins) {
        total += b.count;
        weighted += b.count * std::abs(b.accuracy - b.confidence);
    }
    return total > 0.0 ? weighted / total : 0.0;
}

double negativeLogLikelihood(const std::vector<float> &logits, int classes, const QVector<int> &labels,
                             double temperature)
{
    const int rows = rowCount(logits, classes, labels);
    double sum = 0.0;
    for (int i = 0; i < rows; ++i) {
        const float *row = logits.data() + size_t(i) * size_t(classes);
        const double top = *std::max_element(row, row + classes);
        double z = 0.0;
        for (int c = 0; c < classes; ++c)
            z += std::exp((double(row[c]) - top) / temperature);
        sum += std::log(z) - (double(row[labels.at(i)]) - top) / temperature;
    }
    return rows > 0 ? sum / rows : 0.0;
}

void temperatureSoftmax(std::vector<float> *values, int classes, double temperature)
{
    for (size_t start = 0; classes > 0 && start + size_t(classes) <= values->size(); start += size_t(classes)) {
        float *row = values->data() + start;
        const double top = *std::max_element(row, row + classes);
        double sum = 0.0;
        for (int c = 0; c < classes; ++c)
            sum += std::exp((double(row[c]) - top) / temperature);
        for (int c = 0; c < classes; ++c)
            row[c] = float(std::exp((double(row[c]) - top) / temperature) / sum);
    }
}

double fitTemperature(const std::vector<float> &logits, int classes, const QVector<int> &labels)
{
    // Golden-section search on log T.
    const double phi = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = std::log(MinTemperature), b = std::log(MaxTemperature);
    const auto f = [&](double logT) { return negativeLogLikelihood(logits, classes, labels, std::exp(logT)); };
    double c = b - phi * (b - a), d = a + phi * (b - a);
    double fc = f(c), fd = f(d);
    while (b - a > 1e-4) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - phi * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + phi * (b - a);
            fd = f(d);
        }
    }
    return std::exp((a + b) / 2.0);
}

double rejectionThreshold(const std::vector<float> &logits, int classes, const QVector<int> &labels,
                          double temperature, double keepCorrect)
{
    std::vector<double> correct;
    const int rows = rowCount(logits, classes, labels);
    for (int i = 0; i < rows; ++i) {
        const auto [best, confidence] = topConfidence(logits.data() + size_t(i) * size_t(classes), classes, temperature);
        if (best == labels.at(i))
            correct.push_back(confidence);
    }
    if (correct.empty())
        return 0.0;
    std::sort(correct.begin(), correct.end());
    // Keeping everything from index k up keeps n − k of n: the largest k with (n − k) / n ≥ target.
    const size_t n = correct.size();
    const double target = std::clamp(keepCorrect, 0.0, 1.0);
    size_t k = size_t(std::floor(double(n) * (1.0 - target) + 1e-9));
    k = std::min(k, n - 1);
    return correct.at(k);
}

CalibrationResult calibrate(const std::vector<float> &logits, int classes, const QVector<int> &labels,
                            double keepCorrect, const NoveltyModel *novelty, const std::vector<float> *features)
{
    CalibrationResult r;
    r.images = rowCount(logits, classes, labels);
    r.thresholdTarget = keepCorrect;
    for (int i = 0; i < r.images; ++i) {
        const float *row = logits.data() + size_t(i) * size_t(classes);
        r.correct += int(std::max_element(row, row + classes) - row) == labels.at(i) ? 1 : 0;
    }
    r.nllBefore = negativeLogLikelihood(logits, classes, labels, 1.0);
    r.binsBefore = reliabilityBins(logits, classes, labels, 1.0);
    r.eceBefore = expectedCalibrationError(r.binsBefore);
    if (r.images < MinCalibrationImages) {
        r.note = Text::tr("%1 validation images are too few to fit a temperature (at least %2)")
                     .arg(r.images).arg(MinCalibrationImages);
    } else if (r.correct == r.images) {
        // With no mistake to learn from, the likelihood only grows as T shrinks: nothing to fit.
        r.note = Text::tr("every validation image is predicted right, so no temperature can be fitted");
    } else if (r.correct == 0) {
        r.note = Text::tr("no validation image is predicted right, so no temperature can be fitted");
    } else {
        r.fitted = true;
        r.temperature = fitTemperature(logits, classes, labels);
    }
    r.nllAfter = negativeLogLikelihood(logits, classes, labels, r.temperature);
    r.binsAfter = reliabilityBins(logits, classes, labels, r.temperature);
    r.eceAfter = expectedCalibrationError(r.binsAfter);
    // With the distance check as well, each check keeps half the allowed loss.
    const bool withNovelty = novelty && novelty->isValid() && features
        && features->size() >= size_t(r.images) * size_t(novelty->dimension);
    const double eachKeeps = withNovelty ? 1.0 - (1.0 - keepCorrect) / 2.0 : keepCorrect;
    r.threshold = rejectionThreshold(logits, classes, labels, r.temperature, eachKeeps);
    std::vector<double> distances(size_t(r.images), 0.0);
    if (withNovelty) {
        r.novelty = *novelty;
        std::vector<double> right;
        for (int i = 0; i < r.images; ++i) {
            distances[size_t(i)] = novelty->distance(features->data() + size_t(i) * size_t(novelty->dimension));
            const float *row = logits.data() + size_t(i) * size_t(classes);
            if (int(std::max_element(row, row + classes) - row) == labels.at(i))
                right.push_back(distances[size_t(i)]);
        }
        // The smallest distance that keeps eachKeeps of the right answers at or below it.
        std::sort(right.begin(), right.end());
        if (!right.empty()) {
            const size_t n = right.size();
            const size_t k = std::min(n - 1, size_t(std::ceil(double(n) * eachKeeps - 1e-9)) - 1);
            r.novelty.threshold = right.at(k);
        }
    }
    int kept = 0, wrong = 0, rejectedWrong = 0;
    for (int i = 0; i < r.images; ++i) {
        const auto [best, confidence] = topConfidence(logits.data() + size_t(i) * size_t(classes), classes, r.temperature);
        const bool known = confidence >= r.threshold && (!withNovelty || distances[size_t(i)] <= r.novelty.threshold);
        if (best == labels.at(i)) {
            kept += known ? 1 : 0;
        } else {
            ++wrong;
            rejectedWrong += known ? 0 : 1;
        }
    }
    r.keptCorrect = r.correct > 0 ? double(kept) / r.correct : 0.0;
    r.rejectedWrong = wrong > 0 ? double(rejectedWrong) / wrong : 0.0;
    return r;
}

QJsonObject CalibrationResult::toJson() const
{
    QJsonObject json{
        {QStringLiteral("fitted"), fitted},
        {QStringLiteral("note"), note},
        {QStringLiteral("images"), images},
        {QStringLiteral("correct"), correct},
        {QStringLiteral("temperature"), temperature},
        {QStringLiteral("nllBefore"), nllBefore},
        {QStringLiteral("nllAfter"), nllAfter},
        {QStringLiteral("eceBefore"), eceBefore},
        {QStringLiteral("eceAfter"), eceAfter},
        {QStringLiteral("thresholdTarget"), thresholdTarget},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("keptCorrect"), keptCorrect},
        {QStringLiteral("rejectedWrong"), rejectedWrong},
        {QStringLiteral("reliabilityBefore"), binsToJson(binsBefore)},
        {QStringLiteral("reliabilityAfter"), binsToJson(binsAfter)},
    };
    if (novelty.isValid())
        json[QStringLiteral("novelty")] = novelty.toJson();
    return json;
}

CalibrationResult CalibrationResult::fromJson(const QJsonObject &json)
{
    CalibrationResult r;
    r.fitted = json.value(QStringLiteral("fitted")).toBool();
    r.note = json.value(QStringLiteral("note")).toString();
    r.images = json.value(QStringLiteral("images")).toInt();
    r.correct = json.value(QStringLiteral("correct")).toInt();
    r.temperature = json.value(QStringLiteral("temperature")).toDouble(1.0);
    if (!(r.temperature > 0.0))
        r.temperature = 1.0;
    r.nllBefore = json.value(QStringLiteral("nllBefore")).toDouble();
    r.nllAfter = json.value(QStringLiteral("nllAfter")).toDouble();
    r.eceBefore = json.value(QStringLiteral("eceBefore")).toDouble();
    r.eceAfter = json.value(QStringLiteral("eceAfter")).toDouble();
    r.thresholdTarget = json.value(QStringLiteral("thresholdTarget")).toDouble(0.95);
    r.threshold = json.value(QStringLiteral("threshold")).toDouble();
    r.keptCorrect = json.value(QStringLiteral("keptCorrect")).toDouble();
    r.rejectedWrong = json.value(QStringLiteral("rejectedWrong")).toDouble();
    r.binsBefore = binsFromJson(json.value(QStringLiteral("reliabilityBefore")).toArray());
    r.binsAfter = binsFromJson(json.value(QStringLiteral("reliabilityAfter")).toArray());
    r.novelty = NoveltyModel::fromJson(json.value(QStringLiteral("novelty")).toObject());
    return r;
}

} // namespace Hone
