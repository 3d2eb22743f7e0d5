// HealthService: read-only analysis — trends from snapshots, explanations, what-if previews.
#include "healthservice.h"

#include "healthinputsreader.h"
#include "healthsnapshotrepository.h"

#include <QObject>

namespace csm {

namespace {

// The latest snapshot's score minus the score of the latest snapshot at least `days` older.
std::optional<double> changeOver(const QList<HealthSnapshot> &history, qsizetype latest, int days)
{
    const HealthSnapshot &now = history.at(latest);
    if (!now.score)
        return std::nullopt;
    const QDate cutoff = now.day.addDays(-days);
    for (qsizetype i = latest - 1; i >= 0; --i) {
        if (history.at(i).day <= cutoff)
            return history.at(i).score ? std::optional<double>(*now.score - *history.at(i).score) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

Result<HealthTrend> HealthService::trend(qint64 accountId, const QDate &asOf) const
{
    const QDate until = asOf.isValid() ? asOf : today();
    auto history = HealthSnapshotRepository(m_db).history(accountId);
    if (!history)
        return history.error();
    qsizetype latest = history->size() - 1;
    while (latest >= 0 && history->at(latest).day > until)
        --latest;
    HealthTrend trend;
    if (latest < 0)
        return trend;
    const HealthSnapshot &now = history->at(latest);
    trend.day = now.day;
    trend.score = now.score;
    trend.band = now.band;
    trend.change7 = changeOver(*history, latest, 7);
    trend.change30 = changeOver(*history, latest, 30);
    trend.change90 = changeOver(*history, latest, 90);
    trend.inBandSince = now.day;
    for (qsizetype i = latest - 1; i >= 0 && history->at(i).band == now.band; --i)
        trend.inBandSince = history->at(i).day;
    return trend;
}

Result<HealthResult> HealthService::explain(qint64 accountId, const QDate &day) const
{
    auto scorer = bookScorer();
    if (!scorer)
        return scorer.error();
    auto inputs = HealthInputsReader(m_db).readOne(accountId, day.isValid() ? day : today());
    if (!inputs)
        return inputs.error();
    if (!inputs->has_value())
        return Error { QObject::tr("no account with id %1").arg(accountId) };
    return scorer->score(**inputs, true);
}

Result<HealthWhatIf> HealthService::whatIf(const HealthModelSet &candidate, const HealthBands &candidateBands) const
{
    if (auto valid = candidate.validate(); !valid)
        return valid.error();
    if (auto valid = candidateBands.validate(); !valid)
        return valid.error();
    auto current = bookScorer();
    if (!current)
        return current.error();
    const BookScorer next { candidate, candidateBands };

    const QDate day = today();
    auto inputs = HealthInputsReader(m_db).readAll(day);
    if (!inputs)
        return inputs.error();
    auto latest = HealthSnapshotRepository(m_db).latestBefore(day, true);
    if (!latest)
        return latest.error();

    HealthWhatIf report;
    for (const HealthInputs &in : *inputs) {
        HealthBandChange change;
        change.accountId = in.accountId;
        change.arrCents = in.arrCents;
        if (const auto snapshot = latest->constFind(in.accountId); snapshot != latest->cend()) {
            change.from = snapshot->band;
            change.fromScore = snapshot->score;
        } else {
            const HealthResult now = current->score(in);
            change.from = now.band;
            change.fromScore = now.score;
        }
        const HealthResult proposed = next.score(in);
        change.to = proposed.band;
        change.toScore = proposed.score;
        if (change.from == change.to)
            continue;
        report.arrCentsChanged += change.arrCents;
        if (change.to == HealthBand::Red) {
            ++report.intoRed;
            report.arrCentsIntoRed += change.arrCents;
        }
        report.changes.append(change);
    }
    return report;
}

} // namespace csm
