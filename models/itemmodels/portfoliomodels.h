#pragma once

#include "portfolio/portfolio.h"
#include "portfolio/portfoliodashboard.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>
#include <vector>

namespace csm {

/// The books open in the portfolio and the files that could not be opened, with why.
class TeamBooksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamBooksModel)

public:
    enum Column { Csm, Accounts, ExportedAt, File, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, BookIndexRole, FailedRole };

    explicit TeamBooksModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The portfolio's books, then each file that failed with its message.
    void setBooks(const Portfolio &portfolio, const QList<QPair<QString, QString>> &failures);

    /// Book index of a row, or -1 for a file that failed.
    int bookAt(int row) const;

private:
    struct Row
    {
        QString csm;
        int accounts = 0;
        QDateTime exportedAt;
        QString path;
        QString error;
        int book = -1;
    };
    std::vector<Row> m_rows;
    QLocale m_locale;
};

/// One dashboard table: a row per CSM or segment, then the team, a column per figure. Money is in
/// the reporting currency; SortRole gives raw numbers so every column sorts as numbers.
class PortfolioGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioGroupModel)

public:
    enum Column {
        Name,
        Accounts,
        Arr,
        Green,
        Amber,
        Red,
        AtRisk,
        Renewals30,
        Renewals60,
        Renewals90,
        Renewals120,
        OverdueSteps,
        QbrCoverage,
        DaysSinceTouch,
        Nrr,
        Grr,
        TimeToValue,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        GroupRole, ///< book index, Segment as int, or -1 for the team row
    };

    explicit PortfolioGroupModel(PortfolioGrouping grouping, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// New figures: rows are updated in place when the groups are the same, so a filter change
    /// does not reset the view (selection and scroll stay).
    void setDashboard(const PortfolioDashboard &dashboard, const QString &currency);

    PortfolioGrouping grouping() const { return m_grouping; }
    /// The drill target of a cell: its grouping and group (the team row drills as Team).
    PortfolioGrouping groupingAt(int row) const;
    int groupAt(int row) const;
    const GroupFigures &figuresAt(int row) const { return m_rows.at(std::size_t(row)); }
    /// Which accounts a column counts (Name, Accounts and ARR drill to all accounts).
    static std::optional<PortfolioMetric> metricFor(int column);

private:
    QVariant display(const GroupFigures &g, int column) const;
    QVariant sortValue(const GroupFigures &g, int column) const;
    QString toolTip(const GroupFigures &g, int column) const;

    PortfolioGrouping m_grouping;
    std::vector<GroupFigures> m_rows; ///< the groups, then the team
    std::vector<int> m_groups;        ///< group of each row; -1 = team
    QString m_currency = QStringLiteral("USD");
    QLocale m_locale;
};

/// The accounts behind a figure: one row per portfolio entry.
class PortfolioAccountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioAccountModel)

public:
    enum Column { Name, Csms, SegmentColumn, Health, Arr, Renewal, LastTouch, OverdueSteps, LastQbr, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, EntryRole };

    explicit PortfolioAccountModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows `entries` of `portfolio` (which must outlive the model or be replaced first), ARR
    /// converted with `rates`.
    void setAccounts(const Portfolio *portfolio, std::vector<int> entries, const CurrencyRates &rates);
    void clear();

    int entryAt(int row) const { return m_entries.at(std::size_t(row)); }

private:
    const Portfolio *m_portfolio = nullptr;
    std::vector<int> m_entries;
    CurrencyRates m_rates;
    QLocale m_locale;
};

} // namespace csm
