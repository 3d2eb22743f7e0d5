#include "report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>

namespace csm::bench {

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown");
    static const QRegularExpression modelLine(QStringLiteral("^model name\\s*:\\s*(.+)$"),
                                              QRegularExpression::MultilineOption);
    const auto match = modelLine.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QStringLiteral("unknown");
}

QString number(double value, const QString &unit)
{
    return QString::number(value, 'f', unit == QLatin1String("MB") ? 1 : 2);
}

/// A column of `width`; a longer text keeps one space from its neighbour.
QString cell(const QString &text, int width, bool right = false)
{
    if (text.size() >= width)
        return right ? QString(QLatin1Char(' ') + text) : QString(text + QLatin1Char(' '));
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace

bool StepResult::pass() const
{
    if (!measured() || !target)
        return false;
    const double value = ratio ? *ratio : samples.median();
    return value <= *target;
}

void Report::addNotAvailable(const QString &step, const QString &reason)
{
    StepResult result(step, QStringLiteral("-"));
    result.note = reason;
    m_results.push_back(std::move(result));
}

int Report::missCount() const
{
    int misses = 0;
    for (const StepResult &r : m_results)
        misses += r.measured() && r.target && !r.pass();
    return misses;
}

void Report::print() const
{
    const int widths[] = { 50, 9, 10, 10, 10, 9, 6, 10, 6 }; // scale: "50k/150k", "20x500"
    const QString header = cell(QStringLiteral("step"), widths[0]) + cell(QStringLiteral("scale"), widths[1])
        + cell(QStringLiteral("median"), widths[2], true) + cell(QStringLiteral("min"), widths[3], true)
        + cell(QStringLiteral("max"), widths[4], true) + cell(QStringLiteral("floor"), widths[5], true)
        + cell(QStringLiteral("ratio"), widths[6], true) + cell(QStringLiteral("target"), widths[7], true)
        + QStringLiteral("  result");
    std::printf("\n%s\n%s\n", qPrintable(header), qPrintable(QString(header.size(), QLatin1Char('-'))));
    for (const StepResult &r : m_results) {
        QString line = cell(r.step, widths[0]) + cell(r.scale, widths[1]);
        if (!r.measured()) {
            std::printf("%s  %s\n", qPrintable(line), qPrintable(r.note));
            continue;
        }
        const QString unit = QLatin1Char(' ') + r.unit;
        line += cell(number(r.samples.median(), r.unit) + unit, widths[2], true)
            + cell(number(r.samples.min(), r.unit), widths[3], true)
            + cell(number(r.samples.max(), r.unit), widths[4], true)
            + cell(r.floorMs ? number(*r.floorMs, r.unit) : QStringLiteral("-"), widths[5], true)
            + cell(r.ratio ? QString::number(*r.ratio, 'f', 2) + QLatin1Char('x') : QStringLiteral("-"), widths[6],
                   true);
        QString target = QStringLiteral("-");
        if (r.target)
            target = QStringLiteral("<=") + QString::number(*r.target) + (r.ratio ? QStringLiteral("x") : unit);
        line += cell(target, widths[7], true) + QStringLiteral("  ")
            + (!r.target ? QStringLiteral("info") : r.pass() ? QStringLiteral("PASS") : QStringLiteral("MISS"));
        if (!r.note.isEmpty())
            line += QStringLiteral("  (") + r.note + QLatin1Char(')');
        std::printf("%s\n", qPrintable(line));
    }
    std::fflush(stdout);
}

bool Report::writeJson(const QString &path) const
{
    QJsonObject machine {
        { QStringLiteral("cores"), QThread::idealThreadCount() },
        { QStringLiteral("cpu_model"), cpuModel() },
        { QStringLiteral("build_type"), QStringLiteral(CSM_BUILD_TYPE) },
    };
    QJsonArray results;
    for (const StepResult &r : m_results) {
        QJsonObject o { { QStringLiteral("step"), r.step }, { QStringLiteral("scale"), r.scale } };
        if (!r.measured()) {
            o.insert(QStringLiteral("status"), QStringLiteral("n/a"));
            o.insert(QStringLiteral("note"), r.note);
            results.append(o);
            continue;
        }
        const QString suffix = r.unit == QLatin1String("MB") ? QStringLiteral("_mb") : QStringLiteral("_ms");
        o.insert(QStringLiteral("status"), QStringLiteral("measured"));
        o.insert(QStringLiteral("unit"), r.unit);
        o.insert(QStringLiteral("median") + suffix, r.samples.median());
        o.insert(QStringLiteral("min") + suffix, r.samples.min());
        o.insert(QStringLiteral("max") + suffix, r.samples.max());
        o.insert(QStringLiteral("runs"), r.samples.runs());
        o.insert(QStringLiteral("target"), r.target ? QJsonValue(*r.target) : QJsonValue());
        o.insert(QStringLiteral("pass"), r.target ? QJsonValue(r.pass()) : QJsonValue());
        if (r.floorMs)
            o.insert(QStringLiteral("floor_ms"), *r.floorMs);
        if (r.ratio)
            o.insert(QStringLiteral("ratio"), *r.ratio);
        if (!r.note.isEmpty())
            o.insert(QStringLiteral("note"), r.note);
        results.append(o);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QJsonObject root { { QStringLiteral("machine"), machine }, { QStringLiteral("results"), results } };
    return file.write(QJsonDocument(root).toJson()) > 0;
}

} // namespace csm::bench
