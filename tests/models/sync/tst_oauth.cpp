// Signing in to a CRM with a browser (OAuth 2.0 authorization code flow) against the local
// HubSpot emulator over real HTTP: the code comes back to a loopback listener, is traded for a
// refresh token, and a later sync trades that for an access token. A revoked refresh token asks
// to sign in again. Tokens go to the keychain, or stay in memory when it cannot be reached.
#include "hubspotemulator.h"

#include "store/database.h"
#include "sync/hubspotconnector.h"
#include "sync/oauth.h"
#include "sync/secretstore.h"
#include "sync/syncengine.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;
using csm::emulator::HubSpotEmulator;

class TestOAuth final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_browser; // stands in for the person's browser

    QVariantMap settings(const HubSpotEmulator &crm) const
    {
        return QVariantMap { { QStringLiteral("base_url"), crm.baseUrl() },
                             { QStringLiteral("oauth_authorize_url"), QString(crm.baseUrl() + QStringLiteral("/oauth/authorize")) },
                             { QStringLiteral("timeout_ms"), QStringLiteral("2000") },
                             { QStringLiteral("retry_base_ms"), QStringLiteral("5") } };
    }

    /// Signs in as a person would: the page opens, the CRM redirects back to the app.
    std::optional<std::pair<OAuthSecret, QString>> signIn(const HubSpotEmulator &crm, const QString &clientSecret)
    {
        const auto endpoints = HubSpotConnector().oauthEndpoints(settings(crm));
        if (!endpoints)
            return std::nullopt;
        OAuthSignIn signIn(*endpoints, QStringLiteral("app-1"), clientSecret);
        connect(&signIn, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) {
            QNetworkReply *page = m_browser.get(QNetworkRequest(url)); // follows the redirect to the app
            connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
        });
        std::optional<std::pair<OAuthSecret, QString>> result;
        connect(&signIn, &OAuthSignIn::succeeded, this, [&](const OAuthSecret &secret) { result = std::pair { secret, QString() }; });
        connect(&signIn, &OAuthSignIn::failed, this, [&](const QString &message) { result = std::pair { OAuthSecret {}, message }; });
        if (!signIn.start())
            return std::nullopt;
        if (!signIn.redirectUri().startsWith(QStringLiteral("http://127.0.0.1:")))
            qWarning("redirect %s", qPrintable(signIn.redirectUri()));
        // Waits for the browser round trip; an unfinished sign-in comes back empty.
        QDeadlineTimer deadline(10000);
        while (!result && !deadline.hasExpired())
            QTest::qWait(20);
        return result;
    }

private slots:
    void initTestCase() { qRegisterMetaType<OAuthSecret>(); }

    void aBrowserSignInGivesARefreshTokenThatSyncs()
    {
        HubSpotEmulator crm;
        QVERIFY(crm.start() > 0);
        crm.seed(12, 1, 0, 2, 3);
        crm.setOAuthClient(QStringLiteral("app-1"), QStringLiteral("client-secret"));
        const auto signedIn = signIn(crm, QStringLiteral("client-secret"));
        QVERIFY(signedIn);
        QVERIFY2(signedIn->second.isEmpty(), qPrintable(signedIn->second));
        const OAuthSecret secret = signedIn->first;
        QCOMPARE(secret.refreshToken, crm.refreshToken());
        QCOMPARE(secret.accessToken, crm.token());
        QCOMPARE(secret.tokenUrl, QUrl(crm.baseUrl() + QStringLiteral("/oauth/v1/token")));
        QVERIFY(crm.requestLog().contains(QStringLiteral("POST /oauth/v1/token")));

        // What the keychain keeps round-trips; a plain token is not mistaken for it.
        const auto parsed = OAuthSecret::parse(secret.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->refreshToken, secret.refreshToken);
        QCOMPARE(parsed->clientSecret, QStringLiteral("client-secret"));
        QVERIFY(!OAuthSecret::parse(QStringLiteral("pat-na1-plain")));

        // A sync with the stored secret trades the refresh token first, then reads the CRM.
        auto db = Database::open(m_dir.filePath(QStringLiteral("oauth.sqlite")));
        QVERIFY(db.ok());
        CrmConnection c;
        c.name = QStringLiteral("HubSpot OAuth");
        c.connector = QStringLiteral("hubspot");
        c.settings = settings(crm);
        auto saved = SyncStore((*db)->connection()).saveConnection(c);
        QVERIFY(saved.ok());
        const int before = int(crm.requestLog().count(QStringLiteral("POST /oauth/v1/token")));
        HubSpotConnector connector;
        const auto configured = connector.configure(saved->settings, secret.toString());
        QVERIFY2(!configured, configured ? qPrintable(configured->message) : "");
        QCOMPARE(int(crm.requestLog().count(QStringLiteral("POST /oauth/v1/token"))), before + 1);
        const SyncRun run = SyncEngine((*db)->connection(), *saved, connector).run();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.created, 12 + 12);
    }

    void aRevokedRefreshTokenAsksToSignInAgain()
    {
        HubSpotEmulator crm;
        QVERIFY(crm.start() > 0);
        crm.setOAuthClient(QStringLiteral("app-1"), QStringLiteral("client-secret"));
        const auto signedIn = signIn(crm, QStringLiteral("client-secret"));
        QVERIFY(signedIn && signedIn->second.isEmpty());
        crm.revokeRefreshToken();
        HubSpotConnector connector;
        const auto configured = connector.configure(settings(crm), signedIn->first.toString());
        QVERIFY(configured.has_value());
        QCOMPARE(configured->kind, CrmFailure::Auth);
        QVERIFY2(configured->message.contains(QStringLiteral("sign in again")), qPrintable(configured->message));
        QVERIFY(!configured->message.contains(signedIn->first.refreshToken));
    }

    void aRefusedCodeExchangeSaysSo()
    {
        HubSpotEmulator crm;
        QVERIFY(crm.start() > 0);
        crm.setOAuthClient(QStringLiteral("app-1"), QStringLiteral("client-secret"));
        const auto signedIn = signIn(crm, QStringLiteral("wrong-secret"));
        QVERIFY(signedIn);
        QVERIFY2(signedIn->second.contains(QStringLiteral("missing or unknown client id")), qPrintable(signedIn->second));
        QVERIFY(signedIn->first.refreshToken.isEmpty());
    }

    void tokensGoToTheKeychainOrStayInMemory()
    {
        SecretStore store(QStringLiteral("CSM Workbench tests"));
        const QString key = SecretStore::connectionKey(QStringLiteral("test-book"), QStringLiteral("hubspot"), QStringLiteral("t-%1").arg(QDateTime::currentMSecsSinceEpoch()));
        QString writeError = QStringLiteral("<none>");
        store.write(key, QStringLiteral("tok-123"), [&](const QString &error) { writeError = error; });
        QTRY_VERIFY_WITH_TIMEOUT(writeError != u"<none>", 20000);
        // Without a reachable keychain (as on a build machine) it is kept for this run only, and says so.
        if (!writeError.isEmpty())
            QVERIFY2(writeError.contains(QStringLiteral("kept until the app closes")), qPrintable(writeError));
        std::optional<QString> read;
        bool answered = false;
        store.read(key, [&](std::optional<QString> secret, const QString &) {
            read = secret;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(read.value_or(QString()), QStringLiteral("tok-123"));
        bool removed = false;
        store.remove(key, [&](const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        answered = false;
        store.read(key, [&](std::optional<QString> secret, const QString &) {
            read = secret;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(!read.has_value());
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
