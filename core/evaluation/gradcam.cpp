#include "gradcam.h"

#include "imaging/imagedecoder.h"
#include "nn/classifiermodel.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

namespace Hone {

namespace {

// lupdate files these under the same context as the one looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GradCam)
};

} // namespace

double GradCamResult::massInside(int x0, int y0, int x1, int y1) const
{
    double inside = 0.0;
    double total = 0.0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const double v = heat.at(y * size + x);
            total += v;
            if (x >= x0 && x < x1 && y >= y0 && y < y1)
                inside += v;
        }
    }
    return total > 0.0 ? inside / total : 0.0;
}

bool computeGradCam(Nn::ClassifierModel &model, const QString &imagePath, int imageSize,
                    int classIndex, GradCamResult *result, QString *error)
{
    Nn::ImageBatch batch;
    batch.count = 1;
    batch.height = imageSize;
    batch.width = imageSize;
    batch.pixels.resize(batch.imageBytes());
    QString why;
    if (!loadPreprocessed(imagePath, imageSize, batch.pixels.data(), &why)) {
        *error = Text::tr("cannot read %1: %2").arg(imagePath, why);
        return false;
    }
    if (classIndex >= model.numClasses()) {
        *error = Text::tr("class %1 is not one of the model's %2 classes").arg(classIndex).arg(model.numClasses());
        return false;
    }
    Nn::ClassActivationMap map;
    try {
        map = model.gradCam(batch, classIndex);
    } catch (const std::exception &e) {
        *error = Text::tr("Grad-CAM failed: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return false;
    }

    GradCamResult out;
    out.size = imageSize;
    out.classIndex = map.classIndex;
    out.probabilities = QVector<float>(map.probabilities.begin(), map.probabilities.end());
    out.featureWidth = int(map.width);
    out.featureHeight = int(map.height);
    // Bilinear upsampling with aligned pixel centres, as the Grad-CAM paper's implementation does.
    const cv::Mat small(int(map.height), int(map.width), CV_32F, map.values.data());
    cv::Mat heat;
    cv::resize(small, heat, cv::Size(imageSize, imageSize), 0, 0, cv::INTER_LINEAR);
    cv::max(heat, 0.0, heat);
    out.heat.resize(imageSize * imageSize);
    std::copy(heat.ptr<float>(), heat.ptr<float>() + out.heat.size(), out.heat.begin());

    out.imageRgb = QByteArray(reinterpret_cast<const char *>(batch.pixels.data()), int(batch.pixels.size()));
    cv::Mat heat8;
    heat.convertTo(heat8, CV_8U, 255.0);
    cv::Mat colours;   // BGR
    cv::applyColorMap(heat8, colours, cv::COLORMAP_JET);
    cv::cvtColor(colours, colours, cv::COLOR_BGR2RGB);
    const cv::Mat rgb(imageSize, imageSize, CV_8UC3, batch.pixels.data());
    cv::Mat overlay;
    cv::addWeighted(rgb, 0.55, colours, 0.45, 0.0, overlay);
    out.overlayRgb = QByteArray(reinterpret_cast<const char *>(overlay.data), int(overlay.total() * 3));
    *result = out;
    return true;
}

} // namespace Hone
