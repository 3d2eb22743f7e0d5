// The CRM window as a person uses it: a connection added through its dialog (the token kept out
// of the book and the settings), Sync Now against a local HubSpot over real HTTP with records per
// object as they arrive, the log, an edit made here that the CRM changed too shown as a conflict
// with both values and settled, and "My Accounts Only".
#include "errordialog.h"
#include "hubspotemulator.h"

#include "bookfilterbar.h"
#include "itemmodels/bookmodel.h"
#include "itemmodels/bookproxymodel.h"
#include "itemmodels/syncmodels.h"
#include "mainwindow.h"
#include "sync/connectiondialog.h"
#include "sync/oauth.h"
#include "sync/secretstore.h"
#include "sync/synccontroller.h"
#include "sync/syncdialog.h"
#include "sync/syncjob.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace csm;
using namespace Qt::StringLiterals;
using csm::emulator::HubSpotEmulator;

class TestSyncDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_browser;
    int m_books = 0;

    std::unique_ptr<MainWindow> openEmptyWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setOfferDemoWhenEmpty(false);
        window->setEvaluateRulesOnOpen(false);
        auto session = BookSession::open(m_dir.filePath(u"sync-%1.sqlite"_s.arg(++m_books)));
        if (!session)
            qFatal("%s", qPrintable(session.errorMessage()));
        window->setSession(std::move(*session));
        QSignalSpy loaded(window->session(), &BookSession::loaded);
        loaded.wait(10000);
        window->sync()->secrets()->setKeychainEnabled(false); // no keychain on a test machine
        return window;
    }

    /// Saves a HubSpot connection to `crm` with its token, as the dialog does.
    void addConnection(MainWindow &window, const HubSpotEmulator &crm, const QString &me = {})
    {
        CrmConnection c;
        c.name = u"HubSpot"_s;
        c.connector = u"hubspot"_s;
        c.me = me;
        c.settings = { { u"base_url"_s, crm.baseUrl() }, { u"timeout_ms"_s, u"2000"_s }, { u"retry_base_ms"_s, u"5"_s } };
        QVERIFY(SyncStore(window.session()->connection()).saveConnection(c).ok());
        bool written = false;
        window.sync()->secrets()->write(SecretStore::connectionKey(*SyncStore(window.session()->connection()).bookId(), c.connector, c.name),
                                        crm.token(), [&](const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            written = true;
        });
        QVERIFY(written);
        window.sync()->dialog()->refresh();
    }

    /// Until the book is idle: a sync that created accounts scores them after the reload.
    static bool waitUntilIdle(MainWindow &window)
    {
        QDeadlineTimer deadline(30000);
        do {
            QTest::qWait(50);
            if (!window.session()->isBusy())
                QTest::qWait(100); // a job may follow the reload
        } while (window.session()->isBusy() && !deadline.hasExpired());
        return !window.session()->isBusy();
    }

    SyncRun syncAndWait(MainWindow &window)
    {
        SyncDialog *dialog = window.sync()->dialog();
        if (!waitUntilIdle(window))
            return {};
        QSignalSpy finished(dialog, &SyncDialog::syncFinished);
        dialog->syncNow();
        if (!finished.wait(30000))
            return {};
        waitUntilIdle(window); // the book reloads after the sync, and new accounts are scored
        return finished.first().first().value<SyncRun>();
    }

public slots:
    /// The "browser": QDesktopServices hands http links here, and the page is fetched.
    void browse(const QUrl &url)
    {
        QNetworkReply *page = m_browser.get(QNetworkRequest(url));
        connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qRegisterMetaType<SyncRun>();
    }

    void theConnectionDialogAsksForWhatItNeedsAndKeepsTheTokenApart()
    {
        ConnectionDialog dialog(CrmConnection {}, false, {});
        dialog.nameEdit()->setText(u"Sales HubSpot"_s);
        dialog.connectorBox()->setCurrentIndex(dialog.connectorBox()->findData(u"hubspot"_s));
        QVERIFY(dialog.settingEdit(u"base_url"_s));
        QCOMPARE(dialog.problem(), u"HubSpot needs an access token, or Sign In with Browser."_s);
        dialog.tokenEdit()->setText(u"pat-na1-secret-value"_s);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        dialog.settingEdit(u"base_url"_s)->setText(u"ftp://crm.example"_s);
        QVERIFY(dialog.problem().contains(u"not an http(s) address"_s));
        dialog.settingEdit(u"base_url"_s)->setText(u"https://eu1.proxy.example"_s);
        dialog.writeBackBox()->setChecked(true);
        const CrmConnection c = dialog.connection();
        QCOMPARE(c.settings.value(u"base_url"_s).toString(), u"https://eu1.proxy.example"_s);
        QCOMPARE(c.settings.value(u"write_back_health"_s).toString(), u"true"_s);
        for (const QVariant &v : c.settings)
            QVERIFY(!v.toString().contains(u"secret"_s));
        QCOMPARE(dialog.token(), u"pat-na1-secret-value"_s);

        // Files need no token, but an accounts file; write-back is not offered.
        dialog.connectorBox()->setCurrentIndex(dialog.connectorBox()->findData(u"file"_s));
        QVERIFY(!dialog.tokenEdit()->isEnabled());
        QVERIFY(!dialog.writeBackBox()->isEnabled());
        QCOMPARE(dialog.problem(), u"Accounts file is required."_s);
        dialog.settingEdit(u"accounts_file"_s)->setText(m_dir.filePath(u"accounts.csv"_s));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    }

    void signsInWithTheBrowserAndKeepsTheRefreshTokenForTheKeychain()
    {
        HubSpotEmulator crm;
        QVERIFY(crm.start() > 0);
        crm.setOAuthClient(u"app-7"_s, u"app-secret"_s);
        QDesktopServices::setUrlHandler(u"http"_s, this, "browse");
        ConnectionDialog dialog(CrmConnection {}, false, {});
        dialog.nameEdit()->setText(u"HubSpot"_s);
        dialog.connectorBox()->setCurrentIndex(dialog.connectorBox()->findData(u"hubspot"_s));
        dialog.settingEdit(u"base_url"_s)->setText(crm.baseUrl());
        dialog.settingEdit(u"oauth_authorize_url"_s)->setText(crm.baseUrl() + u"/oauth/authorize"_s);
        QVERIFY(dialog.signInButton()->isEnabled());
        dialog.clientIdEdit()->setText(u"app-7"_s);
        dialog.clientSecretEdit()->setText(u"app-secret"_s);
        dialog.redirectPortBox()->setValue(0);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.signInResult()->text().startsWith(u"✓ Signed in"_s), 10000);
        QDesktopServices::unsetUrlHandler(u"http"_s);
        const auto secret = OAuthSecret::parse(dialog.token());
        QVERIFY(secret);
        QCOMPARE(secret->refreshToken, crm.refreshToken());
        QVERIFY(dialog.problem().isEmpty());
        // The client id is a setting; the client secret and tokens are not.
        const CrmConnection c = dialog.connection();
        QCOMPARE(c.settings.value(u"oauth_client_id"_s).toString(), u"app-7"_s);
        for (const QVariant &v : c.settings)
            QVERIFY(!v.toString().contains(u"app-secret"_s) && !v.toString().contains(crm.refreshToken()));
    }

    void syncsWithProgressAndALogAndSettlesAConflict()
    {
        HubSpotEmulator crm;
        QVERIFY(crm.start() > 0);
        crm.seed(40, 2, 1, 3, 5);
        auto window = openEmptyWindow();
        addConnection(*window, crm);
        SyncDialog *dialog = window->sync()->dialog();
        QAbstractItemModelTester runsTester(dialog->runsView()->model());
        QAbstractItemModelTester issuesTester(dialog->issuesView()->model());
        QAbstractItemModelTester editsTester(dialog->editsView()->model());

        const SyncRun first = syncAndWait(*window);
        QCOMPARE(first.status, u"ok"_s);
        QCOMPARE(first.created, 40 + 80 + 40);
        QCOMPARE(dialog->progressText(CrmObject::Companies), u"Accounts: 40"_s);
        QCOMPARE(dialog->progressText(CrmObject::Contacts), u"Contacts: 80"_s);
        QCOMPARE(window->session()->model()->rowCount(), 40);
        // New accounts were scored after the sync.
        QSqlQuery scored(window->session()->connection());
        QVERIFY(scored.exec(u"SELECT count(DISTINCT account_id) FROM health_snapshots"_s) && scored.next());
        QCOMPARE(scored.value(0).toInt(), 40);
        scored.finish();
        QVERIFY2(dialog->statusLabel()->text().startsWith(u"Synced: 40 created"_s) || dialog->statusLabel()->text().contains(u"160 created"_s),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(dialog->runsView()->model()->rowCount(), 1);
        QCOMPARE(dialog->runsView()->model()->index(0, SyncRunsModel::Created).data().toInt(), 160);
        QCOMPARE(dialog->runsView()->model()->index(0, SyncRunsModel::Status).data().toString(), u"Completed"_s);
        // The token is in neither the book nor the settings.
        QFile book(window->session()->path());
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(!book.readAll().contains(crm.token().toUtf8()));
        QFile settings(QSettings().fileName());
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains(crm.token().toUtf8()));

        // Renamed here (undoably), and in the CRM too: a conflict with both values.
        const HubSpotEmulator::Record company = crm.records(u"companies"_s).at(6);
        QSqlQuery q(window->session()->connection());
        QVERIFY(q.exec(u"SELECT id FROM accounts WHERE crm_id = '%1'"_s.arg(company.id)) && q.next());
        const qint64 account = q.value(0).toLongLong();
        q.finish(); // an open statement would pin this connection to an old snapshot
        QVERIFY(window->session()->editAccountFields(account, { { u"name"_s, u"Renamed Here"_s } }));
        QCOMPARE(window->session()->undoStack()->count(), 1);
        QCOMPARE(window->session()->model()->rowAt(window->session()->model()->rowOf(account)).name, u"Renamed Here"_s);
        crm.update(u"companies"_s, company.id, { { u"name"_s, u"Renamed in HubSpot"_s } });

        const SyncRun second = syncAndWait(*window);
        QCOMPARE(second.status, u"ok"_s);
        QCOMPARE(second.conflicts, 1);
        QCOMPARE(dialog->runsView()->model()->rowCount(), 2);
        QAbstractItemModel *edits = dialog->editsView()->model();
        QCOMPARE(edits->rowCount(), 1);
        QCOMPARE(edits->index(0, LocalEditsModel::LocalValue).data().toString(), u"Renamed Here"_s);
        QCOMPARE(edits->index(0, LocalEditsModel::CrmValue).data().toString(), u"Renamed in HubSpot"_s);
        QVERIFY(edits->index(0, LocalEditsModel::State).data().toString().startsWith(u"Conflict"_s));

        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->editsView()->selectRow(0);
        QVERIFY(dialog->keepLocalButton()->isEnabled());
        QTest::mouseClick(dialog->takeCrmButton(), Qt::LeftButton);
        QCOMPARE(edits->rowCount(), 0);
        QCOMPARE(window->session()->model()->rowAt(window->session()->model()->rowOf(account)).name, u"Renamed in HubSpot"_s);
    }

    void aFailedSyncSaysWhyInTheLog()
    {
        HubSpotEmulator crm;
        QVERIFY(crm.start() > 0);
        crm.seed(5, 1, 0, 1, 2);
        auto window = openEmptyWindow();
        addConnection(*window, crm);
        crm.setToken(u"rotated-token"_s); // the stored one no longer works
        // The window says so in a message box too; read it and close it.
        QString boxText;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<ErrorDialog *>(QApplication::activeModalWidget())) {
                boxText = box->summary() + u'\n' + box->details();
                box->accept();
            }
        });
        closer.start(50);
        const SyncRun run = syncAndWait(*window);
        QTRY_VERIFY(!boxText.isEmpty());
        QVERIFY2(boxText.contains(u"e-authenticate"_s), qPrintable(boxText));
        QCOMPARE(run.status, u"failed"_s);
        SyncDialog *dialog = window->sync()->dialog();
        QVERIFY2(dialog->statusLabel()->text().contains(u"e-authenticate"_s), qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(dialog->runsView()->model()->index(0, SyncRunsModel::Status).data().toString(), u"Failed"_s);
        QCOMPARE(window->session()->model()->rowCount(), 0);
    }

    void myAccountsShowsTheAccountsTheCrmOwnerIOwn()
    {
        HubSpotEmulator crm;
        QVERIFY(crm.start() > 0);
        crm.seed(30, 0, 0, 3, 9);
        auto window = openEmptyWindow();
        addConnection(*window, crm, u"7001"_s); // the second owner
        QCOMPARE(syncAndWait(*window).status, u"ok"_s);
        const QString me = window->sync()->myOwnerName();
        QVERIFY2(me.contains(u"Owner1"_s), qPrintable(me));
        const int all = window->proxyModel()->rowCount();
        window->sync()->myAccountsAction()->trigger();
        const int mine = window->proxyModel()->rowCount();
        QVERIFY(mine > 0 && mine < all);
        for (int row = 0; row < mine; ++row)
            QCOMPARE(window->proxyModel()->index(row, BookModel::Owner).data().toString(), me);
        QCOMPARE(window->filterBar()->filter().owner(), me);
        window->sync()->myAccountsAction()->trigger();
        QCOMPARE(window->proxyModel()->rowCount(), all);
    }
};

QTEST_MAIN(TestSyncDialog)
#include "tst_syncdialog.moc"
