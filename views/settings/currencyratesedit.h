#pragma once

#include "metrics/currencyrates.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace csm {

/// The reporting currency and the exchange rates into it: a chooser of the currencies with a
/// rate, and a table of what one unit of each is worth in the reporting currency. Choosing
/// another reporting currency re-expresses the rates in it.
class CurrencyRatesEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrencyRatesEdit)

public:
    explicit CurrencyRatesEdit(const CurrencyRates &rates, QWidget *parent = nullptr);

    CurrencyRates rates() const { return m_rates; }
    /// Adds `code` (three letters) at `rate` units of the reporting currency; false with why when
    /// it cannot be added.
    bool addCurrency(const QString &code, double rate, QString *error = nullptr);
    /// Removes `code`; the reporting currency and US dollars (what the rates are kept in) stay.
    bool removeCurrency(const QString &code);

    QComboBox *currencyBox() const { return m_currency; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void rebuild();
    void askForCurrency();
    void updateButtons();

    CurrencyRates m_rates;
    QComboBox *m_currency;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_rebuilding = false;
};

} // namespace csm
