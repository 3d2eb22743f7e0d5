#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace csm {

/// One thing that happened to an account, for its timeline.
struct TimelineEntry
{
    enum class Kind : quint8 { Meeting, Playbook, Health, Nps, Ticket, CrmChange, ReviewComment };

    Kind kind = Kind::Meeting;
    QDate day;
    QDateTime at;    ///< when known more precisely than the day (sorting within a day)
    QString title;   ///< one line: "QBR: Q3 review", "Health entered red"
    QString detail;  ///< more words, may be empty
    qint64 refId = 0; ///< the meeting, run, survey, ticket or review comment it refers to
};

inline constexpr std::array AllTimelineKinds { TimelineEntry::Kind::Meeting, TimelineEntry::Kind::Playbook,
                                               TimelineEntry::Kind::Health,  TimelineEntry::Kind::Nps,
                                               TimelineEntry::Kind::Ticket,  TimelineEntry::Kind::CrmChange,
                                               TimelineEntry::Kind::ReviewComment };

QString timelineKindKey(TimelineEntry::Kind kind);
QString timelineKindDisplayName(TimelineEntry::Kind kind);

/// Merges an account's meetings, playbook events, health band changes and overrides, NPS answers,
/// tickets, CRM field changes and a team lead's review comments into one list, latest first.
/// Review comments are matched by the account's CRM id: those imported from a lead's file, and a
/// lead's own ones about this very book (not the ones about other CSMs' books that share an id).
class TimelineReader final
{
public:
    explicit TimelineReader(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<TimelineEntry>> read(qint64 accountId) const;

private:
    QSqlDatabase m_db;
};

/// Something owed today: a playbook step or a meeting's action item that is due or overdue.
struct TodayItem
{
    enum class Kind : quint8 { PlaybookStep, ActionItem };

    Kind kind = Kind::PlaybookStep;
    qint64 id = 0;        ///< the step or the action item
    qint64 accountId = 0;
    QString accountName;
    qint64 arrCents = 0;
    QString currency;
    QString title;
    QString source;       ///< the playbook's name or the meeting's title
    QString owner;        ///< owner role of a step, owner of an action item
    QDate dueOn;
};

/// Every open playbook step (of open runs) and open action item due on or before `until`, sorted by
/// due date, then by ARR (largest first).
class TodayReader final
{
public:
    explicit TodayReader(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<TodayItem>> read(const QDate &until) const;

private:
    QSqlDatabase m_db;
};

} // namespace csm
