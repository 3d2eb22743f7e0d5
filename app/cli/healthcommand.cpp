#include "healthcommand.h"

#include "health/healthservice.h"
#include "store/accountrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csm::cli {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

int recompute(CliContext &context, const HealthService &health, const QDate &day, int backfillWeeks)
{
    if (backfillWeeks > 0) {
        auto written = health.backfill(day.addDays(-7 * backfillWeeks), day.addDays(-7), 7);
        if (!written)
            return context.failure(written.errorMessage());
        context.out() << "backfilled " << *written << " snapshots\n";
    }
    auto stats = health.recompute(day);
    if (!stats)
        return context.failure(stats.errorMessage());
    context.out() << "health on " << day.toString(Qt::ISODate) << ": " << stats->scored << " scored, "
                  << stats->unscored << " without data, " << stats->bandChanges << " changed band, "
                  << stats->enteredRed << " entered red" << Qt::endl;
    return Ok;
}

int explain(CliContext &context, const HealthService &health, qint64 id, const QDate &day, bool json)
{
    auto result = health.explain(id, day);
    if (!result)
        return context.failure(result.errorMessage());
    if (json) {
        QJsonArray measures;
        for (const MeasureResult &m : result->measures)
            measures.append(QJsonObject { { QStringLiteral("key"), m.key },
                                          { QStringLiteral("group"), m.group },
                                          { QStringLiteral("raw"), optionalNumber(m.raw) },
                                          { QStringLiteral("score"), optionalNumber(m.score) },
                                          { QStringLiteral("weight"), m.weight },
                                          { QStringLiteral("effective_weight"), m.effectiveWeight },
                                          { QStringLiteral("contribution"), m.contribution } });
        const QJsonObject o { { QStringLiteral("score"), optionalNumber(result->score) },
                              { QStringLiteral("band"), healthBandKey(result->band) },
                              { QStringLiteral("model"), result->modelKey },
                              { QStringLiteral("weakest"), result->weakestMeasure },
                              { QStringLiteral("missing"), QJsonArray::fromStringList(result->missing) },
                              { QStringLiteral("measures"), measures } };
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        context.out().flush();
        return Ok;
    }
    context.out() << "score: " << (result->score ? QString::number(*result->score, 'f', 1) : QStringLiteral("-"))
                  << " (" << healthBandKey(result->band) << "), model " << result->modelKey << '\n';
    context.out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(QStringLiteral("MEASURE"), -28)
                         .arg(QStringLiteral("RAW"), 10)
                         .arg(QStringLiteral("SCORE"), 7)
                         .arg(QStringLiteral("WEIGHT"), 7)
                         .arg(QStringLiteral("POINTS"), 7);
    for (const MeasureResult &m : result->measures)
        context.out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                             .arg(m.key, -28)
                             .arg(m.raw ? QString::number(*m.raw, 'f', 1) : QStringLiteral("missing"), 10)
                             .arg(m.score ? QString::number(*m.score, 'f', 0) : QStringLiteral("-"), 7)
                             .arg(QString::number(m.effectiveWeight, 'f', 1), 7)
                             .arg(QString::number(m.contribution, 'f', 1), 7);
    if (!result->weakestMeasure.isEmpty())
        context.out() << "pulling it down most: " << result->weakestMeasure << '\n';
    context.out().flush();
    return Ok;
}

} // namespace

int runHealth(CliContext &context)
{
    QCommandLineParser parser;
    const QString description = QStringLiteral(
        "Account health.\n"
        "  health recompute [--date DATE] [--backfill-weeks N]\n"
        "  health show CRM_ID [--date DATE] [--format text|json]   (also: explain)\n"
        "  health override CRM_ID (--band red|amber|green | --score N) --reason TEXT --expires DATE\n"
        "  health clear-override CRM_ID");
    const QCommandLineOption day(QStringList { QStringLiteral("date"), QStringLiteral("day") },
                                 QStringLiteral("Day (YYYY-MM-DD, default today)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption backfill(QStringLiteral("backfill-weeks"),
                                      QStringLiteral("Also write weekly history for N past weeks."), QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption band(QStringLiteral("band"), QStringLiteral("Override band."), QStringLiteral("BAND"));
    const QCommandLineOption score(QStringLiteral("score"), QStringLiteral("Override score 0-100."),
                                   QStringLiteral("N"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (required)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption expires(QStringLiteral("expires"), QStringLiteral("Last day the override applies."),
                                     QStringLiteral("DATE"));
    parser.addOptions({ day, backfill, format, band, score, reason, expires });
    int exitCode = Ok;
    if (!context.parseOptions(parser, description, exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList known { QStringLiteral("recompute"), QStringLiteral("show"), QStringLiteral("explain"), QStringLiteral("override"),
                              QStringLiteral("clear-override") };
    if (!known.contains(action))
        return context.usageError(QStringLiteral("health needs one of: %1").arg(known.join(QStringLiteral(", "))));
    if (action != u"recompute" && args.size() != 2)
        return context.usageError(QStringLiteral("health %1 needs a CRM id").arg(action));

    QDate when = QDate::currentDate();
    if (parser.isSet(day)) {
        when = QDate::fromString(parser.value(day), Qt::ISODate);
        if (!when.isValid())
            return context.usageError(QStringLiteral("--date needs a date as YYYY-MM-DD"));
    }
    if (parser.value(format) != u"text" && parser.value(format) != u"json")
        return context.usageError(QStringLiteral("--format must be text or json"));
    bool weeksOk = true;
    const int weeks = parser.isSet(backfill) ? parser.value(backfill).toInt(&weeksOk) : 0;
    if (!weeksOk || weeks < 0)
        return context.usageError(QStringLiteral("--backfill-weeks needs a whole number"));

    auto db = context.openBook();
    if (!db)
        return BadInput;
    const HealthService health(db->connection());
    if (action == u"recompute")
        return recompute(context, health, when, weeks);

    auto id = CliContext::accountId(db->connection(), args.at(1));
    if (!id)
        return context.failure(id.errorMessage());
    if (action == u"show" || action == u"explain")
        return explain(context, health, *id, when, parser.value(format) == u"json");
    if (action == u"clear-override") {
        if (auto cleared = health.clearOverride(*id, qEnvironmentVariable("USER")); !cleared)
            return context.failure(cleared.errorMessage());
        context.out() << "override cleared" << Qt::endl;
        return Ok;
    }
    HealthOverrideRequest request;
    if (parser.isSet(band)) {
        request.band = healthBandFromKey(parser.value(band));
        if (!request.band || *request.band == HealthBand::None)
            return context.usageError(QStringLiteral("--band must be red, amber or green"));
    }
    if (parser.isSet(score)) {
        bool ok = false;
        request.score = parser.value(score).toDouble(&ok);
        if (!ok)
            return context.usageError(QStringLiteral("--score needs a number"));
    }
    request.reason = parser.value(reason);
    request.expiresOn = QDate::fromString(parser.value(expires), Qt::ISODate);
    if (!parser.isSet(expires) || !request.expiresOn.isValid())
        return context.usageError(QStringLiteral("--expires needs a date as YYYY-MM-DD"));
    request.by = qEnvironmentVariable("USER");
    auto stored = health.setOverride(*id, request);
    if (!stored)
        return context.failure(stored.errorMessage());
    context.out() << "override set until " << stored->expiresOn.toString(Qt::ISODate) << Qt::endl;
    return Ok;
}

} // namespace csm::cli
