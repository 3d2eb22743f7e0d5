#include "timelineview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QListView>
#include <QVBoxLayout>

namespace csm {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_list(new QListView(this))
{
    setAccessibleName(tr("Account timeline"));
    auto *filters = new QHBoxLayout;
    filters->setSpacing(10);
    for (TimelineEntry::Kind kind : AllTimelineKinds) {
        auto *box = new QCheckBox(timelineKindDisplayName(kind), this);
        box->setChecked(true);
        box->setObjectName(QStringLiteral("timeline_") + timelineKindKey(kind));
        connect(box, &QCheckBox::toggled, this, [this, kind](bool on) { m_model->setKindVisible(kind, on); });
        filters->addWidget(box);
    }
    filters->addStretch(1);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Timeline entries"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
}

void TimelineView::setEntries(const QList<TimelineEntry> &entries)
{
    m_model->setEntries(entries);
}

} // namespace csm
