#pragma once

// The images behind one confusion-matrix cell (true class × predicted class), most confident
// first, with their predicted class and confidence. Number keys relabel the selected images
// through the undo stack (1–9: the n-th class, 0: unlabeled); double-click opens an image in the
// Dataset viewer. This is how a confused cell leads back to the labels.

#include "training/trainingtypes.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace Hone {

class Project;

class ConfusionGallery : public QDialog
{
    Q_OBJECT

public:
    ConfusionGallery(Project *project, const QStringList &classNames,
                     const QVector<ValPrediction> &predictions, int trueClass, int predictedClass,
                     QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    int imageCount() const;
    // Project rows shown, in display order.
    QVector<int> rows() const;

Q_SIGNALS:
    void openImageRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void relabelSelection(int classId);
    void refreshTexts();

    Project *m_project;
    QStringList m_classNames;
    QVector<ValPrediction> m_items;
    QListWidget *m_list;
    QLabel *m_caption;
};

} // namespace Hone
