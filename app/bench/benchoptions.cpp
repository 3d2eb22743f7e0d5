#include "benchoptions.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace csm::bench {

namespace {

std::optional<Scale> scaleNamed(const QString &name)
{
    if (name == QLatin1String("S"))
        return Scale { name, 300 };
    if (name == QLatin1String("M"))
        return Scale { name, 5'000 };
    if (name == QLatin1String("L"))
        return Scale { name, 100'000 };
    return std::nullopt;
}

} // namespace

std::optional<BenchOptions> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures CSM Workbench against its performance budget."));
    parser.addHelpOption();
    const QCommandLineOption scales(QStringLiteral("scales"), QStringLiteral("Book sizes to run: S,M,L."),
                                    QStringLiteral("list"), QStringLiteral("S,M,L"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per step (min 5)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Where to write the JSON report."),
                                  QStringLiteral("path"), QStringLiteral("csm-bench.json"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("S only, one run (smoke test)."));
    const QCommandLineOption syncOnly(QStringLiteral("sync-only"), QStringLiteral("Only the CRM sync steps (full size unless --quick)."));
    const QCommandLineOption portfolioOnly(
        QStringLiteral("portfolio-only"),
        QStringLiteral("Only the team portfolio steps: 20 books of 500 accounts (smaller with --quick)."));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep generated books (and the demo team) in <dir> and reuse them."),
                                  QStringLiteral("dir"));
    parser.addOptions({ scales, runs, json, quick, keep, syncOnly, portfolioOnly });
    parser.process(arguments);

    BenchOptions options;
    options.quick = parser.isSet(quick);
    options.syncOnly = parser.isSet(syncOnly);
    options.portfolioOnly = parser.isSet(portfolioOnly);
    options.jsonPath = QDir::current().absoluteFilePath(parser.value(json));
    options.keepDir = parser.value(keep);
    if (options.quick) {
        options.scales = { *scaleNamed(QStringLiteral("S")) };
        options.runs = 1;
        options.warmups = 0;
        return options;
    }
    for (const QString &name : parser.value(scales).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto scale = scaleNamed(name.trimmed().toUpper());
        if (!scale) {
            std::fprintf(stderr, "csm-bench: unknown scale \"%s\" (use S, M, L)\n", qPrintable(name));
            return std::nullopt;
        }
        options.scales.push_back(*scale);
    }
    bool ok = false;
    options.runs = parser.value(runs).toInt(&ok);
    if (!ok || options.runs < 5) {
        std::fprintf(stderr, "csm-bench: --runs must be at least 5 (medians); use --quick for a smoke run\n");
        return std::nullopt;
    }
    return options;
}

} // namespace csm::bench
