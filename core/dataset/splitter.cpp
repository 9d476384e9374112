#include "splitter.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <random>

namespace Hone {

QVector<Split> stratifiedSplit(const QVector<int> &labels, const SplitRatios &ratios, quint64 seed)
{
    QVector<Split> result(labels.size(), Split::Unassigned);
    QMap<int, QVector<int>> rowsByClass;
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.at(i) >= 0)
            rowsByClass[labels.at(i)].append(i);
    }
    const double total = std::max(1e-12, ratios.train + ratios.val + ratios.test);
    std::mt19937_64 rng(seed);
    for (auto it = rowsByClass.begin(); it != rowsByClass.end(); ++it) {
        QVector<int> rows = it.value();
        std::shuffle(rows.begin(), rows.end(), rng);
        const int n = rows.size();
        int nVal = static_cast<int>(std::lround(n * ratios.val / total));
        int nTest = static_cast<int>(std::lround(n * ratios.test / total));
        // A class with a few images still gets one validation image, as long as one stays for training.
        if (ratios.val > 0 && nVal == 0 && n >= 2)
            nVal = 1;
        if (ratios.test > 0 && nTest == 0 && n - nVal >= 2)
            nTest = 1;
        while (nVal + nTest > n - (ratios.train > 0 ? 1 : 0) && (nVal > 0 || nTest > 0)) {
            if (nTest > 0)
                --nTest;
            else
                --nVal;
        }
        for (int k = 0; k < n; ++k) {
            Split split = Split::Train;
            if (k < nVal)
                split = Split::Val;
            else if (k < nVal + nTest)
                split = Split::Test;
            result[rows.at(k)] = split;
        }
    }
    return result;
}

} // namespace Hone
