// An example third-party connector, built as a Qt plugin and loaded from disk by the tests: a
// QObject implementing CrmConnectorFactory, with the IID and plugin.json metadata, making
// connectors that serve three fixed companies in two pages.
#include "sync/crmconnector.h"

#include <QObject>
#include <QtPlugin>

namespace {

class ExampleConnector final : public csm::CrmConnector
{
public:
    QString key() const override { return QStringLiteral("example"); }
    QString displayName() const override { return QStringLiteral("Example CRM"); }
    QList<csm::ConnectorSetting> settings() const override { return {}; }
    QList<csm::CrmObject> objects() const override { return { csm::CrmObject::Companies }; }
    std::optional<csm::CrmError> configure(const QVariantMap &, const QString &secret) override
    {
        if (secret != u"example-secret")
            return csm::CrmError { csm::CrmFailure::Auth, QStringLiteral("Example CRM wants the example secret") };
        return std::nullopt;
    }
    std::optional<csm::CrmError> testConnection() override { return std::nullopt; }
    std::variant<csm::CrmPage, csm::CrmError> pull(csm::CrmObject, const QString &cursor) override
    {
        csm::CrmPage page;
        const auto company = [](const QString &id, const QString &name) {
            csm::CrmRecord r;
            r.object = csm::CrmObject::Companies;
            r.id = id;
            r.modifiedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
            r.fields = { { QStringLiteral("name"), name }, { QStringLiteral("arr"), QStringLiteral("50000") } };
            return r;
        };
        if (cursor.isEmpty()) {
            page.records << company(QStringLiteral("EX-1"), QStringLiteral("Example One")) << company(QStringLiteral("EX-2"), QStringLiteral("Example Two"));
            page.cursor = QStringLiteral("page-2");
        } else if (cursor == u"page-2") {
            page.records << company(QStringLiteral("EX-3"), QStringLiteral("Example Three"));
            page.cursor = QStringLiteral("done");
            page.done = true;
        } else {
            page.cursor = cursor;
            page.done = true;
        }
        return page;
    }
};

} // namespace

class ExampleConnectorFactory final : public QObject, public csm::CrmConnectorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CsmCrmConnectorFactory_iid FILE "plugin.json")
    Q_INTERFACES(csm::CrmConnectorFactory)

public:
    QString key() const override { return QStringLiteral("example"); }
    QString displayName() const override { return QStringLiteral("Example CRM"); }
    std::unique_ptr<csm::CrmConnector> create() const override { return std::make_unique<ExampleConnector>(); }
};

#include "exampleconnector.moc"
