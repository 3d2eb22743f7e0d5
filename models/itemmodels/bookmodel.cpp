#include "bookmodel.h"

#include <QColor>
#include <QFont>

#include <cmath>

namespace csm {

namespace {

QString currencySymbol(const QString &currency)
{
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    if (currency == u"JPY")
        return QStringLiteral("¥");
    return currency + u' ';
}

} // namespace

QString formatMoney(const QLocale &locale, qint64 cents, const QString &currency)
{
    return locale.toCurrencyString(double(cents) / 100.0, currencySymbol(currency), 0);
}

QString formatMoneyShort(const QLocale &locale, qint64 cents, const QString &currency)
{
    const double value = double(cents) / 100.0;
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6)
        return currencySymbol(currency) + locale.toString(value / 1e6, 'f', magnitude >= 1e8 ? 0 : 1) + u'M';
    if (magnitude >= 1e3)
        return currencySymbol(currency) + locale.toString(value / 1e3, 'f', 0) + u'K';
    return locale.toCurrencyString(value, currencySymbol(currency), 0);
}

BookModel::BookModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

int BookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BookRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case AccountIdRole:
        return row.id;
    case SegmentRole:
        return int(row.segment);
    case SegmentOverrideRole:
        return row.segmentOverride;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Arr:
        case DaysToRenewal:
        case Health:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (index.column() == Health) {
            switch (row.healthBand) {
            case HealthBand::Red: return QColor(0xf8, 0xd7, 0xd5);
            case HealthBand::Amber: return QColor(0xfb, 0xe9, 0xc4);
            case HealthBand::Green: return QColor(0xd5, 0xef, 0xd8);
            case HealthBand::None: return {};
            }
        }
        return {};
    case Qt::ForegroundRole:
        // Tinted cells keep dark text, also under a dark palette.
        if (index.column() == Health && row.healthBand != HealthBand::None)
            return QColor(0x20, 0x20, 0x20);
        return {};
    case Qt::FontRole:
        if (index.column() == SegmentColumn && row.segmentOverride) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SegmentColumn && row.segmentOverride)
            return tr("Segment set by hand; recomputing segments keeps it.");
        if (index.column() == Name)
            return row.domain;
        if (index.column() == LastTouch && row.lastTouch.isValid())
            return tr("%n day(s) ago", nullptr, int(row.lastTouch.daysTo(m_today)));
        return {};
    default:
        return {};
    }
}

QVariant BookModel::display(const BookRow &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case SegmentColumn:
        return row.segmentOverride ? tr("%1 (manual)").arg(segmentDisplayName(row.segment))
                                   : segmentDisplayName(row.segment);
    case Arr:
        return formatMoney(m_locale, row.arrCents, row.currency);
    case Renewal:
        return row.renewalDate.isValid() ? m_locale.toString(row.renewalDate, QLocale::ShortFormat) : QString();
    case DaysToRenewal:
        return row.renewalDate.isValid() ? QVariant(m_today.daysTo(row.renewalDate)) : QVariant();
    case Stage:
        return lifecycleStageDisplayName(row.stage);
    case Owner:
        return row.owner;
    case Health: {
        if (!row.health && row.healthBand == HealthBand::None)
            return {};
        // The band is spelled out so colour is never the only carrier of health.
        // Rounded down, so 49.6 reads "49 · Red" and never looks like an amber score.
        QString text = row.health ? m_locale.toString(std::floor(*row.health), 'f', 0) + QStringLiteral(" · ") : QString();
        text += healthBandDisplayName(row.healthBand);
        return row.healthOverride ? tr("%1 (override)").arg(text) : text;
    }
    case LastTouch:
        return row.lastTouch.isValid() ? m_locale.toString(row.lastTouch, QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant BookModel::sortValue(const BookRow &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.toLower();
    case SegmentColumn:
        return int(row.segment);
    case Arr:
        return row.arrCents;
    case Renewal:
    case DaysToRenewal:
        return row.renewalDate;
    case Stage:
        return int(row.stage);
    case Owner:
        return row.owner.toLower();
    case Health:
        return row.health ? QVariant(*row.health) : QVariant();
    case LastTouch:
        return row.lastTouch;
    }
    return {};
}

QVariant BookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Account");
    case SegmentColumn: return tr("Segment");
    case Arr: return tr("ARR");
    case Renewal: return tr("Renewal");
    case DaysToRenewal: return tr("Days to renewal");
    case Stage: return tr("Stage");
    case Owner: return tr("Owner");
    case Health: return tr("Health");
    case LastTouch: return tr("Last touch");
    }
    return {};
}

void BookModel::setRows(std::vector<BookRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, int(i));
    endResetModel();
}

void BookModel::upsertRow(BookRow row)
{
    const int existing = rowOf(row.id);
    if (existing >= 0) {
        m_rows[std::size_t(existing)] = std::move(row);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rowById.insert(row.id, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
}

void BookModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.empty())
        emit dataChanged(index(0, DaysToRenewal), index(rowCount() - 1, DaysToRenewal));
}

QStringList BookModel::owners() const
{
    QStringList owners;
    QSet<QString> seen;
    for (const BookRow &row : m_rows)
        if (!row.owner.isEmpty() && !seen.contains(row.owner)) {
            seen.insert(row.owner);
            owners.append(row.owner);
        }
    owners.sort(Qt::CaseInsensitive);
    return owners;
}

} // namespace csm
