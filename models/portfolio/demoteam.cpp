#include "demoteam.h"

#include "bookfile.h"
#include "demo/demobook.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace csm {

QStringList demoTeamNames()
{
    return { QStringLiteral("Amara Okafor"), QStringLiteral("Lukas Brandt"), QStringLiteral("Sofia Marín"),
             QStringLiteral("Chloé Dubois"), QStringLiteral("Daniel Kim"), QStringLiteral("Priya Raman"),
             QStringLiteral("Tomás Silva"), QStringLiteral("Hannah Weber"), QStringLiteral("Marcus Reed"),
             QStringLiteral("Yuki Tanaka"), QStringLiteral("Olivia Grant"), QStringLiteral("Noah Fischer"),
             QStringLiteral("Elena Rossi"), QStringLiteral("Samuel Adeyemi"), QStringLiteral("Ingrid Larsen"),
             QStringLiteral("Ravi Menon"), QStringLiteral("Zoe Martin"), QStringLiteral("Jonas Berg"),
             QStringLiteral("Aisha Khan"), QStringLiteral("Mateo García") };
}

Result<QStringList> buildDemoTeam(const QString &folder, const DemoTeamOptions &options,
                                  const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    const QStringList names = demoTeamNames();
    if (options.csms < 1 || options.csms > names.size())
        return Error { QObject::tr("a demo team has 1 to %1 CSMs, not %2").arg(names.size()).arg(options.csms) };
    if (!QDir().mkpath(folder))
        return Error { QObject::tr("cannot create %1").arg(folder) };
    QTemporaryDir work(QDir(folder).filePath(QStringLiteral(".demo-team-XXXXXX")));
    if (!work.isValid())
        return Error { QObject::tr("cannot write in %1").arg(folder) };

    QStringList files;
    QString shared; // crm_id, name of the customer the first two CSMs share
    QString sharedName;
    for (int i = 0; i < options.csms; ++i) {
        if (cancel && cancel->load())
            return Error { QObject::tr("cancelled") };
        const QString live = work.filePath(QStringLiteral("book-%1.sqlite").arg(i));
        auto db = Database::open(live);
        if (!db)
            return db.error();
        DemoOptions demo;
        demo.accounts = options.accountsPerBook;
        demo.seed = options.seed * 1000 + quint64(i);
        demo.today = options.today;
        demo.owner = names.at(i);
        if (auto built = buildDemoBook((*db)->connection(), demo, options.healthWeeks, {}, cancel); !built)
            return Error { QStringLiteral("%1: %2").arg(names.at(i), built.errorMessage()) };
        QSqlQuery q((*db)->connection());
        // Each CSM's customers are their own: demo CRM ids are per seed, so give each book its prefix.
        q.prepare(QStringLiteral("UPDATE accounts SET crm_id = ? || crm_id"));
        q.addBindValue(QStringLiteral("team%1-").arg(i + 1));
        if (!q.exec())
            return sqlError(QObject::tr("cannot write the demo team"), q.lastError());
        if (i == 0) {
            if (q.exec(QStringLiteral("SELECT crm_id, name FROM accounts WHERE archived_at IS NULL AND segment = 'high' "
                                      "ORDER BY arr_cents DESC LIMIT 1"))
                && q.next()) {
                shared = q.value(0).toString();
                sharedName = q.value(1).toString();
            }
        } else if (i == 1 && !shared.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE accounts SET crm_id = ?, name = ? WHERE id = "
                                     "(SELECT id FROM accounts WHERE archived_at IS NULL AND segment = 'high' "
                                     "ORDER BY arr_cents DESC LIMIT 1)"));
            q.addBindValue(shared);
            q.addBindValue(sharedName);
            if (!q.exec())
                return sqlError(QObject::tr("cannot write the demo team"), q.lastError());
        }
        q.finish();
        QString fileName = names.at(i);
        fileName.replace(u' ', u'-');
        const QString target = QDir(folder).filePath(fileName + BookFile::Suffix);
        auto exported = BookFile::exportSnapshot((*db)->connection(), target, names.at(i), cancel);
        if (!exported)
            return exported.error();
        files.append(target);
        if (progress)
            progress(i + 1, options.csms);
    }
    return files;
}

} // namespace csm
