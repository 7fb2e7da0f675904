#pragma once

// What the GUI benchmarks share: the longest event-loop stall (gaps between ticks of a 1 ms
// timer), the slowest single event (TimedApplication), this thread's CPU time, the process's
// resident memory, and running the loop a while.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <ctime>

namespace orc::bench {

inline double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// A field of /proc/self/status in MB ("VmRSS", "VmHWM" for the peak); -1 when unreadable.
inline double statusMb(const char *field = "VmRSS") {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

inline double rssMb() {
    return statusMb("VmRSS");
}

// Runs the event loop (sleeping when idle) for `ms`.
inline void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Max gap between ticks of a 1 ms timer while it runs.
struct Probe {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    double maxGapMs = 0;
    int over16 = 0;
    void start() {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        clock.start();
        last = 0;
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.nsecsElapsed();
            const double gap = double(now - last) / 1e6;
            if (last) {
                maxGapMs = qMax(maxGapMs, gap);
                over16 += gap > 16.0;
            }
            last = now;
        });
        timer.start();
    }
};

// Times every top-level event: wall clock and this thread's CPU time.
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override {
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const double cpu0 = threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        if (measuring) {
            const double wallMs = double(wall.nsecsElapsed()) / 1e6;
            maxEventWallMs = qMax(maxEventWallMs, wallMs);
            const double cpu = threadCpuMs() - cpu0;
            slowWall += wallMs > 16;
            slowCpu += cpu > 16;
            if (event->type() == QEvent::UpdateRequest) {
                paintCpuMs += cpu;
                ++paints;
            }
            if (cpu > maxEventCpuMs) {
                maxEventCpuMs = cpu;
                slowestEvent = QString::fromLatin1(receiver->metaObject()->className()) + u'/' +
                               QString::number(int(event->type()));
            }
        }
        return r;
    }
    bool measuring = false;
    double maxEventWallMs = 0;
    double maxEventCpuMs = 0;
    QString slowestEvent; // receiver class / event type
    int slowWall = 0;
    int slowCpu = 0;
    double paintCpuMs = 0;
    int paints = 0;

private:
    int m_depth = 0;
};

} // namespace orc::bench
