// Settings as a person uses it: every page there, the book opened at start kept where main() reads
// it (and a folder that takes no files refused), the reporting currency the portfolio starts in,
// the open book's segment rules and health bands saved by OK and dropped by Cancel, the book's
// pages off for a read-only book, and the CRM connections listed with their tokens kept out of
// the book and the settings.
#include "bookfilterbar.h"
#include "healthmodeleditor.h"
#include "mainwindow.h"
#include "portfolio/portfoliowindow.h"
#include "segmentationruleseditor.h"
#include "settings/connectionspage.h"
#include "settings/currencyratesedit.h"
#include "settings/generalsettingspage.h"
#include "settings/settingspage.h"
#include "settingsdialog.h"
#include "sync/synccontroller.h"

#include "book/booksession.h"
#include "demo/demogenerator.h"
#include "health/healthservice.h"
#include "itemmodels/bookproxymodel.h"
#include "metrics/reportingcurrency.h"
#include "segmentation/segmentationservice.h"
#include "store/booklocation.h"
#include "store/database.h"
#include "sync/secretstore.h"
#include "sync/syncstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>

#include <memory>

#include <unistd.h>

using namespace csm;
using namespace Qt::StringLiterals;
using Page = SettingsDialog::Page;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<BookSession> m_session;
    int m_books = 0;

    /// A fresh copy of the demo book, open in a session.
    std::unique_ptr<BookSession> openBook(bool readOnly = false)
    {
        const QString path = m_dir.filePath(u"book-%1.sqlite"_s.arg(++m_books));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the demo book");
        auto session = BookSession::open(path, nullptr, readOnly);
        if (!session)
            qFatal("%s", qPrintable(session.errorMessage()));
        return std::move(*session);
    }

    /// Waits until the job OK started in the book has ended.
    static bool waitForJob(BookSession *session)
    {
        if (!session->isBusy())
            return false;
        QSignalSpy ended(session, &BookSession::jobEnded);
        if (!ended.wait(60'000))
            return false;
        session->waitForIdle();
        return true;
    }

    /// Shows the test's book in `window`, as the app opens it, with the keychain left alone.
    bool showBookIn(MainWindow &window)
    {
        window.setOfferDemoWhenEmpty(false);
        window.setEvaluateRulesOnOpen(false);
        window.setSession(std::move(m_session));
        QSignalSpy loaded(window.session(), &BookSession::loaded);
        if (!loaded.wait(20'000))
            return false;
        window.sync()->secrets()->setKeychainEnabled(false);
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CSM Workbench Settings Test"_s);
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.sqlite"_s);
        auto db = Database::open(m_template);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        DemoOptions options;
        options.accounts = 120;
        QVERIFY(generateDemoBook((*db)->connection(), options).ok());
        const HealthService health((*db)->connection());
        QVERIFY(health.recompute(health.today()).ok());
    }

    void init()
    {
        QSettings().clear();
        m_session = openBook();
    }

    void cleanup()
    {
        if (m_session)
            m_session->waitForIdle();
        m_session.reset();
    }

    void hasAPageForEverySetting()
    {
        SettingsDialog dialog(m_session.get(), nullptr);
        QCOMPARE(dialog.pageList()->count(), SettingsDialog::PageCount);
        const QStringList names { u"General"_s, u"Segments"_s, u"Health"_s, u"CRM Connections"_s };
        for (int i = 0; i < SettingsDialog::PageCount; ++i) {
            QCOMPARE(dialog.pageList()->item(i)->text(), names.at(i));
            QVERIFY(!dialog.pageList()->item(i)->icon().isNull());
            QVERIFY(dialog.page(Page(i))->isAvailable());
        }
        QVERIFY(dialog.languageBox()->count() > 4);
        QCOMPARE(QDir::fromNativeSeparators(dialog.generalPage()->bookPathEdit()->text()), Database::defaultPath());
        QCOMPARE(dialog.generalPage()->currencyEdit()->currencyBox()->currentText(), u"USD"_s);
        QVERIFY(dialog.segmentsEditor());
        QVERIFY(dialog.healthEditor());
        QVERIFY(dialog.connectionsPage());
        dialog.showPage(Page::Health);
        QCOMPARE(dialog.currentPage(), Page::Health);
        QCOMPARE(dialog.pageList()->currentRow(), int(Page::Health));
        dialog.pageList()->setCurrentRow(int(Page::CrmConnections));
        QCOMPARE(dialog.currentPage(), Page::CrmConnections);
    }

    void keepsTheBookOpenedAtStartWhereMainReadsIt()
    {
        QCOMPARE(startupBookPath(), Database::defaultPath());
        const QString path = m_dir.filePath(u"elsewhere/work.sqlite"_s);
        SettingsDialog dialog(m_session.get(), nullptr);
        dialog.generalPage()->bookPathEdit()->setText(path);
        dialog.generalPage()->checkBookPath();
        QVERIFY2(dialog.generalPage()->bookPathStatus()->text().contains(u"a new, empty book will be created"_s),
                 qPrintable(dialog.generalPage()->bookPathStatus()->text()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(startupBookPath(), path);
        QCOMPARE(QSettings().value(bookLocationSettingsKey()).toString(), path);

        // An existing book is taken as it is; Default goes back to the app's own folder.
        SettingsDialog again(m_session.get(), nullptr);
        QCOMPARE(QDir::fromNativeSeparators(again.generalPage()->bookPathEdit()->text()), path);
        again.generalPage()->bookPathEdit()->setText(m_session->path());
        again.generalPage()->checkBookPath();
        QCOMPARE(again.generalPage()->bookPathStatus()->text(), u"✓ This is the book open now."_s);
        QTest::mouseClick(again.generalPage()->defaultButton(), Qt::LeftButton);
        again.accept();
        QCOMPARE(startupBookPath(), Database::defaultPath());
        QVERIFY(!QSettings().contains(bookLocationSettingsKey()));
    }

    void refusesAFolderThatTakesNoFiles()
    {
        // Root writes into any folder its mode forbids; /proc takes no new file even from root.
        QString folder = u"/proc"_s;
        if (::geteuid() != 0) {
            folder = m_dir.filePath(u"locked"_s);
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        const QString path = folder + u"/book.sqlite"_s;
        SettingsDialog dialog(m_session.get(), nullptr);
        dialog.showPage(Page::Health);
        dialog.generalPage()->bookPathEdit()->setText(path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QCOMPARE(dialog.currentPage(), Page::General);
        const QLabel *problem = dialog.page(Page::General)->problemLabel();
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(u"does not accept new files"_s), qPrintable(problem->text()));
        QVERIFY(dialog.generalPage()->bookPathStatus()->text().startsWith(u"⚠"_s));
        QCOMPARE(startupBookPath(), Database::defaultPath());
        // Nothing else was saved either.
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"fr"_s));
        dialog.accept();
        QVERIFY(!QSettings().contains(u"ui/language"_s));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void copiesTheOpenBookToTheNewLocation()
    {
        const QString target = m_dir.filePath(u"moved/copy.sqlite"_s);
        SettingsDialog dialog(m_session.get(), nullptr);
        dialog.generalPage()->bookPathEdit()->setText(target);
        dialog.generalPage()->checkBookPath();
        QVERIFY(dialog.generalPage()->copyBookBox()->isEnabled());
        dialog.generalPage()->copyBookBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(waitForJob(m_session.get()));
        QCOMPARE(startupBookPath(), target); // kept only once the copy is there
        auto copy = Database::open(target, Database::Mode::Existing);
        QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
        QSqlQuery q((*copy)->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM accounts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 120);
    }

    void keepsTheReportingCurrencyThePortfolioStartsIn()
    {
        SettingsDialog dialog(m_session.get(), nullptr);
        CurrencyRatesEdit *rates = dialog.generalPage()->currencyEdit();
        QVERIFY(rates->currencyBox()->findText(u"EUR"_s) >= 0);
        rates->currencyBox()->setCurrentText(u"EUR"_s);
        QCOMPARE(rates->rates().reporting(), u"EUR"_s);
        QVERIFY(rates->addCurrency(u"ISK"_s, 0.0066));
        QString error;
        QVERIFY(!rates->addCurrency(u"euro"_s, 1.0, &error));
        QVERIFY(error.contains(u"three-letter"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(reportingCurrencySettingsKey()).toString(), u"EUR"_s);
        QCOMPARE(reportingRates().reporting(), u"EUR"_s);
        QVERIFY(qAbs(*reportingRates().rate(u"ISK"_s) - 0.0066) < 1e-9);

        PortfolioWindow portfolio(m_session->connection());
        QCOMPARE(portfolio.currencyChoice()->currentText(), u"EUR"_s);
        QVERIFY(portfolio.currencyChoice()->findText(u"ISK"_s) >= 0);
        // And what the portfolio picks, Settings shows.
        portfolio.currencyChoice()->setCurrentText(u"GBP"_s);
        SettingsDialog again(m_session.get(), nullptr);
        QCOMPARE(again.generalPage()->currencyEdit()->currencyBox()->currentText(), u"GBP"_s);
    }

    void savesSegmentRulesOnOkAndDropsThemOnCancel()
    {
        const SegmentationService service(m_session->connection());
        const SegmentationRules before = *service.rules();
        QCOMPARE(before.mode, SegmentationRules::Mode::Share);
        {
            SettingsDialog dialog(m_session.get(), nullptr);
            dialog.segmentsEditor()->byThresholdButton()->setChecked(true);
            dialog.segmentsEditor()->highMinBox()->setValue(150000);
            dialog.reject();
            QVERIFY(!m_session->isBusy());
        }
        QCOMPARE(*service.rules(), before);

        SettingsDialog dialog(m_session.get(), nullptr);
        dialog.showPage(Page::Segments);
        dialog.segmentsEditor()->byThresholdButton()->setChecked(true);
        dialog.segmentsEditor()->highMinBox()->setValue(150000);
        dialog.segmentsEditor()->midMinBox()->setValue(20000);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(waitForJob(m_session.get()));
        const SegmentationRules after = *service.rules();
        QCOMPARE(after.mode, SegmentationRules::Mode::Threshold);
        QCOMPARE(after.highMinArrCents, qint64(15'000'000));
        QCOMPARE(after.midMinArrCents, qint64(2'000'000));
        // The accounts were segmented by the new rules.
        QSqlQuery q(m_session->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM accounts WHERE segment = 'high' AND NOT segment_override AND arr_cents < 15000000"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void savesHealthBandsOnOkAndDropsThemOnCancel()
    {
        const HealthService service(m_session->connection());
        QCOMPARE(*service.bands(), HealthBands {});
        {
            SettingsDialog dialog(m_session.get(), nullptr);
            dialog.healthEditor()->greenFromBox()->setValue(82);
            dialog.reject();
        }
        QCOMPARE(*service.bands(), HealthBands {});

        SettingsDialog dialog(m_session.get(), nullptr);
        // Overlapping bands are refused on the Health page, and nothing is saved.
        dialog.healthEditor()->greenFromBox()->setValue(40);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.currentPage(), Page::Health);
        QVERIFY(dialog.page(Page::Health)->problemLabel()->text().contains(u"green"_s));
        QVERIFY(!m_session->isBusy());

        dialog.healthEditor()->greenFromBox()->setValue(82);
        dialog.healthEditor()->amberFromBox()->setValue(55);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(waitForJob(m_session.get()));
        const HealthBands bands = *service.bands();
        QCOMPARE(bands.greenFrom, 82.0);
        QCOMPARE(bands.amberFrom, 55.0);
    }

    void offersTheBooksPagesOnlyForAWritableBook()
    {
        m_session.reset();
        auto readOnly = openBook(true);
        SettingsDialog dialog(readOnly.get(), nullptr);
        for (Page page : { Page::Segments, Page::Health, Page::CrmConnections }) {
            SettingsPage *p = dialog.page(page);
            QVERIFY(!p->isAvailable());
            QVERIFY(!p->notice()->isHidden());
            QVERIFY2(p->notice()->text().contains(u"read-only"_s), qPrintable(p->notice()->text()));
            QVERIFY(!p->content()->isEnabled());
        }
        QVERIFY(dialog.page(Page::General)->isAvailable());
        QVERIFY(!dialog.generalPage()->copyBookBox()->isEnabled());
        // Edits cannot reach the book: OK saves the app's settings only.
        dialog.healthEditor()->greenFromBox()->setValue(90);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!readOnly->isBusy());
        QCOMPARE(*HealthService(readOnly->connection()).bands(), HealthBands {});

        // Without a book, they say to open one.
        SettingsDialog none;
        QVERIFY(!none.segmentsEditor());
        QVERIFY(!none.healthEditor());
        for (Page page : { Page::Segments, Page::Health, Page::CrmConnections })
            QVERIFY(none.page(page)->notice()->text().startsWith(u"Open a book"_s));
    }

    void listsTheConnectionsAndKeepsTokensOutOfBookAndSettings()
    {
        SecretStore secrets(u"CSM Workbench Settings Test"_s);
        secrets.setKeychainEnabled(false); // no keychain on a test machine
        const SyncStore store(m_session->connection());
        CrmConnection hubspot;
        hubspot.name = u"Sales HubSpot"_s;
        hubspot.connector = u"hubspot"_s;
        hubspot.settings = { { u"base_url"_s, u"https://api.hubapi.example"_s } };
        QVERIFY(store.saveConnection(hubspot).ok());
        const QString hubspotKey = SecretStore::connectionKey(*store.bookId(), u"hubspot"_s, hubspot.name);
        secrets.write(hubspotKey, u"pat-old-token"_s, [](const QString &) {});

        SettingsDialog dialog(m_session.get(), &secrets);
        ConnectionsPage *page = dialog.connectionsPage();
        QCOMPARE(page->list()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = page->list()->topLevelItem(0);
        QCOMPARE(row->text(ConnectionsPage::NameColumn), u"Sales HubSpot"_s);
        QCOMPARE(row->text(ConnectionsPage::CrmColumn), u"HubSpot"_s);
        QCOMPARE(row->text(ConnectionsPage::AddressColumn), u"https://api.hubapi.example"_s);
        QCOMPARE(row->text(ConnectionsPage::LastSyncColumn), u"Never"_s);

        // A new connection with its token, and the old one removed, both on OK.
        const QString token = u"pat-na1-7f3c-very-secret"_s;
        CrmConnection added;
        added.name = u"EU HubSpot"_s;
        added.connector = u"hubspot"_s;
        added.settings = { { u"base_url"_s, u"https://eu1.hubapi.example"_s } };
        QString error;
        QVERIFY(!page->addConnection(hubspot, {}, &error));
        QVERIFY(error.contains(u"already"_s));
        QVERIFY(page->addConnection(added, token));
        page->removeConnection(0);
        QCOMPARE(page->list()->topLevelItemCount(), 1);
        QCOMPARE(store.connections()->first().name, u"Sales HubSpot"_s); // nothing written before OK
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto connections = store.connections();
        QVERIFY(connections.ok());
        QCOMPARE(connections->size(), 1);
        QCOMPARE(connections->first().name, u"EU HubSpot"_s);
        std::optional<QString> kept;
        secrets.read(SecretStore::connectionKey(*store.bookId(), u"hubspot"_s, added.name),
                     [&kept](std::optional<QString> secret, const QString &) { kept = secret; });
        QCOMPARE(kept, std::optional<QString>(token));
        bool read = false;
        secrets.read(hubspotKey, [&](std::optional<QString> secret, const QString &) {
            QVERIFY(!secret); // removing the connection removed its token
            read = true;
        });
        QVERIFY(read);

        // The token is in neither the book (nor its log) nor the settings.
        QSettings().sync();
        const QByteArray needle = token.toUtf8();
        QVERIFY(!fileBytes(m_session->path()).contains(needle));
        QVERIFY(!fileBytes(m_session->path() + u"-wal"_s).contains(needle));
        QVERIFY(QFile::exists(QSettings().fileName()));
        QVERIFY(!fileBytes(QSettings().fileName()).contains(needle));
        QSqlQuery q(m_session->connection());
        QVERIFY(q.exec(u"SELECT settings FROM crm_connections"_s) && q.next());
        QVERIFY(!q.value(0).toString().contains(token));
    }

    void testsAConnectionWithoutAToken()
    {
        const QString accounts = m_dir.filePath(u"crm-accounts.csv"_s);
        {
            QFile file(accounts);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("crm_id,name,arr\nA-1,Acme,1000\n");
        }
        CrmConnection files;
        files.name = u"Export"_s;
        files.connector = u"file"_s;
        files.settings = { { u"accounts_file"_s, accounts } };
        QVERIFY(SyncStore(m_session->connection()).saveConnection(files).ok());
        SettingsDialog dialog(m_session.get(), nullptr);
        ConnectionsPage *page = dialog.connectionsPage();
        QCOMPARE(page->list()->topLevelItem(0)->text(ConnectionsPage::AddressColumn), accounts);
        QSignalSpy tested(page, &ConnectionsPage::tested);
        page->testConnection(0);
        QVERIFY(tested.wait(10'000));
        QCOMPARE(page->testResult()->text(), u"✓ Export answered."_s);

        QVERIFY(QFile::remove(accounts));
        page->testConnection(0);
        QVERIFY(tested.wait(10'000));
        QVERIFY2(page->testResult()->text().startsWith(u"Cannot read"_s), qPrintable(page->testResult()->text()));
    }

    void theMainWindowsTotalsFollowTheReportingCurrency()
    {
        MainWindow window;
        QVERIFY(showBookIn(window));
        const BookProxyModel::Totals inDollars = window.proxyModel()->segmentTotals();
        QCOMPARE(inDollars.currency, u"USD"_s);
        QVERIFY(inDollars.arrCents[3] > 0);

        window.showSettings(Page::General);
        QPointer<SettingsDialog> dialog = window.settingsDialog();
        QVERIFY(dialog);
        CurrencyRatesEdit *rates = dialog->generalPage()->currencyEdit();
        rates->currencyBox()->setCurrentText(u"EUR"_s);
        const double dollarsPerEuro = *rates->rates().rebased(u"USD"_s)->rate(u"EUR"_s);
        dialog->accept();
        const BookProxyModel::Totals inEuros = window.proxyModel()->segmentTotals();
        QCOMPARE(inEuros.currency, u"EUR"_s);
        QCOMPARE(inEuros.count[3], inDollars.count[3]);
        QVERIFY(qAbs(double(inEuros.arrCents[3]) * dollarsPerEuro - double(inDollars.arrCents[3])) < 100.0 * inDollars.count[3]);
        auto *tabs = window.filterBar()->findChild<QTabBar *>();
        QVERIFY(tabs);
        QVERIFY2(tabs->tabText(0).contains(u"€"_s), qPrintable(tabs->tabText(0)));
        QVERIFY2(tabs->tabToolTip(0).contains(u"EUR"_s), qPrintable(tabs->tabToolTip(0)));
    }

    void theMenusOpenSettingsAtTheirPage()
    {
        MainWindow window;
        QVERIFY(showBookIn(window));

        QAction *settings = nullptr;
        QAction *rules = nullptr;
        QAction *model = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                const QString text = QString(action->text()).remove(u'&');
                if (text == u"Settings…")
                    settings = action;
                else if (text == u"Segmentation Rules…")
                    rules = action;
                else if (text == u"Health Model…")
                    model = action;
            }
        }
        QVERIFY(settings && rules && model);
        QVERIFY(!settings->shortcut().isEmpty());
        settings->trigger();
        QPointer<SettingsDialog> dialog = window.settingsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), Page::General);
        model->trigger();
        QCOMPARE(window.settingsDialog(), dialog.data()); // the same dialog, turned to the page
        QCOMPARE(dialog->currentPage(), Page::Health);
        dialog->reject();
        QTRY_VERIFY(!dialog);
        rules->trigger();
        QVERIFY(window.settingsDialog());
        QCOMPARE(window.settingsDialog()->currentPage(), Page::Segments);
        window.settingsDialog()->reject();
        window.session()->waitForIdle();
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
