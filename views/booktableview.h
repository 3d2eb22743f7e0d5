#pragma once

#include "domain/segment.h"

#include <QTableView>

#include <optional>

namespace csm {

/// The book list: sorted by clicking headers, no per-row sizing (so 100,000 rows stay smooth),
/// and a context menu to set or clear an account's manual segment.
class BookTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookTableView)

public:
    explicit BookTableView(QWidget *parent = nullptr);

    /// The account id of the current row, or 0.
    qint64 currentAccountId() const;
    /// Makes the row of `accountId` current and visible, if it is shown.
    bool selectAccount(qint64 accountId);

signals:
    void currentAccountChanged(qint64 accountId);
    void segmentOverrideRequested(qint64 accountId, std::optional<csm::Segment> segment);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace csm
