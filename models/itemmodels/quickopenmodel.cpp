#include "quickopenmodel.h"

#include "itemmodels/bookmodel.h"

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

QString separator()
{
    return QStringLiteral(" · ");
}

QList<int> shifted(QList<int> positions, qsizetype by)
{
    for (int &position : positions)
        position += int(by);
    return positions;
}

} // namespace

QuickOpenModel::QuickOpenModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void QuickOpenModel::setBookModel(const BookModel *model)
{
    if (model && model == m_book)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_bookConnections))
        disconnect(connection);
    m_bookConnections.clear();
    m_book = model;
    if (model) {
        const auto requery = [this] { bookChanged(true); };
        m_bookConnections << connect(model, &QAbstractItemModel::modelReset, this, requery)
                          << connect(model, &QAbstractItemModel::rowsInserted, this, requery)
                          << connect(model, &QAbstractItemModel::rowsRemoved, this, requery)
                          // A renamed account is searched by its new name from the next keystroke on.
                          << connect(model, &QAbstractItemModel::dataChanged, this,
                                 [this] { bookChanged(false); })
                          << connect(model, &QObject::destroyed, this, [this] {
                                 m_book = nullptr;
                                 bookChanged(true);
                             });
    }
    bookChanged(true);
}

void QuickOpenModel::setCommands(QList<QuickOpenCommand> commands)
{
    m_commands.clear();
    m_commands.reserve(commands.size());
    for (QuickOpenCommand &command : commands) {
        FuzzyText path(command.path);
        FuzzyText leaf(QStringView(command.path).mid(command.leafStart));
        m_commands.append(PreparedCommand { std::move(command), std::move(path), std::move(leaf) });
    }
    setQuery(m_query);
}

void QuickOpenModel::setRecentAccounts(QList<qint64> accountIds)
{
    m_recent = std::move(accountIds);
    setQuery(m_query);
}

void QuickOpenModel::setQuery(const QString &query)
{
    m_query = query;
    QList<Result> results = run(query);
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

QAction *QuickOpenModel::actionAt(int row) const
{
    const Result &result = m_results.at(row);
    return result.kind == Kind::Command ? m_commands.at(result.command).command.action.data() : nullptr;
}

void QuickOpenModel::bookChanged(bool requery)
{
    m_searchStale = true;
    m_lastPattern.reset();
    m_lastHits.clear();
    if (requery)
        setQuery(m_query);
}

void QuickOpenModel::prepareSearch()
{
    if (!m_searchStale)
        return;
    m_search = m_book ? AccountSearch(m_book->rows()) : AccountSearch();
    m_searchStale = false;
}

QList<QuickOpenModel::Result> QuickOpenModel::run(const QString &query)
{
    QList<Result> results;
    QStringView text = QStringView(query).trimmed();
    const bool commandsOnly = text.startsWith(QChar(CommandPrefix));
    if (commandsOnly)
        text = text.mid(1);
    const FuzzyPattern pattern(text);

    if (pattern.isEmpty()) {
        if (!commandsOnly && m_book)
            for (const qint64 id : std::as_const(m_recent))
                if (m_book->rowOf(id) >= 0)
                    results.append(accountResult(id, nullptr, pattern));
        addCommands(results, pattern);
        return results;
    }
    if (!commandsOnly)
        addAccounts(results, pattern);
    addCommands(results, pattern);
    // Accounts come in ranked already; a stable sort keeps their order among equals.
    std::stable_sort(results.begin(), results.end(), [](const Result &a, const Result &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.length != b.length)
            return a.length < b.length;
        return a.kind == Kind::Account && b.kind == Kind::Command;
    });
    return results;
}

void QuickOpenModel::addAccounts(QList<Result> &out, const FuzzyPattern &pattern)
{
    if (!m_book)
        return;
    prepareSearch();
    const bool narrow = m_lastPattern && m_lastPattern->isRefinedBy(pattern);
    std::vector<AccountSearch::Hit> hits = m_search.find(pattern, narrow ? &m_lastHits : nullptr);
    m_lastPattern = pattern;
    m_lastHits = hits;
    for (const AccountSearch::Hit &hit : m_search.best(std::move(hits), MaxAccounts))
        out.append(accountResult(m_search.accountId(hit.entry), &hit, pattern));
}

void QuickOpenModel::addCommands(QList<Result> &out, const FuzzyPattern &pattern) const
{
    for (int i = 0; i < m_commands.size(); ++i) {
        const PreparedCommand &prepared = m_commands.at(i);
        if (!prepared.command.action)
            continue;
        if (pattern.isEmpty()) {
            out.append(commandResult(i, std::nullopt));
            continue;
        }
        std::optional<FuzzyMatch> best = pattern.match(prepared.leaf);
        if (best)
            best->positions = shifted(best->positions, prepared.command.leafStart);
        if (auto path = pattern.match(prepared.path); path && (!best || path->score > best->score))
            best = std::move(path);
        if (best)
            out.append(commandResult(i, std::move(best)));
    }
}

QuickOpenModel::Result QuickOpenModel::accountResult(
    qint64 accountId, const AccountSearch::Hit *hit, const FuzzyPattern &pattern) const
{
    const BookRow &row = m_book->rowAt(m_book->rowOf(accountId));
    Result result;
    result.kind = Kind::Account;
    result.accountId = accountId;
    result.band = row.healthBand;
    result.title = row.name;
    result.length = int(row.name.size());

    const auto add = [&result](const QString &part) -> qsizetype {
        if (part.isEmpty())
            return -1;
        if (!result.detail.isEmpty())
            result.detail += separator();
        const qsizetype at = result.detail.size();
        result.detail += part;
        return at;
    };
    const qsizetype domainAt = add(row.domain);
    const qsizetype ownerAt = add(row.owner);
    add(segmentDisplayName(row.segment));
    add(tr("%1 ARR").arg(formatMoney(m_locale, row.arrCents, row.currency)));
    if (row.renewalDate.isValid())
        add(tr("renews %1").arg(m_locale.toString(row.renewalDate, QLocale::ShortFormat)));

    // As the book list writes it: the score rounded down, then the band in words.
    result.trailing = row.health ? m_locale.toString(std::floor(*row.health), 'f', 0) + separator()
            + healthBandDisplayName(row.healthBand)
                                 : healthBandDisplayName(row.healthBand);

    if (hit) {
        result.score = hit->score;
        const auto match = pattern.match(m_search.text(hit->entry, hit->field));
        const QList<int> positions = match ? match->positions : QList<int>();
        switch (hit->field) {
        case AccountSearch::Field::Name:
            result.titleMatch = positions;
            break;
        case AccountSearch::Field::Domain:
            result.detailMatch = shifted(positions, domainAt);
            break;
        case AccountSearch::Field::Owner:
            result.detailMatch = shifted(positions, ownerAt);
            break;
        }
    }
    return result;
}

QuickOpenModel::Result QuickOpenModel::commandResult(int index, std::optional<FuzzyMatch> match) const
{
    const QuickOpenCommand &command = m_commands.at(index).command;
    Result result;
    result.kind = Kind::Command;
    result.command = index;
    result.title = command.path;
    result.trailing = command.shortcut;
    result.length = int(command.path.size() - command.leafStart);
    if (match) {
        result.score = match->score;
        result.titleMatch = std::move(match->positions);
    }
    return result;
}

int QuickOpenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant QuickOpenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Result &result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return result.title;
    case Qt::AccessibleTextRole:
        if (result.kind == Kind::Account)
            return tr("%1, account, health %2, %3").arg(result.title, result.trailing, result.detail);
        return result.trailing.isEmpty() ? tr("%1, command").arg(result.title)
                                         : tr("%1, command, %2").arg(result.title, result.trailing);
    case KindRole:
        return int(result.kind);
    case DetailRole:
        return result.detail;
    case TrailingRole:
        return result.trailing;
    case TitleMatchRole:
        return QVariant::fromValue(result.titleMatch);
    case DetailMatchRole:
        return QVariant::fromValue(result.detailMatch);
    case AccountIdRole:
        return result.accountId;
    case HealthBandRole:
        return result.kind == Kind::Account ? QVariant(int(result.band)) : QVariant();
    case ActionRole:
        return QVariant::fromValue(actionAt(index.row()));
    default:
        return {};
    }
}

QHash<int, QByteArray> QuickOpenModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(DetailRole, "detail");
    names.insert(TrailingRole, "trailing");
    names.insert(TitleMatchRole, "titleMatch");
    names.insert(DetailMatchRole, "detailMatch");
    names.insert(AccountIdRole, "accountId");
    names.insert(HealthBandRole, "healthBand");
    names.insert(ActionRole, "action");
    return names;
}

} // namespace csm
