#include "evaluator.h"

#include "wilson.h"

#include "predictionanalysis.h"

#include "dataset/imageset.h"
#include "nn/classifiermodel.h"
#include "project/project.h"
#include "training/runstore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <numeric>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Evaluator)
};

} // namespace

double EvaluationResult::topKAccuracy(int k) const
{
    QVector<int> truth;
    for (const ValPrediction &p : predictions)
        truth.append(p.trueClass);
    return Hone::topKAccuracy(probabilities, truth, classNames.size(), k);
}

QJsonObject EvaluationResult::toJson(const Project *project) const
{
    QJsonArray rows;
    QJsonArray perClass;
    for (int t = 0; t < matrix.classCount(); ++t) {
        QJsonArray row;
        for (int p = 0; p < matrix.classCount(); ++p)
            row.append(matrix.at(t, p));
        rows.append(row);
        perClass.append(QJsonObject{
            {QStringLiteral("class"), classNames.value(t)},
            {QStringLiteral("precision"), matrix.precision(t)},
            {QStringLiteral("recall"), matrix.recall(t)},
            {QStringLiteral("f1"), matrix.f1(t)},
            {QStringLiteral("support"), matrix.support(t)},
        });
    }
    QJsonArray confused;
    for (const ConfusedPair &pair : mostConfusedPairs(matrix)) {
        confused.append(QJsonObject{
            {QStringLiteral("true"), classNames.value(pair.trueClass)},
            {QStringLiteral("predicted"), classNames.value(pair.predicted)},
            {QStringLiteral("count"), pair.count},
        });
    }
    QJsonArray wrong;
    for (const ValPrediction &p : misclassifiedMostConfidentFirst(predictions)) {
        QJsonObject item{
            {QStringLiteral("row"), p.row},
            {QStringLiteral("true"), classNames.value(p.trueClass)},
            {QStringLiteral("predicted"), classNames.value(p.predicted)},
            {QStringLiteral("confidence"), double(p.confidence)},
        };
        if (project && p.row >= 0 && p.row < project->images().size())
            item.insert(QStringLiteral("image"), project->images().at(p.row).path);
        wrong.append(item);
    }
    const ProportionInterval interval = wilsonInterval(matrix.accuracy() * matrix.total(), matrix.total());
    QJsonObject json{
        {QStringLiteral("run"), runId},
        {QStringLiteral("split"), splitName(split)},
        {QStringLiteral("accuracy"), matrix.accuracy()},
        {QStringLiteral("macroF1"), matrix.macroF1()},
        {QStringLiteral("images"), matrix.total()},
        // The accuracy's 95 % Wilson interval: what the accuracy can be, given these images.
        {QStringLiteral("accuracyInterval95"),
         QJsonObject{{QStringLiteral("low"), interval.low}, {QStringLiteral("high"), interval.high}}},
        {QStringLiteral("classes"), QJsonArray::fromStringList(classNames)},
        {QStringLiteral("confusion"), rows},
        {QStringLiteral("perClass"), perClass},
        {QStringLiteral("mostConfused"), confused},
        {QStringLiteral("misclassified"), wrong},
        {QStringLiteral("skipped"), skipped},
    };
    for (int k : reportedTopK(classNames.size()))
        json.insert(QStringLiteral("top%1Accuracy").arg(k), topKAccuracy(k));
    return json;
}

bool prepareEvaluation(const Project &project, const RunRecord &run, Split split,
                       EvaluationInput *input, QString *error)
{
    EvaluationInput in;
    in.split = split;
    const QStringList classNames = run.classNames();
    for (int row = 0; row < project.images().size(); ++row) {
        const ImageEntry &image = project.images().at(row);
        if (image.split != split || image.label < 0)
            continue;
        const ClassInfo *info = project.classById(image.label);
        const int label = info ? classNames.indexOf(info->name) : -1;
        if (label < 0) {
            ++in.skipped;
            continue;
        }
        in.paths.append(project.absolutePath(image.path));
        in.labels.append(label);
        in.rows.append(row);
    }
    if (in.paths.isEmpty()) {
        *error = Text::tr("the %1 split has no labeled image of the run's classes").arg(splitName(split));
        return false;
    }
    *input = in;
    return true;
}

bool runEvaluation(const EvaluationInput &input, const RunRecord &run, const QString &device,
                   EvaluationResult *result, QString *error, const std::atomic_bool *cancel)
{
    auto model = RunStore::loadModel(run, device, error);
    if (!model)
        return false;
    model->setChannelsLast(true);   // eval-mode passes only: faster in NHWC order
    EvaluationResult out;
    out.runId = run.id;
    out.split = input.split;
    out.classNames = run.classNames();
    out.matrix = ConfusionMatrix(out.classNames.size());
    out.skipped = input.skipped;

    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const int k = out.classNames.size();
    // A chunk of images at a time, so that a split of any size takes bounded memory.
    constexpr int Chunk = 256;
    try {
        for (int first = 0; first < input.paths.size() && !cancelled(); first += Chunk) {
            Nn::ImageBatch all;
            QVector<int> kept;
            QVector<ImageSetFailure> failures;
            loadImageSet(input.paths.mid(first, Chunk), input.labels.mid(first, Chunk), run.imageSize(), &all, &kept,
                         &failures, cancel);
            out.skipped += failures.size();
            QVector<int> order(int(all.count));
            std::iota(order.begin(), order.end(), 0);
            for (int start = 0; start < all.count; start += 32) {
                if (cancelled())
                    break;
                const Nn::ImageBatch batch = gatherBatch(all, order.mid(start, 32));
                const std::vector<float> logits = model->logits(batch);
                for (int64_t i = 0; i < batch.count; ++i) {
                    const float *row = logits.data() + i * k;
                    const int truth = int(batch.labels.at(size_t(i)));
                    const int predicted = int(std::max_element(row, row + k) - row);
                    out.matrix.add(truth, predicted);
                    // Softmax, shifted by the maximum so that large logits cannot overflow.
                    const float top = row[predicted];
                    double sum = 0.0;
                    for (int c = 0; c < k; ++c)
                        sum += std::exp(double(row[c] - top));
                    for (int c = 0; c < k; ++c)
                        out.probabilities.append(float(std::exp(double(row[c] - top)) / sum));
                    ValPrediction p;
                    p.row = input.rows.at(first + kept.at(start + int(i)));
                    p.trueClass = truth;
                    p.predicted = predicted;
                    p.confidence = float(1.0 / sum);
                    out.predictions.append(p);
                }
            }
        }
    } catch (const std::exception &e) {
        *error = Text::tr("evaluation failed: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    if (cancelled()) {
        *error = Text::tr("cancelled");
        return false;
    }
    *result = out;
    return true;
}

bool evaluateRun(const Project &project, const RunRecord &run, Split split, const QString &device,
                 EvaluationResult *result, QString *error)
{
    EvaluationInput input;
    return prepareEvaluation(project, run, split, &input, error)
        && runEvaluation(input, run, device, result, error);
}

} // namespace Hone
