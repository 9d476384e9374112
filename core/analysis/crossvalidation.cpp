#include "crossvalidation.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <random>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Hone::CrossValidation)
};

} // namespace

FoldPlan stratifiedFolds(const QVector<int> &labels, int requestedFolds, quint64 seed)
{
    std::map<int, std::vector<int>> rowsOf;
    for (int r = 0; r < labels.size(); ++r) {
        if (labels[r] >= 0)
            rowsOf[labels[r]].push_back(r);
    }
    FoldPlan plan;
    plan.foldOf = QVector<int>(labels.size(), -1);
    int smallest = -1, singles = 0;
    for (const auto &[label, rows] : rowsOf) {
        if (rows.size() < 2)
            ++singles;
        else if (smallest < 0 || int(rows.size()) < smallest)
            smallest = int(rows.size());
    }
    if (smallest < 0) {
        plan.note = rowsOf.empty() ? Text::tr("no labelled images: label issues need labels to check")
                                   : Text::tr("no class has two labelled images: label issues need at least two per class");
        return plan;   // nothing can be scored
    }
    const int requested = std::max(2, requestedFolds);
    plan.folds = std::min(requested, smallest);
    QStringList notes;
    if (plan.folds < requested)
        notes << Text::tr("%1 folds instead of %2: the smallest class has %3 images").arg(plan.folds).arg(requested).arg(smallest);
    if (singles > 0)
        notes << Text::tr("%n class(es) with a single image not scored: no model can learn a class from the image it judges", nullptr, singles);
    plan.note = notes.join(QStringLiteral("; "));

    // Fisher–Yates with std::mt19937_64's draws reduced by Hone itself: std::shuffle's use of
    // the generator differs between standard libraries, and so would the folds.
    std::mt19937_64 rng(seed);
    int next = 0;
    for (auto &[label, rows] : rowsOf) {
        if (rows.size() < 2)
            continue;
        for (int i = int(rows.size()) - 1; i > 0; --i)
            std::swap(rows[i], rows[int(rng() % quint64(i + 1))]);
        for (int r : rows) {
            plan.foldOf[r] = next;
            next = (next + 1) % plan.folds;
        }
    }
    return plan;
}

bool outOfSampleProbabilities(const std::vector<float> &features, int dims, const QVector<int> &labels, int classes,
                              const FoldPlan &plan, const Nn::SoftmaxHeadOptions &options, OutOfSample *result,
                              const std::atomic_bool &stop, const std::function<void(int, int)> &progress)
{
    OutOfSample out;
    out.plan = plan;
    out.probabilities.assign(size_t(labels.size()) * size_t(classes), 0.0f);
    const std::vector<int> labelVector(labels.begin(), labels.end());
    for (int fold = 0; fold < plan.folds; ++fold) {
        if (stop)
            return false;
        std::vector<int> train, scored;
        for (int r = 0; r < labels.size(); ++r) {
            if (plan.foldOf[r] < 0)
                continue;
            (plan.foldOf[r] == fold ? scored : train).push_back(r);
        }
        out.trainedOn.append(QVector<int>(train.begin(), train.end()));
        if (scored.empty() || train.empty())
            continue;
        Nn::SoftmaxHeadOptions stoppable = options;
        stoppable.stop = &stop;
        Nn::SoftmaxHead head;
        try {
            head = Nn::fitSoftmaxHead(features, dims, labelVector, classes, train, stoppable);
        } catch (const Nn::FitStopped &) {
            return false;
        }
        const std::vector<float> p = Nn::headProbabilities(head, features, scored);
        for (size_t i = 0; i < scored.size(); ++i)
            std::copy(p.begin() + i * classes, p.begin() + (i + 1) * classes,
                      out.probabilities.begin() + size_t(scored[i]) * classes);
        if (progress)
            progress(fold + 1, plan.folds);
    }
    *result = std::move(out);
    return true;
}

} // namespace Hone
