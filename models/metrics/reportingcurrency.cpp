#include "reportingcurrency.h"

#include <QSettings>

namespace csm {

namespace {

const QString Usd = QStringLiteral("USD");

} // namespace

QString reportingCurrencySettingsKey()
{
    return QStringLiteral("portfolio/currency");
}

QString exchangeRatesSettingsKey()
{
    return QStringLiteral("portfolio/rates");
}

CurrencyRates reportingRates()
{
    const QSettings settings;
    const QString currency = settings.value(reportingCurrencySettingsKey(), Usd).toString().trimmed().toUpper();
    CurrencyRates rates = CurrencyRates::defaults();
    if (const QString text = settings.value(exchangeRatesSettingsKey()).toString(); !text.isEmpty())
        if (auto custom = CurrencyRates::fromText(Usd, text))
            rates = *custom;
    if (auto rebased = rates.rebased(currency))
        return *rebased;
    if (auto builtIn = CurrencyRates::defaults().rebased(currency))
        return *builtIn;
    return rates;
}

void setReportingRates(const CurrencyRates &rates)
{
    QSettings settings;
    settings.setValue(reportingCurrencySettingsKey(), rates.reporting());
    if (auto usd = rates.rebased(Usd))
        settings.setValue(exchangeRatesSettingsKey(), usd->toText());
}

void setReportingCurrency(const QString &currency)
{
    QSettings().setValue(reportingCurrencySettingsKey(), currency.trimmed().toUpper());
}

} // namespace csm
