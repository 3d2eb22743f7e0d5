#include "connectiondialog.h"

#include "sync/connectorregistry.h"
#include "sync/oauth.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace csm {

ConnectionDialog::ConnectionDialog(const CrmConnection &connection, bool hasStoredToken,
                                   const QList<std::pair<QString, QString>> &owners, QWidget *parent)
    : QDialog(parent)
    , m_original(connection)
    , m_hasStoredToken(hasStoredToken)
{
    setWindowTitle(connection.id ? tr("Edit CRM Connection") : tr("Add CRM Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(connection.name, this);
    m_name->setAccessibleName(tr("Connection name"));
    form->addRow(tr("&Name:"), m_name);
    m_connector = new QComboBox(this);
    m_connector->setAccessibleName(tr("Connector"));
    for (const QString &key : ConnectorRegistry::instance().keys())
        m_connector->addItem(ConnectorRegistry::instance().find(key)->displayName(), key);
    m_connector->setCurrentIndex(std::max(0, m_connector->findData(connection.connector.isEmpty() ? QStringLiteral("hubspot") : connection.connector)));
    form->addRow(tr("&CRM:"), m_connector);
    layout->addLayout(form);

    m_settingsBox = new QWidget(this);
    m_settingsForm = new QFormLayout(m_settingsBox);
    m_settingsForm->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_settingsBox);

    auto *secrets = new QFormLayout;
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_token->setPlaceholderText(hasStoredToken ? tr("Stored in the keychain; type to replace it") : tr("Private app or OAuth access token"));
    secrets->addRow(tr("Access &token:"), m_token);
    m_tokenNote = new QLabel(tr("Tokens are kept in the system keychain, never in the book or the settings."), this);
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setEnabled(false);
    secrets->addRow(QString(), m_tokenNote);
    // Or sign in with the browser, for CRMs that offer OAuth.
    m_oauthBox = new QWidget(this);
    auto *oauth = new QHBoxLayout(m_oauthBox);
    oauth->setContentsMargins(0, 0, 0, 0);
    m_clientId = new QLineEdit(connection.settings.value(QStringLiteral("oauth_client_id")).toString(), m_oauthBox);
    m_clientId->setPlaceholderText(tr("App client ID"));
    m_clientId->setAccessibleName(tr("OAuth client ID"));
    m_clientSecret = new QLineEdit(m_oauthBox);
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Client secret"));
    m_clientSecret->setAccessibleName(tr("OAuth client secret"));
    m_redirectPort = new QSpinBox(m_oauthBox);
    m_redirectPort->setRange(0, 65535);
    m_redirectPort->setValue(connection.settings.value(QStringLiteral("oauth_redirect_port"), 8719).toInt());
    m_redirectPort->setSpecialValueText(tr("any port"));
    m_redirectPort->setToolTip(tr("The app's redirect address is http://127.0.0.1:PORT/; register it with the CRM app"));
    m_redirectPort->setAccessibleName(tr("Redirect port"));
    m_signIn = new QPushButton(tr("Sign &In with Browser…"), m_oauthBox);
    oauth->addWidget(m_clientId, 2);
    oauth->addWidget(m_clientSecret, 2);
    oauth->addWidget(m_redirectPort);
    oauth->addWidget(m_signIn);
    secrets->addRow(tr("Or sign in:"), m_oauthBox);
    m_signInResult = new QLabel(this);
    m_signInResult->setWordWrap(true);
    m_signInResult->setTextFormat(Qt::PlainText);
    m_signInResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    secrets->addRow(QString(), m_signInResult);
    m_me = new QComboBox(this);
    m_me->setEditable(true);
    m_me->setAccessibleName(tr("You in this CRM"));
    m_me->addItem(tr("(not set)"), QString());
    for (const auto &[id, name] : owners)
        m_me->addItem(name, id);
    const int meIndex = m_me->findData(connection.me);
    if (meIndex >= 0)
        m_me->setCurrentIndex(meIndex);
    else if (!connection.me.isEmpty())
        m_me->setEditText(connection.me);
    m_me->setToolTip(tr("The CRM owner you are: CRM ▸ Show My Accounts Only shows the accounts they own"));
    secrets->addRow(tr("&You in this CRM:"), m_me);
    m_writeBack = new QCheckBox(tr("&Write health score, band and segment back to the CRM"), this);
    m_writeBack->setChecked(connection.settings.value(QStringLiteral("write_back_health")).toString() == u"true");
    secrets->addRow(QString(), m_writeBack);
    layout->addLayout(secrets);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test Co&nnection"), this);
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connector, &QComboBox::currentIndexChanged, this, &ConnectionDialog::rebuildSettings);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionDialog::signInWithBrowser);
    connect(&m_testWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_testWatcher.result();
        m_testResult->setText(error.isEmpty() ? tr("✓ Connected") : error);
        m_test->setEnabled(true);
    });
    rebuildSettings();
    resize(560, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog()
{
    m_testCancel->store(true); // a test still waiting for the CRM stops at once
    m_testWatcher.waitForFinished();
}

void ConnectionDialog::rebuildSettings()
{
    // Values typed so far survive a change of connector where the keys match.
    QVariantMap values = m_original.settings;
    for (auto it = m_settingEdits.cbegin(); it != m_settingEdits.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    while (m_settingsForm->rowCount() > 0)
        m_settingsForm->removeRow(0);
    m_settingEdits.clear();
    const auto factory = ConnectorRegistry::instance().find(m_connector->currentData().toString());
    if (!factory)
        return;
    const auto connector = factory->create();
    for (const ConnectorSetting &s : connector->settings()) {
        auto *edit = new QLineEdit(values.value(s.key, s.defaultValue).toString(), m_settingsBox);
        edit->setAccessibleName(s.label);
        edit->setToolTip(s.description);
        edit->setPlaceholderText(s.description);
        m_settingEdits.insert(s.key, edit);
        const QString label = s.required ? tr("%1:").arg(s.label) + QStringLiteral(" *") : tr("%1:").arg(s.label);
        if (s.kind == ConnectorSetting::Kind::File) {
            auto *row = new QWidget(m_settingsBox);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(edit, 1);
            auto *browse = new QToolButton(row);
            browse->setText(tr("Browse…"));
            browse->setAccessibleName(tr("Choose %1").arg(s.label));
            connect(browse, &QToolButton::clicked, this, [this, edit, label = s.label] {
                const QString path = QFileDialog::getOpenFileName(this, label, edit->text(), tr("CRM exports (*.csv *.json)"));
                if (!path.isEmpty())
                    edit->setText(path);
            });
            h->addWidget(browse);
            m_settingsForm->addRow(label, row);
        } else {
            m_settingsForm->addRow(label, edit);
        }
    }
    const bool secret = connector->needsSecret();
    m_token->setEnabled(secret);
    m_tokenNote->setVisible(secret);
    m_oauthBox->setEnabled(connector->oauthEndpoints({}).has_value());
    m_writeBack->setEnabled(connector->canPush());
    if (!connector->canPush())
        m_writeBack->setChecked(false);
}

CrmConnection ConnectionDialog::connection() const
{
    CrmConnection c = m_original;
    c.name = m_name->text().trimmed();
    c.connector = m_connector->currentData().toString();
    QVariantMap settings;
    for (auto it = m_settingEdits.cbegin(); it != m_settingEdits.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            settings.insert(it.key(), it.value()->text().trimmed());
    if (m_writeBack->isChecked())
        settings.insert(QStringLiteral("write_back_health"), QStringLiteral("true"));
    if (!m_clientId->text().trimmed().isEmpty()) { // not secret: the client secret goes to the keychain
        settings.insert(QStringLiteral("oauth_client_id"), m_clientId->text().trimmed());
        settings.insert(QStringLiteral("oauth_redirect_port"), QString::number(m_redirectPort->value()));
    }
    c.settings = settings;
    const int index = m_me->findText(m_me->currentText());
    c.me = index > 0 ? m_me->itemData(index).toString() : index == 0 ? QString() : m_me->currentText().trimmed();
    return c;
}

QString ConnectionDialog::token() const
{
    const QString typed = m_token->text().trimmed();
    return typed.isEmpty() ? m_oauthSecret : typed;
}

void ConnectionDialog::signInWithBrowser()
{
    const auto factory = ConnectorRegistry::instance().find(m_connector->currentData().toString());
    const auto endpoints = factory ? factory->create()->oauthEndpoints(connection().settings) : std::nullopt;
    if (!endpoints) {
        m_signInResult->setText(tr("This CRM takes access tokens only."));
        return;
    }
    if (m_clientId->text().trimmed().isEmpty()) {
        m_signInResult->setText(tr("Enter the client ID of the app registered with the CRM."));
        return;
    }
    if (m_signInFlow)
        m_signInFlow->deleteLater();
    auto *flow = new OAuthSignIn(*endpoints, m_clientId->text().trimmed(), m_clientSecret->text(), quint16(m_redirectPort->value()), this);
    m_signInFlow = flow;
    connect(flow, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) {
        m_signInResult->setText(tr("Finish signing in in the browser. If it did not open, visit:\n%1").arg(url.toString()));
        QDesktopServices::openUrl(url);
    });
    connect(flow, &OAuthSignIn::succeeded, this, [this, flow](const OAuthSecret &secret, const QVariantMap &extra) {
        m_oauthSecret = secret.toString();
        m_token->clear();
        m_token->setPlaceholderText(tr("Signed in with the browser"));
        // Salesforce names the org's instance when it signs you in.
        const QString instance = extra.value(QStringLiteral("instance_url")).toString();
        if (!instance.isEmpty() && m_settingEdits.value(QStringLiteral("base_url")))
            m_settingEdits.value(QStringLiteral("base_url"))->setText(instance);
        m_signInResult->setText(tr("✓ Signed in. The sign-in is kept in the keychain when you save."));
        m_signIn->setEnabled(true);
        flow->deleteLater();
    });
    connect(flow, &OAuthSignIn::failed, this, [this, flow](const QString &message) {
        m_signInResult->setText(message);
        m_signIn->setEnabled(true);
        flow->deleteLater();
    });
    m_signIn->setEnabled(false);
    if (!flow->start())
        m_signIn->setEnabled(true);
}

QString ConnectionDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The connection needs a name.");
    const auto factory = ConnectorRegistry::instance().find(m_connector->currentData().toString());
    if (!factory)
        return tr("Choose a CRM.");
    const auto connector = factory->create();
    for (const ConnectorSetting &s : connector->settings())
        if (s.required && m_settingEdits.value(s.key) && m_settingEdits.value(s.key)->text().trimmed().isEmpty())
            return tr("%1 is required.").arg(s.label);
    if (connector->needsSecret() && token().isEmpty() && !(m_hasStoredToken && connection().connector == m_original.connector))
        return tr("%1 needs an access token, or Sign In with Browser.").arg(connector->displayName());
    if (auto error = connector->configure(connection().settings, connector->needsSecret() ? QStringLiteral("x") : QString()))
        return error->message;
    return {};
}

void ConnectionDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

void ConnectionDialog::testConnection()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_testResult->setText(why);
        return;
    }
    if (token().isEmpty() && m_hasStoredToken) {
        m_testResult->setText(tr("Type the token to test it; the stored one is tested by Sync Now."));
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    // On a worker: the connector's network belongs to the thread that makes it.
    m_testWatcher.setFuture(QtConcurrent::run([connection = connection(), token = token(), cancel = m_testCancel]() -> QString {
        const auto factory = ConnectorRegistry::instance().find(connection.connector);
        if (!factory)
            return tr("The connector is not installed.");
        const auto connector = factory->create();
        connector->setCancelFlag(cancel.get());
        if (auto error = connector->configure(connection.settings, token))
            return error->message;
        if (auto error = connector->testConnection())
            return error->message;
        return QString();
    }));
}

} // namespace csm
