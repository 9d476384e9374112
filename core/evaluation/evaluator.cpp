#include "evaluator.h"

#include "dataset/imageset.h"
#include "nn/classifiermodel.h"
#include "project/project.h"
#include "training/runstore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <numeric>

namespace Hone {

QJsonObject EvaluationResult::toJson() const
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
    return {
        {QStringLiteral("accuracy"), matrix.accuracy()},
        {QStringLiteral("macroF1"), matrix.macroF1()},
        {QStringLiteral("images"), matrix.total()},
        {QStringLiteral("classes"), QJsonArray::fromStringList(classNames)},
        {QStringLiteral("confusion"), rows},
        {QStringLiteral("perClass"), perClass},
    };
}

bool evaluateRun(const Project &project, const RunRecord &run, Split split, const QString &device,
                 EvaluationResult *result, QString *error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Evaluator", text); };
    auto model = RunStore::loadModel(run, device, error);
    if (!model)
        return false;
    EvaluationResult out;
    out.classNames = run.classNames();
    out.matrix = ConfusionMatrix(out.classNames.size());

    QStringList paths;
    QVector<int> labels;
    for (const ImageEntry &image : project.images()) {
        if (image.split != split || image.label < 0)
            continue;
        const ClassInfo *info = project.classById(image.label);
        const int label = info ? out.classNames.indexOf(info->name) : -1;
        if (label < 0) {
            ++out.skipped;
            continue;
        }
        paths.append(project.absolutePath(image.path));
        labels.append(label);
    }
    if (paths.isEmpty()) {
        *error = tr("the %1 split has no labeled image of the run's classes").arg(splitName(split));
        return false;
    }
    Nn::ImageBatch all;
    QVector<int> kept;
    QVector<ImageSetFailure> failures;
    loadImageSet(paths, labels, run.imageSize(), &all, &kept, &failures);
    out.skipped += failures.size();
    const int k = out.classNames.size();
    QVector<int> order(int(all.count));
    std::iota(order.begin(), order.end(), 0);
    try {
        for (int start = 0; start < all.count; start += 32) {
            const Nn::ImageBatch batch = gatherBatch(all, order.mid(start, 32));
            const std::vector<float> logits = model->logits(batch);
            for (int64_t i = 0; i < batch.count; ++i) {
                const float *row = logits.data() + i * k;
                out.matrix.add(int(batch.labels.at(size_t(i))), int(std::max_element(row, row + k) - row));
            }
        }
    } catch (const std::exception &e) {
        *error = tr("evaluation failed: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    *result = out;
    return true;
}

} // namespace Hone
