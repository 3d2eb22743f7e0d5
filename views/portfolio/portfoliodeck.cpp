#include "portfoliodeck.h"

#include "portfoliodeckpainting.h"

#include "chartcolours.h"
#include "deck/decktheme.h"
#include "deck/deckwriter.h"
#include "itemmodels/bookmodel.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace csm {

using namespace portfoliodeck;

PortfolioDeck::PortfolioDeck(const Portfolio &portfolio, const PortfolioFilter &filter, const PortfolioDeckOptions &options)
    : m_filter(filter)
    , m_options(options)
    , m_dashboard(computeDashboard(portfolio, filter))
{
    using M = PortfolioMetric;
    using G = PortfolioGrouping;
    const int books = int(portfolio.books().size());
    std::vector<int> slideOf(std::size_t(books), -1); // a book's slide, or -1 when it has none
    for (int b = 0; b < books; ++b) {
        if (filter.csm >= 0 && b != filter.csm)
            continue;
        slideOf[std::size_t(b)] = int(m_csms.size());
        CsmSlide slide;
        slide.book = b;
        slide.exportedOn = portfolio.books()[std::size_t(b)].manifest.exportedAt.date();
        slide.figures = m_dashboard.byCsm[std::size_t(b)];
        slide.figures.label = portfolio.csm(b);
        m_csms.push_back(std::move(slide));
    }

    // Each figure's accounts are found once for the team and handed to every CSM whose book holds
    // them: a pass per figure, however many CSMs there are.
    for (int e : accountsBehind(portfolio, filter, G::Team, 0, M::Accounts)) {
        const std::vector<int> &csms = portfolio.entries()[std::size_t(e)].csms;
        if (csms.size() < 2)
            continue;
        ++m_sharedAccounts;
        for (int b : csms)
            if (const int slide = slideOf[std::size_t(b)]; slide >= 0)
                ++m_csms[std::size_t(slide)].sharedAccounts;
    }
    for (M window : { M::Renewals30, M::Renewals60, M::Renewals90, M::Renewals120 }) {
        for (int e : accountsBehind(portfolio, filter, G::Team, 0, window)) {
            const PortfolioAccount &a = portfolio.account(e);
            if (a.band != HealthBand::Red && a.band != HealthBand::Amber)
                continue;
            const std::vector<int> &csms = portfolio.entries()[std::size_t(e)].csms;
            for (int b : csms) {
                const int slide = slideOf[std::size_t(b)];
                if (slide < 0)
                    continue;
                Renewal r;
                r.name = a.name;
                r.band = a.band;
                r.score = a.score;
                r.arrCents = filter.rates.convert(a.arrCents, a.currency);
                r.localArrCents = a.arrCents;
                r.currency = a.currency;
                r.renewalDate = a.renewalDate;
                for (int other : csms)
                    if (other != b)
                        r.otherCsms << portfolio.csm(other);
                m_csms[std::size_t(slide)].renewals.push_back(std::move(r));
            }
        }
    }
    for (CsmSlide &slide : m_csms)
        std::stable_sort(slide.renewals.begin(), slide.renewals.end(), [](const Renewal &x, const Renewal &y) {
            if (x.band != y.band)
                return x.band == HealthBand::Red;
            return x.arrCents.value_or(0) > y.arrCents.value_or(0);
        });
}

QString PortfolioDeck::title() const
{
    const QString title = m_options.title.trimmed();
    return title.isEmpty() ? tr("Portfolio review") : title;
}

void PortfolioDeck::paint(QPainter *painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(QRectF(0, 0, deck::Width, deck::Height), deck::Paper);
    if (index == 0)
        paintTeamSummary(painter);
    else if (index == 1)
        paintTeamComparison(painter);
    else
        paintCsm(painter, m_csms.at(std::size_t(index - TeamPages)));
    paintFooter(painter, index);
    painter->restore();
}

void PortfolioDeck::paintFooter(QPainter *painter, int index) const
{
    painter->setPen(QPen(deck::Rule, 1));
    painter->drawLine(QPointF(deck::Margin, deck::FooterTop), QPointF(deck::Width - deck::Margin, deck::FooterTop));
    const QFont footer = deck::font(13);
    const QRectF band(deck::Margin, deck::FooterTop + 4, deck::Width - 2 * deck::Margin, deck::Height - deck::FooterTop - 8);
    drawLine(painter, QRectF(band.left(), band.top(), band.width() * 0.42, band.height()),
             tr("%1 · %2").arg(title(), day(m_filter.today)), footer, deck::Grey);
    drawLine(painter, band, tr("Confidential"), deck::font(13, true), deck::Grey, Qt::AlignCenter);
    drawLine(painter, band, tr("Page %1 of %2").arg(index + 1).arg(pageCount()), footer, deck::Grey, Qt::AlignRight | Qt::AlignVCenter);
}

void PortfolioDeck::paintTeamSummary(QPainter *painter) const
{
    const GroupFigures &t = m_dashboard.team;
    const QString currency = m_filter.rates.reporting();
    const QLocale locale;
    const auto money = [&](qint64 cents) { return formatMoney(locale, cents, currency); };
    const auto moneyShort = [&](qint64 cents) { return formatMoneyShort(locale, cents, currency); };
    const auto signedMoney = [&](qint64 cents) -> QString {
        if (cents == 0)
            return money(0);
        return (cents > 0 ? u'+' : u'−') + money(std::abs(cents));
    };

    painter->fillRect(QRectF(0, 0, deck::Width, SummaryHeaderHeight), deck::Navy);
    painter->fillRect(QRectF(0, SummaryHeaderHeight, deck::Width, 5), deck::Accent);
    const qreal width = deck::Content.width();
    drawLine(painter, QRectF(deck::Margin, 20, width, 24), tr("TEAM SUMMARY"), deck::font(16, true), deck::Accent);
    drawLine(painter, QRectF(deck::Margin, 46, width, 56), title(), deck::font(40, true), Qt::white);
    QStringList about { tr("Period %1 – %2").arg(day(m_filter.from), day(m_filter.to)), tr("as of %1").arg(day(m_filter.today)) };
    if (!preparedBy().isEmpty())
        about << tr("prepared by %1").arg(preparedBy());
    about << tr("amounts in %1").arg(currency);
    if (m_filter.segment)
        about << tr("%1 accounts only").arg(segmentDisplayName(*m_filter.segment));
    if (m_filter.csm >= 0 && !m_csms.empty())
        about << tr("the book of %1 only").arg(m_csms.front().figures.label);
    drawLine(painter, QRectF(deck::Margin, 106, width, 28), about.join(QStringLiteral(" · ")), deck::font(17), HeaderText);

    const QList<QRectF> tiles = tileRow(176, 112, 5);
    QString accountsDetail = tr("CSMs: %1").arg(count(qint64(m_csms.size())));
    if (m_sharedAccounts > 0)
        accountsDetail += tr(" · shared: %1").arg(count(m_sharedAccounts));
    drawTile(painter, tiles.at(0), tr("Accounts"), count(t.accounts), accountsDetail);
    drawTile(painter, tiles.at(1), tr("ARR"), money(t.arrCents),
             t.unconverted > 0 ? tr("Left out, no rate: %1").arg(count(t.unconverted)) : tr("Amounts in %1").arg(currency));
    drawTile(painter, tiles.at(2), tr("ARR at risk"), money(t.atRiskCents()),
             tr("Red: %1 · %2 of ARR").arg(count(t.atRisk()), percent(shareOf(t.atRiskCents(), t.arrCents))),
             t.atRiskCents() > 0 ? bandColour(HealthBand::Red) : deck::Ink);
    const RetentionFigures &r = t.retention;
    drawTile(painter, tiles.at(3), tr("NRR"), percent(r.nrr(), 1),
             r.cohortAccounts > 0 ? tr("Starting ARR %1").arg(moneyShort(r.startingCents)) : tr("No ARR at the start"));
    drawTile(painter, tiles.at(4), tr("GRR"), percent(r.grr(), 1),
             tr("Churn and cuts: %1").arg(moneyShort(r.churnCents + r.contractionCents)));

    constexpr qreal Top = 308;
    const qreal height = deck::FooterTop - 14 - Top;
    const qreal left = deck::Content.left();
    paintHealthMix(painter, QRectF(left, Top, 360, height), t, currency);
    paintRenewals(painter, QRectF(left + 390, Top, 390, height), t, currency);
    const QRectF facts(left + 810, Top, deck::Content.right() - left - 810, height);
    drawHeading(painter, facts, tr("Coverage and retention"));
    const auto median = t.medianDaysSinceTouch;
    const auto qbr = t.qbrCoverage();
    const auto ttv = t.ttv.medianDays();
    QString toValue = QStringLiteral("—");
    if (ttv)
        toValue = tr("%1 (%2 of %3)").arg(days(*ttv), count(t.ttv.reached), count(t.ttv.onboarded));
    else if (t.ttv.onboarded > 0)
        toValue = tr("none of %1").arg(count(t.ttv.onboarded));
    drawFacts(painter, facts.adjusted(0, 34, 0, 0),
              {
                  { tr("Overdue playbook steps"), count(t.overdueSteps) },
                  { tr("Accounts with overdue steps"), count(t.accountsWithOverdueSteps) },
                  { tr("QBR coverage, high-touch"),
                    qbr ? tr("%1 (%2 of %3)").arg(percent(qbr), count(t.highTouch - t.qbrGaps), count(t.highTouch)) : QStringLiteral("—") },
                  { tr("Median days since last touch"), median ? days(*median) : QStringLiteral("—") },
                  { tr("Not touched in %1 days").arg(m_filter.staleTouchDays), count(t.staleTouch) },
                  { tr("Median days to first value"), toValue },
                  { tr("Starting ARR"), money(r.startingCents) },
                  { tr("Expansion"), signedMoney(r.expansionCents) },
                  { tr("Contraction and churn"), signedMoney(-(r.contractionCents + r.churnCents)) },
                  { tr("New and reactivated"), signedMoney(r.newCents + r.reactivationCents) },
              });
}

void PortfolioDeck::paintTeamComparison(QPainter *painter) const
{
    drawTitleBar(painter, tr("The team by CSM and segment"), title());
    const QString currency = m_filter.rates.reporting();
    const QLocale locale;
    const auto moneyShort = [&](qint64 cents) { return formatMoneyShort(locale, cents, currency); };

    // ARR by health per CSM, as horizontal bars on one scale.
    const QRectF chart(deck::Content.left(), deck::Content.top(), deck::Content.width(), 296);
    drawHeading(painter, chart, tr("ARR by health per CSM"));
    const qreal legend = legendWidth(deck::font(13));
    drawLegend(painter, QPointF(chart.right() - legend, chart.top() + 3), 20);
    QString note = tr("Bars: ARR by health band. Right: the CSM's ARR and accounts.");
    if (m_sharedAccounts > 0)
        note += u' ' + tr("Shared accounts count for each of their CSMs, once for the team.");
    drawLine(painter, QRectF(chart.left(), chart.top() + 28, chart.width(), 22), note, deck::font(13), deck::Grey);
    const QRectF rows(chart.left(), chart.top() + 58, chart.width(), chart.height() - 58);
    qreal chartBottom = rows.top() + 60;
    if (m_csms.empty()) {
        drawLine(painter, QRectF(rows.left(), rows.top(), rows.width(), 60), tr("No CSM books in the portfolio."), deck::font(18),
                 deck::Grey, Qt::AlignCenter);
    } else {
        const qreal rowHeight = std::min<qreal>(44, rows.height() / qreal(m_csms.size()));
        chartBottom = rows.top() + rowHeight * qreal(m_csms.size());
        const QFont nameFont = deck::font(qBound(8, int(rowHeight * 0.5), 16), true);
        const QFont valueFont = deck::font(qBound(8, int(rowHeight * 0.45), 15));
        constexpr qreal NameWidth = 220, ValueWidth = 200;
        qint64 scale = 0;
        for (const CsmSlide &s : m_csms)
            scale = std::max(scale, s.figures.arrCents);
        const qreal barLeft = rows.left() + NameWidth + 10;
        const qreal barWidth = rows.width() - NameWidth - 10 - ValueWidth - 10;
        painter->setPen(QPen(deck::Grey, 1));
        painter->drawLine(QPointF(barLeft, rows.top()), QPointF(barLeft, rows.top() + rowHeight * qreal(m_csms.size())));
        qreal y = rows.top();
        for (const CsmSlide &s : m_csms) {
            const GroupFigures &g = s.figures;
            drawLine(painter, QRectF(rows.left(), y, NameWidth, rowHeight), g.label, nameFont, deck::Ink);
            const QRectF bar(barLeft, y + rowHeight * 0.18, barWidth, rowHeight * 0.64);
            drawBandBar(painter, bar, bandArr(g), scale, moneyShort);
            qreal end = barLeft;
            if (scale > 0)
                end += barWidth * double(g.arrCents) / double(scale);
            drawLine(painter, QRectF(end + 8, y, rows.right() - end - 8, rowHeight),
                     tr("%1 · %2").arg(moneyShort(g.arrCents), count(g.accounts)), valueFont, deck::Ink);
            y += rowHeight;
        }
    }

    // By segment: a table with the team's row below, right under the chart.
    const qreal tableTop = std::min(chartBottom + 36, chart.bottom() + 16);
    const QRectF table(deck::Content.left(), tableTop, deck::Content.width(), deck::FooterTop - 14 - tableTop);
    drawHeading(painter, table, tr("By segment"));
    struct Column
    {
        QString title;
        qreal width;
    };
    const Column columns[] = {
        { tr("Segment"), 150 },     { tr("Accounts"), 100 },                { tr("ARR"), 150 },
        { tr("ARR at risk"), 150 }, { tr("Red · amber · green"), 170 },     { tr("Renewing in 120 days"), 170 },
        { tr("NRR"), 90 },          { tr("GRR"), 90 },                      { tr("QBR coverage"), 98 },
    };
    const auto cells = [&](const GroupFigures &g) {
        int renewing = 0;
        qint64 renewingCents = 0;
        for (int w = 0; w < RenewalWindows; ++w) {
            renewing += g.renewals[w];
            renewingCents += g.renewalArrCents[w];
        }
        return QStringList {
            g.label,
            count(g.accounts),
            formatMoney(locale, g.arrCents, currency),
            formatMoney(locale, g.atRiskCents(), currency),
            QStringLiteral("%1 · %2 · %3")
                .arg(count(g.bandCount[int(HealthBand::Red)]), count(g.bandCount[int(HealthBand::Amber)]),
                     count(g.bandCount[int(HealthBand::Green)])),
            tr("%1 · %2").arg(count(renewing), moneyShort(renewingCents)),
            percent(g.retention.nrr(), 1),
            percent(g.retention.grr(), 1),
            percent(g.qbrCoverage()),
        };
    };
    const auto drawRow = [&](qreal y, qreal height, const QStringList &texts, const QFont &font, const QColor &colour) {
        qreal x = table.left();
        for (int c = 0; c < int(std::size(columns)); ++c) {
            const qreal w = columns[c].width;
            const Qt::Alignment align = c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter;
            drawLine(painter, QRectF(x + 8, y, w - 16, height), texts.value(c), font, colour, align);
            x += w;
        }
    };
    // Column titles may take two lines; the figures below never wrap.
    qreal y = table.top() + 30;
    {
        painter->setFont(deck::font(12, true));
        painter->setPen(deck::Grey);
        qreal x = table.left();
        for (int c = 0; c < int(std::size(columns)); ++c) {
            const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom;
            painter->drawText(QRectF(x + 8, y, columns[c].width - 16, 36), int(align) | Qt::TextWordWrap, columns[c].title);
            x += columns[c].width;
        }
    }
    y += 40;
    for (std::size_t s = 0; s < m_dashboard.bySegment.size(); ++s) {
        if (s % 2 == 0)
            painter->fillRect(QRectF(table.left(), y, table.width(), 32), deck::Tile);
        drawRow(y, 32, cells(m_dashboard.bySegment[s]), deck::font(15), deck::Ink);
        y += 32;
    }
    painter->setPen(QPen(deck::Grey, 1));
    painter->drawLine(QPointF(table.left(), y + 1), QPointF(table.right(), y + 1));
    drawRow(y + 2, 32, cells(m_dashboard.team), deck::font(15, true), deck::Ink);
}

void PortfolioDeck::paintCsm(QPainter *painter, const CsmSlide &slide) const
{
    const GroupFigures &g = slide.figures;
    const GroupFigures &t = m_dashboard.team;
    const QString currency = m_filter.rates.reporting();
    const QLocale locale;
    const auto money = [&](qint64 cents) { return formatMoney(locale, cents, currency); };
    drawTitleBar(painter, g.label, title());

    const QList<QRectF> tiles = tileRow(deck::Content.top(), 112, 6);
    drawTile(painter, tiles.at(0), tr("Accounts"), count(g.accounts),
             slide.sharedAccounts > 0 ? tr("Shared: %1").arg(count(slide.sharedAccounts)) : tr("High-touch: %1").arg(count(g.highTouch)));
    QString arrDetail = tr("%1 of team ARR").arg(percent(shareOf(g.arrCents, t.arrCents)));
    if (g.unconverted > 0)
        arrDetail = tr("Left out, no rate: %1").arg(count(g.unconverted));
    drawTile(painter, tiles.at(1), tr("ARR"), money(g.arrCents), arrDetail);
    drawTile(painter, tiles.at(2), tr("ARR at risk"), money(g.atRiskCents()),
             tr("Red: %1 · %2 of ARR").arg(count(g.atRisk()), percent(shareOf(g.atRiskCents(), g.arrCents))),
             g.atRiskCents() > 0 ? bandColour(HealthBand::Red) : deck::Ink);
    drawTile(painter, tiles.at(3), tr("NRR"), percent(g.retention.nrr(), 1), tr("GRR %1").arg(percent(g.retention.grr(), 1)));
    drawTile(painter, tiles.at(4), tr("QBR coverage"), percent(g.qbrCoverage()),
             g.highTouch > 0 ? tr("%1 of %2 high-touch").arg(count(g.highTouch - g.qbrGaps), count(g.highTouch))
                             : tr("No high-touch accounts"));
    drawTile(painter, tiles.at(5), tr("Overdue steps"), count(g.overdueSteps),
             tr("Accounts affected: %1").arg(count(g.accountsWithOverdueSteps)), g.overdueSteps > 0 ? bandColour(HealthBand::Red) : deck::Ink);

    QStringList facts;
    facts << tr("Median days since last touch: %1").arg(g.medianDaysSinceTouch ? days(*g.medianDaysSinceTouch) : QStringLiteral("—"));
    facts << tr("not touched in %1 days: %2").arg(m_filter.staleTouchDays).arg(count(g.staleTouch));
    if (const auto ttv = g.ttv.medianDays())
        facts << tr("time to value: median %1 days, reached %2 of %3").arg(days(*ttv), count(g.ttv.reached), count(g.ttv.onboarded));
    else if (g.ttv.onboarded > 0)
        facts << tr("time to value: reached 0 of %1").arg(count(g.ttv.onboarded));
    if (slide.exportedOn.isValid())
        facts << tr("book exported %1").arg(day(slide.exportedOn));
    drawLine(painter, QRectF(deck::Content.left(), tiles.at(0).bottom() + 10, deck::Content.width(), 24),
             facts.join(QStringLiteral(" · ")), deck::font(14), deck::Grey);

    const qreal top = tiles.at(0).bottom() + 52;
    const qreal height = deck::FooterTop - 14 - top;
    const qreal left = deck::Content.left();
    paintHealthMix(painter, QRectF(left, top, 330, height), g, currency);
    paintRenewals(painter, QRectF(left + 354, top, 330, height), g, currency);
    paintRenewalList(painter, QRectF(left + 708, top, deck::Content.right() - left - 708, height), slide);
}

void PortfolioDeck::paintRenewalList(QPainter *painter, const QRectF &rect, const CsmSlide &slide) const
{
    drawHeading(painter, rect, tr("Red and amber renewals, next 120 days"));
    const QLocale locale;
    const QString currency = m_filter.rates.reporting();
    if (slide.renewals.empty()) {
        drawLine(painter, QRectF(rect.left(), rect.top() + 40, rect.width(), 26), tr("No red or amber account renews in the next 120 days."),
                 deck::font(15), deck::Grey);
        return;
    }
    constexpr qreal Health = 82, Arr = 104, Renews = 96;
    const qreal nameWidth = rect.width() - Health - Arr - Renews;
    const qreal xs[] = { rect.left(), rect.left() + nameWidth, rect.left() + nameWidth + Health, rect.left() + nameWidth + Health + Arr };
    qreal y = rect.top() + 34;
    const QFont header = deck::font(12, true);
    drawLine(painter, QRectF(xs[0], y, nameWidth - 8, 22), tr("ACCOUNT"), header, deck::Grey);
    drawLine(painter, QRectF(xs[1], y, Health, 22), tr("HEALTH"), header, deck::Grey);
    drawLine(painter, QRectF(xs[2], y, Arr - 10, 22), tr("ARR"), header, deck::Grey, Qt::AlignRight | Qt::AlignVCenter);
    drawLine(painter, QRectF(xs[3], y, Renews, 22), tr("RENEWS"), header, deck::Grey, Qt::AlignRight | Qt::AlignVCenter);
    y += 24;
    const int listed = std::min<int>(ListedRenewals, int(slide.renewals.size()));
    constexpr qreal RowHeight = 28;
    for (int i = 0; i < listed; ++i) {
        const Renewal &r = slide.renewals[std::size_t(i)];
        if (i % 2 == 0)
            painter->fillRect(QRectF(rect.left(), y, rect.width(), RowHeight), deck::Tile);
        QString name = r.name;
        if (!r.otherCsms.isEmpty())
            name += QStringLiteral(" (") + tr("with %1").arg(r.otherCsms.join(QStringLiteral(", "))) + u')';
        drawLine(painter, QRectF(xs[0] + 6, y, nameWidth - 14, RowHeight), name, deck::font(14), deck::Ink);
        drawBandChip(painter, QRectF(xs[1], y, Health, RowHeight), r.band, r.score);
        const QString arr = r.arrCents ? formatMoney(locale, *r.arrCents, currency) : formatMoney(locale, r.localArrCents, r.currency);
        drawLine(painter, QRectF(xs[2], y, Arr - 10, RowHeight), arr, deck::font(14), deck::Ink, Qt::AlignRight | Qt::AlignVCenter);
        drawLine(painter, QRectF(xs[3], y, Renews, RowHeight), day(r.renewalDate), deck::font(13), deck::Ink,
                 Qt::AlignRight | Qt::AlignVCenter);
        y += RowHeight;
    }
    if (int(slide.renewals.size()) > listed) {
        qint64 rest = 0;
        for (std::size_t i = std::size_t(listed); i < slide.renewals.size(); ++i)
            rest += slide.renewals[i].arrCents.value_or(0);
        drawLine(painter, QRectF(rect.left() + 6, y + 4, rect.width() - 6, 24),
                 tr("Not listed: %1 more, ARR %2").arg(count(qint64(slide.renewals.size()) - listed), formatMoney(locale, rest, currency)),
                 deck::font(14), deck::Grey);
    }
}

Status writePortfolioDeck(const PortfolioDeck &deck, const QString &path, const std::atomic_bool *cancel)
{
    return writeSlidesPdf(path, deck.title(), deck.pageCount(),
                          [&deck](QPainter *painter, int index) { deck.paint(painter, index); }, cancel);
}

Status writePortfolioDeck(const Portfolio &portfolio, const PortfolioFilter &filter, const QString &path,
                          const PortfolioDeckOptions &options, const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        return Error { PortfolioDeck::tr("cancelled") };
    const PortfolioDeck deck(portfolio, filter, options);
    return writePortfolioDeck(deck, path, cancel);
}

QImage renderPortfolioDeckPage(const PortfolioDeck &deck, int index, int width, qreal devicePixelRatio)
{
    const QSize size(width, qRound(width * deck::Height / deck::Width));
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size.width() / deck::Width, size.height() / deck::Height);
    deck.paint(&painter, index);
    painter.end();
    return image;
}

} // namespace csm
