#pragma once

// Label issues by confident learning (Northcutt, Jiang and Chuang, "Confident Learning: Estimating
// Uncertainty in Dataset Labels", JAIR 2021), from out-of-sample probabilities (crossvalidation.h):
//
//  1. per-class thresholds t_j: the mean probability of class j over the images labelled j;
//  2. the confident joint C[i][j]: images labelled i whose probability of j reaches t_j, counted
//     under the most probable such j;
//  3. calibration: each row of C scaled to the number of images labelled i, then the whole to the
//     number of images, giving the estimated joint of given and true labels Q;
//  4. pruning by noise rate: for each off-diagonal cell, the n · Q[i][j] images labelled i with the
//     largest margin p_j − p_i are issues.
//
// Issues are ranked by a label-quality score, lowest (most likely wrong) first:
//   self-confidence    p_given
//   normalized margin  (p_given − max_{j ≠ given} p_j + 1) / 2
// Both lie in [0, 1]; the suggested label is the most probable other class.

#include <QString>
#include <QVector>

#include <vector>

namespace Hone {

enum class LabelRanking { SelfConfidence, NormalizedMargin };

QString labelRankingName(LabelRanking ranking);   // "self-confidence", "margin"
bool labelRankingFromName(const QString &name, LabelRanking *ranking);

struct LabelIssue
{
    int row = -1;
    int given = -1;        // class index
    int suggested = -1;
    double score = 0.0;    // label quality, see above
    double suggestedProbability = 0.0;
};

struct ConfidentLearning
{
    QVector<double> thresholds;             // per class
    QVector<QVector<int>> confidentJoint;   // [given][true]
    QVector<QVector<double>> joint;         // calibrated, sums to 1
    QVector<double> quality;                // per row; −1 for rows not scored
    QVector<LabelIssue> issues;             // most likely wrong first
};

// `probabilities` is rows × classes; rows whose label is −1, or whose probabilities are all zero
// (not scored), take no part.
ConfidentLearning findLabelIssues(const std::vector<float> &probabilities, const QVector<int> &labels,
                                  int classes, LabelRanking ranking);

} // namespace Hone
