// Decks for many accounts in the background: one complete PDF per account, failures named by
// account, and a cancel that leaves only complete files.
#include "deckfixture.h"
#include "popplertools.h"

#include "deck/deckbatchexport.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace csm::decktest;

class TestDeckBatchExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    DeckBook m_book;

    QList<DeckBatchExport::Item> items() const
    {
        return { { m_book.healthy, QStringLiteral("HEALTHY"), QStringLiteral("healthy.pdf") },
                 { m_book.atRisk, QStringLiteral("ATRISK"), QStringLiteral("at-risk.pdf") },
                 { m_book.cjk, QStringLiteral("ONBOARDING"), CjkName + QStringLiteral(".pdf") },
                 { m_book.empty, QStringLiteral("EMPTY"), QStringLiteral("empty.pdf") } };
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("deck.sqlite"));
        m_book = createDeckBookFile(m_path);
    }

    void writesOneDeckPerAccount()
    {
        const QString folder = m_dir.filePath(QStringLiteral("all"));
        QVERIFY(QDir().mkpath(folder));
        DeckOptions options;
        options.asOf = Today;
        DeckBatchExport batch(m_path, items(), folder, options);
        QSignalSpy progress(&batch, &DeckBatchExport::progress);
        QSignalSpy finished(&batch, &DeckBatchExport::finished);
        batch.start();
        QVERIFY(batch.isRunning());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().at(0).toInt(), 4); // written
        QCOMPARE(finished.last().at(1).toInt(), 4); // total
        QVERIFY(finished.last().at(2).toStringList().isEmpty());
        QCOMPARE(finished.last().at(3).toBool(), false);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
        // Each has the sections of its segment: all nine for the high-touch accounts.
        QCOMPARE(pdfPages(QDir(folder).filePath(QStringLiteral("at-risk.pdf"))), int(AllDeckSections.size()));
        QCOMPARE(pdfPages(QDir(folder).filePath(QStringLiteral("empty.pdf"))), int(defaultDeckSections(Segment::Tech).size()));
        QVERIFY(pdfText(QDir(folder).filePath(CjkName + QStringLiteral(".pdf"))).contains(CjkName));
    }

    void namesTheAccountsThatFailed()
    {
        const QString folder = m_dir.filePath(QStringLiteral("failing"));
        QVERIFY(QDir().mkpath(folder));
        QList<DeckBatchExport::Item> list = items().mid(0, 1);
        list << DeckBatchExport::Item { 987'654, QStringLiteral("GONE-1"), QStringLiteral("gone.pdf") };
        list << DeckBatchExport::Item { m_book.atRisk, QStringLiteral("ATRISK"), QStringLiteral("no/such/dir/x.pdf") };
        DeckBatchExport batch(m_path, list, folder, {});
        QSignalSpy finished(&batch, &DeckBatchExport::finished);
        batch.start();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().at(0).toInt(), 1);
        const QStringList errors = finished.last().at(2).toStringList();
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(QStringLiteral("GONE-1: ")) || errors.at(1).startsWith(QStringLiteral("GONE-1: ")),
                 qPrintable(errors.join(u'\n')));
        QVERIFY(errors.join(u'\n').contains(QStringLiteral("ATRISK: Cannot write")));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("healthy.pdf") });
    }

    void cancelLeavesOnlyCompleteFiles()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
        QVERIFY(QDir().mkpath(folder));
        QList<DeckBatchExport::Item> many;
        for (int i = 0; i < 40; ++i)
            many << DeckBatchExport::Item { m_book.atRisk, QStringLiteral("ATRISK"), QStringLiteral("deck-%1.pdf").arg(i) };
        DeckBatchExport batch(m_path, many, folder, {});
        QSignalSpy progress(&batch, &DeckBatchExport::progress);
        QSignalSpy finished(&batch, &DeckBatchExport::finished);
        batch.start();
        QVERIFY(progress.wait(30'000)); // the first deck is done
        batch.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(30'000));
        QCOMPARE(finished.last().at(3).toBool(), true);
        const int written = finished.last().at(0).toInt();
        QVERIFY(written < 40);
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), written);
        for (const QString &file : files)
            QCOMPARE(pdfPages(QDir(folder).filePath(file)), int(AllDeckSections.size()));
        QVERIFY(!batch.isRunning());
    }
};

QTEST_MAIN(TestDeckBatchExport)
#include "tst_deckbatchexport.moc"
