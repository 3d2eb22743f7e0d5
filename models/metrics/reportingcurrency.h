#pragma once

#include "currencyrates.h"

namespace csm {

/// The QSettings key of the reporting currency (an ISO 4217 code), shared by Settings and the team
/// portfolio.
QString reportingCurrencySettingsKey();
/// The QSettings key of the exchange rates, kept as CurrencyRates::toText() into US dollars so a
/// change of reporting currency keeps them.
QString exchangeRatesSettingsKey();

/// The rates into the reporting currency as Settings keep them: the saved rates (else the
/// built-in ones) rebased to the saved currency (else US dollars). A saved currency the rates do
/// not know falls back to the built-in rates in it, and to US dollars if those do not know it
/// either.
CurrencyRates reportingRates();
/// Keeps the reporting currency and, when they can be expressed in US dollars, the rates.
void setReportingRates(const CurrencyRates &rates);
/// Keeps `currency` as the reporting currency, leaving the rates as they are.
void setReportingCurrency(const QString &currency);

} // namespace csm
