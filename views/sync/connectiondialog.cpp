#include "connectiondialog.h"

#include "sync/connectorregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    m_me->setToolTip(tr("The CRM owner you are: View ▸ My Accounts Only shows the accounts they own"));
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
    c.settings = settings;
    const int index = m_me->findText(m_me->currentText());
    c.me = index > 0 ? m_me->itemData(index).toString() : index == 0 ? QString() : m_me->currentText().trimmed();
    return c;
}

QString ConnectionDialog::token() const
{
    return m_token->text().trimmed();
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
        return tr("%1 needs an access token.").arg(connector->displayName());
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
    m_testWatcher.setFuture(QtConcurrent::run([connection = connection(), token = token()]() -> QString {
        const auto factory = ConnectorRegistry::instance().find(connection.connector);
        if (!factory)
            return tr("The connector is not installed.");
        const auto connector = factory->create();
        if (auto error = connector->configure(connection.settings, token))
            return error->message;
        if (auto error = connector->testConnection())
            return error->message;
        return QString();
    }));
}

} // namespace csm
