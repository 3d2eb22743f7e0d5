#pragma once

#include "itemmodels/accountfilter.h"
#include "itemmodels/bookproxymodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTabBar;

namespace csm {

/// Segment tabs with each segment's count and ARR, search-as-you-type, and the owner, stage and
/// renewal-window filters above the book list.
class BookFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookFilterBar)

public:
    explicit BookFilterBar(QWidget *parent = nullptr);

    AccountFilter filter() const;
    void setFilter(const AccountFilter &filter);

    void setOwners(const QStringList &owners);
    void setTotals(const BookProxyModel::Totals &totals);
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

signals:
    void filterChanged(const csm::AccountFilter &filter);

private:
    void emitChanged();

    QTabBar *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_owner;
    QComboBox *m_stage;
    QComboBox *m_renewal;
    QComboBox *m_health;
    bool m_updating = false;
};

} // namespace csm
