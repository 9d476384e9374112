#pragma once

// Grad-CAM for one image file and a trained model: where in the picture the evidence for a class
// lies. The map is upsampled to the preprocessed image (the square the network saw) and blended
// over it with a colour scale, ready to show.

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Hone {

namespace Nn {
class ClassifierModel;
}

struct GradCamResult
{
    int size = 0;                 // the preprocessed image is size × size
    int classIndex = -1;          // the class the map explains
    QVector<float> probabilities; // softmax over the run's classes
    QVector<float> heat;          // size × size, in [0, 1], bilinear from the feature map
    int featureWidth = 0;         // the feature map's own resolution
    int featureHeight = 0;
    QByteArray imageRgb;          // size × size × 3, the preprocessed input
    QByteArray overlayRgb;        // the input with the heat map blended over it (jet colours)

    // Share of the total heat inside the rectangle [x0, x1) × [y0, y1) of the size × size image.
    double massInside(int x0, int y0, int x1, int y1) const;
};

// classIndex < 0 explains the predicted class. Errors (unreadable image, LibTorch failure) come
// back as a message.
bool computeGradCam(Nn::ClassifierModel &model, const QString &imagePath, int imageSize,
                    int classIndex, GradCamResult *result, QString *error);

} // namespace Hone
