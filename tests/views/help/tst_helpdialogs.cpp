// Help ▸ About shows the version the app runs and every component with its licence, whose full text
// is embedded; Help ▸ User Guide loads, every picture and link of every language's guide resolves
// to an embedded file, the languages show the same pictures, and the app's language picks the guide.
#include "help/aboutdialog.h"
#include "help/userguidedialog.h"
#include "i18n/language.h"
#include "mainwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace csm;
using namespace Qt::StringLiterals;

namespace {

const QStringList GuideLanguages { u"en"_s, u"de"_s, u"es"_s, u"fr"_s };

QUrl guideFile(const QString &language)
{
    return QUrl(language == u"en" ? u"qrc:/guide/guide.html"_s : u"qrc:/guide/guide_%1.html"_s.arg(language));
}

QString resourcePath(const QUrl &url)
{
    return u':' + url.path();
}

QString readGuide(const QString &language)
{
    QFile file(resourcePath(guideFile(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/// Every value of `attribute` in the HTML, in order.
QStringList attributeValues(const QString &html, const QString &attribute)
{
    const QRegularExpression pattern(u"\\b%1\\s*=\\s*\"([^\"]*)\""_s.arg(attribute));
    QStringList values;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(html))
        values << match.captured(1);
    return values;
}

/// The images of a guide, as the resources they resolve to.
QSet<QString> images(const QString &language)
{
    QSet<QString> paths;
    for (const QString &src : attributeValues(readGuide(language), u"src"_s))
        paths.insert(resourcePath(guideFile(language).resolved(QUrl(src))));
    return paths;
}

QSet<QString> anchors(const QString &html)
{
    const QStringList names = attributeValues(html, u"name"_s) + attributeValues(html, u"id"_s);
    return QSet<QString>(names.cbegin(), names.cend());
}

QTreeWidgetItem *componentRow(const AboutDialog &dialog, const QString &name)
{
    const QList<QTreeWidgetItem *> rows = dialog.componentList()->findItems(name, Qt::MatchExactly, 0);
    return rows.size() == 1 ? rows.first() : nullptr;
}

} // namespace

class TestHelpDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(*qApp, u"en"_s); }

    void aboutShowsTheVersionsItRunsOn()
    {
        AboutDialog dialog;
        const QString summary = dialog.summary()->text();
        QVERIFY2(summary.contains(QStringLiteral(CSM_VERSION)), qPrintable(summary));
        QVERIFY2(summary.contains(QString::fromLatin1(qVersion())), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(summary));

        const QString sqlite = AboutDialog::sqliteVersion();
        QVERIFY2(QRegularExpression(u"^3\\.\\d+\\.\\d+"_s).match(sqlite).hasMatch(), qPrintable(sqlite));
        QVERIFY(summary.contains(sqlite));

        const QString info = AboutDialog::versionInfo();
        for (const QString &part : { QStringLiteral(CSM_VERSION), QString::fromLatin1(qVersion()), sqlite })
            QVERIFY2(info.contains(part), qPrintable(info));
        QVERIFY(dialog.summary()->textInteractionFlags() & Qt::TextSelectableByMouse);
    }

    void aboutListsEachComponentWithItsLicence_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("licence");
        QTest::addColumn<QString>("textSays"); // a phrase of the full licence text

        const QString lgpl = u"LGPL-3.0-only"_s;
        const QString lgplText = u"GNU LESSER GENERAL PUBLIC LICENSE"_s;
        for (const QString &module :
            { u"Qt Core"_s, u"Qt GUI"_s, u"Qt Widgets"_s, u"Qt SQL"_s, u"Qt Network"_s, u"Qt Concurrent"_s })
            QTest::newRow(qPrintable(module)) << module << lgpl << lgplText;
        // The open-source editions of these two are GPL only, not LGPL.
        QTest::newRow("Qt Charts") << u"Qt Charts"_s << u"GPL-3.0-only"_s << u"GNU GENERAL PUBLIC LICENSE"_s;
        QTest::newRow("Qt Network Authorization")
            << u"Qt Network Authorization"_s << u"GPL-3.0-only"_s << u"GNU GENERAL PUBLIC LICENSE"_s;
        QTest::newRow("Qt translations")
            << u"Qt translations"_s << u"GPL-3.0-only WITH Qt-GPL-exception-1.0"_s
            << u"The Qt Company GPL Exception 1.0"_s;
        QTest::newRow("SQLite") << u"SQLite"_s << u"Public domain"_s << u"May you do good and not evil."_s;
        QTest::newRow("QtKeychain") << u"QtKeychain"_s << u"BSD-2-Clause"_s << u"Frank Osterfeld"_s;
        QTest::newRow("DejaVu fonts") << u"DejaVu fonts"_s << u"Bitstream-Vera"_s << u"Bitstream Vera"_s;
    }

    void aboutListsEachComponentWithItsLicence()
    {
        QFETCH(QString, component);
        QFETCH(QString, licence);
        QFETCH(QString, textSays);

        AboutDialog dialog;
        QTreeWidgetItem *row = componentRow(dialog, component);
        QVERIFY2(row, qPrintable(component));
        QCOMPARE(row->text(2), licence);

        dialog.componentList()->setCurrentItem(row);
        const QString text = dialog.licenceView()->toPlainText();
        QVERIFY2(text.contains(textSays), qPrintable(text.left(300)));
    }

    void everyLicenceTextIsEmbedded()
    {
        QSet<QString> used;
        for (const AboutDialog::Component &component : AboutDialog::components()) {
            QVERIFY2(!component.licence.isEmpty(), qPrintable(component.name));
            QVERIFY2(!component.licenceFiles.isEmpty(), qPrintable(component.name));
            for (const QString &path : component.licenceFiles) {
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                QVERIFY2(!file.readAll().trimmed().isEmpty(), qPrintable(path));
                used.insert(path);
            }
            QVERIFY(!AboutDialog::licenceText(component).isEmpty());
        }
        // No text is shipped that no component needs.
        QDirIterator it(u":/licenses"_s, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(used.contains(path), qPrintable(path + u" is shipped but not listed"_s));
        }
    }

    void aShownLicenceIsMissingWhenItsFileIs()
    {
        AboutDialog::Component component { u"Nothing"_s, {}, u"MIT"_s, {}, { u":/licenses/no-such.txt"_s } };
        QVERIFY(AboutDialog::licenceText(component).isEmpty());
    }

    void theGuideLoadsWithItsContents()
    {
        UserGuideDialog guide;
        QCOMPARE(guide.browser()->source(), guideFile(u"en"_s));
        const QString text = guide.browser()->toPlainText();
        QVERIFY(text.contains(u"CSM Workbench User Guide"_s));
        QVERIFY(text.contains(u"Keyboard shortcuts"_s));

        // One entry per section, each leading to its anchor.
        QStringList sections;
        for (int row = 0; row < guide.contents()->count(); ++row)
            sections << guide.contents()->item(row)->text();
        for (const QString &section :
            { u"The book of business"_s, u"CRM sync"_s, u"Team portfolio"_s, u"Where your data lives"_s })
            QVERIFY2(sections.contains(section), qPrintable(sections.join(u", ")));

        QListWidgetItem *crm = guide.contents()->findItems(u"CRM sync"_s, Qt::MatchExactly).value(0);
        QVERIFY(crm);
        emit guide.contents()->itemClicked(crm);
        QCOMPARE(guide.browser()->source().fragment(), u"crm"_s);
        QVERIFY(guide.browser()->isBackwardAvailable());
        guide.browser()->backward();
        QCOMPARE(guide.browser()->source().fragment(), QString());
    }

    void everyPictureAndLinkResolves_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : GuideLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyPictureAndLinkResolves()
    {
        QFETCH(QString, language);
        const QString html = readGuide(language);
        QVERIFY2(!html.isEmpty(), qPrintable(language));
        const QUrl base = guideFile(language);

        const QStringList sources = attributeValues(html, u"src"_s);
        QVERIFY(sources.size() >= 8);
        for (const QString &src : sources) {
            const QUrl url = base.resolved(QUrl(src));
            QCOMPARE(url.scheme(), u"qrc"_s); // nothing from the network or the disk
            const QImage image(resourcePath(url));
            QVERIFY2(!image.isNull(), qPrintable(src + u" does not load"_s));
        }
        // Each picture is given a width that fits a 900-pixel window.
        const QRegularExpression img(u"<img\\b[^>]*>"_s);
        for (const QRegularExpressionMatch &match : img.globalMatch(html)) {
            const QStringList widths = attributeValues(match.captured(), u"width"_s);
            QVERIFY2(widths.size() == 1, qPrintable(match.captured()));
            QVERIFY2(
                widths.first().toInt() > 0 && widths.first().toInt() <= 880, qPrintable(match.captured()));
        }

        const QSet<QString> targets = anchors(html);
        const QStringList links = attributeValues(html, u"href"_s);
        QVERIFY(links.size() >= 10);
        for (const QString &href : links) {
            if (href.startsWith(u'#')) {
                QVERIFY2(targets.contains(href.mid(1)), qPrintable(u"no anchor for "_s + href));
                continue;
            }
            const QUrl url = base.resolved(QUrl(href));
            QCOMPARE(url.scheme(), u"qrc"_s);
            QVERIFY2(QFile::exists(resourcePath(url)), qPrintable(href));
        }

        // Qt itself finds every picture the way the browser will ask for it.
        QTextBrowser browser;
        browser.setSource(base);
        for (const QString &src : sources)
            QVERIFY2(
                browser.loadResource(QTextDocument::ImageResource, QUrl(src)).isValid(), qPrintable(src));
    }

    void everyLanguageShowsTheSamePictures()
    {
        const QSet<QString> english = images(u"en"_s);
        QVERIFY(!english.isEmpty());
        const QSet<QString> englishAnchors = anchors(readGuide(u"en"_s));
        for (const QString &language : GuideLanguages) {
            QCOMPARE(images(language), english);
            QCOMPARE(anchors(readGuide(language)), englishAnchors);
        }
        // Every screenshot embedded for the guide is shown in it.
        QDirIterator it(u":/guide/images"_s, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(english.contains(path), qPrintable(path + u" is embedded but not shown"_s));
        }
    }

    void theAppsLanguagePicksTheGuide_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("guide");
        QTest::newRow("German") << u"de_DE"_s << u"de"_s;
        QTest::newRow("Austrian German") << u"de_AT"_s << u"de"_s;
        QTest::newRow("Canadian French") << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("Mexican Spanish") << u"es_MX"_s << u"es"_s;
        QTest::newRow("English") << u"en_GB"_s << u"en"_s;
        QTest::newRow("Italian, not shipped") << u"it_IT"_s << u"en"_s;
        QTest::newRow("C") << u"C"_s << u"en"_s;
    }

    void theAppsLanguagePicksTheGuide()
    {
        QFETCH(QString, locale);
        QFETCH(QString, guide);
        QCOMPARE(UserGuideDialog::guideUrl(QLocale(locale)), guideFile(guide));
    }

    void theGermanAppShowsTheGermanGuide()
    {
        QCOMPARE(installTranslations(*qApp, u"de"_s), u"de"_s);
        UserGuideDialog guide;
        QCOMPARE(guide.browser()->source(), guideFile(u"de"_s));
        QVERIFY(guide.browser()->toPlainText().contains(u"Benutzerhandbuch"_s));

        QCOMPARE(installTranslations(*qApp, u"en"_s), u"en"_s);
        UserGuideDialog english;
        QCOMPARE(english.browser()->source(), guideFile(u"en"_s));
    }

    void findsInThePage()
    {
        UserGuideDialog guide;
        guide.findField()->setText(u"Sync Now"_s);
        QVERIFY(guide.browser()->textCursor().hasSelection());
        QCOMPARE(guide.browser()->textCursor().selectedText(), u"Sync Now"_s);
        const int first = guide.browser()->textCursor().selectionStart();
        QVERIFY(guide.findNext());
        QVERIFY(guide.browser()->textCursor().selectionStart() != first);

        guide.findField()->setText(u"no such words anywhere"_s);
        QVERIFY(!guide.findNext());
    }

    void opensOnceWithoutBlockingTheWindow()
    {
        QWidget window;
        UserGuideDialog *first = UserGuideDialog::showFor(&window);
        QVERIFY(first->isVisible());
        QVERIFY(!first->isModal());
        first->close();
        QCOMPARE(UserGuideDialog::showFor(&window), first);
        QVERIFY(first->isVisible());
        QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
    }

    void aPictureOpensAtFullSize()
    {
        UserGuideDialog guide;
        emit guide.browser()->anchorClicked(QUrl(u"images/notes.png"_s));
        QDialog *viewer = nullptr;
        for (QDialog *dialog : guide.findChildren<QDialog *>())
            viewer = dialog;
        QVERIFY(viewer);
        QVERIFY(viewer->isVisible());
        const QLabel *picture = viewer->findChild<QLabel *>();
        QVERIFY(picture);
        QCOMPARE(picture->pixmap().size(), QImage(u":/guide/images/notes.png"_s).size());
        QCOMPARE(guide.browser()->source(), guideFile(u"en"_s)); // the guide stays where it was
    }

    void theHelpMenuOpensTheGuideAndAbout()
    {
        MainWindow window;
        QAction *guideAction = nullptr;
        bool about = false;
        bool aboutQt = false;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
                guideAction = action;
            about = about || action->menuRole() == QAction::AboutRole;
            aboutQt = aboutQt || action->menuRole() == QAction::AboutQtRole;
        }
        QVERIFY(guideAction);
        QVERIFY(about);
        QVERIFY(aboutQt);
        guideAction->trigger();
        guideAction->trigger();
        const QList<UserGuideDialog *> guides = window.findChildren<UserGuideDialog *>();
        QCOMPARE(guides.size(), 1);
        QVERIFY(guides.first()->isVisible());
    }

    void picturesShrinkToANarrowWindow()
    {
        UserGuideDialog guide;
        guide.resize(640, 600);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        const auto widest = [&guide] {
            qreal width = 0;
            const QTextDocument *document = guide.browser()->document();
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
                for (auto it = block.begin(); !it.atEnd(); ++it)
                    if (it.fragment().charFormat().isImageFormat())
                        width = qMax(width, it.fragment().charFormat().toImageFormat().width());
            return width;
        };
        QTRY_VERIFY2(widest() <= guide.browser()->viewport()->width(),
            qPrintable(u"%1 > %2"_s.arg(widest()).arg(guide.browser()->viewport()->width())));
        QVERIFY(widest() > 100);

        // Shrinking the pictures leaves every line of text laid out, so none is left blank.
        const QTextDocument *document = guide.browser()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text().trimmed().isEmpty())
                continue;
            const QRectF rect = document->documentLayout()->blockBoundingRect(block);
            QVERIFY2(rect.height() > 0 && rect.width() > 0, qPrintable(block.text().left(60)));
        }
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
