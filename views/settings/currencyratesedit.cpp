#include "currencyratesedit.h"

#include "errordialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace csm {

namespace {

const QString Usd = QStringLiteral("USD");

/// Rates run from thousandths (yen in dollars) to hundreds (dollars in yen).
class RateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QDoubleSpinBox(parent);
        box->setRange(0.000001, 1e6);
        box->setDecimals(6);
        box->setFrame(false);
        return box;
    }
};

} // namespace

CurrencyRatesEdit::CurrencyRatesEdit(const CurrencyRates &rates, QWidget *parent)
    : QWidget(parent)
    , m_rates(rates)
    , m_currency(new QComboBox(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add Currency…"), this))
    , m_remove(new QPushButton(tr("Re&move Currency"), this))
{
    m_currency->setAccessibleName(tr("Reporting currency"));
    m_table->setAccessibleName(tr("Exchange rates"));
    m_table->setItemDelegateForColumn(1, new RateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    m_remove->setToolTip(tr("The reporting currency and US dollars stay in the list."));

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Reporting &currency:"), this);
    label->setBuddy(m_currency);
    top->addWidget(label);
    top->addWidget(m_currency);
    top->addStretch(1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(tableRow, 1);

    rebuild();
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        if (m_rebuilding)
            return;
        if (auto rebased = m_rates.rebased(m_currency->currentText()))
            m_rates = *rebased;
        rebuild();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_rebuilding || item->column() != 1)
            return;
        const QString code = m_table->item(item->row(), 0)->text();
        const double rate = item->data(Qt::EditRole).toDouble();
        if (rate > 0)
            m_rates.setRate(code, rate);
        else
            rebuild(); // back to the rate it had
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CurrencyRatesEdit::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &CurrencyRatesEdit::askForCurrency);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            removeCurrency(m_table->item(row, 0)->text());
    });
}

void CurrencyRatesEdit::rebuild()
{
    m_rebuilding = true;
    const QString reporting = m_rates.reporting();
    const QStringList codes = m_rates.currencies();
    m_currency->clear();
    m_currency->addItems(codes);
    m_currency->setCurrentText(reporting);
    m_table->setHorizontalHeaderLabels({ tr("Currency"), tr("Worth of one unit in %1").arg(reporting) });
    m_table->setRowCount(int(codes.size()));
    for (int row = 0; row < codes.size(); ++row) {
        auto *code = new QTableWidgetItem(codes.at(row));
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *rate = new QTableWidgetItem;
        rate->setData(Qt::EditRole, m_rates.rate(codes.at(row)).value_or(1.0));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (codes.at(row) == reporting) {
            rate->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            rate->setToolTip(tr("The reporting currency"));
            QFont bold = code->font();
            bold.setBold(true);
            code->setFont(bold);
            rate->setFont(bold);
        } else {
            rate->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        }
        m_table->setItem(row, 0, code);
        m_table->setItem(row, 1, rate);
    }
    m_rebuilding = false;
    updateButtons();
}

void CurrencyRatesEdit::updateButtons()
{
    const int row = m_table->currentRow();
    const QString code = row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
    m_remove->setEnabled(!code.isEmpty() && code != m_rates.reporting() && code != Usd);
}

bool CurrencyRatesEdit::addCurrency(const QString &code, double rate, QString *error)
{
    const QString upper = code.trimmed().toUpper();
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    QString why;
    if (!iso.match(upper).hasMatch())
        why = tr("A currency is given by its three-letter ISO code, such as EUR.");
    else if (m_rates.rate(upper))
        why = tr("%1 is in the list already.").arg(upper);
    else if (!(rate > 0))
        why = tr("A rate must be more than zero.");
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_rates.setRate(upper, rate);
    rebuild();
    const QList<QTableWidgetItem *> found = m_table->findItems(upper, Qt::MatchExactly);
    if (!found.isEmpty())
        m_table->setCurrentCell(found.first()->row(), 1);
    return true;
}

bool CurrencyRatesEdit::removeCurrency(const QString &code)
{
    if (code == m_rates.reporting() || code == Usd || !m_rates.rate(code))
        return false;
    auto kept = CurrencyRates::fromText(m_rates.reporting(), QString());
    if (!kept)
        return false;
    for (const QString &c : m_rates.currencies())
        if (c != code && c != m_rates.reporting())
            kept->setRate(c, *m_rates.rate(c));
    m_rates = *kept;
    rebuild();
    return true;
}

void CurrencyRatesEdit::askForCurrency()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Add Currency"), tr("ISO code of the currency (such as SEK):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    QString error;
    if (!addCurrency(code, 1.0, &error)) {
        ErrorDialog::report(this, tr("Add Currency"), error);
        return;
    }
    m_table->editItem(m_table->currentItem());
}

} // namespace csm
