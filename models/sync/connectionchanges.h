#pragma once

#include "syncstore.h"

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>

namespace csm {

class SecretStore;

/// One change to the book's CRM connections, as Settings and the CRM window make them: a new
/// connection (`before.id` is 0), an edited one, or one to remove. The token is the one typed or
/// given by a browser sign-in; it lives in memory until updateConnectionSecrets() files it in the
/// keychain, never in the book or the settings.
struct ConnectionChange
{
    CrmConnection before; ///< as stored; empty for a new connection
    CrmConnection after;  ///< as edited; ignored when `remove`
    bool remove = false;
    QString token;        ///< empty keeps the stored token

    bool isNew() const { return before.id == 0; }
    /// The connection now points at another CRM (connector or address), so what its syncs
    /// remembered means nothing there.
    bool pointsElsewhere() const;
};

/// Writes `changes` into the book in one unit of work, in their order: removed connections go with
/// their log and cursors (their accounts stay), an edited one pointed at another CRM forgets its
/// cursors, new and edited ones are saved. A new connection named like one the book keeps, or an
/// edit that renames (tokens are filed by name), refuses the lot and nothing is written.
/// Returns the connections as stored, in the order of `changes` (removed ones as they were).
Result<QList<CrmConnection>> applyConnectionChanges(const QSqlDatabase &db, const QList<ConnectionChange> &changes);

/// Files the tokens of applied `changes` in the keychain under book `bookId` (SyncStore::bookId()):
/// removed connections and those moved to another connector lose theirs, typed ones are written.
/// `done(errors)` runs once every keychain job has finished, with what went wrong (empty when all
/// went well); at once when there is nothing to do.
void updateConnectionSecrets(SecretStore &secrets, const QString &bookId, const QList<ConnectionChange> &changes,
                             std::function<void(QStringList)> done);

/// Asks the connection's CRM whether it answers with `token`: empty when it did, else why. Blocks
/// on the network: call it on a worker thread. `cancel` stops a wait at once.
QString testCrmConnection(const CrmConnection &connection, const QString &token, const std::atomic_bool *cancel = nullptr);

} // namespace csm
