#include "childprocess.h"

#include "domain/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace csm::bench {

namespace {

constexpr int ChildTimeoutMs = 120'000;

struct ChildRun
{
    double wallMs = 0;  ///< spawn to the "ready" line
    double childMs = 0; ///< main() to "ready", measured in the child
    double peakMb = 0;  ///< VmHWM
};

Result<ChildRun> runChild(const QString &mode, const QString &path)
{
    // A fresh settings folder: the GUI child neither reads nor writes the user's window state.
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());

    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), { mode, path });
    QByteArray output;
    double wallMs = -1;
    while (wallMs < 0 && process.waitForReadyRead(ChildTimeoutMs)) {
        output += process.readAllStandardOutput();
        if (output.contains("ready ") && output.endsWith('\n'))
            wallMs = double(timer.nsecsElapsed()) / 1e6;
    }
    process.waitForFinished(ChildTimeoutMs);
    output += process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (wallMs < 0 || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error { QStringLiteral("%1 child failed (exit %2): %3")
                           .arg(mode)
                           .arg(process.exitCode())
                           .arg(QString::fromUtf8(errors.right(2000))) };
    }
    const QList<QByteArray> fields = output.mid(output.indexOf("ready ")).split('\n').value(0).trimmed().split(' ');
    ChildRun run;
    run.wallMs = wallMs;
    run.childMs = fields.value(1).toDouble();
    run.peakMb = fields.value(2).toDouble() / 1024.0;
    // The GUI reports "ready" at its first painted page and "loaded" once every row is in; the
    // memory that counts is the whole book's.
    if (const qsizetype at = output.indexOf("loaded "); at >= 0)
        run.peakMb = output.mid(at).trimmed().split(' ').value(2).toDouble() / 1024.0;
    if (run.peakMb <= 0)
        return Error { QStringLiteral("%1 child could not read its VmHWM").arg(mode) };
    return run;
}

bool runChildSteps(int warmups, int runs, const QString &mode, const QString &path,
                   const std::function<void(const ChildRun &)> &keep)
{
    for (int i = 0; i < warmups + runs; ++i) {
        auto run = runChild(mode, path);
        if (!run) {
            std::fprintf(stderr, "csm-bench: %s\n", qPrintable(run.errorMessage()));
            return false;
        }
        if (i >= warmups)
            keep(*run);
    }
    return true;
}

double memoryTargetMb(const Scale &scale)
{
    return scale.accounts <= 300 ? 120.0 : scale.accounts <= 5'000 ? 150.0 : 400.0;
}

} // namespace

bool runMemoryBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options)
{
    StepResult peak(QStringLiteral("peak RSS, book open (model, no GUI)"), scale.name);
    peak.unit = QStringLiteral("MB");
    peak.target = memoryTargetMb(scale);
    if (!runChildSteps(options.warmups, options.runs, QStringLiteral("--child-open"), path,
                       [&](const ChildRun &run) { peak.samples.values.push_back(run.peakMb); }))
        return false;
    report.add(std::move(peak));
    return true;
}

bool runColdStartBench(Report &report, const Scale &scale, const QString &path, const BenchOptions &options)
{
    StepResult wall(QStringLiteral("GUI cold start -> first paint (from spawn)"), scale.name);
    wall.target = scale.accounts <= 300 ? 400.0 : 1000.0;
    StepResult inProcess(QStringLiteral("  of which main() -> first paint"), scale.name);
    StepResult peak(QStringLiteral("peak RSS, GUI with book shown"), scale.name);
    peak.unit = QStringLiteral("MB");
    peak.target = memoryTargetMb(scale);
    if (!runChildSteps(options.warmups, options.runs, QStringLiteral("--child-gui"), path, [&](const ChildRun &run) {
            wall.samples.values.push_back(run.wallMs);
            inProcess.samples.values.push_back(run.childMs);
            peak.samples.values.push_back(run.peakMb);
        }))
        return false;
    report.add(std::move(wall));
    report.add(std::move(inProcess));
    report.add(std::move(peak));
    return true;
}

bool runPortfolioMemoryBench(Report &report, const QString &scaleName, const QString &teamDir, int runs)
{
    // No target in the issue: shown so a change in what a portfolio holds shows up.
    StepResult peak(QStringLiteral("peak RSS, portfolio open + dashboard (no GUI)"), scaleName);
    peak.unit = QStringLiteral("MB");
    peak.note = QStringLiteral("child process, VmHWM");
    if (!runChildSteps(0, runs, QStringLiteral("--child-portfolio"), teamDir,
                       [&](const ChildRun &run) { peak.samples.values.push_back(run.peakMb); }))
        return false;
    report.add(std::move(peak));
    return true;
}

} // namespace csm::bench
