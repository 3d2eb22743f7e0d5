#pragma once

#include "crmconnector.h"

#include "domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace csm {

/// A named CRM connection of the book: which connector, its settings (never a token), and who
/// "me" is in that CRM.
struct CrmConnection
{
    qint64 id = 0;
    QString name;
    QString connector;
    QVariantMap settings;
    QString me;
};

/// What one sync run did, as its log keeps it.
struct SyncRun
{
    qint64 id = 0;
    qint64 connectionId = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; ///< running, ok, failed, cancelled
    QString message;
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int skipped = 0;
    int pushed = 0;
    int conflicts = 0;
    int retries = 0;
    QList<CrmRecordIssue> issues;

    qint64 durationMs() const { return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : 0; }
};

/// Connections, cursors and the sync log of one book.
class SyncStore
{
public:
    explicit SyncStore(QSqlDatabase db);

    Result<std::optional<CrmConnection>> connection(const QString &name) const;
    Result<CrmConnection> connection(qint64 id) const;
    Result<QList<CrmConnection>> connections() const;
    /// Adds the connection, or updates its connector, settings and "me" when the name exists.
    Result<CrmConnection> saveConnection(const CrmConnection &connection) const;
    Status removeConnection(qint64 id) const;

    /// Forgets where the connection's syncs got to (and the records waiting for their company):
    /// the next sync reads everything again. For a connection pointed at another CRM.
    Status resetCursors(qint64 connectionId) const;
    /// This book's own id, made on first use: keychain entries are filed under it, so two books
    /// with a connection of the same name keep their own tokens.
    Result<QString> bookId() const;

    /// The cursor stored for `object` (empty: from the start).
    Result<QString> cursor(qint64 connectionId, CrmObject object) const;
    /// Call inside the transaction that applies the page the cursor follows.
    Status setCursor(qint64 connectionId, CrmObject object, const QString &cursor) const;

    Result<QList<SyncRun>> runs(qint64 connectionId, int limit = 50) const;
    Result<SyncRun> run(qint64 runId) const;

private:
    QSqlDatabase m_db;
};

} // namespace csm
