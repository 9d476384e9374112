#pragma once

// Asks for train/val/test ratios and a seed for the stratified split.

#include "dataset/splitter.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace Hone {

class SplitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SplitDialog(QWidget *parent = nullptr);

    SplitRatios ratios() const;
    quint64 seed() const;

private:
    QDoubleSpinBox *m_train;
    QDoubleSpinBox *m_val;
    QDoubleSpinBox *m_test;
    QSpinBox *m_seed;
};

} // namespace Hone
