#pragma once

#include "companynamer.h"
#include "democontacts.h"
#include "democontext.h"
#include "demogenerator.h"
#include "demotickets.h"
#include "domain/account.h"
#include "store/accountrepository.h"
#include "store/activityrepository.h"
#include "store/contactrepository.h"

namespace csm::demo {

/// Writes demo accounts one at a time, each with its contacts, usage, surveys and tickets, through
/// one set of repositories (and so one set of prepared statements) for the whole run. Accounts must
/// be written in index order: names and CRM ids of later accounts depend on the earlier ones.
class DemoAccountWriter final
{
public:
    DemoAccountWriter(const QSqlDatabase &db, DemoContext context);
    Q_DISABLE_COPY_MOVE(DemoAccountWriter)

    /// Checks the store has no accounts yet; call inside the run's transaction.
    Status checkEmpty() const;

    /// Writes account `index` (0-based) and everything that belongs to it.
    Status write(int index);

    const DemoStats &stats() const { return m_stats; }

private:
    DemoContext m_context;
    AccountRepository m_accounts;
    ContactRepository m_contactRepository;
    ActivityRepository m_activity;
    CompanyNamer m_namer;
    ContactWriter m_contacts;
    TicketWriter m_tickets;
    Account m_account; ///< reused across accounts to keep string buffers
    DemoStats m_stats;
};

} // namespace csm::demo
