// qcustomplot.h is written with Qt's `signals` and `foreach` keywords, which Hone turns off
// project-wide for Torch's sake. This file sees no Torch header, so it turns them back on.
#undef QT_NO_KEYWORDS

#include "trainingplots.h"

#include "preferences/theme.h"

#include "util/atomicfile.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QToolTip>
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
    plot->legend->setVisible(false);   // until a curve has points: an empty legend is an empty box
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setMinimumHeight(160);
    // Fixed side margins, so the epoch axes of the stacked plots line up although only the loss
    // plot has a right-hand (learning-rate) axis.
    plot->axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom);
    plot->axisRect()->setMargins(QMargins(64, 0, 84, 0));
    ThemeManager::followPalette(plot);
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
    m_smoothedLoss = addGraph(m_loss, tr("batch loss, smoothed"), QColor(78, 121, 167, 160), 1.5, false);
    m_trainLoss = addGraph(m_loss, tr("train loss"), QColor(78, 121, 167), 2, true);
    m_valLoss = addGraph(m_loss, tr("validation loss"), QColor(242, 142, 43), 2, true);
    // The learning rate on the loss plot's right-hand axis: a schedule's steps line up with the loss.
    m_loss->yAxis2->setVisible(true);
    m_loss->yAxis2->setLabel(tr("learning rate"));
    m_loss->yAxis2->setTickLabelColor(QColor(89, 161, 79));
    m_loss->yAxis2->setLabelColor(QColor(89, 161, 79));
    m_learningRate = m_loss->addGraph(m_loss->xAxis, m_loss->yAxis2);
    m_learningRate->setName(tr("learning rate"));
    m_learningRate->setPen(QPen(QColor(89, 161, 79), 1.5, Qt::DotLine));
    m_trainAccuracy = addGraph(m_accuracy, tr("train accuracy"), QColor(78, 121, 167), 2, true);
    m_valAccuracy = addGraph(m_accuracy, tr("validation accuracy"), QColor(242, 142, 43), 2, true);
    m_accuracy->yAxis->setRange(0, 100);
    // Accuracy climbs towards the top: the legend goes below.
    m_accuracy->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    for (QCustomPlot *plot : {m_loss, m_accuracy}) {
        auto *best = new QCPItemStraightLine(plot);
        best->setPen(QPen(QColor(89, 161, 79), 1.5, Qt::DashLine));
        best->setVisible(false);
        (plot == m_loss ? m_bestLoss : m_bestAccuracy) = best;
        connect(plot, &QCustomPlot::mouseMove, this, [this, plot](QMouseEvent *event) { showValueAt(plot, event); });
    }

    m_logScale = new QCheckBox(tr("&Log-scale loss"), this);
    auto *save = new QPushButton(tr("Save &Plots…"), this);
    auto *csv = new QPushButton(tr("Export &Numbers…"), this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_logScale);
    tools->addStretch(1);
    tools->addWidget(save);
    tools->addWidget(csv);
    connect(m_logScale, &QCheckBox::toggled, this, &TrainingPlots::setLogScale);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Plots"), QStringLiteral("curves.png"),
                                                          tr("PNG image (*.png);;PDF document (*.pdf)"));
        if (!path.isEmpty())
            saveImage(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Numbers"), QStringLiteral("curves.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_loss);
    layout->addWidget(m_accuracy);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(40);
    connect(&m_replotTimer, &QTimer::timeout, this, &TrainingPlots::replot);
}

void TrainingPlots::clear()
{
    for (QCPGraph *g : {m_batchLoss, m_smoothedLoss, m_learningRate, m_trainLoss, m_valLoss, m_trainAccuracy, m_valAccuracy})
        g->data()->clear();   // the overlays of earlier runs stay
    m_smoothed = 0.0;
    m_bestEpoch = 0;
    m_bestValue = -1.0;
    m_bestLoss->setVisible(false);
    m_bestAccuracy->setVisible(false);
    scheduleReplot();
}

void TrainingPlots::addBatch(const BatchMetrics &metrics)
{
    // Batch k of n in epoch e sits at x = e - 1 + k / n, so per-epoch points line up at x = e.
    const double x = metrics.epoch - 1 + double(metrics.batch) / std::max(1, metrics.batches);
    m_batchLoss->addData(x, metrics.loss);
    // Exponential moving average, bias-corrected so the line starts at the first loss.
    const int n = m_batchLoss->dataCount();
    m_smoothed = 0.9 * m_smoothed + 0.1 * metrics.loss;
    m_smoothedLoss->addData(x, m_smoothed / (1.0 - std::pow(0.9, n)));
    if (metrics.learningRate > 0.0)
        m_learningRate->addData(x, metrics.learningRate);
    scheduleReplot();
}

void TrainingPlots::addEpoch(const EpochMetrics &metrics)
{
    m_trainLoss->addData(metrics.epoch, metrics.trainLoss);
    m_valLoss->addData(metrics.epoch, metrics.valLoss);
    m_trainAccuracy->addData(metrics.epoch, metrics.trainAccuracy * 100.0);
    m_valAccuracy->addData(metrics.epoch, metrics.valAccuracy * 100.0);
    // The best epoch as the trainer picks it: by validation accuracy (a tie going to the lower
    // loss) or, when early stopping watches it, by validation loss.
    const bool better = m_bestEpoch == 0
        || (m_bestByLoss ? metrics.valLoss < m_bestValLoss
                         : metrics.valAccuracy > m_bestValue
                               || (metrics.valAccuracy == m_bestValue && metrics.valLoss < m_bestValLoss));
    if (better) {
        m_bestValue = metrics.valAccuracy;
        m_bestValLoss = metrics.valLoss;
        m_bestEpoch = metrics.epoch;
        for (QCPItemStraightLine *line : {m_bestLoss, m_bestAccuracy}) {
            line->point1->setCoords(m_bestEpoch, 0);
            line->point2->setCoords(m_bestEpoch, 1);
            line->setVisible(true);
        }
    }
    scheduleReplot();
}

void TrainingPlots::showEpochs(const QVector<EpochMetrics> &epochs)
{
    clear();
    for (const EpochMetrics &m : epochs) {
        addEpoch(m);
        if (m.learningRate > 0.0)
            m_learningRate->addData(m.epoch, m.learningRate);
    }
    replot();
}

int TrainingPlots::learningRatePointCount() const
{
    return m_learningRate->dataCount();
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

void TrainingPlots::setOverlays(const QVector<RunCurve> &runs)
{
    for (QCPGraph *graph : std::as_const(m_overlays))
        graph->parentPlot()->removeGraph(graph);
    m_overlays.clear();
    static const QList<QColor> colors = {QColor(176, 122, 161), QColor(156, 117, 95), QColor(118, 183, 178),
                                         QColor(237, 201, 72), QColor(186, 176, 172)};
    for (int i = 0; i < runs.size(); ++i) {
        const QColor color = colors.at(i % colors.size());
        QCPGraph *loss = m_loss->addGraph();
        QCPGraph *accuracy = m_accuracy->addGraph();
        for (QCPGraph *graph : {loss, accuracy}) {
            graph->setPen(QPen(color, 1.5, Qt::DashLine));
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 4));
        }
        loss->setName(tr("run %1, validation loss").arg(runs.at(i).label));
        accuracy->setName(tr("run %1, validation accuracy").arg(runs.at(i).label));
        for (const EpochMetrics &m : runs.at(i).epochs) {
            loss->addData(m.epoch, m.valLoss);
            accuracy->addData(m.epoch, m.valAccuracy * 100.0);
        }
        m_overlays << loss << accuracy;
    }
    scheduleReplot();
}

void TrainingPlots::setLogScale(bool on)
{
    if (m_logScale->isChecked() != on)
        m_logScale->setChecked(on);
    m_loss->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    replot();
    m_loss->replot();   // at once: a save right after the toggle shows the new scale
}

bool TrainingPlots::saveImage(const QString &path) const
{
    const int width = std::max(800, m_loss->width());
    const int height = std::max(300, m_loss->height());
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(width, 2 * height), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        QPainter painter(&pdf);
        if (!painter.isActive())
            return false;
        painter.drawPixmap(0, 0, m_loss->toPixmap(width, height));
        painter.drawPixmap(0, height, m_accuracy->toPixmap(width, height));
        return true;
    }
    return renderImage(width, height).save(path);
}

QImage TrainingPlots::renderImage(int width, int plotHeight) const
{
    QImage both(width, 2 * plotHeight, QImage::Format_RGB32);
    both.fill(Qt::white);
    QPainter painter(&both);
    painter.drawPixmap(0, 0, m_loss->toPixmap(width, plotHeight));
    painter.drawPixmap(0, plotHeight, m_accuracy->toPixmap(width, plotHeight));
    painter.end();
    return both;
}

bool TrainingPlots::exportCsv(const QString &path) const
{
    QByteArray text = "epoch,train_loss,train_accuracy,val_loss,val_accuracy\n";
    for (int i = 0; i < m_valAccuracy->dataCount(); ++i) {
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(m_trainLoss->data()->at(i)->key)
                    .arg(m_trainLoss->data()->at(i)->value, 0, 'g', 8)
                    .arg(m_trainAccuracy->data()->at(i)->value / 100.0, 0, 'g', 8)
                    .arg(m_valLoss->data()->at(i)->value, 0, 'g', 8)
                    .arg(m_valAccuracy->data()->at(i)->value / 100.0, 0, 'g', 8)
                    .toUtf8();
    }
    text += "\nepoch_position,batch_loss,learning_rate\n";
    const bool rates = m_learningRate->dataCount() == m_batchLoss->dataCount();
    for (int i = 0; i < m_batchLoss->dataCount(); ++i)
        text += QStringLiteral("%1,%2,%3\n")
                    .arg(m_batchLoss->data()->at(i)->key, 0, 'g', 8)
                    .arg(m_batchLoss->data()->at(i)->value, 0, 'g', 8)
                    .arg(rates ? QString::number(m_learningRate->data()->at(i)->value, 'g', 8) : QString())
                    .toUtf8();
    return writeFileAtomically(path, text);
}

void TrainingPlots::showValueAt(QCustomPlot *plot, QMouseEvent *event)
{
    // The nearest point of any curve within 12 px, as a tooltip.
    double best = 12.0;
    QString text;
    for (int g = 0; g < plot->graphCount(); ++g) {
        QCPGraph *graph = plot->graph(g);
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            const double dx = graph->keyAxis()->coordToPixel(it->key) - event->position().x();
            const double dy = graph->valueAxis()->coordToPixel(it->value) - event->position().y();
            const double distance = std::hypot(dx, dy);
            if (distance < best) {
                best = distance;
                text = tr("%1\nepoch %2: %3").arg(graph->name()).arg(it->key, 0, 'f', 2).arg(it->value, 0, 'g', 4);
            }
        }
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, plot);
}

void TrainingPlots::replot()
{
    // Curves without points (batch loss of a run shown from its record) stay out of the legend.
    for (QCustomPlot *plot : {m_loss, m_accuracy}) {
        for (int g = 0; g < plot->graphCount(); ++g) {
            if (plot->graph(g)->dataCount() > 0)
                plot->graph(g)->addToLegend();
            else
                plot->graph(g)->removeFromLegend();
        }
        plot->legend->setVisible(plot->legend->itemCount() > 0);
    }
    m_loss->rescaleAxes();
    if (m_learningRate->dataCount() > 0)
        m_loss->yAxis2->setRangeLower(0);
    if (m_loss->yAxis->scaleType() == QCPAxis::stLinear)
        m_loss->yAxis->setRangeLower(0);
    m_loss->xAxis->setRangeLower(0);
    m_accuracy->xAxis->setRange(0, std::max(1.0, m_loss->xAxis->range().upper));
    m_accuracy->yAxis->setRange(0, 101);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_accuracy->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Hone
