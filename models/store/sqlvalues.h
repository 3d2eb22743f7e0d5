#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QStringView>
#include <QVariant>

namespace csm::sql {

/// Dates travel as ISO-8601 text ("2026-11-25"), NULL when unset.
inline QVariant date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

/// Parses "YYYY-MM-DD" without allocating; faster than QDate::fromString on hot paths.
inline QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    auto digits = [&](qsizetype from, qsizetype count) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

/// Qt SQL binds a null QString as NULL; text columns are NOT NULL, so bind "" instead.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// Moments travel as UTC ISO-8601 text with milliseconds ("2026-12-01T09:16:23.608Z"), NULL when
/// unset. Written by hand for years 1000 to 9999 (a sync stores one per record, and
/// QDateTime::toString costs more than the rest of the row); the same text as Qt::ISODateWithMs.
inline QVariant timestamp(const QDateTime &at)
{
    if (!at.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    const QDateTime utc = at.timeSpec() == Qt::UTC ? at : at.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1000 || d.year() > 9999)
        return QVariant(utc.toString(Qt::ISODateWithMs));
    char16_t text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    text[10] = u'T';
    put(11, t.hour(), 2);
    text[13] = u':';
    put(14, t.minute(), 2);
    text[16] = u':';
    put(17, t.second(), 2);
    text[19] = u'.';
    put(20, t.msec(), 3);
    text[23] = u'Z';
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 24));
}

inline QDateTime toTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace csm::sql
