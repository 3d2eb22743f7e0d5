#include "currencyrates.h"

#include <QObject>

#include <algorithm>
#include <cmath>

namespace csm {

CurrencyRates CurrencyRates::defaults(const QString &reporting)
{
    // US dollars per unit; a fixed table so two opens of the same books give the same figures.
    CurrencyRates usd;
    usd.m_reporting = QStringLiteral("USD");
    const std::pair<const char *, double> table[] = {
        { "EUR", 1.08 }, { "GBP", 1.27 }, { "CAD", 0.73 }, { "AUD", 0.66 }, { "CHF", 1.13 },
        { "JPY", 0.0067 }, { "SEK", 0.095 }, { "NOK", 0.093 }, { "DKK", 0.145 }, { "INR", 0.012 },
        { "BRL", 0.18 }, { "MXN", 0.055 }, { "SGD", 0.74 }, { "NZD", 0.61 }, { "PLN", 0.25 },
    };
    for (const auto &[code, rate] : table)
        usd.m_rates.insert(QString::fromLatin1(code), rate);
    if (reporting == usd.m_reporting)
        return usd;
    return usd.rebased(reporting).value_or(usd);
}

std::optional<double> CurrencyRates::rate(const QString &currency) const
{
    if (currency.compare(m_reporting, Qt::CaseInsensitive) == 0)
        return 1.0;
    const auto it = m_rates.constFind(currency.toUpper());
    if (it == m_rates.cend())
        return std::nullopt;
    return *it;
}

void CurrencyRates::setRate(const QString &currency, double rate)
{
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty() || code == m_reporting || !(rate > 0))
        return;
    m_rates.insert(code, rate);
}

QStringList CurrencyRates::currencies() const
{
    QStringList codes = m_rates.keys();
    codes.append(m_reporting);
    codes.sort();
    return codes;
}

std::optional<qint64> CurrencyRates::convert(qint64 cents, const QString &currency) const
{
    const auto r = rate(currency);
    if (!r)
        return std::nullopt;
    if (*r == 1.0)
        return cents;
    return qint64(std::llround(double(cents) * *r));
}

std::optional<CurrencyRates> CurrencyRates::rebased(const QString &reporting) const
{
    const QString code = reporting.trimmed().toUpper();
    const auto base = rate(code);
    if (!base)
        return std::nullopt;
    CurrencyRates out;
    out.m_reporting = code;
    // One unit of C is rate(C) old-reporting units, and one new-reporting unit is `base` of those.
    for (const QString &c : currencies())
        if (c != code)
            out.m_rates.insert(c, *rate(c) / *base);
    return out;
}

QString CurrencyRates::toText() const
{
    QStringList parts;
    QStringList codes = m_rates.keys();
    codes.sort();
    for (const QString &c : std::as_const(codes))
        parts.append(c + u'=' + QString::number(m_rates.value(c), 'g', 10));
    return parts.join(QStringLiteral("; "));
}

std::optional<CurrencyRates> CurrencyRates::fromText(const QString &reporting, const QString &text, QString *error)
{
    CurrencyRates out;
    out.m_reporting = reporting.trimmed().toUpper();
    if (out.m_reporting.size() != 3) {
        if (error)
            *error = QObject::tr("\"%1\" is not a currency code").arg(reporting);
        return std::nullopt;
    }
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        bool ok = false;
        const QString code = item.left(eq).trimmed().toUpper();
        const double value = eq > 0 ? item.mid(eq + 1).trimmed().toDouble(&ok) : 0;
        if (eq <= 0 || code.size() != 3 || !ok || !(value > 0)) {
            if (error)
                *error = QObject::tr("\"%1\" is not CODE=RATE with a positive rate").arg(item);
            return std::nullopt;
        }
        if (code != out.m_reporting)
            out.m_rates.insert(code, value);
    }
    return out;
}

} // namespace csm
