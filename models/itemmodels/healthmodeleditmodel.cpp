#include "healthmodeleditmodel.h"

#include <QLocale>

#include <cmath>

namespace csm {

namespace {

using Kind = ScoringRule::Kind;
using Direction = ScoringRule::Direction;

QString slug(const QString &text)
{
    QString key;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            key += c;
        else if (!key.isEmpty() && !key.endsWith(u'_'))
            key += u'_';
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("group") : key;
}

} // namespace

HealthModelEditModel::HealthModelEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HealthModelEditModel::setHealthModel(const HealthModel &model)
{
    beginResetModel();
    m_key = model.key;
    m_name = model.name;
    m_rows.clear();
    for (const HealthGroup &g : model.groups)
        for (const HealthMeasure &m : g.measures)
            m_rows.append(Row { g.key, g.name, m });
    endResetModel();
    emit edited();
}

HealthModel HealthModelEditModel::healthModel() const
{
    HealthModel model;
    model.key = m_key;
    model.name = m_name;
    for (const Row &row : m_rows) {
        auto group = std::find_if(model.groups.begin(), model.groups.end(),
                                  [&row](const HealthGroup &g) { return g.name == row.groupName; });
        if (group == model.groups.end()) {
            model.groups.append(HealthGroup { row.groupKey, row.groupName, {} });
            group = model.groups.end() - 1;
        }
        group->measures.append(row.measure);
    }
    return model;
}

double HealthModelEditModel::totalWeight() const
{
    double total = 0;
    for (const Row &row : m_rows)
        total += row.measure.weight;
    return total;
}

void HealthModelEditModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString HealthModelEditModel::uniqueMeasureKey(const QString &base) const
{
    auto taken = [this](const QString &key) {
        return std::any_of(m_rows.cbegin(), m_rows.cend(), [&key](const Row &r) { return r.measure.key == key; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n)
        if (const QString key = base + u'_' + QString::number(n); !taken(key))
            return key;
}

QString HealthModelEditModel::groupKeyFor(const QString &groupName) const
{
    for (const Row &row : m_rows)
        if (row.groupName == groupName)
            return row.groupKey;
    QString key = slug(groupName);
    const QString base = key;
    for (int n = 2; std::any_of(m_rows.cbegin(), m_rows.cend(), [&key](const Row &r) { return r.groupKey == key; }); ++n)
        key = base + u'_' + QString::number(n);
    return key;
}

int HealthModelEditModel::addMeasure(int afterRow)
{
    if (m_readOnly)
        return -1;
    const int row = afterRow >= 0 && afterRow < m_rows.size() ? afterRow + 1 : int(m_rows.size());
    Row added;
    if (!m_rows.isEmpty()) {
        const Row &neighbour = m_rows.at(row > 0 ? row - 1 : 0);
        added.groupKey = neighbour.groupKey;
        added.groupName = neighbour.groupName;
    } else {
        added.groupName = tr("Measures");
        added.groupKey = QStringLiteral("measures");
    }
    added.measure.signal = HealthSignal::Utilisation;
    added.measure.key = uniqueMeasureKey(healthSignalKey(added.measure.signal));
    added.measure.weight = 0.0;
    added.measure.rule = ScoringRule::linear(0.0, 100.0);
    beginInsertRows({}, row, row);
    m_rows.insert(row, added);
    endInsertRows();
    emit edited();
    return row;
}

bool HealthModelEditModel::removeMeasure(int row)
{
    if (m_readOnly || row < 0 || row >= m_rows.size())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit edited();
    return true;
}

int HealthModelEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthModelEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList HealthModelEditModel::choices(int column)
{
    switch (column) {
    case SignalColumn: {
        QStringList names;
        for (HealthSignal signal : AllHealthSignals)
            names << healthSignalDisplayName(signal);
        return names;
    }
    case KindColumn: return { tr("Thresholds"), tr("Linear") };
    case DirectionColumn: return { tr("Higher is better"), tr("Lower is better") };
    default: return {};
    }
}

QVariant HealthModelEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const HealthMeasure &m = row.measure;
    const ScoringRule &rule = m.rule;
    const bool linear = rule.kind == Kind::Linear;
    const int column = index.column();

    if (role == ChoicesRole)
        return choices(column);
    if (role == Qt::TextAlignmentRole && column >= WeightColumn && column != KindColumn && column != DirectionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case LowColumn: return linear ? tr("Raw value that scores 0 (100 if lower is better)") : tr("Poor below this: scores 25 here");
        case MidColumn: return linear ? QVariant() : tr("Concerning from here: scores 75 here");
        case HighColumn: return linear ? tr("Raw value that scores 100 (0 if lower is better)") : tr("Healthy from here: scores 100");
        case WeightColumn: return tr("Points of the model's 100");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const QLocale locale;
    auto number = [&](double value) -> QVariant { return edit ? QVariant(value) : QVariant(locale.toString(value, 'g', 6)); };
    switch (column) {
    case GroupColumn: return row.groupName;
    case MeasureColumn: return edit ? m.name : m.displayName();
    case SignalColumn: {
        const int i = int(std::find(AllHealthSignals.begin(), AllHealthSignals.end(), m.signal) - AllHealthSignals.begin());
        return edit ? QVariant(i) : QVariant(healthSignalDisplayName(m.signal));
    }
    case WeightColumn: return number(m.weight);
    case KindColumn: return edit ? QVariant(linear ? 1 : 0) : QVariant(choices(KindColumn).at(linear ? 1 : 0));
    case DirectionColumn: {
        const int i = rule.direction == Direction::HigherIsBetter ? 0 : 1;
        return edit ? QVariant(i) : QVariant(choices(DirectionColumn).at(i));
    }
    case LowColumn: return number(linear ? rule.min : rule.poor);
    case MidColumn: return linear ? (edit ? QVariant() : QVariant(QStringLiteral("—"))) : number(rule.concerning);
    case HighColumn: return number(linear ? rule.max : rule.healthy);
    default: return {};
    }
}

bool HealthModelEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    HealthMeasure &m = row.measure;
    ScoringRule &rule = m.rule;
    const bool linear = rule.kind == Kind::Linear;
    bool ok = true;
    const double number = value.toDouble(&ok);
    const bool numeric = index.column() == WeightColumn || index.column() >= LowColumn;
    if (numeric && (!ok || !std::isfinite(number)))
        return false;

    QModelIndex last = index;
    switch (index.column()) {
    case GroupColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        if (name == row.groupName)
            return true;
        row.groupKey = QString(); // so groupKeyFor() does not find this row's old key
        row.groupKey = groupKeyFor(name);
        row.groupName = name;
        break;
    }
    case MeasureColumn: m.name = value.toString().trimmed(); break;
    case SignalColumn: {
        const int i = value.toInt(&ok);
        if (!ok || i < 0 || i >= int(AllHealthSignals.size()))
            return false;
        m.signal = AllHealthSignals[std::size_t(i)];
        last = this->index(index.row(), MeasureColumn);
        break;
    }
    case WeightColumn:
        if (number < 0.0)
            return false;
        m.weight = number;
        break;
    case KindColumn: {
        const int i = value.toInt(&ok);
        if (!ok || i < 0 || i > 1)
            return false;
        const Kind kind = i == 1 ? Kind::Linear : Kind::Thresholds;
        if (kind == rule.kind)
            return true;
        // Carry the range over so switching back and forth keeps sensible numbers.
        if (kind == Kind::Linear) {
            rule.min = rule.poor;
            rule.max = rule.healthy;
        } else {
            rule.poor = rule.min;
            rule.healthy = rule.max;
            rule.concerning = (rule.min + rule.max) / 2.0;
        }
        rule.kind = kind;
        last = this->index(index.row(), HighColumn);
        break;
    }
    case DirectionColumn: {
        const int i = value.toInt(&ok);
        if (!ok || i < 0 || i > 1)
            return false;
        rule.direction = i == 0 ? Direction::HigherIsBetter : Direction::LowerIsBetter;
        break;
    }
    case LowColumn: (linear ? rule.min : rule.poor) = number; break;
    case MidColumn:
        if (linear)
            return false;
        rule.concerning = number;
        break;
    case HighColumn: (linear ? rule.max : rule.healthy) = number; break;
    default: return false;
    }
    const QModelIndex first = index.column() == SignalColumn ? this->index(index.row(), MeasureColumn) : index;
    emit dataChanged(first.column() <= last.column() ? first : last, first.column() <= last.column() ? last : first);
    emit edited();
    return true;
}

Qt::ItemFlags HealthModelEditModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool linear = m_rows.at(index.row()).measure.rule.kind == Kind::Linear;
    if (!m_readOnly && !(index.column() == MidColumn && linear))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant HealthModelEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn: return tr("Group");
    case MeasureColumn: return tr("Measure");
    case SignalColumn: return tr("Signal");
    case WeightColumn: return tr("Weight");
    case KindColumn: return tr("Scoring");
    case DirectionColumn: return tr("Direction");
    case LowColumn: return tr("Poor / min");
    case MidColumn: return tr("Concerning");
    case HighColumn: return tr("Healthy / max");
    default: return {};
    }
}

} // namespace csm
