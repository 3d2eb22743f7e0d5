#pragma once

#include "accountprofile.h"
#include "democontext.h"
#include "domain/account.h"
#include "domain/contact.h"
#include "domain/result.h"

#include <QRandomGenerator>
#include <QVarLengthArray>

namespace csm {
class ContactRepository;
}

namespace csm::demo {

/// Writes the people of each account: 2–6 contacts with roles, titles, e-mails at the account's
/// domain, a champion for most accounts and last-touch dates that fit the account's story.
/// One writer serves a whole run so contact CRM ids ("CON-0000042") stay unique and scratch values
/// are reused.
class ContactWriter final
{
public:
    explicit ContactWriter(const ContactRepository &repository)
        : m_repository(repository)
    { }

    /// Writes the contacts of `account` (already stored: it needs the id). Returns how many.
    Result<int> write(const Account &account, const AccountProfile &profile, QRandomGenerator &rng,
        const DemoContext &context);

    /// Row ids of the contacts written by the last write(), for attributing survey answers.
    const QVarLengthArray<qint64, 8> &lastIds() const { return m_ids; }

private:
    const ContactRepository &m_repository;
    qint64 m_serial = 0;
    Contact m_contact;
    QVarLengthArray<qint64, 8> m_ids;
    QVarLengthArray<QString, 8> m_localParts; ///< e-mail local parts taken in the current account
};

} // namespace csm::demo
