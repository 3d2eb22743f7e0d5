#pragma once

#include "timeline/timeline.h"

#include <QAbstractTableModel>

namespace csm {

/// What is owed today across the book: due and overdue playbook steps and action items, by due date
/// then ARR. Overdue rows say so in words (and OverdueRole), never by colour alone.
class TodayModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayModel)

public:
    enum Column { DueColumn, AccountColumn, ArrColumn, ItemColumn, SourceColumn, OwnerColumn, ColumnCount };
    enum Role { OverdueRole = Qt::UserRole + 1, AccountIdRole, ItemIdRole, ItemKindRole };

    explicit TodayModel(QObject *parent = nullptr);

    void setItems(const QList<TodayItem> &items, const QDate &today);
    const TodayItem &itemAt(int row) const { return m_items.at(row); }
    /// Drops one item (checked off) without a reload.
    void removeItem(TodayItem::Kind kind, qint64 id);
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TodayItem> m_items;
    QDate m_today;
};

} // namespace csm
