#pragma once

#include "domain/account.h"
#include "domain/contact.h"
#include "domain/result.h"
#include "domain/surveyresponse.h"
#include "domain/ticket.h"
#include "domain/usagesample.h"
#include "health/healthband.h"
#include "health/healthoverride.h"
#include "health/healthscorer.h"
#include "health/healthservice.h"
#include "health/healthsnapshot.h"
#include "notes/meeting.h"
#include "playbooks/playbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace csm {

/// A measure whose score moved between the last review and the deck's date.
struct MeasureChange
{
    QString name;
    std::optional<double> before; ///< score 0–100 at the last review
    std::optional<double> after;  ///< score 0–100 on the deck's date
    double delta() const { return after.value_or(0.0) - before.value_or(0.0); }
};

/// Everything a QBR deck shows about one account, frozen as of one day: nothing dated after it is
/// read, and steps or next steps finished after it count as open. The same book and date give the
/// same deck.
struct DeckData
{
    Q_DECLARE_TR_FUNCTIONS(csm::Deck)

public:
    Account account;
    QDate asOf;
    QDate periodStart;    ///< the day after the previous review, or 90 days back without one
    QList<Contact> contacts;

    std::optional<Meeting> review;         ///< the latest QBR or EBR held on or before asOf
    std::optional<Meeting> previousReview; ///< the QBR or EBR before it

    HealthResult health;                 ///< scored as of asOf
    HealthTrend trend;                   ///< from the snapshots up to asOf
    std::optional<HealthOverride> healthOverride; ///< in force on asOf
    QList<HealthSnapshot> healthHistory; ///< the year up to asOf, oldest first
    QList<HealthOverride> healthOverrides; ///< made on or before asOf
    HealthBands bands;
    QList<MeasureChange> changes;        ///< measures that moved since the previous review, biggest first

    QList<UsageSample> usage;            ///< the year up to asOf, oldest first
    QList<Ticket> tickets;               ///< opened in the year up to asOf; closed after asOf = open
    QList<SurveyResponse> surveys;       ///< answered in the year up to asOf, newest first
    QList<PlaybookRun> runs;             ///< started on or before asOf, newest first, as they stood
    /// Next steps of the reviews above that a later review on or before asOf took over ("carried
    /// forward"): closed, but not done.
    QSet<qint64> carriedForward;

    /// The score shown: the override's where one is in force, else the computed one.
    std::optional<double> shownScore() const;
    HealthBand shownBand() const;
    /// Days from asOf to the renewal date (negative once past); nullopt without one.
    std::optional<qint64> daysToRenewal() const;
    /// The review's next steps still open on asOf, by due date.
    QList<ActionItem> openNextSteps() const;
    /// Three short statements for the executive summary, from the data only.
    QStringList headlines() const;
    /// NPS over the responses held (% promoters − % detractors); nullopt without responses.
    std::optional<int> netPromoterScore() const;
    /// Agenda points for the next review, from what is open, at risk or coming up.
    QStringList nextAgenda() const;
    /// When the next review is due: a quarter after asOf for high and mid touch.
    QDate nextReviewOn() const;
};

/// Reads the deck's data for one account as of `asOf` (null = today).
Result<DeckData> loadDeckData(const QSqlDatabase &db, qint64 accountId, const QDate &asOf = {});

/// A note's rich-text body as plain text, lists marked with bullets, nothing interpreted.
QString deckPlainText(const QString &html);

} // namespace csm
