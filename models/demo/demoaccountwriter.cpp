#include "demoaccountwriter.h"

#include "accountprofile.h"
#include "demorandom.h"
#include "demosurveys.h"
#include "demousage.h"

#include <QObject>

namespace csm::demo {

DemoAccountWriter::DemoAccountWriter(const QSqlDatabase &db, DemoContext context)
    : m_context(std::move(context))
    , m_accounts(db)
    , m_contactRepository(db)
    , m_activity(db)
    , m_contacts(m_contactRepository)
    , m_tickets(m_activity)
{ }

Status DemoAccountWriter::checkEmpty() const
{
    const auto count = m_accounts.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error { QObject::tr("the book already has %n account(s); demo data goes into an empty book",
            nullptr, int(qMin<qint64>(*count, INT_MAX))) };
    return {};
}

Status DemoAccountWriter::write(int index)
{
    const quint64 seed = m_context.seed;
    QRandomGenerator profileRng = streamGenerator(seed, index, Stream::Profile);
    const AccountProfile profile = drawAccount(profileRng, m_context, m_account);
    m_account.id = 0;
    m_account.crmId = QStringLiteral("ACC-%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    QRandomGenerator nameRng = streamGenerator(seed, index, Stream::Name);
    m_namer.next(nameRng, m_account.name, m_account.domain);
    if (auto status = m_accounts.insert(m_account); !status)
        return status;
    ++m_stats.accounts;

    QRandomGenerator contactRng = streamGenerator(seed, index, Stream::Contacts);
    const auto contacts = m_contacts.write(m_account, profile, contactRng, m_context);
    if (!contacts)
        return contacts.error();
    m_stats.contacts += *contacts;

    // The shape and the samples share the usage stream; surveys and tickets only read the shape.
    QRandomGenerator usageRng = streamGenerator(seed, index, Stream::Usage);
    const UsageShape shape = drawUsageShape(usageRng, profile, m_context);
    const auto samples = writeUsage(m_activity, m_account.id, profile, shape, usageRng, m_context);
    if (!samples)
        return samples.error();
    m_stats.usageSamples += *samples;

    QRandomGenerator surveyRng = streamGenerator(seed, index, Stream::Surveys);
    const auto &ids = m_contacts.lastIds();
    const auto surveys = writeSurveys(m_activity, m_account, profile, shape,
        std::span<const qint64>(ids.constData(), ids.size()), surveyRng, m_context);
    if (!surveys)
        return surveys.error();
    m_stats.surveys += *surveys;

    QRandomGenerator ticketRng = streamGenerator(seed, index, Stream::Tickets);
    const auto tickets = m_tickets.write(m_account, profile, shape, ticketRng, m_context);
    if (!tickets)
        return tickets.error();
    m_stats.tickets += *tickets;
    return {};
}

} // namespace csm::demo
