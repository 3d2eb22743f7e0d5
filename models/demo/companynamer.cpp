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

bool suits(const LegalForm &form, const Place &place)
{
    const QLatin1StringView regions(form.regions);
    if (regions.isEmpty())
        return true;
    for (const auto region : regions.tokenize(u' ', Qt::SkipEmptyParts))
        if (region == QLatin1StringView(place.region))
            return true;
    return false;
}

QVarLengthArray<QLatin1StringView, 4> splitTlds(const char *tlds)
{
    QVarLengthArray<QLatin1StringView, 4> result;
    for (const auto part : QLatin1StringView(tlds).tokenize(u' ', Qt::SkipEmptyParts))
        result.append(part);
    return result;
}

} // namespace

CompanyNamer::CompanyNamer()
{
    const auto places = words::places();
    for (const LegalForm &form : words::legalForms()) {
        PlaceOrder order;
        for (const bool own : { true, false }) {
            for (qsizetype i = 0; i < qsizetype(places.size()); ++i)
                if (suits(form, places[i]) == own)
                    order.places.append(i);
            if (own)
                order.own = order.places.size();
        }
        m_placeOrders.append(order);
    }
}

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
    bool claimed = claimName(m_candidate);
    if (!claimed) {
        // Places of the company's own region first ("… Bavaria GmbH"), then anywhere; after that
        // compass-qualified places ("… West Bavaria GmbH"). A bare number only if all of those are
        // taken, which takes millions of accounts.
        const PlaceOrder &order = m_placeOrders[&form - words::legalForms().data()];
        for (qsizetype k = 0; !claimed && k < placeCount * (1 + qsizetype(std::size(Compass))); ++k) {
            const qsizetype ring = k / placeCount;
            const qsizetype j = k % placeCount; // rotate within each group so the first pick varies
            const qsizetype i = j < order.own ? (firstPlace + j) % order.own
                                              : order.own + (firstPlace + j) % (placeCount - order.own);
            place = QStringView(places[order.places[i]].name);
            compass = ring == 0 ? QStringView() : QStringView(Compass[ring - 1]);
            m_candidate.truncate(baseLength);
            m_candidate.append(u' ');
            if (!compass.isEmpty())
                m_candidate.append(compass).append(u' ');
            m_candidate.append(place);
            claimed = claimName(m_candidate);
        }
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

    const auto claim = [&](QStringView s, QLatin1StringView tld) {
        domain.clear();
        domain.append(s).append(tld);
        const auto before = m_domains.size();
        m_domains.insert(domain);
        return m_domains.size() != before;
    };
    // Some brands own the short domain ("kestrel.io"); most spell the whole name, on their own
    // country's domain if they can, on a generic one if not.
    if (!shortStem.isEmpty() && dice.chance(0.2) && claim(shortStem, order.front()))
        return;
    for (const QLatin1StringView tld : order)
        if (claim(stem, tld))
            return;
    // Names are unique, so this needs two names that fold to the same ASCII stem on every TLD.
    for (int n = 2;; ++n) {
        const QString numbered = stem.toString() + u'-' + QString::number(n);
        if (claim(numbered, order.front()))
            return;
    }
}

} // namespace csm::demo
