#include "healthservice.h"

#include "healthinputsreader.h"
#include "healthsnapshotrepository.h"

#include "store/booksettingsrepository.h"
#include "store/transaction.h"

#include <QObject>

namespace csm {

namespace {

const QString ModelsKey = QStringLiteral("health_models");
const QString BandsKey = QStringLiteral("health_bands");

HealthSnapshot snapshotOf(const HealthResult &result, qint64 accountId, const QDate &day)
{
    return HealthSnapshot { accountId, day, result.score, result.band, result.modelKey, result.missing };
}

Error cancelled()
{
    return Error { QObject::tr("cancelled") };
}

} // namespace

HealthService::HealthService(QSqlDatabase db, QDate today)
    : m_db(std::move(db))
    , m_today(today)
{
}

Result<HealthModelSet> HealthService::models() const
{
    return BookSettingsRepository(m_db).jsonValue<HealthModelSet>(ModelsKey);
}

Status HealthService::setModels(const HealthModelSet &models) const
{
    return BookSettingsRepository(m_db).setJsonValue(ModelsKey, models);
}

Result<HealthBands> HealthService::bands() const
{
    return BookSettingsRepository(m_db).jsonValue<HealthBands>(BandsKey);
}

Status HealthService::setBands(const HealthBands &bands) const
{
    return BookSettingsRepository(m_db).setJsonValue(BandsKey, bands);
}

HealthResult HealthService::BookScorer::score(const HealthInputs &inputs, bool withNames) const
{
    return scoreHealth(models.modelFor(inputs.stage, inputs.segment), inputs, bands, withNames);
}

Result<HealthService::BookScorer> HealthService::bookScorer() const
{
    auto set = models();
    if (!set)
        return set.error();
    auto bandSet = bands();
    if (!bandSet)
        return bandSet.error();
    return BookScorer { *set, *bandSet };
}

Result<HealthRecomputeStats> HealthService::applyModels(const HealthModelSet &models, const HealthBands &bands,
                                                        const QDate &day, const std::atomic_bool *cancel,
                                                        const std::function<void(int, int)> &progress) const
{
    if (!day.isValid())
        return Error { QObject::tr("recomputing health needs a valid day") };
    if (auto valid = models.validate(); !valid)
        return valid.error();
    if (auto valid = bands.validate(); !valid)
        return valid.error();

    // The new settings and the rescoring commit together: recompute() nests in this transaction
    // and scores with what was just saved.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start applying the health model: %1").arg(transaction.lastError()) };
    if (auto saved = setModels(models); !saved)
        return saved.error();
    if (auto saved = setBands(bands); !saved)
        return saved.error();
    auto stats = recompute(day, cancel, progress);
    if (!stats)
        return stats.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

Result<HealthRecomputeStats> HealthService::recompute(const QDate &day, const std::atomic_bool *cancel,
                                                      const std::function<void(int, int)> &progress) const
{
    if (!day.isValid())
        return Error { QObject::tr("recomputing health needs a valid day") };
    auto scorer = bookScorer();
    if (!scorer)
        return scorer.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start recomputing health: %1").arg(transaction.lastError()) };

    auto inputs = HealthInputsReader(m_db).readAll(day);
    if (!inputs)
        return inputs.error();
    const HealthSnapshotRepository snapshots(m_db);
    auto previous = snapshots.latestBefore(day);
    if (!previous)
        return previous.error();
    if (auto deleted = snapshots.deleteEventsOn(day); !deleted)
        return deleted.error();

    HealthRecomputeStats stats;
    const int total = int(inputs->size());
    const int step = qMax(1, total / 100);
    for (int i = 0; i < total; ++i) {
        if (i % step == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return cancelled();
            if (progress)
                progress(i, total);
        }
        const HealthInputs &in = (*inputs)[std::size_t(i)];
        const HealthResult result = scorer->score(in);
        (result.score ? stats.scored : stats.unscored)++;
        if (auto written = snapshots.upsert(snapshotOf(result, in.accountId, day)); !written)
            return written.error();
        const auto before = previous->constFind(in.accountId);
        if (before == previous->cend() || before->band == result.band)
            continue;
        const HealthEvent event { 0, in.accountId, day, HealthEvent::kindOf(before->band, result.band),
                                  before->band, result.band };
        if (auto written = snapshots.insertEvent(event); !written)
            return written.error();
        ++stats.bandChanges;
        if (event.kind == HealthEvent::Kind::EnteredRed)
            ++stats.enteredRed;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (progress)
        progress(total, total);
    return stats;
}

Result<int> HealthService::backfill(const QDate &from, const QDate &to, int stepDays,
                                    const std::atomic_bool *cancel) const
{
    if (!from.isValid() || !to.isValid() || from > to || stepDays < 1)
        return Error { QObject::tr("backfilling health needs a valid date range and a positive step") };
    auto scorer = bookScorer();
    if (!scorer)
        return scorer.error();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { QObject::tr("cannot start backfilling health: %1").arg(transaction.lastError()) };

    const HealthInputsReader reader(m_db);
    const HealthSnapshotRepository snapshots(m_db);
    int written = 0;
    for (QDate day = from; day <= to; day = day.addDays(stepDays)) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return cancelled();
        auto inputs = reader.readAll(day);
        if (!inputs)
            return inputs.error();
        auto previous = snapshots.latestBefore(day);
        if (!previous)
            return previous.error();
        for (const HealthInputs &in : *inputs) {
            const HealthResult result = scorer->score(in);
            auto inserted = snapshots.insertIfAbsent(snapshotOf(result, in.accountId, day));
            if (!inserted)
                return inserted.error();
            if (!*inserted)
                continue;
            ++written;
            const auto before = previous->constFind(in.accountId);
            if (before == previous->cend() || before->band == result.band)
                continue;
            const HealthEvent event { 0, in.accountId, day, HealthEvent::kindOf(before->band, result.band),
                                      before->band, result.band };
            if (auto status = snapshots.insertEvent(event); !status)
                return status.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return written;
}

} // namespace csm
