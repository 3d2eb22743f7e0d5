#pragma once

#include "domain/account.h"

#include <QByteArray>
#include <QList>

namespace csm {

/// CSV with a header row of field keys (accountFieldKeys()), UTF-8 without BOM, CRLF between
/// records and RFC 4180 quoting where a value needs it. parseAccountsCsv() reads it back to equal
/// accounts, with two deliberate exceptions: the local `id` is not written, and a computed segment
/// is written empty because importing it would turn it into a manual override.
QByteArray accountsToCsv(const QList<Account> &accounts);

/// {"accounts": [{...}]}, indented, with the same keys and exceptions as accountsToCsv(). "arr" is
/// an exact JSON number (125000.50), unset dates and a computed segment are null, tags a list.
/// Round-trips through parseAccountsJson().
QByteArray accountsToJson(const QList<Account> &accounts);

} // namespace csm
