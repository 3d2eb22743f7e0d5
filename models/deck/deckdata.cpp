#include "deckdata.h"

#include "health/healthsnapshotrepository.h"
#include "itemmodels/bookmodel.h"
#include "notes/meetingrepository.h"
#include "playbooks/playbookrepository.h"
#include "store/accountrepository.h"
#include "store/activityrepository.h"
#include "store/contactrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

/// Whether something stamped at `at` had happened by the end of `day`, a day of the user's calendar.
bool happenedBy(const QDateTime &at, const QDate &day)
{
    return at.isValid() && at.toLocalTime().date() <= day;
}

QList<MeasureChange> measureChanges(const HealthResult &before, const HealthResult &after)
{
    QList<MeasureChange> changes;
    for (const MeasureResult &m : after.measures) {
        const auto it = std::find_if(before.measures.cbegin(), before.measures.cend(),
                                     [&](const MeasureResult &b) { return b.key == m.key; });
        MeasureChange c;
        c.name = m.name;
        c.after = m.score;
        if (it != before.measures.cend())
            c.before = it->score;
        if (!c.before && !c.after)
            continue;
        if (c.before && c.after && std::abs(*c.after - *c.before) < 0.5)
            continue;
        changes << c;
    }
    std::stable_sort(changes.begin(), changes.end(), [](const MeasureChange &a, const MeasureChange &b) {
        return std::abs(a.delta()) > std::abs(b.delta());
    });
    return changes;
}

} // namespace

std::optional<double> DeckData::shownScore() const
{
    if (healthOverride && healthOverride->score)
        return healthOverride->score;
    return health.score;
}

HealthBand DeckData::shownBand() const
{
    if (healthOverride) {
        if (healthOverride->band)
            return *healthOverride->band;
        if (healthOverride->score)
            return bands.bandFor(*healthOverride->score);
    }
    return health.band;
}

std::optional<qint64> DeckData::daysToRenewal() const
{
    if (!account.renewalDate.isValid())
        return std::nullopt;
    return asOf.daysTo(account.renewalDate);
}

QList<ActionItem> DeckData::openNextSteps() const
{
    QList<ActionItem> open;
    if (!review)
        return open;
    for (const ActionItem &item : review->actionItems)
        if (!item.isDone() && !carriedForward.contains(item.id))
            open << item;
    std::stable_sort(open.begin(), open.end(), [](const ActionItem &a, const ActionItem &b) {
        if (a.dueOn.isValid() != b.dueOn.isValid())
            return a.dueOn.isValid();
        return a.dueOn < b.dueOn;
    });
    return open;
}

std::optional<int> DeckData::netPromoterScore() const
{
    int promoters = 0, detractors = 0, all = 0;
    for (const SurveyResponse &r : surveys) {
        if (r.kind != SurveyResponse::Kind::Nps)
            continue;
        ++all;
        if (r.score >= 9)
            ++promoters;
        else if (r.score <= 6)
            ++detractors;
    }
    if (all == 0)
        return std::nullopt;
    return int(std::lround(100.0 * (promoters - detractors) / all));
}

QStringList DeckData::headlines() const
{
    const QLocale locale;
    QStringList points;
    if (const auto score = shownScore()) {
        QString point = DeckData::tr("Health %1 (%2)").arg(locale.toString(*score, 'f', 0), healthBandDisplayName(shownBand()));
        if (!changes.isEmpty() && previousReview && health.score) {
            // The score's move since the last review, from the same model.
            const auto before = std::find_if(healthHistory.crbegin(), healthHistory.crend(), [&](const HealthSnapshot &s) {
                return s.day <= previousReview->heldOn && s.score;
            });
            if (before != healthHistory.crend()) {
                const int delta = int(std::lround(*health.score - *before->score));
                if (delta > 0)
                    point += DeckData::tr(", up %n point(s) since the last review", nullptr, delta);
                else if (delta < 0)
                    point += DeckData::tr(", down %n point(s) since the last review", nullptr, -delta);
                else
                    point += DeckData::tr(", level since the last review");
            }
        } else if (trend.change90) {
            const int delta = int(std::lround(*trend.change90));
            if (delta > 0)
                point += DeckData::tr(", up %n point(s) in 90 days", nullptr, delta);
            else if (delta < 0)
                point += DeckData::tr(", down %n point(s) in 90 days", nullptr, -delta);
        }
        points << point;
    }
    if (!usage.isEmpty()) {
        const UsageSample &u = usage.constLast();
        if (u.licensedSeats > 0)
            points << DeckData::tr("%1 of %2 licensed seats active (%3%)")
                          .arg(locale.toString(u.activeUsers), locale.toString(u.licensedSeats),
                               locale.toString(std::lround(100.0 * u.activeUsers / u.licensedSeats)));
    }
    if (const auto days = daysToRenewal()) {
        const QString date = locale.toString(account.renewalDate, DeckData::tr("d MMMM yyyy", "date format: day, month, year"));
        if (*days >= 0)
            points << DeckData::tr("Renews on %1, in %n day(s)", nullptr, int(*days)).arg(date);
        else
            points << DeckData::tr("Renewal date %1 passed %n day(s) ago", nullptr, int(-*days)).arg(date);
    }
    if (points.size() < 3) {
        if (const auto nps = netPromoterScore())
            points << DeckData::tr("NPS %1 from %n response(s) this year", nullptr, int(std::count_if(surveys.cbegin(), surveys.cend(), [](const SurveyResponse &r) {
                                                                  return r.kind == SurveyResponse::Kind::Nps;
                                                              })))
                          .arg(*nps);
    }
    if (points.size() < 3 && review && !review->wins.isEmpty())
        points << review->wins.constFirst();
    while (points.size() > 3)
        points.removeLast();
    return points;
}

QDate DeckData::nextReviewOn() const
{
    switch (account.segment) {
    case Segment::High: return asOf.addDays(90);
    case Segment::Mid: return asOf.addDays(120);
    case Segment::Tech: return asOf.addDays(180);
    }
    return asOf.addDays(90);
}

QStringList DeckData::nextAgenda() const
{
    const QLocale locale;
    QStringList agenda;
    agenda << DeckData::tr("Progress on the next steps agreed today");
    if (review) {
        for (const Objective &o : review->objectives)
            if (o.status == ObjectiveStatus::AtRisk)
                agenda << DeckData::tr("Objective at risk: %1").arg(o.text);
    }
    if (shownBand() == HealthBand::Red || shownBand() == HealthBand::Amber)
        agenda << DeckData::tr("Health recovery plan: %1").arg(health.weakestMeasure.isEmpty()
                                                         ? healthBandDisplayName(shownBand())
                                                         : [&] {
                                                               for (const MeasureResult &m : health.measures)
                                                                   if (m.key == health.weakestMeasure)
                                                                       return m.name;
                                                               return health.weakestMeasure;
                                                           }());
    if (const auto days = daysToRenewal(); days && *days >= 0 && *days <= asOf.daysTo(nextReviewOn()) + 120)
        agenda << DeckData::tr("Renewal planning for %1").arg(locale.toString(account.renewalDate, DeckData::tr("d MMMM yyyy", "date format: day, month, year")));
    if (!usage.isEmpty() && usage.constLast().licensedSeats > 0
        && double(usage.constLast().activeUsers) / usage.constLast().licensedSeats < 0.6)
        agenda << DeckData::tr("Adoption: activating the unused seats");
    agenda << DeckData::tr("Product roadmap and your feedback");
    return agenda;
}

Result<DeckData> loadDeckData(const QSqlDatabase &db, qint64 accountId, const QDate &asOfDay)
{
    DeckData d;
    d.asOf = asOfDay.isValid() ? asOfDay : QDate::currentDate();
    // One snapshot of the book for every read below, even while the app writes meanwhile.
    Transaction snapshot(db);
    const QDate yearBack = d.asOf.addYears(-1);

    auto account = AccountRepository(db).byId(accountId);
    if (!account)
        return account.error();
    if (!account->has_value())
        return Error { DeckData::tr("no account with id %1").arg(accountId) };
    d.account = **account;

    auto contacts = ContactRepository(db).forAccount(accountId);
    if (!contacts)
        return contacts.error();
    d.contacts = *contacts;

    // Reviews: the latest QBR or EBR on or before asOf, and the one before it. A next step a later
    // meeting took over counts as carried forward when that meeting is on or before asOf, and as
    // still open when it came later.
    auto meetings = MeetingRepository(db).forAccount(accountId); // latest first
    if (!meetings)
        return meetings.error();
    QHash<qint64, QDate> carriedOn; // action item id → the day of the meeting that took it over
    for (const Meeting &m : std::as_const(*meetings))
        for (const ActionItem &item : m.actionItems)
            if (item.carriedFrom > 0)
                carriedOn.insert(item.carriedFrom, m.heldOn);
    for (Meeting &m : *meetings) {
        if (m.kind != MeetingKind::Qbr && m.kind != MeetingKind::Ebr)
            continue;
        if (m.heldOn > d.asOf)
            continue;
        for (ActionItem &item : m.actionItems) {
            const auto carried = carriedOn.constFind(item.id);
            if (carried != carriedOn.cend() && *carried <= d.asOf) {
                d.carriedForward.insert(item.id);
                continue;
            }
            const bool closedByCarrying = carried != carriedOn.cend();
            if (item.isDone() && (closedByCarrying || !happenedBy(item.doneAt, d.asOf))) {
                item.doneAt = {};
                item.doneBy.clear();
            }
        }
        if (!d.review)
            d.review = m;
        else if (!d.previousReview) {
            d.previousReview = m;
            break;
        }
    }
    d.periodStart = d.previousReview && d.previousReview->heldOn >= d.asOf.addDays(-200)
                        ? d.previousReview->heldOn.addDays(1)
                        : d.asOf.addDays(-90);

    // Health as of the day, and what moved since the previous review.
    const HealthService health(db, d.asOf);
    auto explained = health.explain(accountId, d.asOf);
    if (!explained)
        return explained.error();
    d.health = *explained;
    auto trend = health.trend(accountId, d.asOf);
    if (!trend)
        return trend.error();
    d.trend = *trend;
    auto bands = health.bands();
    if (!bands)
        return bands.error();
    d.bands = *bands;
    auto history = HealthSnapshotRepository(db).history(accountId);
    if (!history)
        return history.error();
    for (const HealthSnapshot &s : *history)
        if (s.day > yearBack && s.day <= d.asOf)
            d.healthHistory << s;
    auto overrides = health.overrideHistory(accountId); // newest first
    if (!overrides)
        return overrides.error();
    for (const HealthOverride &o : *overrides) {
        if (!happenedBy(o.createdAt, d.asOf))
            continue;
        d.healthOverrides << o;
        const bool clearedBy = o.clearedAt.isValid() && happenedBy(o.clearedAt, d.asOf);
        if (!d.healthOverride && !clearedBy && d.asOf <= o.expiresOn)
            d.healthOverride = o;
    }
    const QDate compareWith = d.previousReview ? d.previousReview->heldOn : d.periodStart;
    auto before = health.explain(accountId, compareWith);
    if (!before)
        return before.error();
    d.changes = measureChanges(*before, d.health);

    // Activity of the year up to the day.
    const ActivityRepository activity(db);
    auto usage = activity.usage(accountId, yearBack);
    if (!usage)
        return usage.error();
    // Periods that began by the day, as the health score counts them (a week's figures are what
    // was known of it then).
    for (const UsageSample &u : *usage)
        if (u.periodStart <= d.asOf)
            d.usage << u;
    auto surveys = activity.surveys(accountId);
    if (!surveys)
        return surveys.error();
    for (const SurveyResponse &r : *surveys)
        if (r.respondedOn > yearBack && r.respondedOn <= d.asOf)
            d.surveys << r;
    std::stable_sort(d.surveys.begin(), d.surveys.end(),
                     [](const SurveyResponse &a, const SurveyResponse &b) { return a.respondedOn > b.respondedOn; });
    auto tickets = activity.tickets(accountId);
    if (!tickets)
        return tickets.error();
    for (Ticket t : *tickets) {
        if (t.openedOn > d.asOf || (t.closedOn.isValid() && t.closedOn <= yearBack))
            continue;
        if (t.closedOn.isValid() && t.closedOn > d.asOf)
            t.closedOn = {};
        d.tickets << t;
    }

    // Playbook runs as they stood at the end of the day.
    auto runs = PlaybookRepository(db).runsForAccount(accountId);
    if (!runs)
        return runs.error();
    for (PlaybookRun run : *runs) {
        if (run.startedOn > d.asOf)
            continue;
        if (run.status != RunStatus::Open && !happenedBy(run.endedAt, d.asOf)) {
            run.status = RunStatus::Open;
            run.endedAt = {};
            run.endReason.clear();
        }
        for (RunStep &step : run.steps)
            if (step.status != StepStatus::Open && !happenedBy(step.doneAt, d.asOf)) {
                step.status = StepStatus::Open;
                step.doneAt = {};
                step.doneBy.clear();
                step.skipReason.clear();
            }
        d.runs << run;
    }
    std::stable_sort(d.runs.begin(), d.runs.end(),
                     [](const PlaybookRun &a, const PlaybookRun &b) { return a.startedOn > b.startedOn; });
    return d;
}

QString deckPlainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    QStringList lines;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        if (QTextList *list = block.textList()) {
            const QString marker = list->format().style() == QTextListFormat::ListDecimal
                                       ? list->itemText(block)
                                       : QStringLiteral("•");
            text = marker + QLatin1Char(' ') + text;
        }
        lines << text;
    }
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace csm
