#include "synccommand.h"

#include "sync/connectorregistry.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <unistd.h>

namespace csm::cli {

int runSync(CliContext &context)
{
    for (const QString &problem : ConnectorRegistry::instance().loadDefaultPlugins())
        context.err() << "csmctl: connector plugin " << problem << '\n';
    QCommandLineParser parser;
    const QCommandLineOption connection(QStringLiteral("connection"), QStringLiteral("A connection saved in the book."), QStringLiteral("NAME"));
    const QCommandLineOption connector(QStringLiteral("connector"),
                                       QStringLiteral("Sync with a connector directly: %1.").arg(ConnectorRegistry::instance().keys().join(QStringLiteral(", "))),
                                       QStringLiteral("KEY"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("The CRM's API address (sandboxes, proxies, test servers)."), QStringLiteral("URL"));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"),
                                      QStringLiteral("The environment variable holding the token (never pass a token on the command line)."),
                                      QStringLiteral("VAR"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Save the --connector connection under this name (default: connector@host)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("A connector setting, KEY=VALUE (repeatable)."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({ connection, connector, baseUrl, tokenEnv, name, set, format });
    if (int exitCode = Ok; !context.parseOptions(
            parser,
            QStringLiteral("Pulls what changed in the CRM since the last sync into the book.\n"
                           "  sync --connection NAME [--token-env VAR]\n"
                           "  sync --connector hubspot|salesforce --base-url URL --token-env VAR [--name NAME] [--set KEY=VALUE]\n"
                           "  sync --connector file --set accounts_file=PATH [--set contacts_file=PATH] [--set deals_file=PATH]\n"
                           "       [--set \"columns=Account ID=crm_id; Annual Revenue=arr\"] [--name NAME]"),
            exitCode))
        return exitCode;
    if (parser.isSet(connection) == parser.isSet(connector))
        return context.usageError(QStringLiteral("sync needs either --connection NAME or --connector KEY"));
    const bool json = parser.value(format) == u"json";
    if (!json && parser.value(format) != u"text")
        return context.usageError(QStringLiteral("--format must be text or json"));
    QString token;
    if (parser.isSet(tokenEnv)) {
        const QString variable = parser.value(tokenEnv);
        token = qEnvironmentVariable(qPrintable(variable));
        if (token.isEmpty())
            return context.usageError(QStringLiteral("the environment variable %1 is not set or empty").arg(variable));
    }

    auto db = context.openBook();
    if (!db)
        return BadInput;
    const SyncStore store(db->connection());

    CrmConnection conn;
    if (parser.isSet(connection)) {
        auto found = store.connection(parser.value(connection));
        if (!found)
            return context.failure(found.errorMessage());
        if (!found->has_value())
            return context.failure(QStringLiteral("no connection named '%1' in this book").arg(parser.value(connection)));
        conn = **found;
    } else {
        const QString key = parser.value(connector);
        if (!ConnectorRegistry::instance().find(key))
            return context.usageError(QStringLiteral("unknown connector '%1' (known: %2)")
                                          .arg(key, ConnectorRegistry::instance().keys().join(QStringLiteral(", "))));
        conn.connector = key;
        if (parser.isSet(baseUrl))
            conn.settings.insert(QStringLiteral("base_url"), parser.value(baseUrl));
        const QUrl url(parser.value(baseUrl));
        conn.name = parser.isSet(name) ? parser.value(name)
                                       : url.host().isEmpty() ? key
                                                              : QStringLiteral("%1@%2%3").arg(key, url.host(), url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    }
    for (const QString &assignment : parser.values(set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return context.usageError(QStringLiteral("--set needs KEY=VALUE, got '%1'").arg(assignment));
        conn.settings.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    const auto factory = ConnectorRegistry::instance().find(conn.connector);
    if (!factory)
        return context.failure(QStringLiteral("the connection '%1' uses the connector '%2', which is not installed").arg(conn.name, conn.connector));
    std::unique_ptr<CrmConnector> crm = factory->create();
    if (crm->needsSecret() && token.isEmpty())
        return context.usageError(QStringLiteral("sync with %1 needs --token-env VAR: the name of the environment variable holding the token")
                                      .arg(crm->displayName()));
    auto saved = store.saveConnection(conn);
    if (!saved)
        return context.failure(saved.errorMessage());
    conn = *saved;
    if (auto error = crm->configure(conn.settings, token))
        return context.failure(error->message);
    SyncEngine engine(db->connection(), conn, *crm);
    const bool interactive = ::isatty(STDERR_FILENO) == 1; // progress only for a person watching
    const SyncRun run = engine.run(nullptr, [&](CrmObject object, int records) {
        if (!json && interactive) {
            context.err() << "  " << crmObjectKey(object) << ": " << records << " records\r";
            context.err().flush();
        }
    });
    if (json) {
        QJsonArray issues;
        for (const CrmRecordIssue &i : run.issues)
            issues.append(QJsonObject { { QStringLiteral("object"), crmObjectKey(i.object) },
                                        { QStringLiteral("id"), i.recordId },
                                        { QStringLiteral("reason"), i.reason } });
        context.out() << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("connection"), conn.name },
                                                                       { QStringLiteral("run"), run.id },
                                                                       { QStringLiteral("status"), run.status },
                                                                       { QStringLiteral("message"), run.message },
                                                                       { QStringLiteral("created"), run.created },
                                                                       { QStringLiteral("updated"), run.updated },
                                                                       { QStringLiteral("deleted"), run.deleted },
                                                                       { QStringLiteral("skipped"), run.skipped },
                                                                       { QStringLiteral("pushed"), run.pushed },
                                                                       { QStringLiteral("conflicts"), run.conflicts },
                                                                       { QStringLiteral("retries"), run.retries },
                                                                       { QStringLiteral("duration_ms"), run.durationMs() },
                                                                       { QStringLiteral("issues"), issues } })
                                               .toJson(QJsonDocument::Indented));
    } else {
        if (interactive)
            context.err() << QString(60, u' ') << '\r';
        context.out() << "sync '" << conn.name << "': " << run.status << ", " << run.created << " created, " << run.updated
                      << " updated, " << run.deleted << " deleted, " << run.skipped << " skipped, " << run.retries
                      << " retries, " << run.pushed << " written back, " << run.conflicts << " conflicts in " << QString::number(run.durationMs() / 1000.0, 'f', 1) << " s\n";
        for (const CrmRecordIssue &i : run.issues)
            context.out() << "  skipped " << crmObjectKey(i.object) << ' ' << (i.recordId.isEmpty() ? QStringLiteral("?") : i.recordId)
                          << ": " << i.reason << '\n';
    }
    context.out().flush();
    if (run.status != u"ok") {
        context.err() << "csmctl: sync " << run.status << ": " << run.message << Qt::endl;
        return BadInput;
    }
    return Ok;
}

} // namespace csm::cli
