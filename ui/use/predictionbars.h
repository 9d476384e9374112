#pragma once

// The top classes of one prediction as horizontal bars: class name, a bar as long as the
// calibrated probability, and the percentage. The best class is drawn in the highlight colour
// when the prediction is known, in a muted one when it is "unknown".

#include <QVector>
#include <QWidget>

namespace Hone {

struct Prediction;

class PredictionBars : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString name;
        double probability = 0.0;
    };

    explicit PredictionBars(QWidget *parent = nullptr);

    // The k most probable classes of a prediction, most probable first.
    static QVector<Row> topClasses(const Prediction &prediction, const QStringList &classNames, int k);
    // "97 %", "<1 %".
    static QString percent(double probability);

    void setRows(const QVector<Row> &rows, bool known);
    void clear() { setRows({}, true); }
    const QVector<Row> &rows() const { return m_rows; }
    bool isKnown() const { return m_known; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    QVector<Row> m_rows;
    bool m_known = true;
};

} // namespace Hone
