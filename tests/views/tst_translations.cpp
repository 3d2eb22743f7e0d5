#include "book/booksession.h"
#include "domain/lifecyclestage.h"
#include "domain/paymentstatus.h"
#include "i18n/language.h"
#include "io/accountparser.h"
#include "itemmodels/accountfilter.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "itemmodels/todaymodel.h"
#include "mainwindow.h"
#include "menutext.h"
#include "todayview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

/// A menu entry by where it sits ("&Book/Set &Segment of Account/3") and what it says.
struct MenuEntry
{
    QString path;
    QString text;
};

void collectMenu(const QMenu *menu, const QString &path, QList<MenuEntry> &entries)
{
    int position = 0;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString where = path + u'/' + QString::number(position++);
        entries.append({ where, action->text() });
        if (const QMenu *sub = action->menu())
            collectMenu(sub, where, entries);
    }
}

QList<MenuEntry> menuEntries(const MainWindow &window)
{
    QList<MenuEntry> entries;
    int position = 0;
    for (const QAction *action : window.menuBar()->actions()) {
        const QString where = QString::number(position++);
        entries.append({ where, action->text() });
        if (const QMenu *menu = action->menu())
            collectMenu(menu, where, entries);
    }
    return entries;
}

/// English texts a language keeps as they are, and why. Everything else in the menus and the book's
/// headers must differ from the English.
QSet<QString> keptAsInEnglish(const QString &language)
{
    QSet<QString> kept {
        u"C&RM"_s, // the CRM menu: an acronym every language uses as is
        u"ARR"_s, // annual recurring revenue: the term of art, untranslated in every language
        // The segment names: customer-success terms of art that the three translations keep.
        u"High-touch"_s,
        u"Mid-touch"_s,
        u"Tech-touch"_s,
    };
    if (language == u"de") {
        // "Account" is the German CS term (Duden lists it; the translation uses it throughout, so
        // the Account menu is "&Account" too), and "Segment" is German as well.
        kept << u"&Account"_s << u"Account"_s << u"Segment"_s;
    } else if (language == u"fr") {
        kept << u"Segment"_s; // the same word in French
    }
    return kept;
}

/// %1…%99, %L1 and %n: what a translation must keep of its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(?:L?\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

/// Menus in which two entries answer to the same Alt+letter, so one of them cannot be reached
/// by it: "Datei: '&Öffnen' and 'Ö&ffentlich' on f".
QStringList clashingMnemonics(const QList<QAction *> &entries, const QString &where)
{
    QStringList clashes;
    QHash<QChar, QString> taken;
    for (const QAction *entry : entries) {
        if (entry->isSeparator())
            continue;
        if (entry->menu())
            clashes << clashingMnemonics(entry->menu()->actions(), entry->menu()->title());
        const QChar letter = mnemonic(entry->text());
        if (letter.isNull())
            continue;
        if (taken.contains(letter))
            clashes << u"%1: '%2' and '%3' on %4"_s.arg(where, taken.value(letter), entry->text(), letter);
        taken.insert(letter, entry->text());
    }
    return clashes;
}

QString translationsDir()
{
    return QStringLiteral(CSM_TRANSLATIONS_DIR);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<MenuEntry> m_englishMenus;
    QStringList m_englishHeaders;

    /// A main window on an empty book, its menus and headers in the translation installed now.
    std::unique_ptr<MainWindow> openWindow(const QString &name)
    {
        auto window = std::make_unique<MainWindow>();
        window->setOfferDemoWhenEmpty(false);
        auto session = BookSession::open(m_dir.filePath(name + u".sqlite"_s));
        if (!session)
            qFatal("%s", qPrintable(session.errorMessage()));
        window->setSession(std::move(*session));
        QSignalSpy loaded(window->session(), &BookSession::loaded);
        if (!loaded.wait(10'000))
            qFatal("the empty book did not load");
        return window;
    }

    static QStringList headers(const MainWindow &window)
    {
        QStringList labels;
        const QAbstractItemModel *model = window.proxyModel();
        for (int column = 0; column < model->columnCount(); ++column)
            labels << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        return labels;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QCOMPARE(installTranslations(*qApp, u"en"_s), u"en"_s);
        auto window = openWindow(u"english"_s);
        m_englishMenus = menuEntries(*window);
        m_englishHeaders = headers(*window);
        QVERIFY(m_englishMenus.size() > 40);
        QCOMPARE(int(m_englishHeaders.size()), int(BookModel::ColumnCount));
        QCOMPARE(m_englishMenus.first().text, u"&File"_s);
    }

    void cleanupTestCase() { installTranslations(*qApp, u"en"_s); }

    void resolvesLanguages()
    {
        QCOMPARE(resolveLanguage(u"de"_s), u"de"_s);
        QCOMPARE(resolveLanguage(u"fr_CA"_s), u"fr"_s);
        QCOMPARE(resolveLanguage(u"es-MX"_s), u"es"_s);
        QCOMPARE(resolveLanguage(u"it"_s), u"en"_s); // not shipped
        QCOMPARE(resolveLanguage({}, QLocale(u"de_AT"_s)), u"de"_s);
        QCOMPARE(resolveLanguage({}, QLocale(u"pt_BR"_s)), u"en"_s);
        QCOMPARE(resolveLanguage({}, QLocale::c()), u"en"_s);
        QVERIFY(!shippedLanguage(u"xx"_s));
        QCOMPARE(availableLanguages(), QStringList({ u"de"_s, u"en"_s, u"es"_s, u"fr"_s }));
    }

    void keepsTheLanguageInTheSettings()
    {
        QCOMPARE(languageSetting(), QString());
        setLanguageSetting(u"fr"_s);
        QCOMPARE(QSettings().value(languageSettingsKey()).toString(), u"fr"_s);
        QCOMPARE(languageSetting(), u"fr"_s);
        setLanguageSetting({});
        QVERIFY(!QSettings().contains(languageSettingsKey()));
    }

    void translatesTheMainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("renewalHeader");
        QTest::addColumn<QString>("decimalPoint");
        QTest::newRow("German") << u"de"_s << u"&Datei"_s << u"Verlängerung"_s << u","_s;
        QTest::newRow("French") << u"fr"_s << u"&Fichier"_s << u"Renouvellement"_s << u","_s;
        QTest::newRow("Spanish") << u"es"_s << u"&Archivo"_s << u"Renovación"_s << u","_s;
    }

    void translatesTheMainWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, renewalHeader);
        QFETCH(QString, decimalPoint);

        QCOMPARE(installTranslations(*qApp, language), language);
        QCOMPARE(QLocale().language(), QLocale(language).language()); // numbers and dates follow
        QCOMPARE(QLocale().decimalPoint(), decimalPoint);
        // Qt's own strings come along (qtbase_<lang>, package qt6-translations-l10n).
        QVERIFY2(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s,
            "Qt's translation is not installed");

        auto window = openWindow(language);
        const QList<MenuEntry> menus = menuEntries(*window);
        QCOMPARE(menus.size(), m_englishMenus.size());
        QCOMPARE(menus.first().text, fileMenu);
        const QSet<QString> kept = keptAsInEnglish(language);
        for (qsizetype i = 0; i < menus.size(); ++i) {
            const MenuEntry &english = m_englishMenus.at(i);
            QCOMPARE(menus.at(i).path, english.path);
            const QString &text = menus.at(i).text;
            QVERIFY2(!text.isEmpty(), qPrintable(u"%1 (%2) is empty"_s.arg(english.text, english.path)));
            if (kept.contains(english.text))
                continue;
            QVERIFY2(text != english.text,
                qPrintable(u"menu entry %1 is still English: %2"_s.arg(english.path, text)));
        }

        // Every menu entry keeps a letter of its own in the translation.
        const QStringList clashes = clashingMnemonics(window->menuBar()->actions(), u"menu bar"_s);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

        // The Today list's Due column holds its longest text in this language.
        auto *today = window->todayView()->findChild<QTableView *>();
        QVERIFY(today);
        const QString overdue = TodayModel::tr("%n day(s) overdue", nullptr, 999);
        QVERIFY(overdue != u"999 days overdue"_s);
        QVERIFY2(today->columnWidth(TodayModel::DueColumn) > today->fontMetrics().horizontalAdvance(overdue),
                 qPrintable(u"%1 px for \"%2\""_s.arg(today->columnWidth(TodayModel::DueColumn)).arg(overdue)));

        const QStringList labels = headers(*window);
        QCOMPARE(labels.size(), m_englishHeaders.size());
        QCOMPARE(labels.at(BookModel::Renewal), renewalHeader);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QVERIFY2(!labels.at(i).isEmpty(), qPrintable(u"header %1 is empty"_s.arg(i)));
            if (kept.contains(m_englishHeaders.at(i)))
                continue;
            QVERIFY2(labels.at(i) != m_englishHeaders.at(i),
                qPrintable(u"header %1 is still English: %2"_s.arg(i).arg(labels.at(i))));
        }
    }

    // The core asks for its texts under the contexts lupdate files them under, so they translate
    // (free functions and helper classes, not only QObjects).
    void translatesTheCoresMessages()
    {
        QCOMPARE(installTranslations(*qApp, u"de"_s), u"de"_s);
        QCOMPARE(lifecycleStageDisplayName(LifecycleStage::Renewal), u"Verlängerung"_s);
        QVERIFY(paymentStatusDisplayName(PaymentStatus::Failed) != u"Payment failed"_s);

        const ParsedAccounts bad = parseAccountsCsv("crm_id,name,arr\nA-1,Acme,abc\nB-2,,5\n", u"x.csv"_s);
        QStringList messages;
        for (const ImportIssue &issue : bad.issues)
            messages << issue.message;
        QVERIFY2(messages.contains(u"ARR 'abc' ist keine Zahl"_s), qPrintable(messages.join(u'\n')));
        QVERIFY2(messages.contains(u"name ist leer; jeder Account braucht diesen Wert"_s),
            qPrintable(messages.join(u'\n')));
        const ParsedAccounts unclosed = parseAccountsCsv("crm_id,name\nA-1,\"Acme\n", u"x.csv"_s);
        messages.clear();
        for (const ImportIssue &issue : unclosed.issues)
            messages << issue.message;
        QVERIFY2(messages.contains(u"das hier beginnende Feld in Anführungszeichen wird nie geschlossen"_s),
            qPrintable(messages.join(u'\n')));

        const auto filter = AccountFilter::fromQuery(u"renewal:soon"_s);
        QVERIFY(!filter);
        QCOMPARE(filter.errorMessage(), u"Filter 'renewal:soon': renewal erwartet eine Anzahl von Tagen"_s);
    }

    void everyTranslationIsFinished_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files
            = QDir(translationsDir()).entryList({ u"csm_*.ts"_s }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), availableLanguages().size());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QDir(translationsDir()).filePath(file);
    }

    void everyTranslationIsFinished()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.errorString()));

        QXmlStreamReader xml(&ts);
        QString context;
        QString source;
        bool numerus = false;
        QStringList problems;
        int messages = 0;
        const auto check = [&](const QString &translation) {
            if (translation.isEmpty())
                problems << u"%1: \"%2\" has an empty translation"_s.arg(context, source);
            else if (placeholders(translation) != placeholders(source))
                problems << u"%1: \"%2\" → \"%3\" changes the placeholders"_s.arg(
                    context, source, translation);
        };
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                ++messages;
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QStringView type = xml.attributes().value(u"type"_s);
                if (!type.isEmpty()) { // unfinished, vanished or obsolete
                    problems << u"%1: \"%2\" is %3"_s.arg(context, source, type.toString());
                    xml.skipCurrentElement();
                    continue;
                }
                if (!numerus) {
                    check(xml.readElementText());
                    continue;
                }
                // One form per plural of the language, each keeping the placeholders.
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        check(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
