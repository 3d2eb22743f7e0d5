// The deck export dialog: starts from the segment's sections, previews a page per section,
// follows the chosen sections and as-of date, saves in the background and reports what failed.
#include "deckfixture.h"
#include "popplertools.h"

#include "deck/deckexportdialog.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using namespace csm::decktest;

class TestDeckExportDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    DeckBook m_book;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("deck.sqlite"));
        m_book = createDeckBookFile(m_path);
    }

    void previewsAPagePerSection()
    {
        DeckExportDialog dialog(m_path, m_book.atRisk);
        QSignalSpy ready(&dialog, &DeckExportDialog::previewReady);
        QVERIFY(ready.wait(20'000));
        // A high-touch account starts with every section.
        QCOMPARE(dialog.sections().size(), qsizetype(AllDeckSections.size()));
        QCOMPARE(ready.last().at(0).toInt(), int(AllDeckSections.size()));
        const QList<QImage> pages = dialog.previewPages();
        QCOMPARE(pages.size(), qsizetype(AllDeckSections.size()));
        for (const QImage &page : pages)
            QCOMPARE(page.size() / page.devicePixelRatio(), QSize(320, 180));
        auto *thumbnails = dialog.findChildren<QListWidget *>().last();
        QCOMPARE(thumbnails->count(), int(AllDeckSections.size()));

        dialog.setSections({ DeckSection::Summary, DeckSection::Health });
        QVERIFY(ready.wait(20'000));
        QCOMPARE(ready.last().at(0).toInt(), 2);
        QCOMPARE(thumbnails->count(), 2);

        // Nothing chosen: nothing to save.
        dialog.setSections({});
        QTest::qWait(600);
        bool anyEnabledSave = false;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Save")))
                anyEnabledSave = b->isEnabled();
        QVERIFY(!anyEnabledSave);
    }

    void savesTheDeckAsOfTheChosenDay()
    {
        DeckExportDialog dialog(m_path, m_book.atRisk);
        QSignalSpy ready(&dialog, &DeckExportDialog::previewReady);
        QVERIFY(ready.wait(20'000));
        dialog.setSections({ DeckSection::Title, DeckSection::FollowUp });
        dialog.setAsOf(Today.addDays(-30)); // before the Q4 review
        dialog.setPreparedBy(QStringLiteral("Dana Whitfield"));
        QVERIFY(ready.wait(20'000));
        QCOMPARE(ready.last().at(0).toInt(), 2);

        QSignalSpy saved(&dialog, &DeckExportDialog::saved);
        const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
        dialog.saveTo(pdf);
        QVERIFY(saved.wait(20'000));
        QCOMPARE(saved.last().at(0).toString(), pdf);
        QCOMPARE(saved.last().at(1).toInt(), 2);
        QCOMPARE(pdfPages(pdf), 2);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Prepared by Dana Whitfield")));
        QVERIFY2(text.contains(QStringLiteral("Review period 28 Jul 2026 – 26 Oct 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No earlier review on record."))); // Q3 was the latest then
        QVERIFY(!text.contains(QStringLiteral("Q4 business review")));
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Open")) || b->text().contains(QStringLiteral("Folder")))
                QVERIFY(b->isEnabled());
    }

    void saysWhySavingFailed()
    {
        DeckExportDialog dialog(m_path, m_book.healthy);
        QSignalSpy ready(&dialog, &DeckExportDialog::previewReady);
        QVERIFY(ready.wait(20'000));
        QSignalSpy failed(&dialog, &DeckExportDialog::failed);
        const QString pdf = m_dir.filePath(QStringLiteral("missing/folder/deck.pdf"));
        dialog.saveTo(pdf);
        QVERIFY(failed.wait(20'000));
        QVERIFY2(failed.last().at(0).toString().startsWith(QStringLiteral("Cannot write ")), qPrintable(failed.last().at(0).toString()));
        QVERIFY(!QFileInfo::exists(pdf));
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || label->text() == failed.last().at(0).toString();
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestDeckExportDialog)
#include "tst_deckexportdialog.moc"
