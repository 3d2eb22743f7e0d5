// Third-party connectors load as Qt plugins from a folder, register beside the built-in ones and
// sync like them; files that are not connector plugins are named, not loaded.
#include "store/database.h"
#include "sync/connectorregistry.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csm;

class TestConnectorPlugins final : public QObject
{
    Q_OBJECT

private slots:
    void loadsAConnectorPluginAndSyncsWithIt()
    {
        QVERIFY(!ConnectorRegistry::instance().find(QStringLiteral("example")));
        const QStringList problems = ConnectorRegistry::instance().loadPlugins(QStringLiteral(CSM_PLUGIN_DIR));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(ConnectorRegistry::instance().keys().contains(QStringLiteral("example")));
        QVERIFY(ConnectorRegistry::instance().keys().contains(QStringLiteral("hubspot")));
        auto factory = ConnectorRegistry::instance().find(QStringLiteral("example"));
        QCOMPARE(factory->displayName(), QStringLiteral("Example CRM"));

        // Loading the same folder again adds nothing and says so.
        const QStringList again = ConnectorRegistry::instance().loadPlugins(QStringLiteral(CSM_PLUGIN_DIR));
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first().contains(QStringLiteral("already there")));

        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("plugin.sqlite")));
        QVERIFY(db.ok());
        CrmConnection c;
        c.name = QStringLiteral("Example");
        c.connector = QStringLiteral("example");
        auto saved = SyncStore((*db)->connection()).saveConnection(c);
        QVERIFY(saved.ok());
        auto connector = factory->create();
        QVERIFY(connector->configure({}, QStringLiteral("wrong")).has_value());
        QVERIFY(!connector->configure({}, QStringLiteral("example-secret")));
        const SyncRun run = SyncEngine((*db)->connection(), *saved, *connector).run();
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.created, 3);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, ', ') FROM (SELECT name FROM accounts ORDER BY crm_id)")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Example One, Example Two, Example Three"));
    }

    void looksInTheFoldersItIsTold()
    {
        qputenv("CSM_CONNECTOR_PATH", "/nonexistent-a:/nonexistent-b");
        const QStringList folders = ConnectorRegistry::pluginFolders();
        QCOMPARE(folders.mid(0, 2), (QStringList { QStringLiteral("/nonexistent-a"), QStringLiteral("/nonexistent-b") }));
        QVERIFY(folders.at(2).endsWith(QStringLiteral("/connectors")));
        QVERIFY(ConnectorRegistry::instance().loadDefaultPlugins().isEmpty()); // missing folders are no problem
    }

    void namesFilesThatAreNotConnectors()
    {
        QTemporaryDir dir;
        QFile fake(dir.filePath(QStringLiteral("libnotaplugin.so")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("this is not a shared library");
        fake.close();
        QFile text(dir.filePath(QStringLiteral("README.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.close();
        const QStringList problems = ConnectorRegistry::instance().loadPlugins(dir.path());
        QCOMPARE(problems.size(), 1); // the text file is not even looked at
        QVERIFY2(problems.first().startsWith(QStringLiteral("libnotaplugin.so: ")), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestConnectorPlugins)
#include "tst_connectorplugins.moc"
