#include "fuzzymatch.h"

#include <algorithm>
#include <vector>

namespace csm {

namespace {

constexpr int ScoreMatch = 16;
constexpr int GapStart = 3;
constexpr int GapExtension = 1;
constexpr int BonusStart = 10;
constexpr int BonusBoundary = 8;
constexpr int BonusCamel = 7;
constexpr int BonusConsecutive = 5;
constexpr int FirstCharMultiplier = 2;
constexpr int NoScore = -1'000'000;

enum class CharClass : quint8 { NonWord, Lower, Upper, Digit, OtherLetter };

CharClass classOf(QChar c)
{
    if (c.isLower() || c.isMark())
        return CharClass::Lower; // a combining mark continues its letter's word
    if (c.isUpper() || c.isTitleCase())
        return CharClass::Upper;
    if (c.isDigit())
        return CharClass::Digit;
    if (c.isLetterOrNumber())
        return CharClass::OtherLetter;
    return CharClass::NonWord;
}

int bonusFor(CharClass previous, CharClass current, bool atStart)
{
    if (current == CharClass::NonWord)
        return 0;
    if (atStart)
        return BonusStart;
    if (previous == CharClass::NonWord)
        return BonusBoundary;
    if (previous == CharClass::Lower && current == CharClass::Upper)
        return BonusCamel;
    if (previous != CharClass::Digit && current == CharClass::Digit)
        return BonusCamel;
    return 0;
}

} // namespace

QChar foldForMatch(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? QChar(char16_t(u + 32)) : c;
    if (c.isSurrogate() || (u >= 0xAC00 && u <= 0xD7A3)) // Hangul syllables stay whole
        return c;
    // "ǘ" decomposes to "ü" + acute, and "ü" to "u" + diaeresis: follow to the base letter.
    for (int depth = 0; depth < 4 && c.decompositionTag() == QChar::Canonical; ++depth) {
        const QString parts = c.decomposition();
        if (parts.isEmpty() || parts.at(0).isSurrogate())
            break;
        c = parts.at(0);
    }
    return c.toCaseFolded();
}

FuzzyText::FuzzyText(QStringView text)
{
    const qsizetype length = std::min<qsizetype>(text.size(), MaxLength);
    m_folded.resize(length);
    m_bonus.resize(length);
    QChar *folded = m_folded.data();
    CharClass previous = CharClass::NonWord;
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text[i];
        const CharClass current = classOf(c);
        folded[i] = foldForMatch(c);
        m_bonus[i] = char(bonusFor(previous, current, i == 0));
        previous = current;
    }
}

FuzzyPattern::FuzzyPattern(QStringView query)
{
    m_folded.reserve(std::min<qsizetype>(query.size(), MaxLength));
    for (const QChar c : query) {
        if (c.isSpace())
            continue;
        if (m_folded.size() == MaxLength)
            break;
        m_folded.append(foldForMatch(c));
    }
}

std::optional<int> FuzzyPattern::score(const FuzzyText &text) const
{
    return align(text, nullptr);
}

std::optional<FuzzyMatch> FuzzyPattern::match(const FuzzyText &text) const
{
    FuzzyMatch result;
    const auto score = align(text, &result.positions);
    if (!score)
        return std::nullopt;
    result.score = *score;
    return result;
}

std::optional<int> FuzzyPattern::align(const FuzzyText &text, QList<int> *positions) const
{
    const int m = int(m_folded.size());
    const int n = text.size();
    if (m == 0)
        return 0;
    if (m > n)
        return std::nullopt;
    const QChar *p = m_folded.constData();
    const QChar *t = text.folded().data();

    // The earliest column each query character can match at: a plain scan that turns most texts
    // away before any scoring.
    int first[MaxLength];
    int last[MaxLength];
    int j = 0;
    for (int i = 0; i < m; ++i) {
        while (j < n && t[j] != p[i])
            ++j;
        if (j == n)
            return std::nullopt;
        first[i] = j++;
    }
    // The latest column each can match at and leave room for the rest; the forward scan proved
    // that every one of these searches finds its character.
    j = n - 1;
    for (int i = m - 1; i >= 0; --i) {
        while (t[j] != p[i])
            --j;
        last[i] = j--;
    }

    // Dynamic programming over the columns that can take part: row i holds the best score with
    // query character i matched exactly at column j, rolling row by row. `from` remembers the
    // column of the previous character, to read the positions back.
    const int lo = first[0];
    const int width = last[m - 1] - lo + 1;
    int previousScore[FuzzyText::MaxLength];
    int currentScore[FuzzyText::MaxLength];
    quint8 previousRun[FuzzyText::MaxLength];
    quint8 currentRun[FuzzyText::MaxLength];
    std::vector<qint16> from;
    if (positions)
        from.assign(std::size_t(m) * std::size_t(width), qint16(-1));

    std::fill_n(currentScore, width, NoScore);
    for (j = first[0]; j <= last[0]; ++j) {
        if (t[j] != p[0])
            continue;
        currentScore[j - lo] = ScoreMatch + text.bonusAt(j) * FirstCharMultiplier;
        currentRun[j - lo] = quint8(text.bonusAt(j));
    }
    for (int i = 1; i < m; ++i) {
        std::copy_n(currentScore, width, previousScore);
        std::copy_n(currentRun, width, previousRun);
        std::fill_n(currentScore, width, NoScore);
        // The best score of character i-1 two or more columns back, less the gap to column j.
        int gap = NoScore;
        int gapFrom = -1;
        for (j = first[i - 1] + 1; j <= last[i]; ++j) {
            if (gap != NoScore)
                gap -= GapExtension;
            if (j - 2 >= lo && previousScore[j - 2 - lo] != NoScore
                && previousScore[j - 2 - lo] - GapStart > gap) {
                gap = previousScore[j - 2 - lo] - GapStart;
                gapFrom = j - 2;
            }
            if (j < first[i] || t[j] != p[i])
                continue;
            const int bonus = text.bonusAt(j);
            int best = NoScore;
            int run = bonus;
            int bestFrom = -1;
            if (const int diagonal = previousScore[j - 1 - lo]; diagonal != NoScore) {
                run = std::max<int>(previousRun[j - 1 - lo], bonus);
                best = diagonal + ScoreMatch + std::max(run, BonusConsecutive);
                bestFrom = j - 1;
            }
            if (gap != NoScore && gap + ScoreMatch + bonus > best) {
                best = gap + ScoreMatch + bonus;
                run = bonus;
                bestFrom = gapFrom;
            }
            currentScore[j - lo] = best;
            currentRun[j - lo] = quint8(run);
            if (positions)
                from[std::size_t(i) * std::size_t(width) + std::size_t(j - lo)] = qint16(bestFrom);
        }
    }

    int best = NoScore;
    int bestColumn = -1;
    for (j = first[m - 1]; j <= last[m - 1]; ++j) {
        if (currentScore[j - lo] > best) {
            best = currentScore[j - lo];
            bestColumn = j;
        }
    }
    if (bestColumn < 0)
        return std::nullopt;
    if (positions) {
        positions->resize(m);
        for (int i = m - 1; i >= 0; --i) {
            (*positions)[i] = bestColumn;
            bestColumn = from[std::size_t(i) * std::size_t(width) + std::size_t(bestColumn - lo)];
        }
    }
    return best;
}

} // namespace csm
