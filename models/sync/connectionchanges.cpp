#include "connectionchanges.h"

#include "connectorregistry.h"
#include "secretstore.h"

#include "store/transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace csm {

namespace {

/// The context the messages below are translated under, as lupdate sees it too.
class ConnectionChanges
{
    Q_DECLARE_TR_FUNCTIONS(csm::ConnectionChanges)
};

const QString BaseUrlKey = QStringLiteral("base_url");

} // namespace

bool ConnectionChange::pointsElsewhere() const
{
    return !isNew() && !remove
        && (after.connector != before.connector || after.settings.value(BaseUrlKey) != before.settings.value(BaseUrlKey));
}

Result<QList<CrmConnection>> applyConnectionChanges(const QSqlDatabase &db, const QList<ConnectionChange> &changes)
{
    const SyncStore store(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { ConnectionChanges::tr("Cannot change the CRM connections: %1").arg(transaction.lastError()) };
    QList<CrmConnection> stored;
    for (const ConnectionChange &change : changes) {
        if (change.remove) {
            if (!change.isNew())
                if (Status removed = store.removeConnection(change.before.id); !removed)
                    return removed.error();
            stored << change.before;
            continue;
        }
        if (change.after.name.trimmed().isEmpty())
            return Error { ConnectionChanges::tr("A CRM connection needs a name.") };
        if (change.isNew()) {
            auto existing = store.connection(change.after.name);
            if (!existing)
                return existing.error();
            if (existing->has_value())
                return Error { ConnectionChanges::tr("There is a connection named %1 already; choose another name.").arg(change.after.name) };
        } else if (change.after.name != change.before.name) {
            return Error { ConnectionChanges::tr("The connection %1 keeps its name; remove it and add one with the new name instead.")
                               .arg(change.before.name) };
        }
        if (change.pointsElsewhere())
            if (Status reset = store.resetCursors(change.before.id); !reset)
                return reset.error();
        auto saved = store.saveConnection(change.after);
        if (!saved)
            return saved.error();
        stored << *saved;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

void updateConnectionSecrets(SecretStore &secrets, const QString &bookId, const QList<ConnectionChange> &changes,
                             std::function<void(QStringList)> done)
{
    const auto keyOf = [&bookId](const CrmConnection &c) { return SecretStore::connectionKey(bookId, c.connector, c.name); };
    QList<std::pair<QString, QString>> writes; // key, token
    QSet<QString> written;
    for (const ConnectionChange &change : changes) {
        if (!change.remove && !change.token.isEmpty()) {
            writes << std::pair { keyOf(change.after), change.token };
            written.insert(keyOf(change.after));
        }
    }
    QStringList removals;
    for (const ConnectionChange &change : changes) {
        if (change.isNew())
            continue;
        const bool gone = change.remove || change.after.connector != change.before.connector;
        // A key written again by another change (removed, then added under the same name) stays.
        if (gone && !written.contains(keyOf(change.before)) && !removals.contains(keyOf(change.before)))
            removals << keyOf(change.before);
    }

    struct Pending
    {
        int jobs = 0;
        QStringList errors;
        std::function<void(QStringList)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->jobs = int(removals.size() + writes.size()) + 1; // + 1 until every job is started
    pending->done = std::move(done);
    const auto finished = [pending](const QString &error) {
        if (!error.isEmpty())
            pending->errors << error;
        if (--pending->jobs == 0 && pending->done)
            pending->done(pending->errors);
    };
    for (const QString &key : std::as_const(removals))
        secrets.remove(key, finished);
    for (const auto &[key, token] : std::as_const(writes))
        secrets.write(key, token, finished);
    finished({});
}

QString testCrmConnection(const CrmConnection &connection, const QString &token, const std::atomic_bool *cancel)
{
    const auto factory = ConnectorRegistry::instance().find(connection.connector);
    if (!factory)
        return ConnectionChanges::tr("The connector %1 is not installed.").arg(connection.connector);
    const auto connector = factory->create();
    connector->setCancelFlag(cancel);
    if (auto error = connector->configure(connection.settings, token))
        return error->message;
    if (auto error = connector->testConnection())
        return error->message;
    return {};
}

} // namespace csm
