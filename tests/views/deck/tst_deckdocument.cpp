// The deck's layout: one slide per chosen section, text that flows on to continuation slides
// without losing or repeating a line, headings kept with what follows, and pages that paint.
#include "deckfixture.h"

#include "deck/deckcharts.h"
#include "deck/deckdocument.h"
#include "deck/decktheme.h"
#include "deck/deckwriter.h"
#include "deck/textflow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace csm::decktest;

namespace {

QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class TestDeckDocument final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DeckBook m_book;
    DeckChartRecorder *m_recorder = nullptr;

    std::unique_ptr<DeckDocument> document(qint64 account, const QList<DeckSection> &sections, const QDate &asOf = Today)
    {
        auto data = loadDeckData(m_db->connection(), account, asOf);
        if (!data) {
            qWarning("%s", qPrintable(data.errorMessage()));
            return {};
        }
        DeckPictures pictures = m_recorder->record(*data, sections);
        return std::make_unique<DeckDocument>(std::move(*data), sections, std::move(pictures));
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("deck.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_book = seedDeckBook(m_db->connection());
        m_recorder = new DeckChartRecorder;
    }

    void cleanupTestCase()
    {
        delete m_recorder;
        m_db.reset();
    }

    void onePagePerSectionWhenTheTextFits_data()
    {
        QTest::addColumn<qint64>("account");
        QTest::newRow("healthy") << m_book.healthy;
        QTest::newRow("at risk") << m_book.atRisk;
        QTest::newRow("empty") << m_book.empty;
    }

    void onePagePerSectionWhenTheTextFits()
    {
        QFETCH(qint64, account);
        const QList<DeckSection> all(AllDeckSections.begin(), AllDeckSections.end());
        auto deck = document(account, all);
        QVERIFY(deck);
        QCOMPARE(deck->pageCount(), int(all.size()));
        for (int i = 0; i < deck->pageCount(); ++i) {
            QCOMPARE(deck->pages().at(i).section, all.at(i));
            QCOMPARE(deck->pages().at(i).part, 0);
        }
        for (DeckSection s : all) {
            auto one = document(account, { s });
            QCOMPARE(one->pageCount(), 1);
        }
        auto some = document(account, { DeckSection::NextSteps, DeckSection::Title, DeckSection::Health });
        QCOMPARE(some->pageCount(), 3);
        QCOMPARE(some->pages().at(0).section, DeckSection::Title); // deck order, whatever the order asked
    }

    void notesAreTextNotMarkup()
    {
        auto deck = document(m_book.atRisk, { DeckSection::FollowUp });
        const QString text = deck->flowText(0);
        QVERIFY2(text.contains(Hostile), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Share the adoption report"))); // the last review's next step
        QVERIFY(text.contains(QStringLiteral("Budget review in January")));
    }

    void longNotesFlowOnToContinuationSlides()
    {
        // A note of a hundred paragraphs and one paragraph of 40,000 characters without a break.
        QStringList paragraphs;
        for (int i = 0; i < 100; ++i)
            paragraphs << QStringLiteral("Paragraph %1 of the long review with enough words to wrap over the slide width.").arg(i);
        QString giant;
        for (int i = 0; i < 4000; ++i)
            giant += QStringLiteral("w%1 ").arg(i, 5, 10, QLatin1Char('0'));
        paragraphs << giant;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE meetings SET body_html = ? WHERE account_id = ? AND title = 'Q4 business review'"));
        q.addBindValue(htmlOf(paragraphs.join(QLatin1Char('\n'))));
        q.addBindValue(m_book.healthy);
        QVERIFY(q.exec());

        auto deck = document(m_book.healthy, { DeckSection::Summary, DeckSection::FollowUp, DeckSection::NextSteps });
        QVERIFY(deck->pageCount() > 10);
        QCOMPARE(deck->pages().first().section, DeckSection::Summary);
        QCOMPARE(deck->pages().last().section, DeckSection::NextSteps);
        QString flowed;
        int part = 0;
        for (int i = 1; i < deck->pageCount() - 1; ++i) {
            QCOMPARE(deck->pages().at(i).section, DeckSection::FollowUp);
            QCOMPARE(deck->pages().at(i).part, part++);
            QVERIFY(deck->pages().at(i).flowTo > deck->pages().at(i).flowFrom);
            flowed += deck->flowText(i);
        }
        // Every character of the note is on exactly one slide.
        const QString all = squeezed(flowed);
        const QString body = squeezed(paragraphs.join(QString()));
        QVERIFY(all.contains(body));
        QCOMPARE(all.count(QStringLiteral("w03999")), 1);
        QCOMPARE(all.count(QStringLiteral("Paragraph57of")), 1);
        // The continuation slides are named so.
        const QImage page = renderDeckPage(*deck, 2, 640);
        QCOMPARE(page.size(), QSize(640, 360));
    }

    void flowNeverOverfillsASlide()
    {
        TextFlow flow;
        for (int i = 0; i < 40; ++i) {
            if (i % 7 == 0)
                flow.add(TextFlow::Style::Heading, QStringLiteral("Heading %1").arg(i));
            flow.addBullet(QStringLiteral("Point %1 with words that wrap when the column is narrow enough to need it").arg(i));
        }
        flow.layout(420);
        const qreal height = 150;
        int from = 0, slides = 0;
        QFont heading = TextFlow::font(TextFlow::Style::Heading);
        while (from < flow.lineCount()) {
            const int to = flow.fit(from, height);
            QVERIFY(to > from); // always progress
            ++slides;
            const QString text = flow.text(from, to);
            // A slide that continues never ends with a heading.
            if (to < flow.lineCount())
                QVERIFY2(!text.split(QLatin1Char('\n')).last().startsWith(QStringLiteral("Heading")), qPrintable(text));
            from = to;
        }
        QVERIFY(slides > 3);
        // A line taller than the space still goes somewhere.
        QCOMPARE(flow.fit(0, 1), 1);
        QCOMPARE(flow.fit(flow.lineCount(), 100), flow.lineCount());
    }

    void paintsEveryPage()
    {
        const QList<DeckSection> all(AllDeckSections.begin(), AllDeckSections.end());
        auto deck = document(m_book.atRisk, all);
        for (int i = 0; i < deck->pageCount(); ++i) {
            const QImage image = renderDeckPage(*deck, i, 640).convertToFormat(QImage::Format_RGB32);
            // The title bar (or the title slide's band) is navy; the footer rule is drawn.
            QCOMPARE(QColor(image.pixel(4, 4)), deck::Navy);
            int inked = 0;
            for (int y = 60; y < 330; y += 3)
                for (int x = 20; x < 620; x += 3)
                    inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            QVERIFY2(inked > 200, qPrintable(QStringLiteral("page %1 looks blank").arg(i + 1)));
        }
        // Charts are recorded for the sections that show them, and only those.
        auto data = loadDeckData(m_db->connection(), m_book.atRisk, Today);
        const DeckPictures pictures = m_recorder->record(*data, { DeckSection::Health });
        QCOMPARE(pictures.keys(), (QList<DeckChart> { DeckChart::HealthTrend, DeckChart::HealthContribution }));
        for (const QPicture &p : pictures)
            QVERIFY(!p.isNull());
    }
};

QTEST_MAIN(TestDeckDocument)
#include "tst_deckdocument.moc"
