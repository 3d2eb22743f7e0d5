#include "secretstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace csm {

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString SecretStore::connectionKey(const QString &bookId, const QString &connector, const QString &connectionName)
{
    return QStringLiteral("crm/%1/%2/%3").arg(bookId, connector, connectionName);
}

void SecretStore::read(const QString &key, std::function<void(std::optional<QString>, QString)> done)
{
    if (m_session.contains(key) || !m_keychain) {
        const auto it = m_session.constFind(key);
        done(it == m_session.cend() ? std::nullopt : std::optional<QString>(*it), QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else
            done(std::nullopt, tr("The keychain could not be read: %1").arg(job->errorString()));
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, std::function<void(QString)> done)
{
    if (!m_keychain) {
        m_session.insert(key, secret);
        done(QString());
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            m_session.remove(key);
            done(QString());
            return;
        }
        m_session.insert(key, secret);
        done(tr("The keychain did not take the token (%1); it is kept until the app closes and must be entered again "
                "after that").arg(job->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void(QString)> done)
{
    m_session.remove(key);
    if (!m_keychain) {
        done(QString());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                 ? QString()
                 : tr("The keychain could not remove the token: %1").arg(job->errorString()));
    });
    job->start();
}

} // namespace csm
