#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace csm::bench {

/// One book size the bench runs at.
struct Scale
{
    QString name; ///< "S", "M", "L"
    int accounts = 0;
};

/// The command line of the parent run (the child modes are dispatched before parsing).
struct BenchOptions
{
    std::vector<Scale> scales;
    int runs = 5;
    int warmups = 1;
    QString jsonPath;
    QString keepDir; ///< empty: books live in a temporary folder
    bool quick = false;
    bool syncOnly = false;      ///< the CRM sync steps alone
    bool portfolioOnly = false; ///< the team portfolio steps alone (with --sync-only: both)

    /// The book scales run unless an --…-only flag picks groups of steps.
    bool runScales() const { return !syncOnly && !portfolioOnly; }
    bool runSync() const { return syncOnly || !portfolioOnly; }
    bool runPortfolio() const { return portfolioOnly || !syncOnly; }
};

/// Parses the arguments of the running application; prints the error and returns nullopt when invalid.
std::optional<BenchOptions> parseOptions(const QStringList &arguments);

} // namespace csm::bench
