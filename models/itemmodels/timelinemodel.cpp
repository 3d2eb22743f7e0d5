#include "timelinemodel.h"

#include <QLocale>
#include <QTextDocument>

namespace csm {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setEntries(const QList<TimelineEntry> &entries)
{
    m_all = entries;
    refilter();
}

void TimelineModel::setKindVisible(TimelineEntry::Kind kind, bool visible)
{
    if (visible == isKindVisible(kind))
        return;
    if (visible)
        m_hidden.remove(kind);
    else
        m_hidden.insert(kind);
    refilter();
}

void TimelineModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const TimelineEntry &e : std::as_const(m_all))
        if (!m_hidden.contains(e.kind))
            m_shown.append(e);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLocale().toString(e.day, QLocale::ShortFormat) + QStringLiteral(" · ") + e.title
                       + (e.detail.isEmpty() ? QString() : QStringLiteral("\n") + e.detail));
    // Tooltips render rich text when it looks like markup; a note or a lead's comment is plain text.
    case Qt::ToolTipRole: return e.detail.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(e.detail, Qt::WhiteSpaceNormal));
    case Qt::AccessibleTextRole: return QString(timelineKindDisplayName(e.kind) + u": " + e.title);
    case KindRole: return int(e.kind);
    case DayRole: return e.day;
    case TitleRole: return e.title;
    case DetailRole: return e.detail;
    case RefIdRole: return e.refId;
    default: return {};
    }
}

} // namespace csm
