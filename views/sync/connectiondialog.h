#pragma once

#include "sync/crmconnector.h"
#include "sync/syncstore.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace csm {

/// Adds or edits a CRM connection: its name, connector and the connector's settings, the token
/// (handed back to be stored in the keychain, never in the book), who "me" is among the CRM's
/// owners, and whether health is written back. Test Connection tries it on a worker thread.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `owners` are the CRM owners already synced for this connection (id → name).
    ConnectionDialog(const CrmConnection &connection, bool hasStoredToken, const QList<std::pair<QString, QString>> &owners,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// The connection as edited (id kept).
    CrmConnection connection() const;
    /// The token typed in; empty when left as it was.
    QString token() const;

    /// Checks the form: a name, a connector, required settings, a token when the connector needs
    /// one and none is stored. Empty when fine.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *connectorBox() const { return m_connector; }
    QLineEdit *tokenEdit() const { return m_token; }
    /// The editor of a setting of the chosen connector (tests fill them in).
    QLineEdit *settingEdit(const QString &key) const { return m_settingEdits.value(key); }
    QCheckBox *writeBackBox() const { return m_writeBack; }
    QPushButton *testButton() const { return m_test; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *clientSecretEdit() const { return m_clientSecret; }
    QSpinBox *redirectPortBox() const { return m_redirectPort; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *signInResult() const { return m_signInResult; }
    /// Signs in with the browser (OAuth): the page opens through QDesktopServices, the CRM
    /// redirects back to a loopback listener, and the secret it gives becomes token().
    void signInWithBrowser();
    QLabel *testResult() const { return m_testResult; }

    void accept() override;

private:
    void rebuildSettings();
    void testConnection();

    CrmConnection m_original;
    bool m_hasStoredToken;
    QLineEdit *m_name;
    QComboBox *m_connector;
    QFormLayout *m_settingsForm;
    QWidget *m_settingsBox;
    QHash<QString, QLineEdit *> m_settingEdits;
    QLineEdit *m_token;
    QLabel *m_tokenNote;
    QComboBox *m_me;
    QCheckBox *m_writeBack;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<QString> m_testWatcher;
    std::shared_ptr<std::atomic_bool> m_testCancel = std::make_shared<std::atomic_bool>(false);
    QWidget *m_oauthBox;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QSpinBox *m_redirectPort;
    QPushButton *m_signIn;
    QLabel *m_signInResult;
    QString m_oauthSecret; ///< from a browser sign-in, kept until saved to the keychain
    QPointer<class OAuthSignIn> m_signInFlow;
};

} // namespace csm
