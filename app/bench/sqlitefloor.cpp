#include "sqlitefloor.h"

#include "store/bookreader.h"

#include <sqlite3.h>

#include <memory>
#include <vector>

namespace csm::bench {

namespace {

struct FloorRow
{
    qint64 id = 0;
    qint64 arrCents = 0;
    bool segmentOverride = false;
    QString text[10]; // crm id, name, domain, owner, currency, renewal, stage, segment, tags, last touch
};

// Result columns of BookReader::sql(), in order.
constexpr int IdColumn = 0;
constexpr int ArrColumn = 5;
constexpr int OverrideColumn = 10;
constexpr int ColumnCount = 13;

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

struct CloseDb
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct Finalize
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

} // namespace

Result<int> readBookFloor(const QString &path)
{
    sqlite3 *rawDb = nullptr;
    const int openCode = sqlite3_open_v2(path.toUtf8().constData(), &rawDb, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, CloseDb> db(rawDb);
    if (openCode != SQLITE_OK)
        return Error { QStringLiteral("sqlite3_open_v2: %1").arg(QString::fromUtf8(sqlite3_errmsg(rawDb))) };

    const QByteArray sql = (BookReader::sql() + QStringLiteral(" ORDER BY a.id")).toUtf8();
    sqlite3_stmt *rawStatement = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql.constData(), int(sql.size()), &rawStatement, nullptr) != SQLITE_OK)
        return Error { QStringLiteral("sqlite3_prepare_v2: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.get()))) };
    std::unique_ptr<sqlite3_stmt, Finalize> statement(rawStatement);

    std::vector<FloorRow> rows;
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(statement.get())) == SQLITE_ROW) {
        FloorRow row;
        int textIndex = 0;
        for (int column = 0; column < ColumnCount; ++column) {
            switch (column) {
            case IdColumn:
                row.id = sqlite3_column_int64(statement.get(), column);
                break;
            case ArrColumn:
                row.arrCents = sqlite3_column_int64(statement.get(), column);
                break;
            case OverrideColumn:
                row.segmentOverride = sqlite3_column_int(statement.get(), column) != 0;
                break;
            default:
                row.text[textIndex++] = columnText(statement.get(), column);
            }
        }
        rows.push_back(std::move(row));
    }
    if (code != SQLITE_DONE)
        return Error { QStringLiteral("sqlite3_step: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.get()))) };
    return int(rows.size());
}

} // namespace csm::bench
