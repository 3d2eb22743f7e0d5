#include "democontacts.h"

#include "asciifold.h"
#include "demorandom.h"
#include "demowords.h"
#include "store/contactrepository.h"

namespace csm::demo {

namespace {

enum class Role : quint8 { Champion, ExecutiveSponsor, Admin, Billing, EndUser };

struct RoleInfo
{
    const char16_t *name;
    Words (*titles)();
    int minTouchLag; ///< days after the account's latest touch this role was last spoken to
    int maxTouchLag;
};

const RoleInfo &info(Role role)
{
    static const RoleInfo Infos[] = {
        { u"Champion", words::championTitles, 0, 10 },
        { u"Executive sponsor", words::executiveTitles, 5, 90 },
        { u"Admin", words::adminTitles, 0, 45 },
        { u"Billing", words::billingTitles, 10, 150 },
        { u"End user", words::endUserTitles, 10, 120 },
    };
    return Infos[int(role)];
}

int contactCount(Dice &dice, int seats)
{
    if (seats < 20)
        return dice.between(2, 3);
    if (seats < 100)
        return dice.between(3, 5);
    return dice.between(4, 6);
}

/// Days since anyone at the account last heard from its CSM. Named CSMs keep their healthy accounts
/// warm; pooled accounts and slipping ones go quiet.
int daysSinceAccountTouch(Dice &dice, const AccountProfile &profile)
{
    int days = 0;
    switch (profile.pattern) {
    case Pattern::Healthy:
        days = profile.named ? dice.between(0, 21) : dice.between(7, 90);
        break;
    case Pattern::Growing:
        days = profile.named ? dice.between(0, 14) : dice.between(3, 60);
        break;
    case Pattern::Declining:
        days = profile.named ? dice.between(15, 120) : dice.between(30, 200);
        break;
    case Pattern::Recovering:
        days = profile.named ? dice.between(0, 30) : dice.between(10, 90);
        break;
    }
    if (!profile.newLogo && dice.chance(0.08))
        days += dice.between(90, 200); // the account fell off everybody's radar
    return days;
}

} // namespace

Result<int> ContactWriter::write(
    const Account &account, const AccountProfile &profile, QRandomGenerator &rng, const DemoContext &context)
{
    Dice dice(rng);
    const int count = contactCount(dice, profile.seats);
    // Losing the champion is both a cause and a symptom of decline.
    const bool hasChampion = dice.chance(profile.pattern == Pattern::Declining ? 0.72 : 0.88);
    QVarLengthArray<Role, 8> roles;
    if (hasChampion)
        roles.append(Role::Champion);
    roles.append(Role::Admin);
    if (count >= 3 || profile.named)
        roles.append(Role::ExecutiveSponsor);
    roles.append(Role::Billing);
    while (roles.size() < count)
        roles.append(Role::EndUser);
    roles.resize(count);

    static constexpr int EmailStyles[] = { 60, 25, 15 }; // first.last, flast, first: one per company
    const int emailStyle = dice.weighted(EmailStyles);
    const int accountTouch = daysSinceAccountTouch(dice, profile);
    // Nobody was in touch before the deal was in the works.
    const int oldestTouch = profile.contractAgeDays + 60;

    m_ids.clear();
    m_localParts.clear();
    for (const Role role : roles) {
        const RoleInfo &r = info(role);
        QStringView first, last;
        QString local;
        // Redraw on an e-mail clash inside the account; a digit only if that keeps failing.
        for (int attempt = 0; attempt < 8 && (local.isEmpty() || m_localParts.contains(local)); ++attempt) {
            first = dice.pick(words::firstNames());
            last = dice.pick(words::lastNames());
            local.clear();
            if (emailStyle == 2) {
                appendAsciiFolded(local, first, Separators::Hyphen);
            } else {
                appendAsciiFolded(local, emailStyle == 0 ? first : first.left(1), Separators::Hyphen);
                if (emailStyle == 0)
                    local.append(u'.');
                appendAsciiFolded(local, last, Separators::Hyphen);
            }
        }
        if (m_localParts.contains(local))
            local.append(QString::number(m_localParts.size() + 1));
        m_localParts.append(local);

        m_contact.id = 0;
        m_contact.accountId = account.id;
        m_contact.crmId = QStringLiteral("CON-%1").arg(++m_serial, 7, 10, QLatin1Char('0'));
        m_contact.name.clear();
        m_contact.name.append(first).append(u' ').append(last);
        m_contact.email.clear();
        m_contact.email.append(local).append(u'@').append(account.domain);
        m_contact.title = QStringView(dice.pick(r.titles())).toString();
        m_contact.role = QStringView(r.name).toString();
        m_contact.champion = role == Role::Champion;
        // Half the end users never talked to the CSM at all.
        if (role == Role::EndUser && dice.chance(0.5)) {
            m_contact.lastTouch = QDate();
        } else {
            const int days = qMin(oldestTouch, accountTouch + dice.between(r.minTouchLag, r.maxTouchLag));
            m_contact.lastTouch = context.today.addDays(-days);
        }
        if (auto status = m_repository.insert(m_contact); !status)
            return status.error();
        m_ids.append(m_contact.id);
    }
    return int(roles.size());
}

} // namespace csm::demo
