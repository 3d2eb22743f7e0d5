#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace csm {

/// Where CRM tokens live: the operating system's keychain (through QtKeychain), never the settings,
/// the book or a log. Reads and writes are asynchronous, as keychains are; callbacks run on the
/// calling (UI) thread.
///
/// When the keychain cannot be reached (no secret service on a Linux session, a locked or refused
/// keychain) a written token is kept in memory for this run of the app only, and the error says so;
/// it is never written anywhere in plain text.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    /// `service` names the app in the keychain.
    explicit SecretStore(QString service, QObject *parent = nullptr);

    /// The key a connection's token is filed under: by book (SyncStore::bookId()), connector and name.
    static QString connectionKey(const QString &bookId, const QString &connector, const QString &connectionName);

    /// `done(secret, error)`: the secret, or nullopt and why (empty error: none stored).
    void read(const QString &key, std::function<void(std::optional<QString>, QString)> done);
    /// `done(error)`: empty when the keychain holds it; otherwise why, and the token is kept in
    /// memory until the app closes.
    void write(const QString &key, const QString &secret, std::function<void(QString)> done);
    void remove(const QString &key, std::function<void(QString)> done);

    /// Skips the keychain entirely (tests, or a machine without one): memory only.
    void setKeychainEnabled(bool enabled) { m_keychain = enabled; }

private:
    QString m_service;
    QHash<QString, QString> m_session; ///< tokens the keychain would not take, for this run only
    bool m_keychain = true;
};

} // namespace csm
