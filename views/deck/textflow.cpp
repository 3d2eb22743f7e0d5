#include "textflow.h"

#include "decktheme.h"

#include <QPainter>
#include <QTextLine>

namespace csm {

TextFlow::TextFlow() = default;
TextFlow::~TextFlow() = default;
TextFlow::TextFlow(TextFlow &&) noexcept = default;
TextFlow &TextFlow::operator=(TextFlow &&) noexcept = default;

QFont TextFlow::font(Style style)
{
    switch (style) {
    case Style::Heading: return deck::font(21, true);
    case Style::Large: return deck::font(24);
    case Style::Muted: return deck::font(15);
    case Style::Quote: return deck::font(17, false, true);
    case Style::Body:
    case Style::Bullet:
    case Style::Bar: return deck::font(18);
    }
    return deck::font(18);
}

QColor TextFlow::colour(Style style)
{
    switch (style) {
    case Style::Heading: return deck::Navy;
    case Style::Muted: return deck::Grey;
    default: return deck::Ink;
    }
}

void TextFlow::add(Style style, const QString &text, const QList<QTextLayout::FormatRange> &formats)
{
    Paragraph p;
    p.style = style;
    // A line separator inside the text would end a QTextLayout line early; paragraphs are ours.
    QString clean = text;
    clean.replace(QChar::LineSeparator, QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    clean.replace(QLatin1Char('\t'), QLatin1String("    "));
    p.layout = std::make_unique<QTextLayout>(clean, font(style));
    p.layout->setFormats(QList<QTextLayout::FormatRange>(formats));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p.layout->setTextOption(option);
    switch (style) {
    case Style::Heading: p.spaceAbove = m_paragraphs.empty() ? 0 : 16; break;
    case Style::Large: p.spaceAbove = 14; p.indent = 34; break;
    case Style::Bullet: p.spaceAbove = 7; p.indent = 26; break;
    case Style::Quote: p.spaceAbove = 10; p.indent = 26; break;
    default: p.spaceAbove = 7; break;
    }
    m_paragraphs.push_back(std::move(p));
}

void TextFlow::addBullet(const QString &text, int leadLength, const QColor &leadColour)
{
    QList<QTextLayout::FormatRange> formats;
    if (leadLength > 0) {
        QTextLayout::FormatRange lead;
        lead.start = 0;
        lead.length = leadLength;
        lead.format.setFontWeight(QFont::Bold);
        if (leadColour.isValid())
            lead.format.setForeground(leadColour);
        formats << lead;
    }
    add(Style::Bullet, text, formats);
}

void TextFlow::addBar(int done, int total, const QColor &colour)
{
    Paragraph p;
    p.style = Style::Bar;
    p.spaceAbove = 6;
    p.indent = 26;
    p.barDone = done;
    p.barTotal = total;
    p.barColour = colour;
    m_paragraphs.push_back(std::move(p));
}

void TextFlow::layout(qreal width)
{
    m_lines.clear();
    qreal y = 0;
    for (int i = 0; i < int(m_paragraphs.size()); ++i) {
        Paragraph &p = m_paragraphs[size_t(i)];
        const qreal above = m_lines.empty() ? 0 : p.spaceAbove;
        p.top = y + above;
        if (p.style == Style::Bar) {
            m_lines.push_back({ i, -1, y, above + 12 });
            y += above + 12;
            continue;
        }
        QTextLayout &layout = *p.layout;
        layout.clearLayout();
        layout.beginLayout();
        qreal lineY = 0;
        const qreal leading = layout.font().pixelSize() * 0.28;
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max<qreal>(40, width - p.indent));
            line.setPosition(QPointF(p.indent, lineY));
            lineY += line.height() + leading;
        }
        layout.endLayout();
        for (int l = 0; l < layout.lineCount(); ++l) {
            const QTextLine line = layout.lineAt(l);
            const qreal top = p.top + line.y();
            const qreal extra = l == 0 ? above : 0;
            m_lines.push_back({ i, l, top - extra, line.height() + leading + extra });
        }
        if (layout.lineCount() == 0) // an empty paragraph still takes a line's space
            m_lines.push_back({ i, -2, y, above + layout.font().pixelSize() });
        y = m_lines.back().top + m_lines.back().height;
    }
}

int TextFlow::fit(int from, qreal height) const
{
    if (from >= lineCount())
        return lineCount();
    // Space above a paragraph that starts a slide is not drawn.
    const Line &first = m_lines[size_t(from)];
    qreal top = first.top;
    if (first.line <= 0)
        top += m_paragraphs[size_t(first.paragraph)].top - first.top;
    int to = from + 1;
    while (to < lineCount()) {
        const Line &line = m_lines[size_t(to)];
        if (line.top + line.height - top > height)
            break;
        ++to;
    }
    // A heading stays with what follows it: never the last line of a slide that continues.
    while (to < lineCount() && to - 1 > from && m_paragraphs[size_t(m_lines[size_t(to - 1)].paragraph)].style == Style::Heading)
        --to;
    return to;
}

void TextFlow::draw(QPainter *painter, const QPointF &topLeft, int from, int to) const
{
    if (from >= to || from >= lineCount())
        return;
    const Line &first = m_lines[size_t(from)];
    const qreal origin = first.line <= 0 ? m_paragraphs[size_t(first.paragraph)].top : first.top;
    const qreal dy = topLeft.y() - origin;
    painter->save();
    for (int i = from; i < std::min(to, lineCount()); ++i) {
        const Line &l = m_lines[size_t(i)];
        const Paragraph &p = m_paragraphs[size_t(l.paragraph)];
        if (l.line == -2)
            continue;
        if (l.line == -1) {
            const QRectF track(topLeft.x() + p.indent, p.top + dy, 360, 10);
            painter->setPen(Qt::NoPen);
            painter->setBrush(deck::Track);
            painter->drawRoundedRect(track, 5, 5);
            if (p.barTotal > 0 && p.barDone > 0) {
                painter->setBrush(p.barColour);
                painter->drawRoundedRect(QRectF(track.topLeft(), QSizeF(track.width() * p.barDone / p.barTotal, track.height())), 5, 5);
            }
            continue;
        }
        const QTextLine line = p.layout->lineAt(l.line);
        const QPointF position(topLeft.x(), p.top + dy);
        painter->setPen(colour(p.style));
        if (l.line == 0 && (p.style == Style::Bullet || p.style == Style::Large)) {
            painter->setFont(p.layout->font());
            painter->setPen(deck::Accent);
            const QRectF marker(position.x() + p.indent - 24, position.y() + line.y(), 20, line.height());
            painter->drawText(marker, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("•"));
            painter->setPen(colour(p.style));
        }
        line.draw(painter, position);
        if (p.style == Style::Quote) {
            painter->save();
            painter->setPen(QPen(deck::Accent, 3));
            painter->drawLine(QPointF(position.x() + 8, position.y() + line.y()),
                              QPointF(position.x() + 8, position.y() + line.y() + line.height()));
            painter->restore();
        }
    }
    painter->restore();
}

QString TextFlow::text(int from, int to) const
{
    QStringList parts;
    for (int i = from; i < std::min(to, lineCount()); ++i) {
        const Line &l = m_lines[size_t(i)];
        const Paragraph &p = m_paragraphs[size_t(l.paragraph)];
        if (l.line < 0)
            continue;
        const QTextLine line = p.layout->lineAt(l.line);
        parts << p.layout->text().mid(line.textStart(), line.textLength());
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace csm
