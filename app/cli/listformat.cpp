#include "listformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csm::cli {

namespace {

QString arrText(qint64 cents)
{
    return cents % 100 == 0 ? QString::number(cents / 100)
                            : QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QStringList fields(const BookRow &r, const QDate &today)
{
    return { r.crmId,
             r.name,
             segmentKey(r.segment),
             r.segmentOverride ? QStringLiteral("yes") : QStringLiteral("no"),
             arrText(r.arrCents),
             r.currency,
             r.renewalDate.toString(Qt::ISODate),
             r.renewalDate.isValid() ? QString::number(today.daysTo(r.renewalDate)) : QString(),
             lifecycleStageKey(r.stage),
             r.owner,
             r.lastTouch.toString(Qt::ISODate),
             r.health ? QString::number(*r.health, 'f', 1) : QString(),
             healthBandKey(r.healthBand),
             r.healthOverride ? QStringLiteral("yes") : QStringLiteral("no") };
}

const QStringList Header { QStringLiteral("crm_id"),         QStringLiteral("name"),
                           QStringLiteral("segment"),        QStringLiteral("segment_override"),
                           QStringLiteral("arr"),            QStringLiteral("currency"),
                           QStringLiteral("renewal_date"),   QStringLiteral("days_to_renewal"),
                           QStringLiteral("lifecycle_stage"), QStringLiteral("owner"),
                           QStringLiteral("last_touch"),     QStringLiteral("health"),
                           QStringLiteral("health_band"),    QStringLiteral("health_override") };

} // namespace

QString formatBookList(const std::vector<BookRow> &rows, ListFormat format, const QDate &today)
{
    QString out;
    if (format == ListFormat::Json) {
        QJsonArray array;
        for (const BookRow &r : rows) {
            QJsonObject o;
            const QStringList values = fields(r, today);
            for (qsizetype i = 0; i < Header.size(); ++i)
                o.insert(Header[i], values[i]);
            o.insert(QStringLiteral("segment_override"), r.segmentOverride);
            o.insert(QStringLiteral("arr"), double(r.arrCents) / 100.0);
            o.insert(QStringLiteral("health"), r.health ? QJsonValue(*r.health) : QJsonValue());
            o.insert(QStringLiteral("health_override"), r.healthOverride);
            if (r.renewalDate.isValid())
                o.insert(QStringLiteral("days_to_renewal"), qint64(today.daysTo(r.renewalDate)));
            else
                o.insert(QStringLiteral("days_to_renewal"), QJsonValue::Null);
            array.append(o);
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    if (format == ListFormat::Csv) {
        out += Header.join(u',') + u'\n';
        for (const BookRow &r : rows) {
            QStringList values = fields(r, today);
            for (QString &v : values)
                v = csvField(v);
            out += values.join(u',') + u'\n';
        }
        return out;
    }
    // Table: aligned columns for people; scripts should use csv or json.
    const QStringList header { QStringLiteral("CRM ID"), QStringLiteral("NAME"), QStringLiteral("SEGMENT"),
                               QStringLiteral("ARR"), QStringLiteral("RENEWAL"), QStringLiteral("DAYS"),
                               QStringLiteral("STAGE"), QStringLiteral("HEALTH"), QStringLiteral("OWNER") };
    std::vector<QStringList> lines;
    lines.reserve(rows.size() + 1);
    lines.push_back(header);
    for (const BookRow &r : rows) {
        const QStringList f = fields(r, today);
        lines.push_back({ f[0], f[1], f[2] + (r.segmentOverride ? QStringLiteral("*") : QString()),
                          f[4] + u' ' + f[5], f[6], f[7], f[8],
                          f[11].isEmpty() ? QString() : f[11] + u' ' + f[12] + (r.healthOverride ? QStringLiteral("*") : QString()),
                          f[9] });
    }
    std::vector<qsizetype> widths(std::size_t(header.size()), 0);
    for (const QStringList &line : lines)
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], std::min<qsizetype>(line[i].size(), 40));
    for (const QStringList &line : lines) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i) {
            QString cell = line[i].left(40);
            const bool numeric = i == 3 || i == 5;
            text += (numeric ? cell.rightJustified(widths[std::size_t(i)]) : cell.leftJustified(widths[std::size_t(i)]));
            if (i + 1 < line.size())
                text += QStringLiteral("  ");
        }
        out += text.trimmed() + u'\n';
    }
    return out;
}

} // namespace csm::cli
