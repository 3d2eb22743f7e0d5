#include "segmentationrulesdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace csm {

namespace {

QDoubleSpinBox *percentBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(0);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value * 100.0);
    return box;
}

QDoubleSpinBox *moneyBox(qint64 cents, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1e12);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    box->setPrefix(QStringLiteral("$ "));
    box->setSingleStep(5000);
    box->setValue(double(cents) / 100.0);
    return box;
}

} // namespace

SegmentationRulesDialog::SegmentationRulesDialog(const SegmentationRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_byShare(new QRadioButton(tr("By share of the book, ranked by ARR"), this))
    , m_byThreshold(new QRadioButton(tr("By ARR thresholds"), this))
    , m_highShare(percentBox(rules.highShare, this))
    , m_midShare(percentBox(rules.midShare, this))
    , m_highMin(moneyBox(rules.highMinArrCents, this))
    , m_midMin(moneyBox(rules.midMinArrCents, this))
{
    setWindowTitle(tr("Segmentation Rules"));
    auto *shareForm = new QFormLayout;
    shareForm->addRow(tr("High-touch: top"), m_highShare);
    shareForm->addRow(tr("Mid-touch: next"), m_midShare);
    shareForm->addRow(new QLabel(tr("Tech-touch: the rest."), this));
    auto *thresholdForm = new QFormLayout;
    thresholdForm->addRow(tr("High-touch from ARR"), m_highMin);
    thresholdForm->addRow(tr("Mid-touch from ARR"), m_midMin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_byShare);
    layout->addLayout(shareForm);
    layout->addWidget(m_byThreshold);
    layout->addLayout(thresholdForm);
    layout->addWidget(new QLabel(tr("Accounts with a segment set by hand keep it."), this));
    layout->addWidget(buttons);

    (rules.mode == SegmentationRules::Mode::Share ? m_byShare : m_byThreshold)->setChecked(true);
    updateEnabled();
    connect(m_byShare, &QRadioButton::toggled, this, &SegmentationRulesDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto valid = this->rules().validate(); !valid) {
            QMessageBox::warning(this, windowTitle(), valid.errorMessage());
            return;
        }
        accept();
    });
}

void SegmentationRulesDialog::updateEnabled()
{
    const bool share = m_byShare->isChecked();
    m_highShare->setEnabled(share);
    m_midShare->setEnabled(share);
    m_highMin->setEnabled(!share);
    m_midMin->setEnabled(!share);
}

SegmentationRules SegmentationRulesDialog::rules() const
{
    SegmentationRules rules;
    rules.mode = m_byShare->isChecked() ? SegmentationRules::Mode::Share : SegmentationRules::Mode::Threshold;
    rules.highShare = m_highShare->value() / 100.0;
    rules.midShare = m_midShare->value() / 100.0;
    rules.highMinArrCents = qint64(m_highMin->value() * 100.0);
    rules.midMinArrCents = qint64(m_midMin->value() * 100.0);
    return rules;
}

} // namespace csm
