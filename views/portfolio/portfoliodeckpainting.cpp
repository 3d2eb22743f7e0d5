#include "portfoliodeckpainting.h"

#include "chartcolours.h"
#include "itemmodels/bookmodel.h"
#include "portfoliodeck.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace csm::portfoliodeck {

QString day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : PortfolioDeck::tr("no date");
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

/// Days as a median gives them: a half shown as such, whole days without decimals.
QString days(double value)
{
    return number(value, std::floor(value) == value ? 0 : 1);
}

QString percent(std::optional<double> share, int decimals)
{
    return share ? PortfolioDeck::tr("%1%").arg(number(*share * 100.0, decimals)) : QStringLiteral("—");
}

std::optional<double> shareOf(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

/// "31–60 days", or "31–60 d" where a chart is narrow.
QString windowLabel(int window, bool shortForm)
{
    const int from = window == 0 ? 0 : window * RenewalWindowDays + 1;
    const int to = (window + 1) * RenewalWindowDays;
    return shortForm ? PortfolioDeck::tr("%1–%2 d").arg(from).arg(to) : PortfolioDeck::tr("%1–%2 days").arg(from).arg(to);
}

Bands bandCounts(const GroupFigures &g)
{
    return { g.bandCount[0], g.bandCount[1], g.bandCount[2], g.bandCount[3] };
}

Bands bandArr(const GroupFigures &g)
{
    return { g.bandArrCents[0], g.bandArrCents[1], g.bandArrCents[2], g.bandArrCents[3] };
}

/// Draws `text` in `rect` on one line, elided: names come from the CRM and may be any length.
/// Always plain text: a name like "<b>" prints as typed.
void drawLine(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
              Qt::Alignment align)
{
    painter->setFont(font);
    painter->setPen(colour);
    const QFontMetricsF metrics(font);
    painter->drawText(rect, align | Qt::TextSingleLine, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

void drawHeading(QPainter *painter, const QRectF &rect, const QString &text)
{
    drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), 26), text, deck::font(17, true), deck::Ink);
}

/// A figure on a light tile, as on the QBR deck: a label above, the value large, detail below.
void drawTile(QPainter *painter, const QRectF &rect, const QString &label, const QString &value, const QString &detail,
              const QColor &valueColour)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(deck::Tile);
    painter->drawRoundedRect(rect, 10, 10);
    const QRectF inner = rect.adjusted(16, 12, -16, -12);
    drawLine(painter, QRectF(inner.left(), inner.top(), inner.width(), 20), label.toUpper(), deck::font(12, true), deck::Grey);
    // The value whole, as large as fits: a figure is never elided.
    int size = 30;
    while (size > 14 && QFontMetricsF(deck::font(size, true)).horizontalAdvance(value) > inner.width())
        size -= 2;
    drawLine(painter, QRectF(inner.left(), inner.top() + 24, inner.width(), 40), value, deck::font(size, true), valueColour);
    if (!detail.isEmpty())
        drawLine(painter, QRectF(inner.left(), inner.bottom() - 20, inner.width(), 20), detail, deck::font(13), deck::Grey);
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

void drawTitleBar(QPainter *painter, const QString &heading, const QString &aside)
{
    painter->fillRect(QRectF(0, 0, deck::Width, deck::TitleBarHeight), deck::Navy);
    painter->fillRect(QRectF(0, deck::TitleBarHeight, deck::Width, 5), deck::Accent);
    const QFont small = deck::font(16);
    const qreal asideWidth = std::min<qreal>(QFontMetricsF(small).horizontalAdvance(aside) + 4, 380);
    drawLine(painter, QRectF(deck::Margin, 0, deck::Width - 2 * deck::Margin - asideWidth - 24, deck::TitleBarHeight), heading,
             deck::font(32, true), Qt::white);
    drawLine(painter, QRectF(deck::Width - deck::Margin - asideWidth, 0, asideWidth, deck::TitleBarHeight), aside, small, HeaderText,
             Qt::AlignRight | Qt::AlignVCenter);
}

/// The band names with their colours, so a colour is never the only thing that tells them apart.
qreal legendWidth(const QFont &font)
{
    const QFontMetricsF metrics(font);
    qreal width = 0;
    for (HealthBand band : BandOrder)
        width += 17 + metrics.horizontalAdvance(healthBandDisplayName(band)) + 4 + 14;
    return width - 14;
}

void drawLegend(QPainter *painter, const QPointF &at, qreal height)
{
    const QFont font = deck::font(13);
    const QFontMetricsF metrics(font);
    qreal x = at.x();
    for (HealthBand band : BandOrder) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(bandColour(band));
        painter->drawRect(QRectF(x, at.y() + (height - 12) / 2, 12, 12));
        const QString name = healthBandDisplayName(band);
        const qreal width = metrics.horizontalAdvance(name) + 4;
        drawLine(painter, QRectF(x + 17, at.y(), width, height), name, font, deck::Ink);
        x += 17 + width + 14;
    }
}

/// One bar split by band, red first; `scale` is the value the bar's full length stands for. A
/// part is labelled with its value when the label fits inside it.
void drawBandBar(QPainter *painter, const QRectF &bar, const Bands &values, qint64 scale,
                 const std::function<QString(qint64)> &label)
{
    if (scale <= 0)
        return;
    const QFont font = deck::font(qBound(10, int(bar.height() * 0.5), 14), true);
    const QFontMetricsF metrics(font);
    qreal x = bar.left();
    for (HealthBand band : BandOrder) {
        const qint64 value = values[std::size_t(band)];
        if (value <= 0)
            continue;
        const qreal width = bar.width() * double(value) / double(scale);
        const QRectF part(x, bar.top(), width, bar.height());
        painter->fillRect(part, bandColour(band));
        const QString text = label(value);
        if (metrics.horizontalAdvance(text) + 8 <= width)
            drawLine(painter, part, text, font, Qt::white, Qt::AlignCenter);
        x += width;
    }
}

/// A round top for an axis: about four steps of 1, 2 or 5 times a power of ten.
std::pair<int, int> niceScale(int most)
{
    if (most <= 4)
        return { 4, 1 };
    const double raw = most / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const int step = qMax(1, int((norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude));
    return { int(std::ceil(double(most) / step)) * step, step };
}

void paintHealthMix(QPainter *painter, const QRectF &rect, const GroupFigures &g, const QString &currency)
{
    drawHeading(painter, rect, PortfolioDeck::tr("Health mix"));
    const QLocale locale;
    const Bands counts = bandCounts(g);
    const Bands arr = bandArr(g);
    constexpr qreal LabelWidth = 72;
    const auto moneyShort = [&](qint64 cents) { return formatMoneyShort(locale, cents, currency); };
    const struct
    {
        QString label;
        const Bands &values;
        qint64 total;
        std::function<QString(qint64)> text;
    } rows[] = {
        { PortfolioDeck::tr("Accounts"), counts, g.accounts, [](qint64 n) { return count(n); } },
        { PortfolioDeck::tr("ARR"), arr, g.arrCents, moneyShort },
    };
    qreal y = rect.top() + 38;
    for (const auto &row : rows) {
        drawLine(painter, QRectF(rect.left(), y, LabelWidth, 30), row.label, deck::font(14, true), deck::Grey);
        const QRectF bar(rect.left() + LabelWidth, y, rect.width() - LabelWidth, 30);
        painter->fillRect(bar, deck::Track);
        drawBandBar(painter, bar, row.values, row.total, row.text);
        y += 40;
    }
    y += 6;
    for (HealthBand band : BandOrder) {
        const std::size_t b = std::size_t(band);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bandColour(band));
        painter->drawRect(QRectF(rect.left(), y + 7, 12, 12));
        drawLine(painter, QRectF(rect.left() + 20, y, 92, 26), healthBandDisplayName(band), deck::font(14, true), deck::Ink);
        drawLine(painter, QRectF(rect.left() + 112, y, rect.width() - 112, 26),
                 PortfolioDeck::tr("%1 · %2 · %3 of ARR").arg(count(counts[b]), moneyShort(arr[b]), percent(shareOf(arr[b], g.arrCents))),
                 deck::font(14), deck::Grey);
        y += 26;
    }
}

void paintRenewals(QPainter *painter, const QRectF &rect, const GroupFigures &g, const QString &currency)
{
    drawHeading(painter, rect, PortfolioDeck::tr("Renewals in the next 120 days"));
    drawLegend(painter, QPointF(rect.left(), rect.top() + 32), 20);
    constexpr qreal Gutter = 36;
    const QRectF plot(rect.left() + Gutter, rect.top() + 84, rect.width() - Gutter, rect.height() - 84 - 46);
    int most = 0;
    for (int n : g.renewals)
        most = qMax(most, n);
    const auto [top, step] = niceScale(most);
    for (int v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        painter->setPen(QPen(v == 0 ? deck::Grey : deck::Rule, 1));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        drawLine(painter, QRectF(rect.left(), y - 9, Gutter - 6, 18), count(v), deck::font(12), deck::Grey,
                 Qt::AlignRight | Qt::AlignVCenter);
    }
    const QLocale locale;
    const qreal slot = plot.width() / RenewalWindows;
    const qreal barWidth = std::min<qreal>(slot * 0.56, 72);
    const QFont labelFont = deck::font(13);
    const bool shortLabels = QFontMetricsF(labelFont).horizontalAdvance(windowLabel(RenewalWindows - 1)) + 2 > slot;
    for (int w = 0; w < RenewalWindows; ++w) {
        const qreal x = plot.left() + slot * w + (slot - barWidth) / 2;
        qreal y = plot.bottom();
        for (HealthBand band : BandOrder) {
            const int n = g.renewalBands[w][int(band)];
            if (n <= 0)
                continue;
            const qreal h = plot.height() * n / top;
            const QRectF part(x, y - h, barWidth, h);
            painter->fillRect(part, bandColour(band));
            if (h >= 18)
                drawLine(painter, part, count(n), deck::font(12, true), Qt::white, Qt::AlignCenter);
            y -= h;
        }
        drawLine(painter, QRectF(x - 20, y - 24, barWidth + 40, 22), count(g.renewals[w]), deck::font(14, true), deck::Ink,
                 Qt::AlignHCenter | Qt::AlignBottom);
        const QRectF under(plot.left() + slot * w, plot.bottom() + 4, slot, 20);
        drawLine(painter, under, windowLabel(w, shortLabels), labelFont, deck::Ink, Qt::AlignCenter);
        drawLine(painter, under.translated(0, 20), formatMoneyShort(locale, g.renewalArrCents[w], currency), deck::font(13),
                 deck::Grey, Qt::AlignCenter);
    }
}

/// Label and value rows, the value on the right.
void drawFacts(QPainter *painter, const QRectF &rect, const QList<std::pair<QString, QString>> &rows)
{
    qreal y = rect.top();
    const qreal labelWidth = rect.width() * 0.6;
    for (const auto &[label, value] : rows) {
        drawLine(painter, QRectF(rect.left(), y, labelWidth, 30), label, deck::font(14), deck::Grey);
        drawLine(painter, QRectF(rect.left() + labelWidth, y, rect.width() - labelWidth, 30), value, deck::font(15, true), deck::Ink,
                 Qt::AlignRight | Qt::AlignVCenter);
        painter->setPen(QPen(deck::Rule, 1));
        painter->drawLine(QPointF(rect.left(), y + 31), QPointF(rect.right(), y + 31));
        y += 32;
    }
}

/// A health band named on its colour, with the score when there is one.
void drawBandChip(QPainter *painter, const QRectF &cell, HealthBand band, std::optional<double> score)
{
    QString text = healthBandDisplayName(band);
    if (score)
        text += u' ' + number(std::floor(*score)); // rounded down, as the book shows it: 49.6 is no amber score
    const QFont font = deck::font(12, true);
    const qreal width = std::min<qreal>(QFontMetricsF(font).horizontalAdvance(text) + 16, cell.width() - 4);
    const QRectF chip(cell.left(), cell.center().y() - 10, width, 20);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bandColour(band));
    painter->drawRoundedRect(chip, 10, 10);
    drawLine(painter, chip, text, font, Qt::white, Qt::AlignCenter);
}

} // namespace csm::portfoliodeck
