#include "reviewcomments.h"

#include "io/jsonpositions.h"
#include "io/utf8text.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

const QString Columns = QStringLiteral("id, uid, book_id, csm, account_crm_id, account_name, run_id, "
                                       "run_name, author, created_at, body, imported_at");

ReviewComment fromRow(const QSqlQuery &q)
{
    ReviewComment c;
    c.id = q.value(0).toLongLong();
    c.uid = q.value(1).toString();
    c.bookId = q.value(2).toString();
    c.csm = q.value(3).toString();
    c.accountCrmId = q.value(4).toString();
    c.accountName = q.value(5).toString();
    c.runId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    c.runName = q.value(7).toString();
    c.author = q.value(8).toString();
    c.createdAt = sql::toTimestamp(q.value(9));
    c.body = q.value(10).toString();
    c.importedAt = sql::toTimestamp(q.value(11));
    return c;
}

QDateTime parseMoment(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QString timestampText(const QDateTime &at)
{
    return sql::timestamp(at).toString();
}

// Binds the columns from uid to imported_at, in Columns order.
void bindComment(QSqlQuery &q, const ReviewComment &c)
{
    q.addBindValue(c.uid);
    q.addBindValue(sql::text(c.bookId));
    q.addBindValue(sql::text(c.csm));
    q.addBindValue(c.accountCrmId);
    q.addBindValue(sql::text(c.accountName));
    q.addBindValue(sql::nullableId(c.runId));
    q.addBindValue(sql::text(c.runName));
    q.addBindValue(c.author);
    q.addBindValue(sql::timestamp(c.createdAt));
    q.addBindValue(c.body);
    q.addBindValue(sql::timestamp(c.importedAt));
}

const QString InsertSql = QStringLiteral(
    "INSERT INTO review_comments (uid, book_id, csm, account_crm_id, account_name, run_id, run_name, author, "
    "created_at, body, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

ReviewCommentStore::ReviewCommentStore(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(std::move(now))
{ }

QDateTime ReviewCommentStore::now() const
{
    return m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
}

Result<ReviewComment> ReviewCommentStore::add(const ReviewComment &comment) const
{
    ReviewComment c = comment;
    c.body = c.body.trimmed();
    c.author = c.author.trimmed();
    c.accountCrmId = c.accountCrmId.trimmed();
    if (c.body.isEmpty())
        return Error { tr("A review comment needs some text.") };
    if (c.author.isEmpty())
        return Error { tr("A review comment needs an author.") };
    if (c.accountCrmId.isEmpty())
        return Error { tr("A review comment needs the CRM id of its account.") };
    c.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.createdAt = now();
    c.importedAt = {};
    if (c.runId <= 0) {
        c.runId = 0;
        c.runName.clear();
    }

    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(InsertSql);
    bindComment(q, c);
    if (!q.exec())
        return sqlError(tr("cannot store the review comment"), q.lastError());
    c.id = q.lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return c;
}

Result<QList<ReviewComment>> ReviewCommentStore::forAccount(const QString &accountCrmId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + Columns
        + QStringLiteral(" FROM review_comments WHERE account_crm_id = ? ORDER BY created_at, id"));
    q.addBindValue(accountCrmId);
    if (!q.exec())
        return sqlError(tr("cannot read the account's review comments"), q.lastError());
    QList<ReviewComment> comments;
    while (q.next())
        comments.append(fromRow(q));
    return comments;
}

Result<QList<ReviewComment>> ReviewCommentStore::forBook(const QString &bookId, const QString &csm) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + Columns
        + QStringLiteral(" FROM review_comments WHERE csm = ? AND (? = '' OR book_id = ?) "
                         "ORDER BY account_name, account_crm_id, created_at, id"));
    q.addBindValue(sql::text(csm));
    q.addBindValue(sql::text(bookId));
    q.addBindValue(sql::text(bookId));
    if (!q.exec())
        return sqlError(tr("cannot read the book's review comments"), q.lastError());
    QList<ReviewComment> comments;
    while (q.next())
        comments.append(fromRow(q));
    return comments;
}

Status ReviewCommentStore::remove(qint64 id) const
{
    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM review_comments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("cannot remove the review comment"), q.lastError());
    if (q.numRowsAffected() == 0)
        return Error { tr("There is no review comment %1.").arg(id) };
    return transaction.commit();
}

Result<int> ReviewCommentStore::exportFor(
    const QString &bookId, const QString &csm, const QString &path) const
{
    auto all = forBook(bookId, csm);
    if (!all)
        return all.error();
    QJsonArray comments;
    QStringList authors;
    QSet<QString> books;
    for (const ReviewComment &c : std::as_const(*all)) {
        if (c.importedAt.isValid())
            continue; // a comment someone else wrote travels only from its author's store
        QJsonObject o;
        o.insert(u"uid", c.uid);
        o.insert(u"account_crm_id", c.accountCrmId);
        o.insert(u"account_name", c.accountName);
        o.insert(u"run_id", c.runId > 0 ? QJsonValue(c.runId) : QJsonValue(QJsonValue::Null));
        o.insert(u"run_name", c.runName);
        o.insert(u"author", c.author);
        o.insert(u"created_at", timestampText(c.createdAt));
        o.insert(u"body", c.body);
        comments.append(o);
        if (!authors.contains(c.author))
            authors.append(c.author);
        books.insert(c.bookId);
    }
    QJsonObject root;
    root.insert(u"format", QString(FileFormat));
    root.insert(u"version", FileVersion);
    root.insert(u"csm", csm);
    root.insert(u"book_id", !bookId.isEmpty() ? bookId : books.size() == 1 ? *books.cbegin() : QString());
    root.insert(u"exported_at", timestampText(now()));
    root.insert(u"author", authors.join(QStringLiteral(", ")));
    root.insert(u"comments", comments);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // QSaveFile: a full disk or a crash leaves the previous file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error { tr("Cannot write %1: %2").arg(path, file.errorString()) };
    return int(comments.size());
}

Result<ReviewCommentImport> ReviewCommentStore::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(path, file.errorString()) };
    const QByteArray data = file.readAll();
    const QByteArrayView bytes = withoutUtf8Bom(data);
    const auto at = [&](qsizetype offset, const QString &message) {
        const TextPosition p = textPositionAt(bytes, offset);
        return Error { QStringLiteral("%1:%2:%3: %4")
                           .arg(path, QString::number(p.line), QString::number(p.column), message) };
    };
    if (bytes.trimmed().isEmpty())
        return Error { tr("%1 is empty; it holds no review comments.").arg(path) };
    if (const DecodedText decoded = decodeUtf8(bytes); !decoded.ok())
        return at(decoded.invalidOffset, tr("this is not UTF-8 text"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return at(jsonErrorOffset(bytes, parseError.offset),
            tr("not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format").toString() != FileFormat)
        return Error { tr("%1 is not a review comments file (its \"format\" is not \"%2\").")
                           .arg(path, QString(FileFormat)) };
    const QJsonValue version = root.value(u"version");
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v < 1 || v != std::floor(v))
        return Error { tr("%1 has no valid review comments \"version\".").arg(path) };
    if (v > FileVersion)
        return Error { tr(
            "%1 was written by a newer version of CSM Workbench (review comments version %2; this "
            "version reads up to %3). Nothing was imported.")
                           .arg(path, QString::number(qint64(v)), QString::number(FileVersion)) };
    if (!root.value(u"comments").isArray())
        return Error { tr("%1 has no \"comments\" list.").arg(path) };

    // Check every comment before writing any, so a bad one changes nothing.
    const QJsonArray array = root.value(u"comments").toArray();
    const QList<JsonRecordPosition> positions
        = scanJsonRecordPositions(bytes, true, QLatin1StringView("comments"));
    ReviewCommentImport outcome;
    outcome.author = root.value(u"author").toString();
    outcome.csm = root.value(u"csm").toString();
    const QString bookId = root.value(u"book_id").toString();
    const QDateTime importedAt = now();
    QList<ReviewComment> comments;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonRecordPosition where = i < positions.size() ? positions.at(i) : JsonRecordPosition {};
        const auto fault = [&](const QString &key, const QString &message) {
            const qsizetype offset = where.values.value(key, where.begin);
            return at(
                std::max<qsizetype>(offset, 0), tr("comment %1: %2").arg(QString::number(i + 1), message));
        };
        if (!array.at(i).isObject())
            return fault({}, tr("expected an object"));
        const QJsonObject o = array.at(i).toObject();
        for (const char16_t *key : { u"uid", u"account_crm_id", u"author", u"body", u"created_at" }) {
            const QString name = QString::fromUtf16(key);
            if (!o.value(name).isString() || o.value(name).toString().trimmed().isEmpty())
                return fault(name, tr("\"%1\" must be text that is not empty").arg(name));
        }
        for (const char16_t *key : { u"account_name", u"run_name" }) {
            const QString name = QString::fromUtf16(key);
            if (o.contains(name) && !o.value(name).isString() && !o.value(name).isNull())
                return fault(name, tr("\"%1\" must be text").arg(name));
        }
        ReviewComment c;
        c.uid = o.value(u"uid").toString().trimmed();
        c.bookId = bookId;
        c.csm = outcome.csm;
        c.accountCrmId = o.value(u"account_crm_id").toString().trimmed();
        c.accountName = o.value(u"account_name").toString();
        c.author = o.value(u"author").toString().trimmed();
        c.body = o.value(u"body").toString().trimmed();
        c.createdAt = parseMoment(o.value(u"created_at").toString());
        if (!c.createdAt.isValid())
            return fault(QStringLiteral("created_at"),
                tr("\"created_at\" must be a date and time like 2026-11-25T09:30:00Z"));
        const QJsonValue run = o.value(u"run_id");
        if (!run.isUndefined() && !run.isNull()) {
            const double id = run.toDouble(-1);
            if (!run.isDouble() || id < 1 || id != std::floor(id))
                return fault(QStringLiteral("run_id"), tr("\"run_id\" must be a whole number or null"));
            c.runId = qint64(id);
            c.runName = o.value(u"run_name").toString();
        }
        c.importedAt = importedAt;
        comments.append(c);
    }

    Transaction transaction(m_db);
    QSqlQuery account(m_db);
    account.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE crm_id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(InsertSql + QStringLiteral(" ON CONFLICT (uid) DO NOTHING"));
    QSet<QString> skipped;
    for (const ReviewComment &c : std::as_const(comments)) {
        account.addBindValue(c.accountCrmId);
        if (!account.exec())
            return sqlError(tr("cannot look up the account of a review comment"), account.lastError());
        const bool known = account.next();
        account.finish();
        if (!known) {
            ++outcome.skippedNoAccount;
            skipped.insert(c.accountCrmId);
            continue;
        }
        bindComment(insert, c);
        if (!insert.exec())
            return sqlError(tr("cannot store a review comment"), insert.lastError());
        if (insert.numRowsAffected() > 0)
            ++outcome.added;
        else
            ++outcome.alreadyThere;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    outcome.skippedCrmIds = QStringList(skipped.cbegin(), skipped.cend());
    outcome.skippedCrmIds.sort();
    return outcome;
}

} // namespace csm
