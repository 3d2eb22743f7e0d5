#pragma once

// A small SOQL reader for the Salesforce emulator: SELECT f, … FROM Object [WHERE datetimeField op
// literal] [ORDER BY f [ASC|DESC], …] [LIMIT n], with Salesforce's error codes and messages.

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace csm::emulator {

/// A name in a query and where it stands (1-based column, as Salesforce counts).
struct Named
{
    QString name;
    int column;
};

/// A query as read.
struct Soql
{
    QList<Named> fields;
    Named object;
    std::optional<Named> whereField;
    QString op;
    qint64 whereMs = 0;
    QList<std::pair<Named, bool>> order; ///< field, descending
    int limit = -1;
};

/// Why a query cannot be run: Salesforce's error code and message.
struct SoqlError
{
    QString code;
    QString message;
};

/// Reads `soql`, or says what is wrong with it as Salesforce does (MALFORMED_QUERY and the place).
std::variant<Soql, SoqlError> parseSoql(const QString &soql);

/// Salesforce's way of pointing at a place in a query: the query, a caret under `column`, and `what`.
QString pointAt(const QString &soql, int column, const QString &what);

} // namespace csm::emulator
