#pragma once

// One value from the book, for the sync tests' assertions.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

inline int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

inline QString valueOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}
