#pragma once

// The image-quality checks of the data doctor, each a documented score of ImageSurvey against a
// threshold. Some are judged against the dataset (an odd size is odd among these images; a grey
// image is worth a note only among colour ones):
//
//   dark             darkLevel (95th percentile of luminance) < 0.15: nearly every pixel is dark
//   overexposed      brightLevel (5th percentile of luminance) > 0.92: nearly every pixel is bright
//   blurry           sharpness (variance of the Laplacian at ≤ 512 px) < 20, unless low-information
//                    (blurry and low-information are not said of a dark or overexposed image)
//   low-information  entropy of the grey levels < 1.0 bit, or 97 % of the pixels within 8 grey
//                    levels of the commonest one: nearly flat
//   odd-size         the longer side over the shorter ≥ 3 while the dataset's median is < 2, or an
//                    area under 1/16 or over 16 times the median, or a side under 16 px
//   grayscale        colourfulness < 2 while at least 70 % of the images have colour

#include "imagesurvey.h"

#include <QStringList>
#include <QVector>

namespace Hone {

struct QualityThresholds
{
    double dark = 0.15;
    double overexposed = 0.92;
    double blurry = 20.0;
    double lowInformation = 1.0;
    double flatShare = 0.97;
    double oddAspect = 3.0;
    double oddArea = 16.0;
    int smallestSide = 16;
    double greyColourfulness = 2.0;
    double colourShare = 0.7;
};

// The issue names, in the order checks report them.
QStringList qualityIssueNames();

// For each survey (null entries are images that could not be read, and get no issues), the names
// of the checks it fails.
QVector<QStringList> qualityIssues(const QVector<const ImageSurvey *> &surveys,
                                   const QualityThresholds &thresholds = {});

} // namespace Hone
