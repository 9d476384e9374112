#include "confidentlearning.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <set>

namespace Hone {

QString labelRankingName(LabelRanking ranking)
{
    return ranking == LabelRanking::SelfConfidence ? QStringLiteral("self-confidence") : QStringLiteral("margin");
}

bool labelRankingFromName(const QString &name, LabelRanking *ranking)
{
    if (name == QLatin1String("self-confidence"))
        *ranking = LabelRanking::SelfConfidence;
    else if (name == QLatin1String("margin") || name == QLatin1String("normalized-margin"))
        *ranking = LabelRanking::NormalizedMargin;
    else
        return false;
    return true;
}

namespace {

int bestOther(const float *p, int classes, int given)
{
    int best = -1;
    for (int j = 0; j < classes; ++j) {
        if (j != given && (best < 0 || p[j] > p[best]))
            best = j;
    }
    return best;
}

double qualityScore(const float *p, int classes, int given, LabelRanking ranking)
{
    if (ranking == LabelRanking::SelfConfidence)
        return p[given];
    const int other = bestOther(p, classes, given);
    return other < 0 ? 1.0 : (double(p[given]) - p[other] + 1.0) / 2.0;
}

} // namespace

ConfidentLearning findLabelIssues(const std::vector<float> &probabilities, const QVector<int> &labels, int classes,
                                  LabelRanking ranking)
{
    ConfidentLearning cl;
    const int rows = labels.size();
    cl.quality = QVector<double>(rows, -1.0);
    if (classes < 2 || probabilities.size() != size_t(rows) * size_t(classes))
        return cl;
    auto prob = [&](int r) { return probabilities.data() + size_t(r) * classes; };

    QVector<int> scored;
    for (int r = 0; r < rows; ++r) {
        const float *p = prob(r);
        if (labels[r] >= 0 && labels[r] < classes && std::accumulate(p, p + classes, 0.0) > 0.5)
            scored.append(r);
    }

    // 1. Thresholds: mean self-confidence per class.
    cl.thresholds = QVector<double>(classes, 0.0);
    QVector<int> count(classes, 0);
    for (int r : scored) {
        cl.thresholds[labels[r]] += prob(r)[labels[r]];
        ++count[labels[r]];
    }
    for (int j = 0; j < classes; ++j)
        cl.thresholds[j] = count[j] ? cl.thresholds[j] / count[j] : 2.0;   // no image: never confident

    // 2. The confident joint.
    cl.confidentJoint = QVector<QVector<int>>(classes, QVector<int>(classes, 0));
    for (int r : scored) {
        const float *p = prob(r);
        int best = -1;
        for (int j = 0; j < classes; ++j) {
            if (p[j] >= cl.thresholds[j] && (best < 0 || p[j] > p[best]))
                best = j;
        }
        if (best >= 0)
            ++cl.confidentJoint[labels[r]][best];
    }

    // 3. Calibration: rows to the label counts, then the whole to one.
    cl.joint = QVector<QVector<double>>(classes, QVector<double>(classes, 0.0));
    double total = 0.0;
    for (int i = 0; i < classes; ++i) {
        const int rowSum = std::accumulate(cl.confidentJoint[i].begin(), cl.confidentJoint[i].end(), 0);
        for (int j = 0; j < classes; ++j) {
            cl.joint[i][j] = rowSum ? double(cl.confidentJoint[i][j]) / rowSum * count[i] : (i == j ? count[i] : 0.0);
            total += cl.joint[i][j];
        }
    }
    if (total > 0) {
        for (auto &row : cl.joint)
            for (double &v : row)
                v /= total;
    }

    // 4. Pruning by noise rate: the n · Q[i][j] images of label i with the largest margin p_j − p_i.
    std::set<int> flagged;
    const int n = scored.size();
    for (int i = 0; i < classes; ++i) {
        QVector<int> ofClass;
        for (int r : scored) {
            if (labels[r] == i)
                ofClass.append(r);
        }
        for (int j = 0; j < classes; ++j) {
            if (j == i)
                continue;
            const int remove = std::min(int(ofClass.size()), int(std::lround(n * cl.joint[i][j])));
            if (remove <= 0)
                continue;
            QVector<int> order = ofClass;
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return prob(a)[j] - prob(a)[i] > prob(b)[j] - prob(b)[i];
            });
            for (int k = 0; k < remove; ++k)
                flagged.insert(order[k]);
        }
    }

    // As cleanlab does: an image the model itself puts in its given class is not an issue, and
    // every class keeps at least one image.
    for (auto it = flagged.begin(); it != flagged.end();) {
        const float *p = prob(*it);
        it = int(std::max_element(p, p + classes) - p) == labels[*it] ? flagged.erase(it) : std::next(it);
    }
    for (int i = 0; i < classes; ++i) {
        int kept = 0, best = -1;
        for (int r : scored) {
            if (labels[r] != i)
                continue;
            kept += !flagged.count(r);
            if (best < 0 || prob(r)[i] > prob(best)[i])
                best = r;
        }
        if (kept == 0 && best >= 0)
            flagged.erase(best);
    }

    for (int r : scored)
        cl.quality[r] = qualityScore(prob(r), classes, labels[r], ranking);
    for (int r : flagged) {
        const float *p = prob(r);
        LabelIssue issue;
        issue.row = r;
        issue.given = labels[r];
        issue.suggested = bestOther(p, classes, labels[r]);
        issue.score = cl.quality[r];
        issue.suggestedProbability = p[issue.suggested];
        cl.issues.append(issue);
    }
    std::stable_sort(cl.issues.begin(), cl.issues.end(),
                     [](const LabelIssue &a, const LabelIssue &b) { return a.score < b.score; });
    return cl;
}

} // namespace Hone
