#pragma once

// Counts of (true class, predicted class) pairs and the metrics derived from them. Row = true,
// column = predicted. A class with no support has recall 0; one never predicted has precision 0.

#include <QVector>

namespace Hone {

class ConfusionMatrix
{
public:
    explicit ConfusionMatrix(int classCount = 0);
    static ConfusionMatrix fromCounts(int classCount, const QVector<int> &counts);

    int classCount() const { return m_classes; }
    const QVector<int> &counts() const { return m_counts; }
    void add(int trueClass, int predictedClass);
    int at(int trueClass, int predictedClass) const;
    int total() const;

    double accuracy() const;
    int support(int c) const;     // row sum
    int predicted(int c) const;   // column sum
    double precision(int c) const;
    double recall(int c) const;
    double f1(int c) const;
    double macroF1() const;       // over classes present as truth or prediction (as scikit-learn)

private:
    int m_classes = 0;
    QVector<int> m_counts;
};

} // namespace Hone
