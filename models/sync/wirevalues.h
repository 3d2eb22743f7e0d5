#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

/// Values as CRMs write them on the wire, read without QDateTime's and QLocale's parsers: a page
/// holds thousands of them, and the usual forms are cheap to read by hand.
namespace csm::wire {

/// "2026-12-01T09:16:23Z", with optional milliseconds (".608") and a UTC offset instead of the Z
/// ("+0000" as Salesforce writes it, or "+01:00"), as the moment it names in UTC; nullopt for any
/// other form (the caller falls back to QDateTime's parser).
std::optional<QDateTime> timestamp(QStringView text);
/// The same, from UTF-8 bytes as a page holds them.
std::optional<QDateTime> timestamp(QByteArrayView text);

/// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it.
QString isoDate(const QDate &day);

/// A decimal number as text, trimmed ("125000.5"), or empty when it is not one.
QString decimal(const QString &value);

} // namespace csm::wire
