#pragma once

// Live training curves: loss (per batch, faint, with a smoothed line, and per epoch for train and
// validation) with the learning rate on its own right-hand axis, and accuracy per epoch; the best
// epoch marked. Points are buffered and the plots
// redrawn from a single-shot 40 ms timer, never once per batch, so the UI stays responsive at any
// batch rate. Drag to pan, wheel to zoom, hover for values; the loss axis can be logarithmic; the
// plots save as PNG or PDF and the numbers as CSV.

#include "runhistorypanel.h"
#include "training/trainingtypes.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;

namespace Hone {

class TrainingPlots : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPlots(QWidget *parent = nullptr);

    void clear();
    void addBatch(const BatchMetrics &metrics);
    void addEpoch(const EpochMetrics &metrics);

    // A finished run's per-epoch curves (and learning rate), as recorded in its run.json.
    void showEpochs(const QVector<EpochMetrics> &epochs);

    int epochPointCount() const;
    int learningRatePointCount() const;
    int batchPointCount() const;
    QCustomPlot *lossPlot() const { return m_loss; }
    QCustomPlot *accuracyPlot() const { return m_accuracy; }
    int bestEpoch() const { return m_bestEpoch; }
    // Which metric picks the best epoch (as TrainingConfig::earlyStopMetric); accuracy by default.
    void setBestByLoss(bool on) { m_bestByLoss = on; }

    void setLogScale(bool on);
    // Earlier runs' validation loss and accuracy, drawn dashed over the live curves.
    void setOverlays(const QVector<RunCurve> &runs);
    int overlayCount() const { return int(m_overlays.size()) / 2; }
    bool saveImage(const QString &path) const;   // .png or .pdf, both plots stacked
    QImage renderImage(int width, int plotHeight) const;   // both plots stacked, on white
    bool exportCsv(const QString &path) const;

private:
    void scheduleReplot();
    void replot();
    void showValueAt(QCustomPlot *plot, QMouseEvent *event);

    QCustomPlot *m_loss;
    QCustomPlot *m_accuracy;
    QCPGraph *m_batchLoss;
    QCPGraph *m_smoothedLoss;
    QCPGraph *m_learningRate;
    QVector<QCPGraph *> m_overlays;
    QCPItemStraightLine *m_bestLoss = nullptr;
    QCPItemStraightLine *m_bestAccuracy = nullptr;
    QCheckBox *m_logScale = nullptr;
    double m_smoothed = 0.0;
    int m_bestEpoch = 0;
    double m_bestValue = -1.0;
    double m_bestValLoss = 0.0;
    bool m_bestByLoss = false;
    QCPGraph *m_trainLoss;
    QCPGraph *m_valLoss;
    QCPGraph *m_trainAccuracy;
    QCPGraph *m_valAccuracy;
    QTimer m_replotTimer;
};

} // namespace Hone
