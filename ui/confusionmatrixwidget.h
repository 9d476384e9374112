#pragma once

// A confusion-matrix heat map: counts or row percentages in every cell, the row-normalised share
// as the colour (blue on the diagonal, red off it) with a colour scale, class names on both axes
// (row = true class, column = predicted class), shrinking and eliding to stay readable at 30
// classes, where a cell's tooltip gives its numbers. Clicking a cell asks for its images.

#include <QFont>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>
#include <tuple>

namespace Hone {

class ConfusionMatrixWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionMatrixWidget(QWidget *parent = nullptr);

    void setClassNames(const QStringList &names);
    void setMatrix(const QVector<int> &counts, const QString &caption);
    void clear();
    void setShowPercentages(bool on);
    bool showPercentages() const { return m_percentages; }

    const QVector<int> &counts() const { return m_counts; }
    int total() const;
    QString caption() const { return m_caption; }
    // The (true, predicted) cell under a widget position, or (-1, -1).
    QPair<int, int> cellAt(const QPoint &pos) const;

    QSize minimumSizeHint() const override { return QSize(240, 220); }

Q_SIGNALS:
    void cellClicked(int trueClass, int predictedClass);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect gridRect() const;
    int labelWidth() const;
    QFont labelFont() const;

    QStringList m_names;
    QVector<int> m_counts;
    QString m_caption;
    bool m_percentages = false;
    mutable std::optional<int> m_labelWidthCache;
    mutable std::tuple<QSize, QStringList, QFont> m_labelWidthKey;
};

} // namespace Hone
