#include "teambook.h"

#include "store/bookreader.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlvalues.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm {

namespace {

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("csm-team-book-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error fileError(const QString &path, const QString &reason)
{
    return Error { QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason) };
}

/// A read-only connection to one file, removed when it goes out of scope.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path) : m_name(connectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_opened = db.open();
        if (!m_opened)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    bool isOpen() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_opened = false;
};

/// An older book, brought to the current schema in a copy; the lead's file stays as it was.
Result<QString> migratedCopy(const QString &path, const QString &cacheDir)
{
    if (!QDir().mkpath(cacheDir))
        return Error { QObject::tr("cannot create %1").arg(cacheDir) };
    const QFileInfo info(path);
    const QByteArray key = QCryptographicHash::hash(
        (info.absoluteFilePath() + QString::number(info.lastModified().toMSecsSinceEpoch()) + QString::number(info.size())).toUtf8(),
        QCryptographicHash::Sha1);
    const QString copy = QDir(cacheDir).filePath(QString::fromLatin1(key.toHex().left(16)) + QStringLiteral(".sqlite"));
    if (!QFileInfo::exists(copy)) {
        const QString part = copy + QStringLiteral(".part");
        QFile::remove(part);
        if (!QFile::copy(path, part))
            return Error { QObject::tr("cannot copy it to %1 to bring it up to date").arg(cacheDir) };
        {
            auto db = Database::open(part);
            if (!db) {
                QFile::remove(part);
                return db.error();
            }
            QSqlQuery(db.value()->connection()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        if (!QFile::rename(part, copy)) {
            QFile::remove(part);
            return Error { QObject::tr("cannot write %1").arg(copy) };
        }
    }
    return copy;
}

Status readAccounts(const QSqlDatabase &db, const QDate &today, std::vector<PortfolioAccount> &out,
                    const std::atomic_bool *cancel)
{
    auto rows = BookReader(db).readAll(cancel);
    if (!rows)
        return rows.error();
    QHash<qint64, std::size_t> index;
    index.reserve(qsizetype(rows->size()) * 2);
    out.reserve(rows->size());
    for (const BookRow &r : *rows) {
        PortfolioAccount a;
        a.localId = r.id;
        a.crmId = r.crmId;
        a.name = r.name;
        a.owner = r.owner;
        a.currency = r.currency;
        a.arrCents = r.arrCents;
        a.segment = r.segment;
        a.band = r.healthBand;
        a.score = r.health;
        a.renewalDate = r.renewalDate;
        a.lastTouch = r.lastTouch;
        index.insert(a.localId, out.size());
        out.push_back(std::move(a));
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Archived accounts count in retention (a churn is an archived account's last movement).
    if (!q.exec(QStringLiteral("SELECT id, crm_id, name, owner, currency, segment FROM accounts WHERE archived_at IS NOT NULL")))
        return sqlError(QObject::tr("cannot read archived accounts"), q.lastError());
    while (q.next()) {
        PortfolioAccount a;
        a.localId = q.value(0).toLongLong();
        a.crmId = q.value(1).toString();
        a.name = q.value(2).toString();
        a.owner = q.value(3).toString();
        a.currency = q.value(4).toString();
        a.segment = segmentFromKey(q.value(5).toString()).value_or(Segment::Tech);
        a.archived = true;
        index.insert(a.localId, out.size());
        out.push_back(std::move(a));
    }
    auto at = [&](qint64 id) -> PortfolioAccount * {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &out[*it];
    };

    if (!q.exec(QStringLiteral("SELECT id, contract_start, first_value_on FROM accounts")))
        return sqlError(QObject::tr("cannot read contract dates"), q.lastError());
    while (q.next())
        if (PortfolioAccount *a = at(q.value(0).toLongLong())) {
            a->contractStart = sql::parseIsoDate(q.value(1).toString());
            a->firstValue = sql::parseIsoDate(q.value(2).toString());
        }

    q.prepare(QStringLiteral("SELECT r.account_id, count(*) FROM playbook_run_steps s JOIN playbook_runs r ON r.id = s.run_id "
                             "WHERE r.status = 'open' AND s.status = 'open' AND s.due_on < ? GROUP BY r.account_id"));
    q.addBindValue(sql::date(today));
    if (!q.exec())
        return sqlError(QObject::tr("cannot read overdue playbook steps"), q.lastError());
    while (q.next())
        if (PortfolioAccount *a = at(q.value(0).toLongLong()))
            a->overdueSteps = q.value(1).toInt();

    if (!q.exec(QStringLiteral("SELECT account_id, max(held_on) FROM meetings WHERE kind = 'qbr' OR kind = 'ebr' GROUP BY account_id")))
        return sqlError(QObject::tr("cannot read QBR dates"), q.lastError());
    while (q.next())
        if (PortfolioAccount *a = at(q.value(0).toLongLong()))
            a->lastQbr = sql::parseIsoDate(q.value(1).toString().left(10));

    if (!q.exec(QStringLiteral("SELECT account_id, day, kind, from_cents, to_cents, currency FROM arr_movements "
                               "ORDER BY account_id, day, id")))
        return sqlError(QObject::tr("cannot read ARR movements"), q.lastError());
    while (q.next()) {
        if (PortfolioAccount *a = at(q.value(0).toLongLong())) {
            ArrMovement m;
            m.day = sql::parseIsoDate(q.value(1).toString());
            m.kind = arrMovementKindFromKey(q.value(2).toString()).value_or(ArrMovementKind::New);
            m.fromCents = q.value(3).toLongLong();
            m.toCents = q.value(4).toLongLong();
            m.currency = q.value(5).toString();
            a->history.push_back(std::move(m));
        }
    }
    return {};
}

} // namespace

QString TeamBook::csm() const
{
    return manifest.owner.isEmpty() ? QFileInfo(path).completeBaseName() : manifest.owner;
}

Result<TeamBook> readTeamBook(const QString &path, const QString &cacheDir, const QDate &today,
                              const std::atomic_bool *cancel)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, QObject::tr("no such file"));
    if (!info.isFile())
        return fileError(path, QObject::tr("not a file"));
    if (!info.isReadable())
        return fileError(path, QObject::tr("cannot be read (permissions)"));

    TeamBook book;
    book.path = info.absoluteFilePath();
    book.readPath = book.path;
    int version = 0;
    {
        ReadOnlyConnection probe(book.path);
        if (!probe.isOpen())
            return fileError(path, QObject::tr("cannot open: %1").arg(probe.error()));
        QSqlQuery q(probe.db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fileError(path, QObject::tr("not a book file (%1)").arg(q.lastError().databaseText()));
        q.finish();
        auto v = Migrations::schemaVersion(probe.db());
        if (!v)
            return fileError(path, v.errorMessage());
        if (*v == 0)
            return fileError(path, QObject::tr("not a CSM Workbench book (it is empty)"));
        if (*v > Migrations::latestVersion())
            return fileError(path, Migrations::newerVersionMessage(*v));
        version = *v;
    }
    if (version < Migrations::latestVersion()) {
        auto copy = migratedCopy(book.path, cacheDir);
        if (!copy)
            return fileError(path, copy.errorMessage());
        book.readPath = *copy;
    }

    ReadOnlyConnection connection(book.readPath);
    if (!connection.isOpen())
        return fileError(path, QObject::tr("cannot open: %1").arg(connection.error()));
    auto manifest = BookFile::readManifest(connection.db());
    if (!manifest)
        return fileError(path, manifest.errorMessage());
    book.manifest = *manifest;
    book.manifest.schemaVersion = version;
    if (auto read = readAccounts(connection.db(), today, book.accounts, cancel); !read)
        return fileError(path, read.errorMessage());
    if (!book.manifest.isExport())
        book.manifest.exportedAt = info.lastModified().toUTC();
    return book;
}

std::vector<TeamBook> splitByOwner(const TeamBook &book)
{
    std::vector<TeamBook> parts;
    QHash<QString, std::size_t> byOwner;
    for (const PortfolioAccount &a : book.accounts) {
        const QString owner = a.owner.isEmpty() ? QObject::tr("No owner") : a.owner;
        auto it = byOwner.constFind(owner);
        if (it == byOwner.cend()) {
            TeamBook part;
            part.path = book.path;
            part.readPath = book.readPath;
            part.manifest = book.manifest;
            part.manifest.owner = owner;
            part.manifest.bookId = book.manifest.bookId + u'/' + owner;
            part.manifest.accountCount = 0;
            it = byOwner.insert(owner, parts.size());
            parts.push_back(std::move(part));
        }
        TeamBook &part = parts[*it];
        part.accounts.push_back(a);
        part.manifest.accountCount += a.archived ? 0 : 1;
    }
    std::sort(parts.begin(), parts.end(), [](const TeamBook &x, const TeamBook &y) {
        return x.manifest.owner.localeAwareCompare(y.manifest.owner) < 0;
    });
    return parts;
}

Result<QList<QPair<qint64, QString>>> readPlaybookRuns(const TeamBook &book, qint64 accountId)
{
    ReadOnlyConnection connection(book.readPath);
    if (!connection.isOpen())
        return fileError(book.path, QObject::tr("cannot open: %1").arg(connection.error()));
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("SELECT r.id, p.name, r.status, r.started_on FROM playbook_runs r JOIN playbooks p ON p.id = r.playbook_id "
                             "WHERE r.account_id = ? ORDER BY r.started_on DESC, r.id DESC"));
    q.addBindValue(accountId);
    if (!q.exec())
        return fileError(book.path, q.lastError().text());
    QList<QPair<qint64, QString>> runs;
    while (q.next())
        runs.append({ q.value(0).toLongLong(),
                      QObject::tr("%1 (%2, started %3)").arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()) });
    return runs;
}

} // namespace csm
