#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace csm {

/// Converts amounts into one reporting currency with fixed rates (what a review needs: the same
/// figure every time the portfolio is opened, not the rate of the minute).
class CurrencyRates
{
public:
    /// The built-in rates into `reporting` (ISO 4217 codes), good enough until the lead sets their own.
    static CurrencyRates defaults(const QString &reporting = QStringLiteral("USD"));

    QString reporting() const { return m_reporting; }
    /// Units of the reporting currency one unit of `currency` buys (1 for the reporting currency).
    std::optional<double> rate(const QString &currency) const;
    /// Sets the rate of one unit of `currency` in the reporting currency (> 0).
    void setRate(const QString &currency, double rate);
    QStringList currencies() const; ///< those with a rate, sorted, the reporting one included

    /// `cents` of `currency` in reporting-currency cents, rounded to the nearest cent; nullopt
    /// when there is no rate for `currency`.
    std::optional<qint64> convert(qint64 cents, const QString &currency) const;

    /// The same rates expressed in another reporting currency (which must have a rate).
    std::optional<CurrencyRates> rebased(const QString &reporting) const;

    /// "EUR=1.08; GBP=1.27" (per unit, into the reporting currency) and back.
    QString toText() const;
    static std::optional<CurrencyRates> fromText(const QString &reporting, const QString &text, QString *error = nullptr);

private:
    QString m_reporting = QStringLiteral("USD");
    QHash<QString, double> m_rates; ///< code → reporting units per unit; excludes the reporting currency
};

} // namespace csm
