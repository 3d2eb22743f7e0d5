#pragma once

#include <QUndoCommand>
#include <QVariantMap>

namespace csm {

class BookSession;

/// Changes CRM-owned fields of an account (name, domain, owner, ARR, renewal date, stage); undo
/// writes the previous values back. For an account that came from a CRM, the change waits to be
/// written back by the next sync, and undoing it withdraws it.
class AccountEditCommand final : public QUndoCommand
{
public:
    AccountEditCommand(BookSession *session, qint64 accountId, const QString &accountName, QVariantMap oldValues,
                       QVariantMap newValues);

    void redo() override;
    void undo() override;

private:
    BookSession *m_session;
    qint64 m_accountId;
    QVariantMap m_old;
    QVariantMap m_new;
};

} // namespace csm
