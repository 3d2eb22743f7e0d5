#include "companynamer.h"

#include "asciifold.h"
#include "demorandom.h"
#include "demowords.h"

#include <QVarLengthArray>

namespace csm::demo {

namespace {

constexpr const char16_t *Compass[] = { u"North", u"South", u"East", u"West", u"Central" };

const LegalForm &drawLegalForm(Dice &dice)
{
    const auto forms = words::legalForms();
    QVarLengthArray<int, 16> weights;
    for (const LegalForm &form : forms)
        weights.append(form.weight);
    return forms[dice.weighted(weights)];
}

QVarLengthArray<QLatin1StringView, 4> splitTlds(const char *tlds)
{
    QVarLengthArray<QLatin1StringView, 4> result;
    for (const auto part : QLatin1StringView(tlds).tokenize(u' ', Qt::SkipEmptyParts))
        result.append(part);
    return result;
}

} // namespace

bool CompanyNamer::claimName(const QString &key)
{
    const auto before = m_names.size();
    m_names.insert(key);
    return m_names.size() != before;
}

void CompanyNamer::next(QRandomGenerator &rng, QString &name, QString &domain)
{
    Dice dice(rng);
    const QStringView lead = dice.chance(0.15) ? dice.pick(words::founders()) : dice.pick(words::brands());
    const Industry &industry = dice.pick(words::industries());
    const LegalForm &form = drawLegalForm(dice);
    const auto places = words::places();
    const auto placeCount = qsizetype(places.size());
    const int firstPlace = rng.bounded(int(placeCount));

    m_candidate.clear();
    m_candidate.append(lead).append(u' ').append(QStringView(industry.word));
    const qsizetype baseLength = m_candidate.size();
    QStringView place;
    QStringView compass;
    // Regions first ("Kestrel Analytics Nordic"), then compass-qualified regions ("… West Nordic");
    // a bare number only if both run out, which takes millions of accounts.
    bool claimed = claimName(m_candidate);
    for (qsizetype k = 0; !claimed && k < placeCount * (1 + qsizetype(std::size(Compass))); ++k) {
        const qsizetype ring = k / placeCount;
        place = places[(firstPlace + k) % placeCount];
        compass = ring == 0 ? QStringView() : QStringView(Compass[ring - 1]);
        m_candidate.truncate(baseLength);
        m_candidate.append(u' ');
        if (!compass.isEmpty())
            m_candidate.append(compass).append(u' ');
        m_candidate.append(place);
        claimed = claimName(m_candidate);
    }
    for (int n = 2; !claimed; ++n) {
        m_candidate.truncate(baseLength);
        m_candidate.append(u' ').append(QString::number(n));
        place = QStringView(m_candidate).mid(baseLength + 1);
        compass = {};
        claimed = claimName(m_candidate);
    }

    name = m_candidate;
    if (*form.suffix)
        name.append(u' ').append(QStringView(form.suffix));

    m_stem.clear();
    appendAsciiFolded(m_stem, lead);
    m_shortStem = m_stem;
    appendAsciiFolded(m_stem, QStringView(industry.word));
    if (!place.isEmpty()) {
        m_stem.append(u'-');
        if (!compass.isEmpty())
            appendAsciiFolded(m_stem, compass);
        appendAsciiFolded(m_stem, place, Separators::Hyphen);
        m_shortStem.clear(); // a bare brand domain belongs to the unqualified company
    }
    chooseDomain(rng, m_stem, m_shortStem, industry.tech, form.tlds, domain);
}

void CompanyNamer::chooseDomain(QRandomGenerator &rng, QStringView stem, QStringView shortStem, bool tech,
                                const char *tlds, QString &domain)
{
    Dice dice(rng);
    const auto own = splitTlds(tlds);
    QVarLengthArray<QLatin1StringView, 8> order;
    const qsizetype io = own.indexOf(QLatin1StringView(".io"));
    qsizetype primary = 0;
    if (tech && io >= 0 && dice.chance(0.45))
        primary = io;
    else if (own.size() > 1 && dice.chance(0.2))
        primary = 1 + rng.bounded(int(own.size() - 1));
    order.append(own[primary]);
    for (qsizetype i = 0; i < own.size(); ++i)
        if (i != primary)
            order.append(own[i]);
    for (const char *fallback : { ".com", ".net", ".co" })
        if (!order.contains(QLatin1StringView(fallback)))
            order.append(QLatin1StringView(fallback));

    // Some brands own the short domain ("kestrel.io"); most spell the whole name.
    QVarLengthArray<QStringView, 2> stems;
    if (!shortStem.isEmpty() && dice.chance(0.3))
        stems.append(shortStem);
    stems.append(stem);
    for (const QStringView s : stems) {
        for (const QLatin1StringView tld : order) {
            domain.clear();
            domain.append(s).append(tld);
            const auto before = m_domains.size();
            m_domains.insert(domain);
            if (m_domains.size() != before)
                return;
        }
    }
    // Names are unique, so this needs two names that fold to the same ASCII stem on every TLD.
    for (int n = 2;; ++n) {
        domain.clear();
        domain.append(stem).append(u'-').append(QString::number(n)).append(order.front());
        const auto before = m_domains.size();
        m_domains.insert(domain);
        if (m_domains.size() != before)
            return;
    }
}

} // namespace csm::demo
