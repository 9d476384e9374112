#include "accuracytext.h"

#include "evaluation/wilson.h"

#include <QCoreApplication>

#include <cmath>

namespace Hone {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccuracyText)
};

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1);
}

} // namespace

double noiseMargin(double accuracy, int images)
{
    if (images <= 0)
        return 50.0;
    const ProportionInterval ci = wilsonInterval(std::round(accuracy * images), images);
    return (ci.high - ci.low) * 50.0;
}

QString accuracyWithInterval(double accuracy, int images)
{
    if (images <= 0)
        return percent(accuracy) + QStringLiteral(" %");
    const ProportionInterval ci = wilsonInterval(std::round(accuracy * images), images);
    return Text::tr("%1 % (95 % CI %2–%3 %, n = %4)")
        .arg(percent(accuracy), percent(ci.low), percent(ci.high), QString::number(images));
}

QString smallSplitNote(double accuracy, int images)
{
    if (images <= 0 || images >= 100)
        return QString();
    return Text::tr("On %1 validation images, differences under ±%2 points are noise.")
        .arg(images)
        .arg(qRound(noiseMargin(accuracy, images)));
}

} // namespace Hone
