#include "migrations.h"

#include "database.h"
#include "sqlscript.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace csm::Migrations {

namespace {

const QString ResourceDir = QStringLiteral(":/sql/migrations");

// Tells a book apart from any other SQLite file.
const QString AppKey = QStringLiteral("csm-workbench");

} // namespace

QStringList scripts()
{
    QStringList files = QDir(ResourceDir).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = ResourceDir + u'/' + file;
    return files;
}

QString newerVersionMessage(int version)
{
    return QObject::tr("the book was written by a newer version of CSM Workbench (schema %1; this version "
                       "knows up to %2). It was not opened or changed.")
        .arg(version)
        .arg(latestVersion());
}

int latestVersion()
{
    return int(scripts().size());
}

Result<int> schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")))
        return sqlError(QObject::tr("cannot read the schema"), query.lastError());
    query.next();
    if (query.value(0).toInt() == 0) {
        query.finish();
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return sqlError(QObject::tr("cannot read the schema"), query.lastError());
        query.next();
        if (query.value(0).toInt() > 0)
            return Error { QObject::tr("not a CSM Workbench book (it holds other tables)") };
        return 0;
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('app', 'schema_version')")))
        return sqlError(QObject::tr("cannot read the schema version"), query.lastError());
    QString app;
    int version = -1;
    while (query.next()) {
        if (query.value(0).toString() == u"app")
            app = query.value(1).toString();
        else
            version = query.value(1).toInt();
    }
    if (app != AppKey || version < 1)
        return Error { QObject::tr("not a CSM Workbench book (no schema version)") };
    return version;
}

Status migrate(const QSqlDatabase &db, int target)
{
    const QStringList files = scripts();
    if (target < 0)
        target = int(files.size());

    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    if (*current > int(files.size()))
        return Error { newerVersionMessage(*current) };
    if (*current >= target)
        return {};

    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start the schema upgrade: %1").arg(transaction.lastError()) };

    QSqlQuery query(db);
    for (int step = *current; step < target; ++step) {
        QFile file(files.at(step));
        if (!file.open(QIODevice::ReadOnly))
            return Error { QObject::tr("missing migration %1").arg(files.at(step)) };
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString &statement : splitSqlScript(script)) {
            if (!query.exec(statement))
                return sqlError(QObject::tr("migration %1 failed").arg(QFileInfo(file).fileName()),
                                query.lastError());
        }
    }
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : { std::pair { QStringLiteral("app"), AppKey },
                                      std::pair { QStringLiteral("schema_version"), QString::number(target) } }) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return sqlError(QObject::tr("cannot record the schema version"), query.lastError());
    }
    query.finish();
    return transaction.commit();
}

} // namespace csm::Migrations
