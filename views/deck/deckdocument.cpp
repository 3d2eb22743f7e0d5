#include "deckdocument.h"

#include "decktheme.h"

#include "chartcolours.h"
#include "itemmodels/bookmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace csm {

namespace {

QString day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, DeckDocument::tr("d MMM yyyy", "date format: day, short month, year")) : DeckDocument::tr("no date");
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString signedNumber(double value)
{
    const long rounded = std::lround(value);
    return rounded > 0 ? QStringLiteral("+%1").arg(rounded) : rounded < 0 ? QStringLiteral("−%1").arg(-rounded) : QStringLiteral("±0");
}

/// Draws `text` in `rect`, elided to one line.
void drawLine(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    painter->setFont(font);
    painter->setPen(colour);
    const QFontMetricsF metrics(font);
    painter->drawText(rect, align | Qt::TextSingleLine, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

/// A band name on its colour: the name is always there, so colour is never the only signal.
void drawBandChip(QPainter *painter, const QPointF &topLeft, HealthBand band)
{
    const QString name = healthBandDisplayName(band);
    const QFont font = deck::font(15, true);
    const qreal width = QFontMetricsF(font).horizontalAdvance(name) + 24;
    const QRectF chip(topLeft, QSizeF(width, 28));
    painter->setPen(Qt::NoPen);
    painter->setBrush(bandColour(band));
    painter->drawRoundedRect(chip, 14, 14);
    drawLine(painter, chip, name, font, Qt::white, Qt::AlignCenter);
}

/// A figure on a light tile: a label above, the value large, a line of detail below.
void drawTile(QPainter *painter, const QRectF &rect, const QString &label, const QString &value, const QString &detail,
              const QColor &valueColour = deck::Ink)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(deck::Tile);
    painter->drawRoundedRect(rect, 10, 10);
    const QRectF inner = rect.adjusted(20, 14, -20, -14);
    drawLine(painter, QRectF(inner.left(), inner.top(), inner.width(), 22), label.toUpper(), deck::font(13, true), deck::Grey);
    // The value as large as fits, down to a size that still reads from the back of the room.
    int size = 34;
    while (size > 20 && QFontMetricsF(deck::font(size, true)).horizontalAdvance(value) > inner.width())
        size -= 2;
    drawLine(painter, QRectF(inner.left(), inner.top() + 28, inner.width(), 46), value, deck::font(size, true), valueColour);
    if (!detail.isEmpty())
        drawLine(painter, QRectF(inner.left(), inner.top() + 80, inner.width(), 24), detail, deck::font(15), deck::Grey);
}

QList<QRectF> tileRow(qreal top, qreal height, int count)
{
    constexpr qreal Gap = 20;
    const qreal width = (deck::Content.width() - Gap * (count - 1)) / count;
    QList<QRectF> rects;
    for (int i = 0; i < count; ++i)
        rects << QRectF(deck::Content.left() + i * (width + Gap), top, width, height);
    return rects;
}

QString trendArrow(std::optional<double> change)
{
    if (!change)
        return {};
    if (*change >= 1)
        return QStringLiteral("▲ ");
    if (*change <= -1)
        return QStringLiteral("▼ ");
    return QStringLiteral("► ");
}

QColor objectiveColour(ObjectiveStatus status)
{
    switch (status) {
    case ObjectiveStatus::Achieved: return bandColour(HealthBand::Green);
    case ObjectiveStatus::OnTrack: return QColor(0x1f, 0x6f, 0xd1);
    case ObjectiveStatus::AtRisk: return bandColour(HealthBand::Red);
    }
    return deck::Grey;
}

/// "Done", "Open", "Overdue" for a next step as it stood on `asOf`.
std::pair<QString, QColor> actionStatus(const ActionItem &item, const DeckData &d)
{
    const QDate asOf = d.asOf;
    if (d.carriedForward.contains(item.id))
        return { DeckDocument::tr("Carried forward"), QColor(0x6a, 0x4c, 0xc2) };
    if (item.isDone())
        return { DeckDocument::tr("Done"), bandColour(HealthBand::Green) };
    if (item.dueOn.isValid() && item.dueOn < asOf)
        return { DeckDocument::tr("Overdue"), bandColour(HealthBand::Red) };
    return { DeckDocument::tr("Open"), QColor(0x1f, 0x6f, 0xd1) };
}

QString ownerAndDue(const QString &owner, const QDate &due)
{
    QStringList parts;
    if (!owner.trimmed().isEmpty())
        parts << owner.trimmed();
    if (due.isValid())
        parts << DeckDocument::tr("due %1").arg(day(due));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QRectF deckChartRect(DeckChart chart)
{
    switch (chart) {
    case DeckChart::HealthTrend: return { deck::Margin, 126, 560, 300 };
    case DeckChart::HealthContribution: return { deck::Margin + 584, 126, 584, 540 };
    case DeckChart::Usage: return { deck::Margin, 256, 700, 404 };
    case DeckChart::Features: return { deck::Margin + 724, 256, 444, 404 };
    case DeckChart::Tickets: return { deck::Margin, 126, 572, 300 };
    case DeckChart::Nps: return { deck::Margin + 596, 126, 572, 300 };
    }
    return {};
}

QList<DeckChart> deckChartsFor(const QList<DeckSection> &sections)
{
    QList<DeckChart> charts;
    if (sections.contains(DeckSection::Health))
        charts << DeckChart::HealthTrend << DeckChart::HealthContribution;
    if (sections.contains(DeckSection::Adoption))
        charts << DeckChart::Usage << DeckChart::Features;
    if (sections.contains(DeckSection::Support))
        charts << DeckChart::Tickets << DeckChart::Nps;
    return charts;
}

DeckDocument::DeckDocument(DeckData data, QList<DeckSection> sections, DeckPictures pictures, QString preparedBy)
    : m_data(std::move(data))
    , m_sections(std::move(sections))
    , m_pictures(std::move(pictures))
    , m_preparedBy(std::move(preparedBy))
{
    std::sort(m_sections.begin(), m_sections.end());
    m_sections.erase(std::unique(m_sections.begin(), m_sections.end()), m_sections.end());
    compose();
}

DeckDocument::~DeckDocument() = default;

QString DeckDocument::title() const
{
    return DeckDocument::tr("%1 — Quarterly business review").arg(m_data.account.name);
}

QString DeckDocument::preparedBy() const
{
    return m_preparedBy.trimmed().isEmpty() ? m_data.account.owner : m_preparedBy.trimmed();
}

void DeckDocument::compose()
{
    m_pages.clear();
    m_flows.clear();
    for (DeckSection section : std::as_const(m_sections)) {
        Section &s = m_flows[section];
        buildFlow(section, s);
        Page first { section, 0, 0, 0 };
        if (s.firstRect.isNull() || s.flow.isEmpty()) {
            m_pages << first;
            continue;
        }
        // The whole section flows at its first slide's width, continuation slides included.
        s.flow.layout(s.firstRect.width());
        first.flowTo = s.flow.fit(0, s.firstRect.height());
        m_pages << first;
        int part = 1;
        for (int from = first.flowTo; from < s.flow.lineCount(); ++part) {
            const int to = s.flow.fit(from, deck::Content.height());
            m_pages << Page { section, part, from, to };
            from = to;
        }
    }
}

void DeckDocument::buildFlow(DeckSection section, Section &out) const
{
    const DeckData &d = m_data;
    TextFlow &flow = out.flow;
    const QRectF content = deck::Content;
    using S = TextFlow::Style;

    switch (section) {
    case DeckSection::Title: {
        out.firstRect = QRectF(content.left(), 556, content.width(), deck::FooterTop - 556 - 10);
        QStringList names;
        if (d.review)
            for (const Attendee &a : d.review->attendees) {
                QString name = a.name;
                const auto contact = std::find_if(d.contacts.cbegin(), d.contacts.cend(),
                                                  [&](const Contact &c) { return a.contactId && c.id == a.contactId; });
                if (contact != d.contacts.cend() && !contact->title.isEmpty())
                    name += QStringLiteral(" (%1)").arg(contact->title);
                names << name;
            }
        if (!names.isEmpty()) {
            const QString lead = DeckDocument::tr("Attendees: ");
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = int(lead.size());
            bold.format.setFontWeight(QFont::Bold);
            flow.add(S::Body, lead + names.join(QStringLiteral(" · ")), { bold });
        }
        break;
    }
    case DeckSection::Summary: {
        out.firstRect = QRectF(content.left(), 306, content.width(), content.bottom() - 306);
        flow.add(S::Heading, DeckDocument::tr("Highlights"));
        const QStringList points = d.headlines();
        for (const QString &point : points)
            flow.add(S::Large, point);
        if (points.isEmpty())
            flow.add(S::Muted, DeckDocument::tr("No health, usage or renewal data yet."));
        if (d.healthOverride)
            flow.add(S::Muted, DeckDocument::tr("Health set by %1 until %2: %3")
                                   .arg(d.healthOverride->createdBy, day(d.healthOverride->expiresOn), d.healthOverride->reason));
        break;
    }
    case DeckSection::Objectives: {
        out.firstRect = QRectF(content.left(), 216, content.width(), content.bottom() - 216);
        const QList<Objective> objectives = d.review ? d.review->objectives : QList<Objective> {};
        if (objectives.isEmpty()) {
            flow.add(S::Muted, DeckDocument::tr("No objectives recorded in a review yet."));
            break;
        }
        for (ObjectiveStatus status : { ObjectiveStatus::AtRisk, ObjectiveStatus::OnTrack, ObjectiveStatus::Achieved }) {
            bool heading = false;
            for (const Objective &o : objectives) {
                if (o.status != status)
                    continue;
                if (!heading) {
                    flow.add(S::Heading, objectiveStatusDisplayName(status));
                    heading = true;
                }
                const QString lead = objectiveStatusDisplayName(status);
                flow.addBullet(lead + QStringLiteral(" — ") + o.text, int(lead.size()), objectiveColour(status));
            }
        }
        break;
    }
    case DeckSection::Health: {
        out.firstRect = QRectF(content.left(), 446, 560, content.bottom() - 446);
        const QString since = d.previousReview ? DeckDocument::tr("What changed since %1").arg(d.previousReview->displayTitle())
                                               : DeckDocument::tr("What changed since %1").arg(day(d.periodStart));
        flow.add(S::Heading, since);
        if (!d.health.score) {
            flow.add(S::Muted, DeckDocument::tr("Not scored yet: no usage, survey, ticket or contact data."));
        } else if (d.changes.isEmpty()) {
            flow.add(S::Body, DeckDocument::tr("No measure moved by a point or more."));
        } else {
            for (const MeasureChange &c : d.changes.mid(0, 5)) {
                const QString lead = c.name;
                QString text = lead + QStringLiteral(": ");
                if (c.before && c.after)
                    text += DeckDocument::tr("%1 → %2 (%3)").arg(number(*c.before), number(*c.after), signedNumber(c.delta()));
                else if (c.after)
                    text += DeckDocument::tr("now %1, no data before").arg(number(*c.after));
                else
                    text += DeckDocument::tr("was %1, no data now").arg(number(*c.before));
                flow.addBullet(text, int(lead.size()),
                               c.delta() >= 0 ? bandColour(HealthBand::Green) : bandColour(HealthBand::Red));
            }
        }
        if (d.healthOverride)
            flow.add(S::Muted, DeckDocument::tr("Health set by %1 until %2: %3")
                                   .arg(d.healthOverride->createdBy, day(d.healthOverride->expiresOn), d.healthOverride->reason));
        break;
    }
    case DeckSection::Adoption:
        break; // tiles and charts only
    case DeckSection::Support: {
        out.firstRect = QRectF(content.left(), 444, content.width(), content.bottom() - 444);
        int open = 0, escalated = 0, urgent = 0;
        for (const Ticket &t : d.tickets)
            if (t.isOpen()) {
                ++open;
                escalated += t.escalated ? 1 : 0;
                urgent += t.priority == Ticket::Priority::Urgent ? 1 : 0;
            }
        int responses = 0;
        for (const SurveyResponse &r : d.surveys)
            responses += r.kind == SurveyResponse::Kind::Nps ? 1 : 0;
        QString summary = DeckDocument::tr("%n open ticket(s)", nullptr, open);
        if (escalated || urgent)
            summary += DeckDocument::tr(" (%1 escalated, %2 urgent)").arg(escalated).arg(urgent);
        if (const auto nps = d.netPromoterScore())
            summary += QStringLiteral(" · ") + DeckDocument::tr("NPS %1 from %n response(s) this year", nullptr, responses).arg(signedNumber(*nps));
        flow.add(S::Body, summary);
        int quotes = 0;
        for (const SurveyResponse &r : d.surveys) {
            if (r.comment.trimmed().isEmpty())
                continue;
            if (quotes == 0)
                flow.add(S::Heading, DeckDocument::tr("In their words"));
            if (++quotes > 8)
                break;
            QString who;
            const auto contact = std::find_if(d.contacts.cbegin(), d.contacts.cend(),
                                              [&](const Contact &c) { return r.contactId && c.id == r.contactId; });
            if (contact != d.contacts.cend())
                who = contact->name + QStringLiteral(", ");
            const QString kind = r.kind == SurveyResponse::Kind::Nps ? DeckDocument::tr("%1/10").arg(r.score) : DeckDocument::tr("CSAT %1/5").arg(r.score);
            flow.add(S::Quote, QStringLiteral("“%1”").arg(r.comment.trimmed()));
            flow.add(S::Muted, QStringLiteral("%1 · %2%3").arg(kind, who, day(r.respondedOn)));
        }
        break;
    }
    case DeckSection::FollowUp: {
        out.firstRect = content;
        if (d.previousReview) {
            flow.add(S::Heading, DeckDocument::tr("Next steps from %1").arg(d.previousReview->displayTitle()));
            if (d.previousReview->actionItems.isEmpty())
                flow.add(S::Muted, DeckDocument::tr("No next steps were recorded."));
            for (const ActionItem &item : d.previousReview->actionItems) {
                const auto [status, colour] = actionStatus(item, d);
                QString text = status + QStringLiteral(" — ") + item.title;
                const QString who = ownerAndDue(item.owner, item.dueOn);
                if (!who.isEmpty())
                    text += QStringLiteral(" (%1)").arg(who);
                flow.addBullet(text, int(status.size()), colour);
            }
        } else {
            flow.add(S::Heading, DeckDocument::tr("Next steps from the last review"));
            flow.add(S::Muted, DeckDocument::tr("No earlier review on record."));
        }
        if (d.review) {
            const auto list = [&](const QString &heading, const QStringList &items) {
                if (items.isEmpty())
                    return;
                flow.add(S::Heading, heading);
                for (const QString &item : items)
                    flow.addBullet(item);
            };
            list(DeckDocument::tr("Open risks"), d.review->risks);
            list(DeckDocument::tr("Asks"), d.review->asks);
            list(DeckDocument::tr("Wins"), d.review->wins);
            const QString body = deckPlainText(d.review->bodyHtml);
            if (!body.trimmed().isEmpty()) {
                flow.add(S::Heading, DeckDocument::tr("Notes from %1").arg(d.review->displayTitle()));
                for (const QString &line : body.split(QLatin1Char('\n'))) {
                    if (line.startsWith(QStringLiteral("• ")))
                        flow.addBullet(line.mid(2));
                    else
                        flow.add(S::Body, line);
                }
            }
        } else {
            flow.add(S::Heading, DeckDocument::tr("Review notes"));
            flow.add(S::Muted, DeckDocument::tr("No review notes yet."));
        }
        break;
    }
    case DeckSection::Playbooks: {
        out.firstRect = content;
        int shown = 0;
        for (const PlaybookRun &run : d.runs) {
            const bool endedInPeriod = run.endedAt.isValid() && run.endedAt.toLocalTime().date() >= d.periodStart;
            if (run.status != RunStatus::Open && !endedInPeriod)
                continue;
            ++shown;
            flow.add(S::Heading, DeckDocument::tr("%1 — %2 of %n step(s) done", nullptr, run.total()).arg(run.playbookName).arg(run.finished()));
            QString state = DeckDocument::tr("%1 · started %2").arg(runStatusDisplayName(run.status), day(run.startedOn));
            if (!run.reason.isEmpty())
                state += QStringLiteral(" · ") + run.reason;
            flow.add(S::Muted, state);
            flow.addBar(run.finished(), run.total(),
                        run.status == RunStatus::Cancelled ? deck::Grey : bandColour(HealthBand::Green));
            for (const RunStep &step : run.steps) {
                QString lead;
                QColor colour = deck::Ink;
                switch (step.status) {
                case StepStatus::Done: lead = DeckDocument::tr("✓ Done"); colour = bandColour(HealthBand::Green); break;
                case StepStatus::Skipped: lead = DeckDocument::tr("Skipped"); colour = deck::Grey; break;
                case StepStatus::Open:
                    if (step.isOverdue(d.asOf)) {
                        lead = DeckDocument::tr("Overdue");
                        colour = bandColour(HealthBand::Red);
                    } else {
                        lead = DeckDocument::tr("Due %1").arg(day(step.dueOn));
                        colour = QColor(0x1f, 0x6f, 0xd1);
                    }
                    break;
                }
                flow.addBullet(lead + QStringLiteral(" — ") + step.title, int(lead.size()), colour);
            }
        }
        if (shown == 0) {
            flow.add(S::Heading, DeckDocument::tr("Success programmes"));
            flow.add(S::Muted, DeckDocument::tr("No success programmes running in this period."));
        }
        break;
    }
    case DeckSection::NextSteps: {
        out.firstRect = content;
        flow.add(S::Heading, DeckDocument::tr("Agreed next steps"));
        const QList<ActionItem> steps = d.openNextSteps();
        for (const ActionItem &item : steps) {
            const QString who = ownerAndDue(item.owner, item.dueOn);
            const QString lead = item.title;
            flow.addBullet(who.isEmpty() ? lead : lead + QStringLiteral(" — ") + who, int(lead.size()));
        }
        int programmeSteps = 0;
        const QDate horizon = d.asOf.addDays(90);
        for (const PlaybookRun &run : d.runs) {
            if (run.status != RunStatus::Open)
                continue;
            for (const RunStep &step : run.steps) {
                if (!step.isOpen() || step.dueOn > horizon)
                    continue;
                ++programmeSteps;
                const QString lead = step.title;
                flow.addBullet(lead + QStringLiteral(" — ")
                                   + ownerAndDue(playbookRoleDisplayName(step.ownerRole), step.dueOn)
                                   + QStringLiteral(" · ") + run.playbookName,
                               int(lead.size()));
            }
        }
        if (steps.isEmpty() && programmeSteps == 0)
            flow.add(S::Muted, DeckDocument::tr("No next steps agreed yet."));
        flow.add(S::Heading, DeckDocument::tr("Agenda for our next review, around %1").arg(day(d.nextReviewOn())));
        for (const QString &point : d.nextAgenda())
            flow.addBullet(point);
        break;
    }
    }
}

void DeckDocument::paint(QPainter *painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    const Page &page = m_pages.at(index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(QRectF(0, 0, deck::Width, deck::Height), deck::Paper);
    if (page.part == 0)
        paintFixed(painter, page.section);
    paintFrame(painter, page, index);
    const auto it = m_flows.find(page.section);
    if (it != m_flows.end() && page.flowTo > page.flowFrom) {
        const QRectF rect = page.part == 0 ? it->second.firstRect : deck::Content;
        it->second.flow.draw(painter, rect.topLeft(), page.flowFrom, page.flowTo);
    }
    painter->restore();
}

QString DeckDocument::flowText(int index) const
{
    if (index < 0 || index >= m_pages.size())
        return {};
    const Page &page = m_pages.at(index);
    const auto it = m_flows.find(page.section);
    return it == m_flows.end() ? QString() : it->second.flow.text(page.flowFrom, page.flowTo);
}

void DeckDocument::paintFrame(QPainter *painter, const Page &page, int index) const
{
    const bool titleSlide = page.section == DeckSection::Title && page.part == 0;
    if (!titleSlide) {
        painter->fillRect(QRectF(0, 0, deck::Width, deck::TitleBarHeight), deck::Navy);
        painter->fillRect(QRectF(0, deck::TitleBarHeight, deck::Width, 5), deck::Accent);
        QString heading = page.section == DeckSection::Title ? DeckDocument::tr("Attendees") : deckSectionDisplayName(page.section);
        if (page.part > 0)
            heading = DeckDocument::tr("%1 (continued)").arg(heading);
        const QFont small = deck::font(16);
        const QString account = m_data.account.name;
        const qreal accountWidth = std::min<qreal>(QFontMetricsF(small).horizontalAdvance(account) + 4, 380);
        drawLine(painter, QRectF(deck::Margin, 0, deck::Width - 2 * deck::Margin - accountWidth - 24, deck::TitleBarHeight),
                 heading, deck::font(32, true), Qt::white);
        drawLine(painter, QRectF(deck::Width - deck::Margin - accountWidth, 0, accountWidth, deck::TitleBarHeight), account,
                 small, QColor(0xc9, 0xd3, 0xe6), Qt::AlignRight | Qt::AlignVCenter);
    }
    // Footer: account and date, confidentiality, page number.
    painter->setPen(QPen(deck::Rule, 1));
    painter->drawLine(QPointF(deck::Margin, deck::FooterTop), QPointF(deck::Width - deck::Margin, deck::FooterTop));
    const QFont footer = deck::font(13);
    const QRectF band(deck::Margin, deck::FooterTop + 4, deck::Width - 2 * deck::Margin, deck::Height - deck::FooterTop - 8);
    drawLine(painter, QRectF(band.left(), band.top(), band.width() * 0.42, band.height()),
             DeckDocument::tr("%1 · %2").arg(m_data.account.name, day(m_data.asOf)), footer, deck::Grey);
    drawLine(painter, band, DeckDocument::tr("Confidential"), deck::font(13, true), deck::Grey, Qt::AlignCenter);
    drawLine(painter, band, DeckDocument::tr("Page %1 of %2").arg(index + 1).arg(m_pages.size()), footer, deck::Grey,
             Qt::AlignRight | Qt::AlignVCenter);
}

void DeckDocument::paintFixed(QPainter *painter, DeckSection section) const
{
    switch (section) {
    case DeckSection::Title: paintTitle(painter); break;
    case DeckSection::Summary: paintSummary(painter); break;
    case DeckSection::Objectives: paintObjectives(painter); break;
    case DeckSection::Health: paintHealth(painter); break;
    case DeckSection::Adoption: paintAdoption(painter); break;
    case DeckSection::Support: paintSupport(painter); break;
    case DeckSection::FollowUp:
    case DeckSection::Playbooks:
    case DeckSection::NextSteps: break; // text only
    }
}

void DeckDocument::paintTitle(QPainter *painter) const
{
    const DeckData &d = m_data;
    painter->fillRect(QRectF(0, 0, deck::Width, 470), deck::Navy);
    painter->fillRect(QRectF(0, 470, deck::Width, 6), deck::Accent);
    const qreal left = deck::Margin + 40;
    const qreal width = deck::Width - 2 * left;
    drawLine(painter, QRectF(left, 110, width, 30), DeckDocument::tr("QUARTERLY BUSINESS REVIEW"), deck::font(18, true), deck::Accent);
    // The account's name may be long: wrap it over at most two lines.
    {
        const QFont big = deck::font(54, true);
        painter->setFont(big);
        painter->setPen(Qt::white);
        const QFontMetricsF metrics(big);
        const QString elided = metrics.elidedText(d.account.name, Qt::ElideRight, width * 2 - 40);
        painter->drawText(QRectF(left, 150, width, 150), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, elided);
    }
    drawLine(painter, QRectF(left, 330, width, 30),
             DeckDocument::tr("Review period %1 – %2").arg(day(d.periodStart), day(d.asOf)), deck::font(22), QColor(0xc9, 0xd3, 0xe6));
    QStringList facts { segmentDisplayName(d.account.segment), lifecycleStageDisplayName(d.account.stage) };
    if (!d.account.domain.isEmpty())
        facts.prepend(d.account.domain);
    drawLine(painter, QRectF(left, 372, width, 28), facts.join(QStringLiteral(" · ")), deck::font(18),
             QColor(0xa9, 0xb6, 0xcf));
    drawLine(painter, QRectF(deck::Margin, 496, deck::Content.width(), 30),
             DeckDocument::tr("Prepared by %1 · %2").arg(preparedBy().isEmpty() ? DeckDocument::tr("Customer Success") : preparedBy(), day(d.asOf)),
             deck::font(20, true), deck::Ink);
    if (!d.review || d.review->attendees.isEmpty())
        drawLine(painter, QRectF(deck::Margin, 556, deck::Content.width(), 28), DeckDocument::tr("Attendees to be confirmed"),
                 deck::font(17), deck::Grey);
}

void DeckDocument::paintSummary(QPainter *painter) const
{
    const DeckData &d = m_data;
    const QList<QRectF> tiles = tileRow(deck::Content.top(), 150, 4);
    // Health: score, band named on its chip, trend arrow and change.
    {
        const QRectF rect = tiles.at(0);
        const auto score = d.shownScore();
        QString detail;
        if (d.trend.change90)
            detail = DeckDocument::tr("%1%2 in 90 days").arg(trendArrow(d.trend.change90), signedNumber(*d.trend.change90));
        else if (d.trend.change30)
            detail = DeckDocument::tr("%1%2 in 30 days").arg(trendArrow(d.trend.change30), signedNumber(*d.trend.change30));
        drawTile(painter, rect, DeckDocument::tr("Health"), score ? number(*score) : DeckDocument::tr("Not scored"), detail,
                 score ? bandColour(d.shownBand()) : deck::Grey);
        if (score)
            drawBandChip(painter, QPointF(rect.left() + 20 + QFontMetricsF(deck::font(34, true)).horizontalAdvance(number(*score)) + 14,
                                          rect.top() + 50),
                         d.shownBand());
    }
    drawTile(painter, tiles.at(1), DeckDocument::tr("ARR"), formatMoney(QLocale(), d.account.arrCents, d.account.currency), d.account.currency);
    {
        const auto days = d.daysToRenewal();
        QString detail;
        if (days)
            detail = *days >= 0 ? DeckDocument::tr("in %n day(s)", nullptr, int(*days)) : DeckDocument::tr("%n day(s) ago", nullptr, int(-*days));
        drawTile(painter, tiles.at(2), DeckDocument::tr("Renewal"), days ? day(d.account.renewalDate) : DeckDocument::tr("None set"), detail,
                 days && *days >= 0 && *days <= 90 ? bandColour(HealthBand::Amber).darker(130) : deck::Ink);
    }
    drawTile(painter, tiles.at(3), DeckDocument::tr("Segment"), segmentDisplayName(d.account.segment),
             DeckDocument::tr("Stage: %1").arg(lifecycleStageDisplayName(d.account.stage)));
}

void DeckDocument::paintObjectives(QPainter *painter) const
{
    const QList<Objective> objectives = m_data.review ? m_data.review->objectives : QList<Objective> {};
    if (objectives.isEmpty())
        return;
    const QRectF bar(deck::Content.left(), deck::Content.top() + 6, deck::Content.width(), 26);
    int counts[3] = { 0, 0, 0 };
    for (const Objective &o : objectives)
        ++counts[int(o.status)];
    qreal x = bar.left();
    const ObjectiveStatus order[] = { ObjectiveStatus::Achieved, ObjectiveStatus::OnTrack, ObjectiveStatus::AtRisk };
    QStringList legend;
    for (ObjectiveStatus status : order) {
        const int n = counts[int(status)];
        legend << QStringLiteral("%1 %2").arg(n).arg(objectiveStatusDisplayName(status).toLower());
        if (n == 0)
            continue;
        const qreal w = bar.width() * n / objectives.size();
        painter->fillRect(QRectF(x, bar.top(), w, bar.height()), objectiveColour(status));
        drawLine(painter, QRectF(x, bar.top(), w, bar.height()), QString::number(n), deck::font(15, true), Qt::white,
                 Qt::AlignCenter);
        x += w;
    }
    drawLine(painter, QRectF(bar.left(), bar.bottom() + 8, bar.width(), 26),
             DeckDocument::tr("%n objective(s): ", nullptr, int(objectives.size())) + legend.join(QStringLiteral(" · ")), deck::font(16),
             deck::Grey);
}

void DeckDocument::paintHealth(QPainter *painter) const
{
    paintChart(painter, DeckChart::HealthTrend);
    paintChart(painter, DeckChart::HealthContribution);
}

void DeckDocument::paintAdoption(QPainter *painter) const
{
    const DeckData &d = m_data;
    const QList<QRectF> tiles = tileRow(deck::Content.top(), 112, 4);
    if (d.usage.isEmpty()) {
        drawLine(painter, QRectF(deck::Content.left(), deck::Content.top(), deck::Content.width(), 40),
                 DeckDocument::tr("No product usage recorded for this account yet."), deck::font(20), deck::Grey);
        return;
    }
    const UsageSample &u = d.usage.constLast();
    const double utilisation = u.licensedSeats > 0 ? 100.0 * u.activeUsers / u.licensedSeats : 0.0;
    std::optional<double> change;
    for (auto it = d.usage.crbegin(); it != d.usage.crend(); ++it)
        if (it->periodStart <= u.periodStart.addDays(-30) && it->licensedSeats > 0) {
            change = utilisation - 100.0 * it->activeUsers / it->licensedSeats;
            break;
        }
    int logins = 0;
    for (const UsageSample &s : d.usage)
        if (s.periodStart > u.periodStart.addDays(-30))
            logins += s.logins;
    drawTile(painter, tiles.at(0), DeckDocument::tr("Active users"), number(u.activeUsers), DeckDocument::tr("of %1 licensed seats").arg(number(u.licensedSeats)));
    drawTile(painter, tiles.at(1), DeckDocument::tr("Seat utilisation"), DeckDocument::tr("%1%").arg(number(utilisation)),
             change ? DeckDocument::tr("%1%2 points in 30 days").arg(trendArrow(change), signedNumber(*change)) : QString());
    drawTile(painter, tiles.at(2), DeckDocument::tr("Features in use"), DeckDocument::tr("%1 of %2").arg(u.featuresAdopted).arg(u.featuresAvailable),
             u.featuresAvailable > 0 ? DeckDocument::tr("%1% of the plan").arg(number(100.0 * u.featuresAdopted / u.featuresAvailable)) : QString());
    drawTile(painter, tiles.at(3), DeckDocument::tr("Logins"), number(logins), DeckDocument::tr("in the last 30 days"));
    paintChart(painter, DeckChart::Usage);
    paintChart(painter, DeckChart::Features);
}

void DeckDocument::paintSupport(QPainter *painter) const
{
    paintChart(painter, DeckChart::Tickets);
    paintChart(painter, DeckChart::Nps);
}

void DeckDocument::paintChart(QPainter *painter, DeckChart chart) const
{
    const QRectF rect = deckChartRect(chart);
    const auto it = m_pictures.constFind(chart);
    if (it == m_pictures.constEnd() || it->isNull()) {
        painter->setPen(QPen(deck::Rule, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect);
        drawLine(painter, rect, DeckDocument::tr("Chart not available"), deck::font(16), deck::Grey, Qt::AlignCenter);
        return;
    }
    painter->save();
    painter->translate(rect.topLeft());
    // QPicture replays scaled by the target's resolution over its own; deck units are the same
    // on every device, so undo that.
    if (const QPaintDevice *device = painter->device(); device && device->logicalDpiX() > 0)
        painter->scale(qreal(it->logicalDpiX()) / device->logicalDpiX(), qreal(it->logicalDpiY()) / device->logicalDpiY());
    painter->drawPicture(QPointF(0, 0), *it);
    painter->restore();
}

} // namespace csm
