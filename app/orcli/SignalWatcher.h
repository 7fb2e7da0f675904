#pragma once

#include <QObject>

class QSocketNotifier;

namespace orc::cli {

// Turns SIGINT (Ctrl-C), SIGTERM and SIGHUP into a Qt signal delivered by the event loop,
// through a self-pipe, so the running command can cancel its request cleanly: what arrived is
// flushed and the result reported. The exit code is then 128 + the signal (130, 143, 129). A
// second signal ends the process at once with that code.
class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }
    // The signals handled, in the order above.
    static QList<int> handledSignals();

signals:
    // `signalNumber` is SIGINT, SIGTERM or SIGHUP.
    void interrupted(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace orc::cli
