#pragma once

// What the team portfolio deck's slides are drawn with: figures as text, lines, tiles, legends,
// band bars and the two charts a group's slide shows. Shared by the deck's source files only.

#include "deck/decktheme.h"
#include "health/healthband.h"
#include "portfolio/portfoliodashboard.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <utility>

class QFont;
class QPainter;

namespace csm::portfoliodeck {

/// Red first: what a lead looks at first sits at the left of every bar and the foot of every stack.
inline constexpr std::array BandOrder { HealthBand::Red, HealthBand::Amber, HealthBand::Green, HealthBand::None };

inline constexpr qreal SummaryHeaderHeight = 150;

inline const QColor HeaderText { 0xc9, 0xd3, 0xe6 };

using Bands = std::array<qint64, 4>; ///< by HealthBand

QString day(const QDate &date);

QString count(qint64 n);

QString number(double value, int decimals = 0);

/// Days as a median gives them: a half shown as such, whole days without decimals.
QString days(double value);

QString percent(std::optional<double> share, int decimals = 0);

std::optional<double> shareOf(qint64 part, qint64 whole);

/// "31–60 days", or "31–60 d" where a chart is narrow.
QString windowLabel(int window, bool shortForm = false);

Bands bandCounts(const GroupFigures &g);

Bands bandArr(const GroupFigures &g);

/// Draws `text` in `rect` on one line, elided: names come from the CRM and may be any length.
/// Always plain text: a name like "<b>" prints as typed.
void drawLine(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);

void drawHeading(QPainter *painter, const QRectF &rect, const QString &text);

/// A figure on a light tile, as on the QBR deck: a label above, the value large, detail below.
void drawTile(QPainter *painter, const QRectF &rect, const QString &label, const QString &value, const QString &detail,
              const QColor &valueColour = deck::Ink);

QList<QRectF> tileRow(qreal top, qreal height, int count);

void drawTitleBar(QPainter *painter, const QString &heading, const QString &aside);

/// The band names with their colours, so a colour is never the only thing that tells them apart.
qreal legendWidth(const QFont &font);

void drawLegend(QPainter *painter, const QPointF &at, qreal height);

/// One bar split by band, red first; `scale` is the value the bar's full length stands for. A
/// part is labelled with its value when the label fits inside it.
void drawBandBar(QPainter *painter, const QRectF &bar, const Bands &values, qint64 scale,
                 const std::function<QString(qint64)> &label);

/// A round top for an axis: about four steps of 1, 2 or 5 times a power of ten.
std::pair<int, int> niceScale(int most);

void paintHealthMix(QPainter *painter, const QRectF &rect, const GroupFigures &g, const QString &currency);

void paintRenewals(QPainter *painter, const QRectF &rect, const GroupFigures &g, const QString &currency);

/// Label and value rows, the value on the right.
void drawFacts(QPainter *painter, const QRectF &rect, const QList<std::pair<QString, QString>> &rows);

/// A health band named on its colour, with the score when there is one.
void drawBandChip(QPainter *painter, const QRectF &cell, HealthBand band, std::optional<double> score);

} // namespace csm::portfoliodeck
