// The portfolio review PDF, checked with poppler as a lead would read it: two team slides and one
// slide per CSM, figures worked out by hand from three small books (a shared account counted once
// for the team, a EUR account converted), names from the CRM printed literally, text as text with
// fonts embedded, charts as vectors, and no partial file after a failure or a cancel.
#include "../deck/popplertools.h"

#include "portfolio/portfoliodeck.h"
#include "itemmodels/bookmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace csm;
using namespace csm::decktest;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 4, 15);

PortfolioAccount account(const QString &crmId, const QString &name, qint64 arrCents, HealthBand band, Segment segment,
                         int renewsInDays, const QString &currency = u"USD"_s)
{
    PortfolioAccount a;
    a.crmId = crmId;
    a.name = name;
    a.arrCents = arrCents;
    a.currency = currency;
    a.band = band;
    a.score = band == HealthBand::Red ? std::optional(42.6) : band == HealthBand::Amber ? std::optional(61.0)
            : band == HealthBand::Green                                                 ? std::optional(88.0)
                                                                                        : std::nullopt;
    a.segment = segment;
    if (renewsInDays >= 0)
        a.renewalDate = Today.addDays(renewsInDays);
    a.lastTouch = Today.addDays(-7);
    return a;
}

TeamBook book(const QString &owner, std::vector<PortfolioAccount> accounts)
{
    TeamBook b;
    b.path = u"/books/%1.csmbook"_s.arg(owner.section(u' ', 0, 0).toLower());
    b.readPath = b.path;
    b.manifest.owner = owner;
    b.manifest.bookId = u"book-"_s + owner;
    b.manifest.exportedAt = QDateTime(Today.addDays(-2), QTime(9, 0), Qt::UTC);
    b.manifest.accountCount = int(accounts.size());
    for (PortfolioAccount &a : accounts)
        a.owner = owner;
    b.accounts = std::move(accounts);
    return b;
}

QString money(qint64 cents)
{
    return formatMoney(QLocale(), cents, u"USD"_s);
}

QString pageText(const QString &pdf, int page)
{
    const QString n = QString::number(page);
    return poppler(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s });
}

} // namespace

class TestPortfolioDeck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Portfolio m_portfolio;
    PortfolioFilter m_filter;
    PortfolioDeckOptions m_options { u"Q1 team review"_s, u"Lee Lead"_s };

    QString write(const QString &name, const PortfolioFilter &filter)
    {
        const QString pdf = m_dir.filePath(name);
        const Status written = writePortfolioDeck(m_portfolio, filter, pdf, m_options);
        if (!written.ok())
            qWarning("%s", qPrintable(written.errorMessage()));
        return written.ok() ? pdf : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "poppler-utils is needed");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // as csmctl and the app format money
        if (qEnvironmentVariableIsSet("CSM_KEEP_TEST_FILES")) { // to look at the decks by eye
            m_dir.setAutoRemove(false);
            qInfo("decks are kept in %s", qPrintable(m_dir.path()));
        }
        // Alice: a red renewal in 20 days, an amber one named like markup, and an account Bob holds too.
        PortfolioAccount acme = account(u"A-1"_s, u"Acme Corp"_s, 100'000'00, HealthBand::Red, Segment::High, 20);
        acme.overdueSteps = 2;
        acme.lastQbr = Today.addDays(-30);
        acme.history = { { QDate(2025, 6, 1), ArrMovementKind::New, 0, 90'000'00, u"USD"_s },
                         { QDate(2026, 2, 10), ArrMovementKind::Expansion, 90'000'00, 100'000'00, u"USD"_s } };
        const PortfolioAccount shared = account(u"S-1"_s, u"Shared Sky Ltd"_s, 80'000'00, HealthBand::Green, Segment::High, 100);
        m_portfolio.add(book(u"Alice Adams"_s,
                             { acme, account(u"A-2"_s, u"<script>"_s, 50'000'00, HealthBand::Amber, Segment::Mid, 45), shared }));
        // Bob: the shared account, a red EUR account (10,000 EUR = 10,800 USD) and an unscored one.
        m_portfolio.add(book(u"Bob Brown"_s,
                             { shared, account(u"B-1"_s, u"Euro GmbH"_s, 10'000'00, HealthBand::Red, Segment::Tech, 70, u"EUR"_s),
                               account(u"B-2"_s, u"Quiet Co"_s, 25'000'00, HealthBand::None, Segment::Tech, -1) }));
        // Carol: a large green account and a small red one renewing soon, its name full of markup.
        m_portfolio.add(book(u"Carol Chen"_s, { account(u"C-1"_s, u"Big Bank"_s, 250'000'00, HealthBand::Green, Segment::High, 200),
                                                account(u"C-2"_s, u"R&D <b>Labs</b>"_s, 7'500'00, HealthBand::Red, Segment::Mid, 10) }));
        QString error;
        const auto rates = CurrencyRates::fromText(u"USD"_s, u"EUR=1.08"_s, &error);
        QVERIFY2(rates, qPrintable(error));
        m_filter = PortfolioFilter::forPeriod(Today, 3, *rates);
    }

    void laysOutTwoTeamSlidesAndOnePerCsm()
    {
        const PortfolioDeck deck(m_portfolio, m_filter, m_options);
        QCOMPARE(deck.pageCount(), 5);
        QCOMPARE(deck.title(), u"Q1 team review"_s);
        QCOMPARE(deck.csmSlides().size(), std::size_t(3));
        QCOMPARE(deck.dashboard().team.accounts, 7); // the shared account once
        QCOMPARE(deck.dashboard().team.arrCents, 523'300'00);
        // Alice's renewals: red before amber; the green shared one is not listed.
        const auto &alice = deck.csmSlides().at(0);
        QCOMPARE(alice.sharedAccounts, 1);
        QCOMPARE(alice.renewals.size(), std::size_t(2));
        QCOMPARE(alice.renewals.at(0).name, u"Acme Corp"_s);
        QCOMPARE(alice.renewals.at(1).name, u"<script>"_s);
        // Bob's EUR renewal in dollars.
        const auto &bob = deck.csmSlides().at(1);
        QCOMPARE(bob.renewals.size(), std::size_t(1));
        QCOMPARE(bob.renewals.at(0).arrCents, std::optional<qint64>(10'800'00));
        // One CSM's review: the team slides and that CSM's slide.
        PortfolioFilter one = m_filter;
        one.csm = 2;
        const PortfolioDeck carol(m_portfolio, one, m_options);
        QCOMPARE(carol.pageCount(), 3);
        QCOMPARE(carol.csmSlides().at(0).figures.label, u"Carol Chen"_s);
        QCOMPARE(PortfolioDeck(Portfolio(), m_filter).pageCount(), 2);
    }

    void listsASharedRenewalForEachOfItsCsms()
    {
        Portfolio handover;
        const PortfolioAccount shared = account(u"S-9"_s, u"Handover Inc"_s, 40'000'00, HealthBand::Red, Segment::Mid, 15);
        handover.add(book(u"Alice Adams"_s, { shared }));
        handover.add(book(u"Bob Brown"_s, { shared }));
        const PortfolioDeck deck(handover, m_filter);
        QCOMPARE(deck.dashboard().team.atRiskCents(), 40'000'00); // once for the team
        QCOMPARE(deck.csmSlides().at(0).sharedAccounts, 1);
        QCOMPARE(deck.csmSlides().at(0).renewals.at(0).otherCsms, QStringList { u"Bob Brown"_s });
        QCOMPARE(deck.csmSlides().at(1).renewals.at(0).otherCsms, QStringList { u"Alice Adams"_s });
        const QString pdf = m_dir.filePath(u"handover.pdf"_s);
        QVERIFY(writePortfolioDeck(deck, pdf).ok());
        QVERIFY(pageText(pdf, 3).contains(u"Handover Inc"_s));
        QVERIFY(pageText(pdf, 4).contains(u"Handover Inc"_s));
    }

    void writesTheFiguresAsText()
    {
        const QString pdf = write(u"review.pdf"_s, m_filter);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pdfPages(pdf), 5);
        const QString info = poppler(u"pdfinfo"_s, { pdf });
        QVERIFY2(info.contains(u"720 x 405 pts"_s), qPrintable(info)); // the QBR deck's 16:9 slide
        QVERIFY2(info.contains(u"Q1 team review"_s), qPrintable(info));

        const QString team = pageText(pdf, 1);
        QVERIFY2(team.contains(u"Q1 team review"_s), qPrintable(team));
        QVERIFY(team.contains(u"Lee Lead"_s));
        QVERIFY(team.contains(u"1 Jan 2026"_s) && team.contains(u"31 Mar 2026"_s)); // the last whole quarter
        QVERIFY2(team.contains(money(523'300'00)), qPrintable(team));                 // team ARR, Shared Sky once
        QVERIFY2(team.contains(money(118'300'00)), qPrintable(team));                 // ARR at risk: the red ones
        QVERIFY2(team.contains(u"111.1%"_s), qPrintable(team));                       // NRR: $90K grew to $100K
        QVERIFY(team.contains(u"0–30 days"_s));                                       // chart labels are text
        QVERIFY(team.contains(u"Page 1 of 5"_s));
        QVERIFY(team.contains(u"Confidential"_s));

        const QString comparison = pageText(pdf, 2);
        for (const QString &name : { u"Alice Adams"_s, u"Bob Brown"_s, u"Carol Chen"_s })
            QVERIFY2(comparison.contains(name), qPrintable(comparison));
        QVERIFY(comparison.contains(u"High-touch"_s) && comparison.contains(u"Tech-touch"_s));
        QVERIFY(comparison.contains(money(430'000'00))); // high-touch ARR: Acme, Shared Sky, Big Bank

        const struct
        {
            int page;
            QString csm;
            qint64 arr;
            qint64 atRisk;
            QStringList listed;
        } csms[] = {
            { 3, u"Alice Adams"_s, 230'000'00, 100'000'00, { u"Acme Corp"_s, u"<script>"_s } },
            { 4, u"Bob Brown"_s, 115'800'00, 10'800'00, { u"Euro GmbH"_s } },
            { 5, u"Carol Chen"_s, 257'500'00, 7'500'00, { u"R&D <b>Labs</b>"_s } },
        };
        for (const auto &c : csms) {
            const QString text = pageText(pdf, c.page);
            QVERIFY2(text.contains(c.csm), qPrintable(text));
            QVERIFY2(text.contains(money(c.arr)), qPrintable(c.csm + u'\n' + text));
            QVERIFY2(text.contains(money(c.atRisk)), qPrintable(c.csm + u'\n' + text));
            for (const QString &name : c.listed) // literally: markup is never interpreted
                QVERIFY2(text.contains(name), qPrintable(name + u'\n' + text));
            QVERIFY(text.contains(u"Page %1 of 5"_s.arg(c.page)));
            for (const auto &other : csms)
                if (other.page != c.page)
                    QVERIFY2(!text.contains(other.csm), qPrintable(other.csm + u" on the page of "_s + c.csm));
        }
        QVERIFY(!pageText(pdf, 3).contains(u"Shared Sky Ltd"_s)); // green: not in the renewals at risk
    }

    void embedsFontsAndDrawsNoImages()
    {
        const QString pdf = write(u"vectors.pdf"_s, m_filter);
        QVERIFY(!pdf.isEmpty());
        const QString images = poppler(u"pdfimages"_s, { u"-list"_s, pdf });
        QVERIFY(!images.isEmpty());
        QCOMPARE(images.trimmed().split(u'\n').size(), 2); // the header lines only
        const QString fonts = poppler(u"pdffonts"_s, { pdf });
        const QStringList rows = fonts.trimmed().split(u'\n').mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QVERIFY2(row.contains(u" yes "_s), qPrintable(row));
    }

    void writesOneCsmsReview()
    {
        PortfolioFilter one = m_filter;
        one.csm = 1;
        const QString pdf = write(u"bob.pdf"_s, one);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pdfPages(pdf), 3);
        QVERIFY(pageText(pdf, 1).contains(money(115'800'00)));
        QVERIFY(pageText(pdf, 3).contains(u"Bob Brown"_s));
    }

    void writesAnEmptyPortfolio()
    {
        const QString pdf = m_dir.filePath(u"empty.pdf"_s);
        QVERIFY(writePortfolioDeck(Portfolio(), m_filter, pdf, {}).ok());
        QCOMPARE(pdfPages(pdf), 2);
        QVERIFY(pageText(pdf, 1).contains(u"Portfolio review"_s));
        QVERIFY(pageText(pdf, 2).contains(u"No CSM books in the portfolio."_s));
    }

    void writesOnAWorkerThread()
    {
        const QString pdf = m_dir.filePath(u"worker.pdf"_s);
        Status written = Error { u"not run"_s };
        std::thread worker([&] { written = writePortfolioDeck(m_portfolio, m_filter, pdf, m_options); });
        worker.join();
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(pdfPages(pdf), 5);
        QVERIFY(pageText(pdf, 4).contains(u"Euro GmbH"_s));
    }

    void aCancelLeavesNoFile()
    {
        const QString pdf = m_dir.filePath(u"cancelled.pdf"_s);
        std::atomic_bool cancel = true;
        const Status written = writePortfolioDeck(m_portfolio, m_filter, pdf, m_options, &cancel);
        QVERIFY(!written.ok());
        QCOMPARE(written.errorMessage(), u"cancelled"_s);
        const QStringList left = QDir(m_dir.path()).entryList({ u"cancelled*"_s });
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        // Cancelled while writing: the earlier file stays as it was.
        const QString earlier = write(u"kept.pdf"_s, m_filter);
        QVERIFY(!earlier.isEmpty());
        const QByteArray before = [&] { QFile f(earlier); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
        PortfolioFilter other = m_filter;
        other.csm = 0;
        const PortfolioDeck deck(m_portfolio, other, m_options);
        QVERIFY(!writePortfolioDeck(deck, earlier, &cancel).ok());
        QFile after(earlier);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QCOMPARE(QDir(m_dir.path()).entryList({ u"kept*"_s }), QStringList { u"kept.pdf"_s });
    }

    void anUnwritablePathFailsCleanly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing folder") << m_dir.filePath(u"no/such/folder/review.pdf"_s);
        QTest::newRow("under a file") << m_dir.filePath(u"a-file/review.pdf"_s);
        QTest::newRow("a folder") << m_dir.path();
    }

    void anUnwritablePathFailsCleanly()
    {
        QFETCH(QString, path);
        {
            QFile blocker(m_dir.filePath(u"a-file"_s));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        const Status written = writePortfolioDeck(m_portfolio, m_filter, path, m_options);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().startsWith(u"Cannot write "_s), qPrintable(written.errorMessage()));
        QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                 qPrintable(written.errorMessage()));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // nothing partial left
    }
};

QTEST_MAIN(TestPortfolioDeck)
#include "tst_portfoliodeck.moc"
