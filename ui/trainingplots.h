#pragma once

// Live training curves: loss (per batch, faint, and per epoch for train and validation) and
// accuracy per epoch. Points are buffered and the plots redrawn from a single-shot 40 ms timer,
// never once per batch, so the UI stays responsive at any batch rate.

#include "training/trainingtypes.h"

#include <QTimer>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace Hone {

class TrainingPlots : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPlots(QWidget *parent = nullptr);

    void clear();
    void addBatch(const BatchMetrics &metrics);
    void addEpoch(const EpochMetrics &metrics);

    int epochPointCount() const;
    int batchPointCount() const;
    QCustomPlot *lossPlot() const { return m_loss; }
    QCustomPlot *accuracyPlot() const { return m_accuracy; }

private:
    void scheduleReplot();
    void replot();

    QCustomPlot *m_loss;
    QCustomPlot *m_accuracy;
    QCPGraph *m_batchLoss;
    QCPGraph *m_trainLoss;
    QCPGraph *m_valLoss;
    QCPGraph *m_trainAccuracy;
    QCPGraph *m_valAccuracy;
    QTimer m_replotTimer;
};

} // namespace Hone
