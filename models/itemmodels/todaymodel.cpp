#include "todaymodel.h"

#include "bookmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace csm {

TodayModel::TodayModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TodayModel::setItems(const QList<TodayItem> &items, const QDate &today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

void TodayModel::removeItem(TodayItem::Kind kind, qint64 id)
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).kind == kind && m_items.at(row).id == id) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
            return;
        }
}

int TodayModel::overdueCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [this](const TodayItem &i) { return i.dueOn < m_today; }));
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TodayItem &item = m_items.at(index.row());
    const qint64 late = item.dueOn.daysTo(m_today);
    switch (role) {
    case OverdueRole: return late > 0;
    case AccountIdRole: return item.accountId;
    case ItemIdRole: return item.id;
    case ItemKindRole: return int(item.kind);
    case Qt::FontRole:
        if (late > 0 && index.column() == DueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return late > 0 && index.column() == DueColumn ? QVariant(QBrush(QColor(0xc0, 0x39, 0x2b))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ArrColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == DueColumn ? QVariant(QLocale().toString(item.dueOn, QLocale::LongFormat)) : QVariant();
    case Qt::EditRole:
        switch (index.column()) {
        case DueColumn: return item.dueOn;
        case ArrColumn: return item.arrCents;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            if (late > 0)
                return tr("%n day(s) overdue", nullptr, int(late));
            if (late == 0)
                return tr("Today");
            return QLocale().toString(item.dueOn, QLocale::ShortFormat);
        case AccountColumn: return item.accountName;
        case ArrColumn: return formatMoney(QLocale(), item.arrCents, item.currency);
        case ItemColumn: return item.title;
        case SourceColumn:
            return (item.kind == TodayItem::Kind::PlaybookStep ? tr("Playbook: %1") : tr("Meeting: %1")).arg(item.source);
        case OwnerColumn: return item.owner;
        default: return {};
        }
    default: return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn: return tr("Due");
    case AccountColumn: return tr("Account");
    case ArrColumn: return tr("ARR");
    case ItemColumn: return tr("What");
    case SourceColumn: return tr("From");
    case OwnerColumn: return tr("Owner");
    default: return {};
    }
}

} // namespace csm
