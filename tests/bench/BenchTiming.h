#pragma once

// Timing shared by the store benchmarks: medians of wall and process CPU time.
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace orc::bench {

inline double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median wall time and median process CPU time of `runs` runs, in ms. Both are printed: on a
// shared machine the wall time mostly measures the other processes.
struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

inline Timing median(int runs, const std::function<void()> &work) {
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpu0 = cpuMs();
        timer.start();
        work();
        wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpu0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

inline QTextStream &operator<<(QTextStream &out, const Timing &t) {
    return out << t.wallMs << " ms wall, " << t.cpuMs << " ms CPU (medians)";
}

} // namespace orc::bench
