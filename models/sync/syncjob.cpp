#include "syncjob.h"

#include "book/booksession.h"
#include "connectorregistry.h"
#include "syncengine.h"

#include <QCoreApplication>

namespace csm {

SyncJob::SyncJob(BookSession *session, CrmConnection connection, QString secret, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_connection(std::move(connection))
    , m_secret(std::move(secret))
{
}

bool SyncJob::start()
{
    if (!m_session || m_session->isBusy() || m_running)
        return false;
    m_running = true;
    m_result = std::make_shared<SyncRun>();
    m_label = tr("Syncing %1").arg(m_connection.name);
    m_connections << connect(m_session, &BookSession::jobEnded, this, [this](const QString &label) {
        if (label == m_label)
            onJobEnded();
    });
    // A book closed while it syncs waits for the job and says nothing more: end here too.
    m_connections << connect(m_session, &QObject::destroyed, this, [this] {
        if (m_result->status.isEmpty() || m_result->status == u"running") {
            m_result->status = QStringLiteral("cancelled");
            m_result->message = tr("The book was closed during the sync; every page stored is kept.");
        }
        onJobEnded();
    });
    QPointer<SyncJob> self(this);
    m_session->runJob(m_label,
                      [connection = m_connection, secret = m_secret, result = m_result, self](const QSqlDatabase &db,
                                                                                               JobContext &context) -> Result<QString> {
                          const auto factory = ConnectorRegistry::instance().find(connection.connector);
                          if (!factory) {
                              result->status = QStringLiteral("failed");
                              result->message = tr("The connector '%1' is not installed").arg(connection.connector);
                              return Error { result->message };
                          }
                          // Made here, so its network objects belong to this thread.
                          std::unique_ptr<CrmConnector> connector = factory->create();
                          if (auto error = connector->configure(connection.settings, secret)) {
                              result->status = QStringLiteral("failed");
                              result->message = error->message;
                              return Error { error->message };
                          }
                          SyncEngine engine(db, connection, *connector);
                          int total = 0;
                          *result = engine.run(context.cancelFlag(), [&](CrmObject object, int records) {
                              context.progress(++total, 0);
                              QMetaObject::invokeMethod(
                                  self.data(), [self, object, records] {
                                      if (self)
                                          emit self->progress(object, records);
                                  },
                                  Qt::QueuedConnection);
                          });
                          if (result->status == u"failed")
                              return Error { result->message };
                          if (result->status == u"cancelled")
                              return result->message;
                          return tr("Synced %1: %2 created, %3 updated, %4 deleted, %5 skipped, %6 written back, %7 conflicts")
                              .arg(connection.name)
                              .arg(result->created)
                              .arg(result->updated)
                              .arg(result->deleted)
                              .arg(result->skipped)
                              .arg(result->pushed)
                              .arg(result->conflicts);
                      });
    return true;
}

void SyncJob::cancel()
{
    if (m_running && m_session)
        m_session->cancel();
}

void SyncJob::onJobEnded()
{
    if (!m_running)
        return;
    m_running = false;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    emit finished(*m_result);
}

} // namespace csm
