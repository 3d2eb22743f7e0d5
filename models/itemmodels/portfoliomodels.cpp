#include "portfoliomodels.h"

#include "bookmodel.h"

#include <QColor>
#include <QDir>
#include <QFont>

namespace csm {

namespace {

QString percent(const QLocale &locale, std::optional<double> value)
{
    return value ? locale.toString(*value * 100.0, 'f', 1) + u'%' : QStringLiteral("–");
}

QVariant orNone(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(-1.0);
}

QColor bandBackground(HealthBand band)
{
    switch (band) {
    case HealthBand::Red: return QColor(0xf8, 0xd7, 0xd5);
    case HealthBand::Amber: return QColor(0xfb, 0xe9, 0xc4);
    case HealthBand::Green: return QColor(0xd5, 0xef, 0xd8);
    case HealthBand::None: break;
    }
    return {};
}

} // namespace

// ---- TeamBooksModel ------------------------------------------------------------------------

TeamBooksModel::TeamBooksModel(QObject *parent) : QAbstractTableModel(parent) { }

int TeamBooksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamBooksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamBooksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const bool failed = !r.error.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Csm: return failed ? tr("Not opened") : r.csm;
        case Accounts: return failed ? QVariant() : QVariant(m_locale.toString(r.accounts));
        case ExportedAt: return failed ? r.error : m_locale.toString(r.exportedAt.toLocalTime(), QLocale::ShortFormat);
        case File: return QDir::toNativeSeparators(r.path);
        }
        return {};
    case Qt::ToolTipRole:
        return failed ? r.error : QDir::toNativeSeparators(r.path);
    case Qt::ForegroundRole:
        return failed ? QVariant(QColor(0xb0, 0x20, 0x20)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Accounts ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Accounts: return r.accounts;
        case ExportedAt: return r.exportedAt;
        case File: return r.path;
        default: return r.csm.toLower();
        }
    case BookIndexRole: return r.book;
    case FailedRole: return failed;
    }
    return {};
}

QVariant TeamBooksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Csm: return tr("CSM");
    case Accounts: return tr("Accounts");
    case ExportedAt: return tr("Exported");
    case File: return tr("File");
    }
    return {};
}

void TeamBooksModel::setBooks(const Portfolio &portfolio, const QList<QPair<QString, QString>> &failures)
{
    beginResetModel();
    m_rows.clear();
    for (std::size_t b = 0; b < portfolio.books().size(); ++b) {
        const TeamBook &book = portfolio.books()[b];
        int active = 0;
        for (const PortfolioAccount &a : book.accounts)
            active += a.archived ? 0 : 1;
        m_rows.push_back(Row { book.csm(), active, book.manifest.exportedAt, book.path, {}, int(b) });
    }
    for (const auto &[path, error] : failures)
        m_rows.push_back(Row { {}, 0, {}, path, error, -1 });
    endResetModel();
}

int TeamBooksModel::bookAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].book : -1;
}

// ---- PortfolioGroupModel -------------------------------------------------------------------

PortfolioGroupModel::PortfolioGroupModel(PortfolioGrouping grouping, QObject *parent)
    : QAbstractTableModel(parent)
    , m_grouping(grouping)
{
}

int PortfolioGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PortfolioGrouping PortfolioGroupModel::groupingAt(int row) const
{
    return groupAt(row) < 0 ? PortfolioGrouping::Team : m_grouping;
}

int PortfolioGroupModel::groupAt(int row) const
{
    return row >= 0 && row < int(m_groups.size()) ? m_groups[std::size_t(row)] : -1;
}

std::optional<PortfolioMetric> PortfolioGroupModel::metricFor(int column)
{
    switch (column) {
    case Name:
    case Accounts:
    case Arr: return PortfolioMetric::Accounts;
    case Green: return PortfolioMetric::Green;
    case Amber: return PortfolioMetric::Amber;
    case Red:
    case AtRisk: return PortfolioMetric::Red;
    case Renewals30: return PortfolioMetric::Renewals30;
    case Renewals60: return PortfolioMetric::Renewals60;
    case Renewals90: return PortfolioMetric::Renewals90;
    case Renewals120: return PortfolioMetric::Renewals120;
    case OverdueSteps: return PortfolioMetric::OverdueSteps;
    case QbrCoverage: return PortfolioMetric::QbrGaps;
    case DaysSinceTouch: return PortfolioMetric::StaleTouch;
    case Nrr:
    case Grr: return PortfolioMetric::Churned;
    case TimeToValue: return PortfolioMetric::Onboarded;
    }
    return std::nullopt;
}

QVariant PortfolioGroupModel::display(const GroupFigures &g, int column) const
{
    const auto bands = [&](int window) {
        const int red = g.renewalBands[window][int(HealthBand::Red)];
        return red > 0 ? tr("%1 (%2 red)").arg(m_locale.toString(g.renewals[window]), m_locale.toString(red))
                       : m_locale.toString(g.renewals[window]);
    };
    switch (column) {
    case Name: return g.label;
    case Accounts: return m_locale.toString(g.accounts);
    case Arr: return formatMoneyShort(m_locale, g.arrCents, m_currency);
    case Green: return m_locale.toString(g.bandCount[int(HealthBand::Green)]);
    case Amber: return m_locale.toString(g.bandCount[int(HealthBand::Amber)]);
    case Red: return m_locale.toString(g.atRisk());
    case AtRisk: return formatMoneyShort(m_locale, g.atRiskCents(), m_currency);
    case Renewals30: return bands(0);
    case Renewals60: return bands(1);
    case Renewals90: return bands(2);
    case Renewals120: return bands(3);
    case OverdueSteps: return m_locale.toString(g.overdueSteps);
    case QbrCoverage: return percent(m_locale, g.qbrCoverage());
    case DaysSinceTouch:
        return g.medianDaysSinceTouch ? m_locale.toString(*g.medianDaysSinceTouch, 'f', 0) : QStringLiteral("–");
    case Nrr: return percent(m_locale, g.retention.nrr());
    case Grr: return percent(m_locale, g.retention.grr());
    case TimeToValue:
        return g.ttv.medianDays() ? tr("%1 d").arg(m_locale.toString(*g.ttv.medianDays(), 'f', 0)) : QStringLiteral("–");
    }
    return {};
}

QVariant PortfolioGroupModel::sortValue(const GroupFigures &g, int column) const
{
    switch (column) {
    case Name: return g.label.toLower();
    case Accounts: return g.accounts;
    case Arr: return g.arrCents;
    case Green: return g.bandCount[int(HealthBand::Green)];
    case Amber: return g.bandCount[int(HealthBand::Amber)];
    case Red: return g.atRisk();
    case AtRisk: return g.atRiskCents();
    case Renewals30: return g.renewals[0];
    case Renewals60: return g.renewals[1];
    case Renewals90: return g.renewals[2];
    case Renewals120: return g.renewals[3];
    case OverdueSteps: return g.overdueSteps;
    case QbrCoverage: return orNone(g.qbrCoverage());
    case DaysSinceTouch: return orNone(g.medianDaysSinceTouch);
    case Nrr: return orNone(g.retention.nrr());
    case Grr: return orNone(g.retention.grr());
    case TimeToValue: return orNone(g.ttv.medianDays());
    }
    return {};
}

QString PortfolioGroupModel::toolTip(const GroupFigures &g, int column) const
{
    const auto money = [&](qint64 cents) { return formatMoney(m_locale, cents, m_currency); };
    switch (column) {
    case Arr:
    case Green:
    case Amber:
    case Red:
        return tr("Green: %1 accounts, %2\nAmber: %3 accounts, %4\nRed: %5 accounts, %6\nNot scored: %7 accounts, %8")
            .arg(m_locale.toString(g.bandCount[int(HealthBand::Green)]), money(g.bandArrCents[int(HealthBand::Green)]),
                 m_locale.toString(g.bandCount[int(HealthBand::Amber)]), money(g.bandArrCents[int(HealthBand::Amber)]),
                 m_locale.toString(g.bandCount[int(HealthBand::Red)]), money(g.bandArrCents[int(HealthBand::Red)]),
                 m_locale.toString(g.bandCount[int(HealthBand::None)]), money(g.bandArrCents[int(HealthBand::None)]));
    case AtRisk: return tr("ARR of red accounts: %1").arg(money(g.atRiskCents()));
    case Renewals30:
    case Renewals60:
    case Renewals90:
    case Renewals120: {
        const int w = column - Renewals30;
        const int *b = g.renewalBands[w];
        return tr("Renewing in %1–%2 days: %3 accounts, %4\nGreen %5 · Amber %6 · Red %7 · Not scored %8")
            .arg(w == 0 ? 0 : w * RenewalWindowDays + 1)
            .arg((w + 1) * RenewalWindowDays)
            .arg(m_locale.toString(g.renewals[w]), money(g.renewalArrCents[w]))
            .arg(b[int(HealthBand::Green)])
            .arg(b[int(HealthBand::Amber)])
            .arg(b[int(HealthBand::Red)])
            .arg(b[int(HealthBand::None)]);
    }
    case OverdueSteps:
        return tr("%1 overdue playbook steps on %2 accounts").arg(m_locale.toString(g.overdueSteps),
                                                                     m_locale.toString(g.accountsWithOverdueSteps));
    case QbrCoverage:
        return tr("%1 of %2 high-touch accounts had no QBR in the last 90 days").arg(m_locale.toString(g.qbrGaps),
                                                                                   m_locale.toString(g.highTouch));
    case DaysSinceTouch:
        return tr("Median days since the last touch; %1 accounts not touched in 30 days").arg(m_locale.toString(g.staleTouch));
    case Nrr:
    case Grr: {
        const RetentionFigures &r = g.retention;
        QString text = tr("Starting ARR %1 (%2 accounts)\n+ expansion %3\n− contraction %4\n− churn %5\n"
                          "New %6 · reactivated %7 (not in NRR)")
                           .arg(money(r.startingCents), m_locale.toString(r.cohortAccounts), money(r.expansionCents),
                                money(r.contractionCents), money(r.churnCents), money(r.newCents), money(r.reactivationCents));
        if (r.unconvertedAccounts > 0)
            text += u'\n' + tr("%1 accounts left out: no exchange rate for their currency").arg(r.unconvertedAccounts);
        return text;
    }
    case TimeToValue:
        return tr("%1 accounts started in the period, %2 reached first value").arg(m_locale.toString(g.ttv.onboarded),
                                                                                  m_locale.toString(g.ttv.reached));
    }
    return {};
}

QVariant PortfolioGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupFigures &g = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(g, index.column());
    case Qt::AccessibleTextRole: return display(g, index.column());
    case Qt::ToolTipRole: return toolTip(g, index.column());
    case SortRole: return sortValue(g, index.column());
    case GroupRole: return groupAt(index.row());
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (groupAt(index.row()) < 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Red || index.column() == AtRisk)
            return g.atRisk() > 0 ? QVariant(bandBackground(HealthBand::Red)) : QVariant();
        return {};
    }
    return {};
}

QVariant PortfolioGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AtRisk: return tr("ARR of accounts in the red band");
        case QbrCoverage: return tr("High-touch accounts with a QBR in the last 90 days");
        case DaysSinceTouch: return tr("Median days since the last touch");
        case Nrr: return tr("Net revenue retention over the period");
        case Grr: return tr("Gross revenue retention over the period");
        case TimeToValue: return tr("Median days from contract start to first value, for accounts started in the period");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return m_grouping == PortfolioGrouping::Segment ? tr("Segment") : tr("CSM");
    case Accounts: return tr("Accounts");
    case Arr: return tr("ARR");
    case Green: return tr("Green");
    case Amber: return tr("Amber");
    case Red: return tr("Red");
    case AtRisk: return tr("ARR at risk");
    case Renewals30: return tr("Renew ≤30 d");
    case Renewals60: return tr("31–60 d");
    case Renewals90: return tr("61–90 d");
    case Renewals120: return tr("91–120 d");
    case OverdueSteps: return tr("Overdue steps");
    case QbrCoverage: return tr("QBR coverage");
    case DaysSinceTouch: return tr("Days since touch");
    case Nrr: return tr("NRR");
    case Grr: return tr("GRR");
    case TimeToValue: return tr("Time to value");
    }
    return {};
}

void PortfolioGroupModel::setDashboard(const PortfolioDashboard &dashboard, const QString &currency)
{
    const std::vector<GroupFigures> &groups = m_grouping == PortfolioGrouping::Segment ? dashboard.bySegment : dashboard.byCsm;
    std::vector<GroupFigures> rows = groups;
    rows.push_back(dashboard.team);
    std::vector<int> ids;
    for (std::size_t i = 0; i < groups.size(); ++i)
        ids.push_back(int(i));
    ids.push_back(-1);
    m_currency = currency;
    if (ids == m_groups && rows.size() == m_rows.size()) {
        bool sameLabels = true;
        for (std::size_t i = 0; i < rows.size(); ++i)
            sameLabels = sameLabels && rows[i].label == m_rows[i].label;
        if (sameLabels) {
            m_rows = std::move(rows);
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            return;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_groups = std::move(ids);
    endResetModel();
}

// ---- PortfolioAccountModel -----------------------------------------------------------------

PortfolioAccountModel::PortfolioAccountModel(QObject *parent) : QAbstractTableModel(parent) { }

int PortfolioAccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_portfolio ? 0 : int(m_entries.size());
}

int PortfolioAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioAccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_portfolio)
        return {};
    const int entry = m_entries[std::size_t(index.row())];
    const PortfolioAccount &a = m_portfolio->account(entry);
    const std::optional<qint64> arr = m_rates.convert(a.arrCents, a.currency);
    const auto date = [&](const QDate &d) { return d.isValid() ? m_locale.toString(d, QLocale::ShortFormat) : QString(); };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Name: return a.archived ? tr("%1 (former customer)").arg(a.name) : a.name;
        case Csms: return m_portfolio->ownersOf(entry);
        case SegmentColumn: return segmentDisplayName(a.segment);
        case Health:
            if (a.archived)
                return QString();
            return a.score ? tr("%1 · %2").arg(healthBandDisplayName(a.band), m_locale.toString(*a.score, 'f', 0))
                           : healthBandDisplayName(a.band);
        case Arr: return arr ? formatMoney(m_locale, *arr, m_rates.reporting()) : formatMoney(m_locale, a.arrCents, a.currency);
        case Renewal: return date(a.renewalDate);
        case LastTouch: return date(a.lastTouch);
        case OverdueSteps: return a.overdueSteps > 0 ? m_locale.toString(a.overdueSteps) : QString();
        case LastQbr: return date(a.lastQbr);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Arr && !arr)
            return tr("No exchange rate for %1: shown in its own currency").arg(a.currency);
        if (index.column() == Name)
            return tr("CRM id %1 · double-click to open it in the CSM's book (read-only)").arg(a.crmId);
        return {};
    case Qt::BackgroundRole:
        return index.column() == Health ? QVariant(bandBackground(a.band)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Arr || index.column() == OverdueSteps ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                                       : QVariant();
    case SortRole:
        switch (index.column()) {
        case Name: return a.name.toLower();
        case Csms: return m_portfolio->ownersOf(entry).toLower();
        case SegmentColumn: return int(a.segment);
        case Health: return a.score ? *a.score : -1.0;
        case Arr: return arr.value_or(0);
        case Renewal: return a.renewalDate;
        case LastTouch: return a.lastTouch;
        case OverdueSteps: return a.overdueSteps;
        case LastQbr: return a.lastQbr;
        }
        return {};
    case EntryRole: return entry;
    }
    return {};
}

QVariant PortfolioAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Account");
    case Csms: return tr("CSM");
    case SegmentColumn: return tr("Segment");
    case Health: return tr("Health");
    case Arr: return tr("ARR");
    case Renewal: return tr("Renewal");
    case LastTouch: return tr("Last touch");
    case OverdueSteps: return tr("Overdue steps");
    case LastQbr: return tr("Last QBR");
    }
    return {};
}

void PortfolioAccountModel::setAccounts(const Portfolio *portfolio, std::vector<int> entries, const CurrencyRates &rates)
{
    beginResetModel();
    m_portfolio = portfolio;
    m_entries = std::move(entries);
    m_rates = rates;
    endResetModel();
}

void PortfolioAccountModel::clear()
{
    beginResetModel();
    m_portfolio = nullptr;
    m_entries.clear();
    endResetModel();
}

} // namespace csm
