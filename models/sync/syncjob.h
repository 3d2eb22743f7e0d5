#pragma once

#include "crmconnector.h"
#include "syncstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace csm {

class BookSession;

/// One sync of a connection in the app: runs as the book session's background job (its own
/// connection to the book, the status bar's progress and Cancel, the book reloaded after), with
/// the connector made and configured on that worker thread so its network lives there too.
/// Reports records per object type as they are stored, and the run as logged.
class SyncJob final : public QObject
{
    Q_OBJECT

public:
    SyncJob(BookSession *session, CrmConnection connection, QString secret, QObject *parent = nullptr);

    /// Starts it; false (and nothing started) when the book is busy with other work.
    bool start();
    bool isRunning() const { return m_running; }
    /// Asks it to stop after the page being stored; what was stored stays.
    void cancel();
    const CrmConnection &connection() const { return m_connection; }

signals:
    void progress(csm::CrmObject object, int records);
    void finished(const csm::SyncRun &run);

private:
    void onJobEnded();

    QPointer<BookSession> m_session;
    CrmConnection m_connection;
    QString m_secret;
    QString m_label;
    std::shared_ptr<SyncRun> m_result;
    bool m_running = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace csm

Q_DECLARE_METATYPE(csm::SyncRun)
