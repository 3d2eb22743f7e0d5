#pragma once

#include "healthband.h"
#include "healthmodelset.h"
#include "healthoverride.h"
#include "healthscorer.h"
#include "healthsnapshot.h"

#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <optional>

namespace csm {

/// What one whole-book recomputation did.
struct HealthRecomputeStats
{
    int scored = 0;      ///< accounts with a score
    int unscored = 0;    ///< accounts without any data
    int bandChanges = 0; ///< accounts whose band differs from their previous snapshot
    int enteredRed = 0;  ///< of those, the ones that moved into red
};

/// A request to override an account's health.
struct HealthOverrideRequest
{
    std::optional<HealthBand> band; ///< red, amber or green
    std::optional<double> score;    ///< 0–100
    QString reason;                 ///< required
    QDate expiresOn;                ///< last day it applies; today or later
    QString by;                     ///< who made it
};

/// How an account's health moved, from its snapshots.
struct HealthTrend
{
    QDate day; ///< the latest snapshot on or before the requested day; null without snapshots
    std::optional<double> score;
    HealthBand band = HealthBand::None;
    std::optional<double> change7;  ///< score change against the snapshot ≥ 7 days older
    std::optional<double> change30;
    std::optional<double> change90;
    QDate inBandSince; ///< first day of the run of snapshots in the current band
};

/// One account whose band a candidate model would change.
struct HealthBandChange
{
    qint64 accountId = 0;
    qint64 arrCents = 0;
    HealthBand from = HealthBand::None;
    HealthBand to = HealthBand::None;
    std::optional<double> fromScore;
    std::optional<double> toScore;
};

/// The effect of a candidate model set and bands before it is applied.
struct HealthWhatIf
{
    QList<HealthBandChange> changes; ///< by account id
    qint64 arrCentsChanged = 0;      ///< ARR of the accounts that change band
    int intoRed = 0;
    qint64 arrCentsIntoRed = 0;
};

/// The account health engine over one book: models and bands from the book's settings, daily
/// snapshots with band-change events, overrides, trends, explanations and what-if previews.
///
/// Overrides are shown on top of the computed score; nothing here that computes scores writes them.
class HealthService final
{
public:
    /// `today` fixes the date used for override expiry and what-if (tests); null = the current date.
    explicit HealthService(QSqlDatabase db, QDate today = {});

    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    /// The book's models ("health_models"), or the defaults when none were saved.
    Result<HealthModelSet> models() const;
    Status setModels(const HealthModelSet &models) const;
    /// The book's bands ("health_bands"), or the defaults.
    Result<HealthBands> bands() const;
    Status setBands(const HealthBands &bands) const;

    /// Scores every account as of `day` and replaces that day's snapshots and band-change events, in
    /// one transaction. `progress(done, total)` is called about every 1%; when `cancel` becomes true
    /// the transaction rolls back and Error("cancelled") is returned.
    Result<HealthRecomputeStats> recompute(const QDate &day, const std::atomic_bool *cancel = nullptr,
                                           const std::function<void(int, int)> &progress = {}) const;

    /// Saves `models` and `bands` and rescores every account as of `day` with them, all in one
    /// transaction: a cancelled or failed run keeps the previous model, bands and scores. Invalid
    /// models or bands are refused before anything is written.
    Result<HealthRecomputeStats> applyModels(const HealthModelSet &models, const HealthBands &bands,
                                             const QDate &day, const std::atomic_bool *cancel = nullptr,
                                             const std::function<void(int, int)> &progress = {}) const;

    /// Writes snapshots for `from`, `from + stepDays`, … up to `to`, computed from history as of each
    /// day, only where an account has no snapshot that day; in one transaction. Returns rows written.
    Result<int> backfill(const QDate &from, const QDate &to, int stepDays = 7,
                         const std::atomic_bool *cancel = nullptr) const;

    /// Stores an override; refused without a reason, with an expiry before today, or with neither
    /// band nor score.
    Result<HealthOverride> setOverride(qint64 accountId, const HealthOverrideRequest &request) const;
    /// Marks the account's open overrides cleared (kept in the history); an error if there is none.
    Status clearOverride(qint64 accountId, const QString &by) const;
    /// The override in force on `day` (null = today).
    Result<std::optional<HealthOverride>> activeOverride(qint64 accountId, const QDate &day = {}) const;
    /// Every override of the account, newest first, cleared and expired ones included.
    Result<QList<HealthOverride>> overrideHistory(qint64 accountId) const;

    /// Score changes over 7/30/90 days and when the account entered its band, as of `asOf` (null = today).
    Result<HealthTrend> trend(qint64 accountId, const QDate &asOf = {}) const;
    /// The full scoring of one account on `day` with the book's model: every measure's raw value,
    /// score, weight and contribution.
    Result<HealthResult> explain(qint64 accountId, const QDate &day) const;
    /// Which accounts (and how much ARR) would change band today under `candidate` and `bands`,
    /// compared with their latest snapshots (or the current model where there is none).
    Result<HealthWhatIf> whatIf(const HealthModelSet &candidate, const HealthBands &bands) const;

private:
    /// The book's models and bands, read once for a whole-book pass.
    struct BookScorer
    {
        HealthModelSet models;
        HealthBands bands;
        /// Measures' translated names only `withNames`, which whole-book passes skip.
        HealthResult score(const HealthInputs &inputs, bool withNames = false) const;
    };
    Result<BookScorer> bookScorer() const;

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace csm
