#include "csvreader.h"

#include <QCoreApplication>

namespace csm {

namespace {

/// The translation context of CSV syntax errors.
struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(csm::CsvReader)
};

// Walks the text once; `m_line` advances on every line break, inside quotes too, so records after
// a multi-line field still report the line an editor shows.
class CsvTokenizer
{
public:
    explicit CsvTokenizer(QStringView text)
        : m_text(text)
    { }

    CsvTable run()
    {
        while (!atEnd()) {
            if (atLineBreak()) { // an empty line, not a record with one empty field
                consumeLineBreak();
                continue;
            }
            CsvRecord record { m_line, {} };
            bool more = true;
            while (more) {
                const int column = int(record.fields.size()) + 1;
                if (!readField(record.fields, column))
                    return std::move(m_table); // unterminated quote swallowed the rest
                more = !atEnd() && m_text[m_pos] == u',';
                if (more)
                    ++m_pos;
            }
            consumeLineBreak();
            m_table.records.append(std::move(record));
        }
        return std::move(m_table);
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool atLineBreak() const { return !atEnd() && (m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r'); }
    bool atFieldEnd() const { return atEnd() || atLineBreak() || m_text[m_pos] == u','; }

    void consumeLineBreak()
    {
        if (atEnd())
            return;
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    void issue(int line, int column, const QString &message)
    {
        m_table.issues.append(ImportIssue { QString(), line, column, QString(), message });
    }

    // Reads up to, not including, the next ',' or line break.
    void readBare(QString &value)
    {
        const qsizetype from = m_pos;
        while (!atFieldEnd())
            ++m_pos;
        value += m_text.sliced(from, m_pos - from);
    }

    bool readField(QStringList &fields, int column)
    {
        QString value;
        if (atEnd() || m_text[m_pos] != u'"') {
            const int line = m_line;
            readBare(value);
            if (value.contains(u'"'))
                issue(line, column,
                    CsvReaderText::tr("a quote inside an unquoted field; quote the whole field and double the quote"));
            fields.append(value);
            return true;
        }

        const int openLine = m_line;
        ++m_pos; // opening quote
        for (;;) {
            if (atEnd()) {
                issue(openLine, column, CsvReaderText::tr("the quoted field starting here is never closed"));
                return false;
            }
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    value += u'"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                break;
            }
            if (c == u'\n' || (c == u'\r' && (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != u'\n')))
                ++m_line;
            value += c;
            ++m_pos;
        }
        if (!atFieldEnd()) {
            issue(m_line, column, CsvReaderText::tr("unexpected text after the closing quote"));
            readBare(value);
        }
        fields.append(value);
        return true;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    CsvTable m_table;
};

} // namespace

CsvTable readCsv(QStringView text)
{
    return CsvTokenizer(text).run();
}

} // namespace csm
