#include "confusionmatrix.h"

namespace Hone {

ConfusionMatrix::ConfusionMatrix(int classCount)
    : m_classes(classCount)
    , m_counts(classCount * classCount, 0)
{
}

ConfusionMatrix ConfusionMatrix::fromCounts(int classCount, const QVector<int> &counts)
{
    ConfusionMatrix m(classCount);
    if (counts.size() == classCount * classCount)
        m.m_counts = counts;
    return m;
}

void ConfusionMatrix::add(int trueClass, int predictedClass)
{
    if (trueClass < 0 || trueClass >= m_classes || predictedClass < 0 || predictedClass >= m_classes)
        return;
    ++m_counts[trueClass * m_classes + predictedClass];
}

int ConfusionMatrix::at(int trueClass, int predictedClass) const
{
    return m_counts.at(trueClass * m_classes + predictedClass);
}

int ConfusionMatrix::total() const
{
    int n = 0;
    for (int v : m_counts)
        n += v;
    return n;
}

double ConfusionMatrix::accuracy() const
{
    const int n = total();
    if (n == 0)
        return 0.0;
    int correct = 0;
    for (int c = 0; c < m_classes; ++c)
        correct += at(c, c);
    return double(correct) / n;
}

int ConfusionMatrix::support(int c) const
{
    int n = 0;
    for (int p = 0; p < m_classes; ++p)
        n += at(c, p);
    return n;
}

int ConfusionMatrix::predicted(int c) const
{
    int n = 0;
    for (int t = 0; t < m_classes; ++t)
        n += at(t, c);
    return n;
}

double ConfusionMatrix::precision(int c) const
{
    const int p = predicted(c);
    return p == 0 ? 0.0 : double(at(c, c)) / p;
}

double ConfusionMatrix::recall(int c) const
{
    const int s = support(c);
    return s == 0 ? 0.0 : double(at(c, c)) / s;
}

double ConfusionMatrix::f1(int c) const
{
    const double p = precision(c);
    const double r = recall(c);
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

double ConfusionMatrix::macroF1() const
{
    // As scikit-learn: the mean over classes that occur as truth or as prediction.
    double sum = 0.0;
    int classes = 0;
    for (int c = 0; c < m_classes; ++c) {
        if (support(c) == 0 && predicted(c) == 0)
            continue;
        sum += f1(c);
        ++classes;
    }
    return classes == 0 ? 0.0 : sum / classes;
}

} // namespace Hone
