// csm-bench: measures CSM Workbench against the performance budget of issue 3 and writes a table
// and a JSON report. The same executable is its own child for memory and cold-start runs.
#include "benchoptions.h"
#include "bookfactory.h"
#include "childmodes.h"
#include "childprocess.h"
#include "deckbench.h"
#include "healthbench.h"
#include "workbench.h"
#include "modelbench.h"
#include "palettebench.h"
#include "portfoliobench.h"
#include "report.h"
#include "storebench.h"
#include "syncbench.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace csm::bench;

namespace {

int runBench(const BenchOptions &options)
{
    QTemporaryDir temporary;
    const QString dir = options.keepDir.isEmpty() ? temporary.path() : QDir(options.keepDir).absolutePath();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        std::fprintf(stderr, "csm-bench: cannot create the book folder\n");
        return 1;
    }

    Report report;
    // By reference: the deck batch runs at the first scale, found by address (a copy of the list,
    // as `syncOnly ? std::vector<Scale> {} : options.scales` made, never matched it).
    static const std::vector<Scale> none;
    const std::vector<Scale> &scales = options.runScales() ? options.scales : none;
    for (const Scale &scale : scales) {
        auto path = ensureBook(dir, scale);
        if (!path) {
            std::fprintf(stderr, "csm-bench: %s\n", qPrintable(path.errorMessage()));
            return 1;
        }
        std::printf("scale %s (%d accounts): %s\n", qPrintable(scale.name), scale.accounts, qPrintable(*path));
        std::fflush(stdout);
        const bool interaction = scale.name == QLatin1String("L") || options.quick;
        const bool coldStart = scale.name != QLatin1String("M");
        if (!runHealthBench(report, scale, *path, options) || !runWorkBench(report, scale, *path, options)
            || !runStoreBench(report, scale, *path, options)
            || !runDeckBench(report, scale, *path, options, &scale == &scales.front())
            || !runMemoryBench(report, scale, *path, options)
            || (interaction && !runModelBench(report, scale, *path, options))
            || (coldStart && !runColdStartBench(report, scale, *path, options)))
            return 1;
    }
    if (options.runScales() && !runPaletteBench(report, options))
        return 1;
    if (options.runPortfolio() && !runPortfolioBench(report, options, dir))
        return 1;
    if (options.runSync() && !runSyncBench(report, options))
        return 1;

    report.print();
    if (!report.writeJson(options.jsonPath)) {
        std::fprintf(stderr, "csm-bench: cannot write %s\n", qPrintable(options.jsonPath));
        return 1;
    }
    std::printf("\n%d miss(es); JSON written to %s\n", report.missCount(), qPrintable(options.jsonPath));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc == 3 && std::strcmp(argv[1], "--child-open") == 0)
        return runChildOpen(argc, argv, QString::fromLocal8Bit(argv[2]), sinceMain);
    if (argc == 3 && std::strcmp(argv[1], "--child-portfolio") == 0)
        return runChildPortfolio(argc, argv, QString::fromLocal8Bit(argv[2]), sinceMain);
    if (argc == 3 && std::strcmp(argv[1], "--child-gui") == 0)
        return runChildGui(argc, argv, QString::fromLocal8Bit(argv[2]), sinceMain);

    // Decks draw their charts with Qt Charts, which are widgets: an application off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("csm-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSM_VERSION));
    const auto options = parseOptions(QCoreApplication::arguments());
    if (!options)
        return 2;
    return runBench(*options);
}
