#pragma once

#include "timeline/timeline.h"

#include <QAbstractListModel>
#include <QSet>

namespace csm {

/// An account's timeline as a list, filterable by kind. Display is "day · title"; the detail is the
/// tooltip and DetailRole.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Role { KindRole = Qt::UserRole + 1, DayRole, TitleRole, DetailRole, RefIdRole };

    explicit TimelineModel(QObject *parent = nullptr);

    void setEntries(const QList<TimelineEntry> &entries);
    void setKindVisible(TimelineEntry::Kind kind, bool visible);
    bool isKindVisible(TimelineEntry::Kind kind) const { return !m_hidden.contains(kind); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<TimelineEntry> m_all;
    QList<TimelineEntry> m_shown;
    QSet<TimelineEntry::Kind> m_hidden;
};

} // namespace csm
