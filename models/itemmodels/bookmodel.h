#pragma once

#include "domain/bookrow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QLocale>

#include <vector>

namespace csm {

/// The book of business as a table. Holds every row in memory (no SQL in data()); a single
/// account's change updates one row, never resets the model.
class BookModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookModel)

public:
    enum Column { Name, SegmentColumn, Health, Arr, Renewal, DaysToRenewal, Stage, Owner, LastTouch, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: number, date or folded text
        AccountIdRole,
        SegmentRole,         ///< Segment as int
        SegmentOverrideRole, ///< bool
    };

    explicit BookModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (a new book, or a reload after an import).
    void setRows(std::vector<BookRow> rows);
    /// Updates the row with the same id in place, or appends it when new.
    void upsertRow(BookRow row);

    const std::vector<BookRow> &rows() const { return m_rows; }
    const BookRow &rowAt(int row) const { return m_rows[std::size_t(row)]; }
    /// Row of an account id, or -1.
    int rowOf(qint64 accountId) const { return m_rowById.value(accountId, -1); }

    /// "Today" for days-to-renewal; fixed in tests, the real date in the app.
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    /// The distinct owners, sorted, for the owner filter.
    QStringList owners() const;

private:
    QVariant display(const BookRow &row, int column) const;
    QVariant sortValue(const BookRow &row, int column) const;

    std::vector<BookRow> m_rows;
    QHash<qint64, int> m_rowById;
    QDate m_today;
    QLocale m_locale;
};

/// ARR as people read it: "$1,250,000" in the account's currency.
QString formatMoney(const QLocale &locale, qint64 cents, const QString &currency);
/// Compact ARR for summaries: "$1.2M", "$350K".
QString formatMoneyShort(const QLocale &locale, qint64 cents, const QString &currency);

} // namespace csm
