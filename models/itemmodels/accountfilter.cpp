#include "accountfilter.h"

#include <QCoreApplication>

#include <algorithm>

namespace csm {

void AccountFilter::setText(const QString &text)
{
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
}

bool AccountFilter::acceptsAnySegment(const BookRow &row, const QDate &today) const
{
    if (m_stage && row.stage != *m_stage)
        return false;
    if (m_healthBand && row.healthBand != *m_healthBand)
        return false;
    if (!m_owner.isEmpty() && row.owner != m_owner)
        return false;
    if (m_renewalWithinDays) {
        if (!row.renewalDate.isValid() || today.daysTo(row.renewalDate) > *m_renewalWithinDays)
            return false;
    }
    for (const QString &word : m_words)
        if (!containsWord(row.searchText, word))
            return false;
    return true;
}

bool AccountFilter::containsWord(QStringView haystack, QStringView word)
{
    // Jump between occurrences of the first character with the vectorised single-character search,
    // then compare the rest: several times faster than a general substring search on short text.
    if (word.isEmpty())
        return true;
    const QChar first = word.front();
    const QStringView rest = word.mid(1);
    const qsizetype last = haystack.size() - word.size();
    for (qsizetype from = 0; from <= last;) {
        const qsizetype at = haystack.indexOf(first, from);
        if (at < 0 || at > last)
            return false;
        if (haystack.mid(at + 1, rest.size()) == rest)
            return true;
        from = at + 1;
    }
    return false;
}

bool AccountFilter::refines(const AccountFilter &previous) const
{
    // Every row this filter accepts was accepted by `previous`: same criteria, and each earlier
    // search word is contained in a word now (typing on extends the last word or adds words).
    if (m_segment != previous.m_segment || m_owner != previous.m_owner || m_stage != previous.m_stage
        || m_renewalWithinDays != previous.m_renewalWithinDays || m_healthBand != previous.m_healthBand)
        return false;
    for (const QString &old : previous.m_words) {
        const bool covered = std::any_of(m_words.cbegin(), m_words.cend(),
                                         [&](const QString &word) { return word.contains(old); });
        if (!covered)
            return false;
    }
    return true;
}

bool AccountFilter::accepts(const BookRow &row, const QDate &today) const
{
    if (m_segment && row.segment != *m_segment)
        return false;
    return acceptsAnySegment(row, today);
}

bool AccountFilter::isEmpty() const
{
    return !m_segment && m_words.isEmpty() && m_owner.isEmpty() && !m_stage && !m_renewalWithinDays
        && !m_healthBand;
}

QVariantMap AccountFilter::toVariantMap() const
{
    QVariantMap map;
    if (m_segment)
        map.insert(QStringLiteral("segment"), segmentKey(*m_segment));
    if (!m_text.isEmpty())
        map.insert(QStringLiteral("text"), m_text);
    if (!m_owner.isEmpty())
        map.insert(QStringLiteral("owner"), m_owner);
    if (m_stage)
        map.insert(QStringLiteral("stage"), lifecycleStageKey(*m_stage));
    if (m_renewalWithinDays)
        map.insert(QStringLiteral("renewal_within_days"), *m_renewalWithinDays);
    if (m_healthBand)
        map.insert(QStringLiteral("health_band"), healthBandKey(*m_healthBand));
    return map;
}

AccountFilter AccountFilter::fromVariantMap(const QVariantMap &map)
{
    AccountFilter filter;
    filter.setSegment(segmentFromKey(map.value(QStringLiteral("segment")).toString()));
    filter.setText(map.value(QStringLiteral("text")).toString());
    filter.setOwner(map.value(QStringLiteral("owner")).toString());
    filter.setStage(lifecycleStageFromKey(map.value(QStringLiteral("stage")).toString()));
    filter.setHealthBand(healthBandFromKey(map.value(QStringLiteral("health_band")).toString()));
    bool ok = false;
    const int days = map.value(QStringLiteral("renewal_within_days")).toInt(&ok);
    if (ok && map.contains(QStringLiteral("renewal_within_days")))
        filter.setRenewalWithinDays(days);
    return filter;
}

namespace {

/// `value` quoted when it holds a space or a colon, so it reads back as one value or one word.
/// Quotes inside it cannot be written and are dropped.
QString quoted(QString value)
{
    value.remove(u'"');
    return value.contains(u' ') || value.contains(u':') ? u'"' + value + u'"' : value;
}

struct Token
{
    QString text;
    bool quoted = false; ///< the whole token was in quotes: a word, never a key
};

/// Splits on spaces, keeping "quoted parts" (quotes removed) together.
QList<Token> queryTokens(const QString &query)
{
    QList<Token> tokens;
    Token current;
    bool inQuotes = false;
    bool any = false;
    for (QChar c : query) {
        if (c == u'"') {
            if (!inQuotes && current.text.isEmpty())
                current.quoted = true;
            inQuotes = !inQuotes;
            any = true;
        } else if (c.isSpace() && !inQuotes) {
            if (any || !current.text.isEmpty())
                tokens << current;
            current = {};
            any = false;
        } else {
            current.text += c;
        }
    }
    if (any || !current.text.isEmpty())
        tokens << current;
    return tokens;
}

} // namespace

QString AccountFilter::toQuery() const
{
    QStringList parts;
    if (m_segment)
        parts << QStringLiteral("segment:") + segmentKey(*m_segment);
    if (m_stage)
        parts << QStringLiteral("stage:") + lifecycleStageKey(*m_stage);
    if (m_healthBand)
        parts << QStringLiteral("health:") + healthBandKey(*m_healthBand);
    if (m_renewalWithinDays)
        parts << QStringLiteral("renewal:") + QString::number(*m_renewalWithinDays);
    if (!m_owner.isEmpty())
        parts << QStringLiteral("owner:") + quoted(m_owner);
    for (const QString &word : m_text.split(u' ', Qt::SkipEmptyParts))
        parts << quoted(word);
    return parts.join(u' ');
}

Result<AccountFilter> AccountFilter::fromQuery(const QString &query)
{
    const auto bad = [](const QString &token, const char *expected) {
        return Error { QCoreApplication::translate("csm::AccountFilter", "filter '%1': %2")
                           .arg(token, QCoreApplication::translate("csm::AccountFilter", expected)) };
    };
    AccountFilter filter;
    QStringList words;
    for (const Token &t : queryTokens(query)) {
        const QString &token = t.text;
        if (t.quoted) {
            words << token;
            continue;
        }
        const qsizetype colon = token.indexOf(u':');
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1) : QString();
        if (key == u"segment") {
            const auto segment = segmentFromKey(value.toLower());
            if (!segment)
                return bad(token, QT_TRANSLATE_NOOP("csm::AccountFilter", "segment is high, mid or tech"));
            filter.setSegment(segment);
        } else if (key == u"stage") {
            const auto stage = lifecycleStageFromKey(value.toLower());
            if (!stage)
                return bad(token, QT_TRANSLATE_NOOP("csm::AccountFilter", "not a lifecycle stage"));
            filter.setStage(stage);
        } else if (key == u"health" || key == u"band") {
            const auto band = healthBandFromKey(value.toLower());
            if (!band)
                return bad(token, QT_TRANSLATE_NOOP("csm::AccountFilter", "health is red, amber, green or none"));
            filter.setHealthBand(band);
        } else if (key == u"renewal" || key == u"renewing") {
            bool ok = false;
            const int days = value.toInt(&ok);
            if (!ok || days < 0)
                return bad(token, QT_TRANSLATE_NOOP("csm::AccountFilter", "renewal takes a number of days"));
            filter.setRenewalWithinDays(days);
        } else if (key == u"owner") {
            if (value.isEmpty())
                return bad(token, QT_TRANSLATE_NOOP("csm::AccountFilter", "owner needs a name"));
            filter.setOwner(value);
        } else if (!key.isEmpty() && !key.contains(u' ') && key.front().isLetter() && !key.contains(u'.')
                   && !key.contains(u'-')) {
            return bad(token, QT_TRANSLATE_NOOP("csm::AccountFilter", "known keys are segment, stage, health, renewal and owner"));
        } else {
            words << token;
        }
    }
    filter.setText(words.join(u' '));
    return filter;
}

} // namespace csm
