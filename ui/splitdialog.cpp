#include "splitdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Hone {

SplitDialog::SplitDialog(QWidget *parent)
    : QDialog(parent)
    , m_train(new QDoubleSpinBox(this))
    , m_val(new QDoubleSpinBox(this))
    , m_test(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
{
    setWindowTitle(tr("Split Dataset"));
    for (QDoubleSpinBox *box : {m_train, m_val, m_test}) {
        box->setRange(0.0, 1.0);
        box->setSingleStep(0.05);
        box->setDecimals(2);
    }
    m_train->setValue(0.7);
    m_val->setValue(0.15);
    m_test->setValue(0.15);
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(42);
    auto *form = new QFormLayout(this);
    auto *note = new QLabel(tr("Every class is split in these proportions (stratified). The same seed "
                               "gives the same split; unlabeled images are left out."), this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Training:"), m_train);
    form->addRow(tr("&Validation:"), m_val);
    form->addRow(tr("T&est:"), m_test);
    form->addRow(tr("&Seed:"), m_seed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_train->value() + m_val->value() + m_test->value() > 0);
    };
    for (QDoubleSpinBox *box : {m_train, m_val, m_test})
        connect(box, &QDoubleSpinBox::valueChanged, this, validate);
}

SplitRatios SplitDialog::ratios() const
{
    return SplitRatios{m_train->value(), m_val->value(), m_test->value()};
}

quint64 SplitDialog::seed() const
{
    return quint64(m_seed->value());
}

} // namespace Hone
