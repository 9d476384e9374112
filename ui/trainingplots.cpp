// qcustomplot.h is written with Qt's `signals` and `foreach` keywords, which Hone turns off
// project-wide for Torch's sake. This file sees no Torch header, so it turns them back on.
#undef QT_NO_KEYWORDS

#include "trainingplots.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

namespace Hone {

namespace {

QCPGraph *addGraph(QCustomPlot *plot, const QString &name, const QColor &color, qreal width,
                   bool points)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(color, width));
    if (points)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    return graph;
}

QCustomPlot *makePlot(const QString &yLabel, QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->xAxis->setLabel(QObject::tr("epoch"));
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setMinimumHeight(160);
    return plot;
}

} // namespace

TrainingPlots::TrainingPlots(QWidget *parent)
    : QWidget(parent)
    , m_loss(makePlot(tr("loss"), this))
    , m_accuracy(makePlot(tr("accuracy (%)"), this))
{
    m_loss->setObjectName(QStringLiteral("lossPlot"));
    m_accuracy->setObjectName(QStringLiteral("accuracyPlot"));
    m_batchLoss = addGraph(m_loss, tr("batch loss"), QColor(78, 121, 167, 70), 1, false);
    m_trainLoss = addGraph(m_loss, tr("train loss"), QColor(78, 121, 167), 2, true);
    m_valLoss = addGraph(m_loss, tr("validation loss"), QColor(242, 142, 43), 2, true);
    m_trainAccuracy = addGraph(m_accuracy, tr("train accuracy"), QColor(78, 121, 167), 2, true);
    m_valAccuracy = addGraph(m_accuracy, tr("validation accuracy"), QColor(242, 142, 43), 2, true);
    m_accuracy->yAxis->setRange(0, 100);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loss);
    layout->addWidget(m_accuracy);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(40);
    connect(&m_replotTimer, &QTimer::timeout, this, &TrainingPlots::replot);
}

void TrainingPlots::clear()
{
    for (QCPGraph *g : {m_batchLoss, m_trainLoss, m_valLoss, m_trainAccuracy, m_valAccuracy})
        g->data()->clear();
    scheduleReplot();
}

void TrainingPlots::addBatch(const BatchMetrics &metrics)
{
    // Batch k of n in epoch e sits at x = e - 1 + k / n, so per-epoch points line up at x = e.
    const double x = metrics.epoch - 1 + double(metrics.batch) / std::max(1, metrics.batches);
    m_batchLoss->addData(x, metrics.loss);
    scheduleReplot();
}

void TrainingPlots::addEpoch(const EpochMetrics &metrics)
{
    m_trainLoss->addData(metrics.epoch, metrics.trainLoss);
    m_valLoss->addData(metrics.epoch, metrics.valLoss);
    m_trainAccuracy->addData(metrics.epoch, metrics.trainAccuracy * 100.0);
    m_valAccuracy->addData(metrics.epoch, metrics.valAccuracy * 100.0);
    scheduleReplot();
}

int TrainingPlots::epochPointCount() const
{
    return m_valAccuracy->dataCount();
}

int TrainingPlots::batchPointCount() const
{
    return m_batchLoss->dataCount();
}

void TrainingPlots::scheduleReplot()
{
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

void TrainingPlots::replot()
{
    m_loss->rescaleAxes();
    m_loss->yAxis->setRangeLower(0);
    m_loss->xAxis->setRangeLower(0);
    m_accuracy->xAxis->setRange(0, std::max(1.0, m_loss->xAxis->range().upper));
    m_accuracy->yAxis->setRange(0, 101);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_accuracy->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Hone
