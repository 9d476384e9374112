#pragma once

// The images behind one confusion-matrix cell (true class × predicted class), most confident
// first, in a window of their own: a PredictionGallery, so number keys relabel them through the
// undo stack and double-click opens one in the Dataset viewer. This is how a confused cell leads
// back to the labels.

#include "training/trainingtypes.h"

#include <QDialog>

class QListWidget;

namespace Hone {

class PredictionGallery;
class Project;

class ConfusionGallery : public QDialog
{
    Q_OBJECT

public:
    ConfusionGallery(Project *project, const QStringList &classNames,
                     const QVector<ValPrediction> &predictions, int trueClass, int predictedClass,
                     QWidget *parent = nullptr);

    PredictionGallery *gallery() const { return m_gallery; }
    QListWidget *list() const;
    int imageCount() const;
    QVector<int> rows() const;

Q_SIGNALS:
    void openImageRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    PredictionGallery *m_gallery;
};

} // namespace Hone
