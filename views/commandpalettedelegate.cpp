#include "commandpalettedelegate.h"

#include "chartcolours.h"
#include "itemmodels/quickopenmodel.h"

#include <QApplication>
#include <QPainter>

namespace csm {

namespace {

constexpr int HorizontalMargin = 10;
constexpr int VerticalPadding = 5;
constexpr int LineGap = 2;
constexpr int TrailingGap = 16;

QFont detailFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

/// Draws `text` from `x` on `baseline`, the characters at `positions` in bold, cut with "…" at `right`.
void drawMatched(QPainter *painter, int x, int baseline, int right, const QString &text,
    const QList<int> &positions, const QFont &font)
{
    QList<bool> bold(text.size(), false);
    for (const int position : positions)
        if (position >= 0 && position < text.size())
            bold[position] = true;
    for (qsizetype i = 1; i < text.size(); ++i) // never split a surrogate pair between fonts
        if (text[i].isLowSurrogate())
            bold[i] = bold[i - 1];
    const QFont strong = boldFont(font);
    qsizetype start = 0;
    while (start < text.size() && x < right) {
        qsizetype end = start + 1;
        while (end < text.size() && bold[end] == bold[start])
            ++end;
        const QFont &runFont = bold[start] ? strong : font;
        const QFontMetrics metrics(runFont);
        QString run = text.mid(start, end - start);
        const int width = metrics.horizontalAdvance(run);
        const bool last = end == text.size();
        // The rest does not fit: cut it here, leaving room for the ellipsis.
        if (x + width > right || (!last && x + width + metrics.horizontalAdvance(u'…') > right)) {
            run = metrics.elidedText(text.mid(start), Qt::ElideRight, right - x);
            painter->setFont(runFont);
            painter->drawText(x, baseline, run);
            return;
        }
        painter->setFont(runFont);
        painter->drawText(x, baseline, run);
        x += width;
        start = end;
    }
}

} // namespace

CommandPaletteDelegate::CommandPaletteDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize CommandPaletteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Accounts have a second line of details; commands are one line, as in a menu.
    int height = QFontMetrics(option.font).height() + 2 * VerticalPadding;
    if (index.data(QuickOpenModel::KindRole).toInt() == int(QuickOpenModel::Kind::Account))
        height += LineGap + QFontMetrics(detailFont(option.font)).height();
    return { option.rect.width() > 0 ? option.rect.width() : 400, height };
}

void CommandPaletteDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    panel.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    painter->save();
    const auto kind = QuickOpenModel::Kind(index.data(QuickOpenModel::KindRole).toInt());
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColour
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColour = textColour;
    dimColour.setAlphaF(0.7);

    // Recent accounts and commands are told apart by a rule between them.
    if (index.row() > 0) {
        const QModelIndex above = index.siblingAtRow(index.row() - 1);
        if (above.data(QuickOpenModel::KindRole).toInt() != int(kind)) {
            painter->setPen(option.palette.color(group, QPalette::Mid));
            painter->drawLine(option.rect.topLeft(), option.rect.topRight());
        }
    }

    const QRect area
        = option.rect.adjusted(HorizontalMargin, VerticalPadding, -HorizontalMargin, -VerticalPadding);
    const QFont font = option.font;
    const QFont small = detailFont(font);
    const QFontMetrics metrics(font);
    const QFontMetrics smallMetrics(small);
    const QString detail = index.data(QuickOpenModel::DetailRole).toString();
    const int titleTop = detail.isEmpty() ? area.top() + (area.height() - metrics.height()) / 2 : area.top();
    const int titleBaseline = titleTop + metrics.ascent();

    int titleRight = area.right();
    const QString trailing = index.data(QuickOpenModel::TrailingRole).toString();
    if (!trailing.isEmpty()) {
        const QFont &trailingFont = kind == QuickOpenModel::Kind::Command ? small : font;
        const QFontMetrics trailingMetrics(trailingFont);
        const int width = trailingMetrics.horizontalAdvance(trailing);
        const int x = area.right() - width;
        painter->setFont(trailingFont);
        painter->setPen(kind == QuickOpenModel::Kind::Command ? dimColour : textColour);
        painter->drawText(x, titleBaseline, trailing);
        titleRight = x - TrailingGap;
        if (kind == QuickOpenModel::Kind::Account) {
            // The band's colour beside its name, as in the charts.
            const int dot = metrics.height() / 2;
            const QRect swatch(x - dot - 6, titleTop + (metrics.height() - dot) / 2, dot, dot);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(bandColour(HealthBand(index.data(QuickOpenModel::HealthBandRole).toInt())));
            painter->drawEllipse(swatch);
            titleRight = swatch.left() - TrailingGap;
        }
    }

    painter->setPen(textColour);
    drawMatched(painter, area.left(), titleBaseline, titleRight, index.data(Qt::DisplayRole).toString(),
        index.data(QuickOpenModel::TitleMatchRole).value<QList<int>>(), font);
    if (!detail.isEmpty()) {
        painter->setPen(dimColour);
        drawMatched(painter, area.left(), area.top() + metrics.height() + LineGap + smallMetrics.ascent(),
            area.right(), detail, index.data(QuickOpenModel::DetailMatchRole).value<QList<int>>(), small);
    }
    painter->restore();
}

} // namespace csm
