#pragma once

#include <QChartView>

class QPainter;

namespace csm {

/// The base of every chart in the app: a QChartView that follows the application palette (light
/// and dark, re-applied when the palette changes), shows hover tooltips, and can render itself
/// off-screen into any QPainter at a given size, as vectors when the painter is a PDF.
class ChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    /// Draws the chart laid out for `target`'s size into `target`; the widget itself is left as it
    /// was. Works on hidden widgets and with any paint device (image, PDF, printer).
    void renderTo(QPainter *painter, const QRectF &target);
    /// The chart rendered at `size` on the palette's base colour (tests, thumbnails).
    QImage toImage(const QSize &size, qreal devicePixelRatio = 1.0);

    /// What the chart shows, in words: each series with its first and last values, lowest and
    /// highest, each bar set by category, each slice with its share. Screen readers read it as
    /// the chart's description, so colour and shape never carry the data alone.
    QString dataSummary() const;

    /// The text the latest hover tooltip showed (for tests and accessibility).
    QString lastToolTip() const { return m_lastToolTip; }

    /// Colours the chart's background, title, legend and axes from the widget's palette. Subclasses
    /// call it after rebuilding series and axes; it runs again on every palette change.
    void applyPalette();
    /// Shows `text` as a tooltip at the cursor, or hides it when empty.
    void showToolTip(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_lastToolTip;
};

} // namespace csm
