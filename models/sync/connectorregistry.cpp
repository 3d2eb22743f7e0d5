#include "connectorregistry.h"

#include "fileconnector.h"
#include "hubspotconnector.h"
#include "salesforceconnector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QJsonObject>
#include <QLibrary>
#include <QMutex>
#include <QPluginLoader>

namespace csm {

namespace {

template<typename Connector>
class BuiltinFactory final : public CrmConnectorFactory
{
public:
    QString key() const override { return Connector().key(); }
    QString displayName() const override { return Connector().displayName(); }
    std::unique_ptr<CrmConnector> create() const override { return std::make_unique<Connector>(); }
};

/// A plugin's factory, kept alive with its loader.
class PluginFactory final : public CrmConnectorFactory
{
public:
    PluginFactory(std::unique_ptr<QPluginLoader> loader, CrmConnectorFactory *factory)
        : m_loader(std::move(loader))
        , m_factory(factory)
    {
    }
    QString key() const override { return m_factory->key(); }
    QString displayName() const override { return m_factory->displayName(); }
    std::unique_ptr<CrmConnector> create() const override { return m_factory->create(); }

private:
    std::unique_ptr<QPluginLoader> m_loader; // never unloaded: connectors made by it may live on
    CrmConnectorFactory *m_factory;
};

QMutex registryMutex;

} // namespace

ConnectorRegistry::ConnectorRegistry()
{
    m_factories.push_back(std::make_shared<BuiltinFactory<HubSpotConnector>>());
    m_factories.push_back(std::make_shared<BuiltinFactory<SalesforceConnector>>());
    m_factories.push_back(std::make_shared<BuiltinFactory<FileConnector>>());
}

ConnectorRegistry &ConnectorRegistry::instance()
{
    static ConnectorRegistry registry;
    return registry;
}

bool ConnectorRegistry::add(std::shared_ptr<const CrmConnectorFactory> factory)
{
    QMutexLocker lock(&registryMutex);
    for (const auto &f : m_factories)
        if (f->key() == factory->key())
            return false;
    m_factories.push_back(std::move(factory));
    return true;
}

QStringList ConnectorRegistry::loadPlugins(const QString &folder)
{
    QStringList problems;
    const QDir dir(folder);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        if (!QLibrary::isLibrary(path))
            continue;
        auto loader = std::make_unique<QPluginLoader>(path);
        const QJsonObject meta = loader->metaData();
        if (meta.value(QLatin1String("IID")).toString() != QLatin1String(CsmCrmConnectorFactory_iid)) {
            if (!meta.isEmpty())
                problems << QCoreApplication::translate("csm::ConnectorRegistry", "%1: a plugin of another kind (%2)")
                                .arg(file, meta.value(QLatin1String("IID")).toString());
            else
                problems << QCoreApplication::translate("csm::ConnectorRegistry", "%1: not a Qt plugin (%2)").arg(file, loader->errorString());
            continue;
        }
        QObject *instance = loader->instance();
        auto *factory = qobject_cast<CrmConnectorFactory *>(instance);
        if (!factory) {
            problems << QCoreApplication::translate("csm::ConnectorRegistry", "%1: cannot be loaded (%2)").arg(file, loader->errorString());
            continue;
        }
        if (!add(std::make_shared<PluginFactory>(std::move(loader), factory)))
            problems << QCoreApplication::translate("csm::ConnectorRegistry", "%1: a connector named '%2' is already there")
                            .arg(file, factory->key());
    }
    return problems;
}

QStringList ConnectorRegistry::pluginFolders()
{
    QStringList folders = qEnvironmentVariable("CSM_CONNECTOR_PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    folders << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("connectors"))
            << QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("connectors"));
    return folders;
}

QStringList ConnectorRegistry::loadDefaultPlugins()
{
    if (std::exchange(m_defaultsLoaded, true))
        return {};
    QStringList problems;
    for (const QString &folder : pluginFolders())
        if (QFileInfo(folder).isDir())
            problems << loadPlugins(folder);
    return problems;
}

std::shared_ptr<const CrmConnectorFactory> ConnectorRegistry::find(const QString &key) const
{
    QMutexLocker lock(&registryMutex);
    for (const auto &f : m_factories)
        if (f->key() == key)
            return f;
    return {};
}

QStringList ConnectorRegistry::keys() const
{
    QMutexLocker lock(&registryMutex);
    QStringList keys;
    for (const auto &f : m_factories)
        keys << f->key();
    return keys;
}

} // namespace csm
