#pragma once

#include "playbooks/playbook.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace csm {

class AccountWork;

/// The playbooks of one account: each run with its progress, and its checklist. Checking a step
/// stamps who and when; a step can be skipped with a reason; a run completes or is cancelled with a
/// reason. Due and overdue steps say so in words and stand out. Step moves are undoable.
class PlaybooksView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybooksView)

public:
    explicit PlaybooksView(QWidget *parent = nullptr);

    void setWork(AccountWork *work);
    /// Shows the account's runs (read again from the book).
    void showAccount(qint64 accountId);
    void refresh() { showAccount(m_accountId); }

    QTreeWidget *tree() const { return m_tree; }
    /// The tree item of a step, for tests and keyboard users.
    QTreeWidgetItem *stepItem(qint64 stepId) const;

    // The actions on the current selection (dialogs ask for reasons first).
    void startSelectedPlaybook();
    void skipCurrentStep(const QString &reason);
    void completeCurrentRun();
    void cancelCurrentRun(const QString &reason);

private:
    enum Role { RunIdRole = Qt::UserRole + 1, StepIdRole, StatusRole };
    void fill(const QList<PlaybookRun> &runs);
    void reloadTemplates();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updateButtons();
    qint64 currentRunId() const;

    QPointer<AccountWork> m_work;
    qint64 m_accountId = 0;
    bool m_filling = false;
    QComboBox *m_templates;
    QPushButton *m_start;
    QTreeWidget *m_tree;
    QLabel *m_guidance;
    QPushButton *m_skip;
    QPushButton *m_complete;
    QPushButton *m_cancel;
};

} // namespace csm
