#pragma once

#include "crmconnector.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace csm {

/// The connectors the app knows: the built-in ones and any plugin loaded from a folder.
class ConnectorRegistry
{
public:
    /// The process's registry, with the built-in connectors.
    static ConnectorRegistry &instance();

    /// Registers `factory` unless one with its key is there already; returns whether it was added.
    bool add(std::shared_ptr<const CrmConnectorFactory> factory);
    /// Loads every plugin in `folder` that implements CrmConnectorFactory; returns one message per
    /// file that could not be loaded (file name and reason). Files that are not plugins are skipped.
    QStringList loadPlugins(const QString &folder);

    /// The folders connector plugins are looked for in: those in CSM_CONNECTOR_PATH (separated
    /// like PATH), "connectors" beside the executable, and "connectors" in the app's data folder.
    static QStringList pluginFolders();
    /// Loads the plugins of every folder of pluginFolders() that exists, once per process.
    QStringList loadDefaultPlugins();

    std::shared_ptr<const CrmConnectorFactory> find(const QString &key) const;
    QStringList keys() const;

private:
    ConnectorRegistry();
    std::vector<std::shared_ptr<const CrmConnectorFactory>> m_factories;
    bool m_defaultsLoaded = false;
};

} // namespace csm
