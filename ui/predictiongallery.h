#pragma once

// Thumbnails of predicted images with their true class, predicted class and confidence, in the
// order given. Number keys relabel the selected images through the undo stack (1–9: the n-th
// class, 0: unlabeled) and each caption then shows the image's label now; double-click or Enter
// asks to open an image in the Dataset viewer. Predictions name images by project row, so the
// gallery empties itself when images are added or removed. Used by the confusion-cell gallery and by the
// Evaluate workspace's list of mistakes.

#include "training/trainingtypes.h"

#include <QWidget>

class QKeyEvent;
class QLabel;
class QListWidget;

namespace Hone {

class Project;

class PredictionGallery : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionGallery(Project *project, QWidget *parent = nullptr);

    // Shows `items` (rows outside the project are left out) under `caption`.
    void setItems(const QStringList &classNames, const QVector<ValPrediction> &items, const QString &caption);
    void clear();

    QListWidget *list() const { return m_list; }
    int imageCount() const;
    QVector<int> rows() const;             // project rows, in display order
    const ValPrediction *currentPrediction() const;

    // Handles a number key (relabels the selection) and Enter (opens the current image); false for
    // any other key.
    bool handleKey(QKeyEvent *event);

Q_SIGNALS:
    void openImageRequested(int row);
    void currentPredictionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

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
