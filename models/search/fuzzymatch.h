#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace csm {

/// Where a query matched a text and how well.
struct FuzzyMatch
{
    int score = 0; ///< higher is better; compare scores of the same query only
    QList<int> positions; ///< UTF-16 indices into the original text, ascending
};

/// A text prepared once for matching many queries: folded code unit by code unit (lower case,
/// accents dropped), so an index into the folded text is an index into the original, plus a bonus
/// per position for where words start. Texts are matched on their first MaxLength code units.
class FuzzyText
{
public:
    static constexpr int MaxLength = 512;

    FuzzyText() = default;
    explicit FuzzyText(QStringView text);

    QStringView folded() const { return m_folded; }
    int size() const { return int(m_folded.size()); }
    /// The bonus a match earns at `position` (start of text, start of a word, a camel hump).
    int bonusAt(int position) const { return quint8(m_bonus.at(position)); }

private:
    QString m_folded;
    QByteArray m_bonus;
};

/// A quick-open query: every character of the query (spaces aside) must occur in the text in
/// order, ignoring case and accents ("rcmp" matches "Recompute"). Of all the ways the characters
/// can line up, the best scoring one counts:
///  - each matched character scores, more at the start of the text and at word starts
///    (after a space or punctuation, or a lower→upper case change), so a prefix beats a word start
///    and a word start beats the middle of a word;
///  - a character right after the previous match scores a bonus, and a run carries the bonus of the
///    word start it began at, so contiguous runs beat scattered letters;
///  - gaps between matched characters cost a little, more for the first skipped character.
/// Ties are left to the caller (quick-open prefers the shorter text).
class FuzzyPattern
{
public:
    static constexpr int MaxLength = 64;

    explicit FuzzyPattern(QStringView query = {});

    /// True when the query has nothing to match: every text matches with score 0.
    bool isEmpty() const { return m_folded.isEmpty(); }
    QStringView folded() const { return m_folded; }
    /// True when `longer` matches no text this pattern does not also match (it extends the query),
    /// so a list can be narrowed instead of scanned again.
    bool isRefinedBy(const FuzzyPattern &longer) const { return longer.m_folded.startsWith(m_folded); }

    /// The score of the best alignment, or nullopt when the query does not occur in `text`.
    std::optional<int> score(const FuzzyText &text) const;
    /// The best alignment with the matched positions.
    std::optional<FuzzyMatch> match(const FuzzyText &text) const;
    std::optional<FuzzyMatch> match(QStringView text) const { return match(FuzzyText(text)); }

private:
    std::optional<int> align(const FuzzyText &text, QList<int> *positions) const;

    QString m_folded;
};

/// Folds one UTF-16 code unit for matching: case-folded, and a letter with a diacritic becomes its
/// base letter ("É" → "e"). Surrogates are kept as they are.
QChar foldForMatch(QChar c);

} // namespace csm
