#pragma once

#include "itemmodels/timelinemodel.h"

#include <QWidget>

class QListView;

namespace csm {

/// One account's history in one list, latest first: meetings, playbook events, health changes and
/// overrides, NPS answers, tickets and CRM changes, each kind switched on or off by a check box.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setEntries(const QList<TimelineEntry> &entries);
    TimelineModel *model() const { return m_model; }

private:
    TimelineModel *m_model;
    QListView *m_list;
};

} // namespace csm
