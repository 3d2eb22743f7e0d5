// Decks as PDF files, checked with poppler as a person would: the file opens, has a page per
// section, is 16:9, holds the account's name, ARR, health score and notes as real text (markup
// shown literally, a Japanese name intact, fonts embedded), draws charts as vectors, and never
// leaves a partial file behind.
#include "deckfixture.h"
#include "popplertools.h"

#include "deck/deckcharts.h"
#include "deck/deckwriter.h"
#include "itemmodels/bookmodel.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace csm::decktest;

namespace {

int pagesOf(const QString &pdf)
{
    return pdfPages(pdf);
}

} // namespace

class TestDeckWriter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DeckBook m_book;
    std::unique_ptr<DeckChartRecorder> m_recorder;

    Result<int> exportTo(qint64 account, const QList<DeckSection> &sections, const QString &path)
    {
        DeckOptions options;
        options.sections = sections;
        options.asOf = Today;
        return exportDeck(m_db->connection(), account, options, path, *m_recorder);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils is needed");
        if (qEnvironmentVariableIsSet("CSM_KEEP_TEST_FILES")) { // to look at the decks by eye
            m_dir.setAutoRemove(false);
            qInfo("decks are kept in %s", qPrintable(m_dir.path()));
        }
        auto db = Database::open(m_dir.filePath(QStringLiteral("deck.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_book = seedDeckBook(m_db->connection());
        m_recorder = std::make_unique<DeckChartRecorder>();
    }

    void cleanupTestCase()
    {
        m_recorder.reset();
        m_db.reset();
    }

    void writesASlidePerSection_data()
    {
        QTest::addColumn<QString>("sections");
        QTest::newRow("all") << QStringLiteral("all");
        QTest::newRow("three") << QStringLiteral("title,health,next-90-days");
        QTest::newRow("one") << QStringLiteral("support");
    }

    void writesASlidePerSection()
    {
        QFETCH(QString, sections);
        const auto chosen = parseDeckSections(sections);
        QVERIFY(chosen.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("sections-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        auto written = exportTo(m_book.atRisk, *chosen, pdf);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(*written, int(chosen->size()));
        QCOMPARE(pagesOf(pdf), int(chosen->size()));
        const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(info.contains(QStringLiteral("720 x 405 pts")), qPrintable(info)); // 16:9, 10 × 5.625 in
        QVERIFY(info.contains(QStringLiteral("Stormy Seas Inc — Quarterly business review")));
    }

    void holdsTheFiguresAndNotesAsText()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("at-risk.pdf"));
        QVERIFY(exportTo(m_book.atRisk, { AllDeckSections.begin(), AllDeckSections.end() }, pdf).ok());
        const QString text = poppler(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        QVERIFY(text.contains(QStringLiteral("Stormy Seas Inc")));
        QVERIFY(text.contains(formatMoney(QLocale(), 50'000'00, QStringLiteral("USD"))));
        auto health = HealthService(m_db->connection(), Today).explain(m_book.atRisk, Today);
        QVERIFY(health.ok() && health->score);
        const QString score = QLocale().toString(*health->score, 'f', 0);
        QVERIFY2(text.contains(QStringLiteral("Health %1 (%2)").arg(score, healthBandDisplayName(health->band))), qPrintable(text));
        // The note's text, markup characters and all, exactly as typed.
        QVERIFY2(text.contains(Hostile), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Second line of the notes.")));
        QVERIFY(text.contains(CjkName)); // an attendee's Japanese name
        QVERIFY(text.contains(QStringLiteral("Confidential")));
        QVERIFY(text.contains(QStringLiteral("Page 9 of 9")));
        // Charts are vectors: their axis labels and legends are text, and there is no image.
        QVERIFY(text.contains(QStringLiteral("Points earned")));
        QVERIFY(text.contains(QStringLiteral("Licensed seats")));
        const QString images = poppler(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
        QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2); // the header lines only
        // Every font is embedded.
        const QString fonts = poppler(QStringLiteral("pdffonts"), { pdf });
        const QStringList rows = fonts.trimmed().split(QLatin1Char('\n')).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(row));
    }

    void rendersANonLatinAccountName()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cjk.pdf"));
        QVERIFY(exportTo(m_book.cjk, { DeckSection::Title, DeckSection::Summary }, pdf).ok());
        const QString text = poppler(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        QVERIFY2(text.contains(CjkName), qPrintable(text));
        // Drawn, not boxes: the name's area of the title slide carries ink.
        const QString png = m_dir.filePath(QStringLiteral("cjk"));
        poppler(QStringLiteral("pdftoppm"), { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("64"),
                                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, png });
        const QImage page(png + QStringLiteral("-1.png"));
        QVERIFY(!page.isNull());
        QCOMPARE(page.size(), QSize(640, 360));
    }

    void anEmptyAccountStillExports()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        auto written = exportTo(m_book.empty, { AllDeckSections.begin(), AllDeckSections.end() }, pdf);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(pagesOf(pdf), int(AllDeckSections.size()));
        const QString text = poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.contains(QStringLiteral("No product usage recorded for this account yet.")));
        QVERIFY(text.contains(QStringLiteral("No objectives recorded in a review yet.")));
        QVERIFY(text.contains(QStringLiteral("No review notes yet.")));
    }

    void anUnwritablePathFailsCleanly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("no/such/folder/deck.pdf"));
        QTest::newRow("under a file") << m_dir.filePath(QStringLiteral("at-risk.pdf/deck.pdf"));
        QTest::newRow("a folder") << m_dir.path();
    }

    void anUnwritablePathFailsCleanly()
    {
        QFETCH(QString, path);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        auto written = exportTo(m_book.healthy, { DeckSection::Summary }, path);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().startsWith(QStringLiteral("Cannot write ")), qPrintable(written.errorMessage()));
        QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                 qPrintable(written.errorMessage()));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // nothing partial left
    }

    void aCancelLeavesNoFile()
    {
        auto data = loadDeckData(m_db->connection(), m_book.atRisk, Today);
        const QList<DeckSection> all(AllDeckSections.begin(), AllDeckSections.end());
        const DeckDocument document(*data, all, m_recorder->record(*data, all));
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        std::atomic_bool cancel = true;
        QVERIFY(!writeDeckPdf(document, pdf, &cancel).ok());
        QVERIFY(!QFileInfo::exists(pdf));
        const QStringList left = QDir(m_dir.path()).entryList({ QStringLiteral("cancelled*") });
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

    void theSameDayGivesTheSameDeck()
    {
        const QString a = m_dir.filePath(QStringLiteral("same-a.pdf"));
        const QString b = m_dir.filePath(QStringLiteral("same-b.pdf"));
        const QList<DeckSection> all(AllDeckSections.begin(), AllDeckSections.end());
        QVERIFY(exportTo(m_book.atRisk, all, a).ok());
        // Work done after the day does not show in a deck frozen on it.
        auto run = PlaybookRepository(m_db->connection()).runsForAccount(m_book.atRisk);
        QVERIFY(run.ok() && !run->isEmpty());
        QVERIFY(PlaybookService(m_db->connection(), Today.addDays(2), QDateTime(Today.addDays(2), QTime(9, 0), Qt::UTC))
                    .setStepStatus(run->first().steps.at(0).id, StepStatus::Done, QStringLiteral("Dana"))
                    .ok());
        QVERIFY(exportTo(m_book.atRisk, all, b).ok());
        const QStringList args { QStringLiteral("-enc"), QStringLiteral("UTF-8") };
        QCOMPARE(poppler(QStringLiteral("pdftotext"), args + QStringList { a, QStringLiteral("-") }),
                 poppler(QStringLiteral("pdftotext"), args + QStringList { b, QStringLiteral("-") }));
    }

    void namesFilesSafely()
    {
        Account a;
        a.name = QStringLiteral("A/B: \"Quotes\" <Ltd>?");
        QCOMPARE(deckFileName(a, QDate(2026, 12, 1)), QStringLiteral("A_B_ _Quotes_ _Ltd__ – QBR 2026-12-01.pdf"));
        a.name = CjkName;
        QVERIFY(deckFileName(a, QDate(2026, 12, 1)).startsWith(CjkName));
        // Accounts of one name, even a very long one, get files of their own.
        QSet<QString> taken;
        const QString longName(200, u'x');
        const QString first = uniqueDeckFileName(longName, QStringLiteral("A-1"), QDate(2026, 12, 1), taken);
        const QString second = uniqueDeckFileName(longName, QStringLiteral("A-2"), QDate(2026, 12, 1), taken);
        const QString third = uniqueDeckFileName(longName, QStringLiteral("A-2"), QDate(2026, 12, 1), taken);
        QCOMPARE(QSet<QString>({ first, second, third }).size(), 3);
        QVERIFY(second.contains(QStringLiteral("(A-2)")));
        QVERIFY(first.size() < 200);
    }
};

QTEST_MAIN(TestDeckWriter)
#include "tst_deckwriter.moc"
