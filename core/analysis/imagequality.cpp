#include "imagequality.h"

#include <algorithm>
#include <vector>

namespace Hone {

QStringList qualityIssueNames()
{
    return {QStringLiteral("dark"), QStringLiteral("overexposed"), QStringLiteral("blurry"),
            QStringLiteral("low-information"), QStringLiteral("odd-size"), QStringLiteral("grayscale")};
}

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

} // namespace

QVector<QStringList> qualityIssues(const QVector<const ImageSurvey *> &surveys, const QualityThresholds &t)
{
    std::vector<double> aspects, areas;
    int colour = 0, measured = 0;
    for (const ImageSurvey *s : surveys) {
        if (!s)
            continue;
        ++measured;
        aspects.push_back(double(std::max(s->width, s->height)) / std::max(1, std::min(s->width, s->height)));
        areas.push_back(double(s->width) * s->height);
        if (s->colourfulness >= t.greyColourfulness)
            ++colour;
    }
    const double medianAspect = median(aspects);
    const double medianArea = median(areas);
    const bool colourDataset = measured > 0 && colour >= t.colourShare * measured;

    QVector<QStringList> result(surveys.size());
    for (int i = 0; i < surveys.size(); ++i) {
        const ImageSurvey *s = surveys[i];
        if (!s)
            continue;
        QStringList &issues = result[i];
        const bool flat = s->entropy < t.lowInformation || s->flatShare >= t.flatShare;
        const bool dark = s->darkLevel < t.dark;
        const bool bright = s->brightLevel > t.overexposed;
        if (dark)
            issues << QStringLiteral("dark");
        if (bright)
            issues << QStringLiteral("overexposed");
        // A badly exposed image has little contrast left; its exposure is the one thing to say.
        if (!dark && !bright && s->sharpness < t.blurry && !flat)
            issues << QStringLiteral("blurry");
        if (!dark && !bright && flat)
            issues << QStringLiteral("low-information");
        const double aspect = double(std::max(s->width, s->height)) / std::max(1, std::min(s->width, s->height));
        const double area = double(s->width) * s->height;
        if ((aspect >= t.oddAspect && medianAspect < 2.0) || std::min(s->width, s->height) < t.smallestSide
            || (medianArea > 0 && (area * t.oddArea < medianArea || area > medianArea * t.oddArea)))
            issues << QStringLiteral("odd-size");
        if (colourDataset && s->colourfulness < t.greyColourfulness)
            issues << QStringLiteral("grayscale");
    }
    return result;
}

} // namespace Hone
