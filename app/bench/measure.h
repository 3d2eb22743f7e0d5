#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace csm::bench {

/// The runs of one measured step, in its unit (milliseconds or megabytes).
struct Samples
{
    std::vector<double> values;

    bool isEmpty() const { return values.empty(); }
    int runs() const { return int(values.size()); }
    double min() const { return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end()); }
    double max() const { return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end()); }
    double median() const
    {
        if (values.empty())
            return 0.0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t mid = sorted.size() / 2;
        return sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
};

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Runs `setup` untimed then `step` timed, `warmups + runs` times; keeps the timed runs only.
/// `step` returns false to abort (an error it already reported).
inline bool timeRuns(Samples &out, int warmups, int runs, const std::function<void()> &setup,
                     const std::function<bool()> &step)
{
    for (int i = 0; i < warmups + runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        if (!step())
            return false;
        const double ms = elapsedMs(timer);
        if (i >= warmups)
            out.values.push_back(ms);
    }
    return true;
}

} // namespace csm::bench
