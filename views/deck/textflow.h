#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;

namespace csm {

/// Text that flows over one or more slides: paragraphs laid out with QTextLayout at one width,
/// then cut between lines (never through one) to fill the space each slide has. Text is drawn as
/// text, so a PDF keeps it selectable and searchable, and it is never interpreted as markup.
///
/// Build and draw a flow in one thread; it holds font engines of the thread that laid it out.
class TextFlow
{
public:
    enum class Style { Heading, Body, Large, Bullet, Muted, Quote, Bar };

    TextFlow();
    ~TextFlow();
    TextFlow(TextFlow &&) noexcept;
    TextFlow &operator=(TextFlow &&) noexcept;

    /// Adds a paragraph; `formats` colour or embolden parts of it.
    void add(Style style, const QString &text, const QList<QTextLayout::FormatRange> &formats = {});
    /// A bullet point whose first words (up to `leadLength` characters) are bold.
    void addBullet(const QString &text, int leadLength = 0, const QColor &leadColour = {});
    /// A progress bar, `done` of `total`, one line high.
    void addBar(int done, int total, const QColor &colour);
    bool isEmpty() const { return m_paragraphs.empty(); }

    /// Lays every paragraph out at `width`; call before the measuring and drawing functions.
    void layout(qreal width);

    /// The number of lines (bars count as one) of the laid-out flow.
    int lineCount() const { return int(m_lines.size()); }
    /// The index of the first line after `from` that does not fit in `height`; `from` itself always
    /// fits, so every call makes progress even for a line taller than the space.
    int fit(int from, qreal height) const;
    /// Draws lines [from, to) with the first one's top at `topLeft`.
    void draw(QPainter *painter, const QPointF &topLeft, int from, int to) const;
    /// The text of lines [from, to) (tests).
    QString text(int from, int to) const;

    static QFont font(Style style);
    static QColor colour(Style style);

private:
    struct Paragraph
    {
        Style style = Style::Body;
        std::unique_ptr<QTextLayout> layout;
        qreal top = 0;        ///< within the flow, before the space above
        qreal spaceAbove = 0;
        qreal indent = 0;
        int barDone = 0;
        int barTotal = 0;
        QColor barColour;
    };
    struct Line
    {
        int paragraph = 0;
        int line = -1; ///< -1 for a bar
        qreal top = 0; ///< within the flow, including the paragraph's space above when first
        qreal height = 0;
    };

    std::vector<Paragraph> m_paragraphs;
    std::vector<Line> m_lines;
};

} // namespace csm
