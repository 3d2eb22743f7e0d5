#include "wirevalues.h"

namespace csm::wire {

namespace {

inline char16_t unitOf(QChar c)
{
    return c.unicode();
}

inline char16_t unitOf(char c)
{
    return char16_t(uchar(c));
}

template<typename Text>
std::optional<QDateTime> timestampOf(const Text &value)
{
    const qsizetype size = value.size();
    const auto at = [&value](qsizetype i) { return unitOf(value[i]); };
    // "YYYY-MM-DDTHH:MM:SS" is 19 units; then ".mmm", then "Z", "+HHMM" or "+HH:MM".
    if (size < 20 || at(4) != u'-' || at(7) != u'-' || at(10) != u'T' || at(13) != u':' || at(16) != u':')
        return std::nullopt;
    qsizetype zone = 19;
    const bool millis = at(19) == u'.';
    if (millis)
        zone = 23;
    const qsizetype zoneSize = size - zone;
    if (zoneSize != 1 && zoneSize != 5 && zoneSize != 6)
        return std::nullopt;
    int parts[9] = {}; // year, month, day, hours, minutes, seconds, milliseconds, offset hours, minutes
    const auto digits = [&](qsizetype from, int count, int &out) {
        for (int i = 0; i < count; ++i) {
            const char16_t c = at(from + i);
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + (c - u'0');
        }
        return true;
    };
    if (!digits(0, 4, parts[0]) || !digits(5, 2, parts[1]) || !digits(8, 2, parts[2]) || !digits(11, 2, parts[3])
        || !digits(14, 2, parts[4]) || !digits(17, 2, parts[5]) || (millis && !digits(20, 3, parts[6])))
        return std::nullopt;
    int offsetSign = 0;
    if (zoneSize == 1) {
        if (at(zone) != u'Z')
            return std::nullopt;
    } else {
        const char16_t sign = at(zone);
        if (sign != u'+' && sign != u'-')
            return std::nullopt;
        offsetSign = sign == u'+' ? 1 : -1;
        const qsizetype minutesAt = zoneSize == 6 ? zone + 4 : zone + 3;
        if ((zoneSize == 6 && at(zone + 3) != u':') || !digits(zone + 1, 2, parts[7]) || !digits(minutesAt, 2, parts[8])
            || parts[7] > 23 || parts[8] > 59)
            return std::nullopt;
    }
    const QDate day(parts[0], parts[1], parts[2]);
    if (!day.isValid() || parts[3] > 23 || parts[4] > 59 || parts[5] > 59)
        return std::nullopt;
    const qint64 days = day.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 local = ((days * 24 + parts[3]) * 60 + parts[4]) * 60'000 + parts[5] * 1000 + parts[6];
    const qint64 offset = qint64(offsetSign) * (parts[7] * 60 + parts[8]) * 60'000;
    return QDateTime::fromMSecsSinceEpoch(local - offset, Qt::UTC);
}

} // namespace

std::optional<QDateTime> timestamp(QStringView text)
{
    return timestampOf(text);
}

std::optional<QDateTime> timestamp(QByteArrayView text)
{
    return timestampOf(text);
}

QString isoDate(const QDate &day)
{
    if (!day.isValid() || day.year() < 1000 || day.year() > 9999)
        return day.toString(Qt::ISODate);
    char16_t text[10];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, day.year(), 4);
    text[4] = u'-';
    put(5, day.month(), 2);
    text[7] = u'-';
    put(8, day.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString decimal(const QString &value)
{
    // Plain digits with at most one point, the usual form, are a number as they are.
    qsizetype digits = 0;
    qsizetype points = 0;
    for (const QChar c : value) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            ++digits;
        } else if (c == u'.') {
            ++points;
        } else {
            digits = -1;
            break;
        }
    }
    if (digits > 0 && points <= 1 && !value.startsWith(u'.') && !value.endsWith(u'.'))
        return value;
    bool ok = false;
    const QString trimmed = value.trimmed();
    trimmed.toDouble(&ok);
    return ok ? trimmed : QString();
}

} // namespace csm::wire
