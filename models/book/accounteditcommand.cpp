#include "accounteditcommand.h"

#include "booksession.h"

#include <QCoreApplication>

namespace csm {

AccountEditCommand::AccountEditCommand(BookSession *session, qint64 accountId, const QString &accountName,
                                       QVariantMap oldValues, QVariantMap newValues)
    : m_session(session)
    , m_accountId(accountId)
    , m_old(std::move(oldValues))
    , m_new(std::move(newValues))
{
    setText(QCoreApplication::translate("csm::AccountEditCommand", "Edit %1").arg(accountName));
}

void AccountEditCommand::redo()
{
    if (!m_session->writeAccountFields(m_accountId, m_new))
        setObsolete(true);
}

void AccountEditCommand::undo()
{
    // A failed write is reported by the session; the stack cannot refuse an undo.
    static_cast<void>(m_session->writeAccountFields(m_accountId, m_old));
}

} // namespace csm
