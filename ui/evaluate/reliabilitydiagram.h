#pragma once

// The reliability diagram of a run: per confidence bin, how often the model was right against how
// sure it was, before and after temperature scaling. A calibrated model's bars meet the diagonal;
// bars below it are over-confidence. The title gives the expected calibration error of both.
// Painted with QPainter, so the report draws the same picture into its pages.

#include "analysis/calibration.h"

#include <QWidget>

namespace Hone {

struct ReliabilityData
{
    QVector<ReliabilityBin> before, after;
    double eceBefore = 0.0, eceAfter = 0.0;
    double temperature = 1.0;
    int images = 0;
    QString note;   // e.g. why no temperature was fitted

    bool isEmpty() const { return images == 0; }
    // From an evaluation's softmax probabilities (rows × classes) and the run's temperature.
    static ReliabilityData fromProbabilities(const QVector<float> &probabilities, int classes,
                                             const QVector<int> &labels, double temperature);
};

class ReliabilityDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit ReliabilityDiagram(QWidget *parent = nullptr);

    void setData(const ReliabilityData &data);
    const ReliabilityData &data() const { return m_data; }
    QSize sizeHint() const override { return {320, 260}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

    static void paint(QPainter &painter, const QRect &rect, const ReliabilityData &data, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ReliabilityData m_data;
};

} // namespace Hone
