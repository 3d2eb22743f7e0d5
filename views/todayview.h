#pragma once

#include "itemmodels/todaymodel.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace csm {

class AccountWork;

/// What the CSM owes today: every due and overdue playbook step and action item across the book,
/// by due date then ARR. Enter or double-click opens the account; Mark Done ticks the item off
/// (undoable). Read on a worker thread; refreshed when work changes anywhere in the book.
class TodayView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayView)

public:
    explicit TodayView(QWidget *parent = nullptr);

    void setWork(AccountWork *work);
    /// Reads the list again (soon, coalescing bursts of changes).
    void reload();

    TodayModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summary() const;
    /// Marks the selected item done.
    void markSelectedDone();

signals:
    void accountRequested(qint64 accountId);
    /// A read finished and the list shows it.
    void loaded(int items);

private:
    void startRead();
    void openSelected();
    void updateButtons();
    /// The Due column's width, from the longest text it can show in the current language.
    int dueColumnWidth() const;

    QPointer<AccountWork> m_work;
    TodayModel *m_model;
    QLabel *m_summary;
    QComboBox *m_horizon;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_done;
    QTimer *m_reloadTimer;
    QFutureWatcher<Result<QList<TodayItem>>> m_watcher;
    QDate m_readFor;
    bool m_pending = false;
};

} // namespace csm
