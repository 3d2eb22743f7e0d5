#include "segmentationruleseditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace csm {

namespace {

QDoubleSpinBox *percentBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(0);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

QDoubleSpinBox *moneyBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1e12);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    box->setPrefix(QStringLiteral("$ "));
    box->setSingleStep(5000);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("$ 000,000,000,000")) + 32);
    return box;
}

} // namespace

SegmentationRulesEditor::SegmentationRulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_byShare(new QRadioButton(tr("By share of the book, ranked by ARR"), this))
    , m_byThreshold(new QRadioButton(tr("By ARR thresholds"), this))
    , m_highShare(percentBox(this))
    , m_midShare(percentBox(this))
    , m_highMin(moneyBox(this))
    , m_midMin(moneyBox(this))
{
    m_highShare->setAccessibleName(tr("High-touch share"));
    m_midShare->setAccessibleName(tr("Mid-touch share"));
    m_highMin->setAccessibleName(tr("High-touch minimum ARR"));
    m_midMin->setAccessibleName(tr("Mid-touch minimum ARR"));
    // Each rule's numbers sit under its choice, at the width numbers need.
    const auto indented = [this](QFormLayout *form) {
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        form->setContentsMargins(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8, 0, 0, 8);
        return form;
    };
    auto *shareForm = indented(new QFormLayout);
    shareForm->addRow(tr("High-touch: top"), m_highShare);
    shareForm->addRow(tr("Mid-touch: next"), m_midShare);
    shareForm->addRow(new QLabel(tr("Tech-touch: the rest."), this));
    auto *thresholdForm = indented(new QFormLayout);
    thresholdForm->addRow(tr("High-touch from ARR"), m_highMin);
    thresholdForm->addRow(tr("Mid-touch from ARR"), m_midMin);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_byShare);
    layout->addLayout(shareForm);
    layout->addWidget(m_byThreshold);
    layout->addLayout(thresholdForm);
    auto *note = new QLabel(tr("Accounts with a segment set by hand keep it."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    setRules(SegmentationRules {});
    connect(m_byShare, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        emit edited();
    });
    for (QDoubleSpinBox *box : { m_highShare, m_midShare, m_highMin, m_midMin })
        connect(box, &QDoubleSpinBox::valueChanged, this, &SegmentationRulesEditor::edited);
}

void SegmentationRulesEditor::setRules(const SegmentationRules &rules)
{
    (rules.mode == SegmentationRules::Mode::Share ? m_byShare : m_byThreshold)->setChecked(true);
    m_highShare->setValue(rules.highShare * 100.0);
    m_midShare->setValue(rules.midShare * 100.0);
    m_highMin->setValue(double(rules.highMinArrCents) / 100.0);
    m_midMin->setValue(double(rules.midMinArrCents) / 100.0);
    updateEnabled();
}

void SegmentationRulesEditor::updateEnabled()
{
    const bool share = m_byShare->isChecked();
    m_highShare->setEnabled(share);
    m_midShare->setEnabled(share);
    m_highMin->setEnabled(!share);
    m_midMin->setEnabled(!share);
}

SegmentationRules SegmentationRulesEditor::rules() const
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
