#pragma once

#include <QObject>

class QSocketNotifier;

namespace orc::cli {

// Turns SIGINT (Ctrl-C) into a Qt signal delivered by the event loop, through a self-pipe, so
// the running command can cancel its request cleanly. A second SIGINT ends the process at once
// with exit code 130.
class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void interrupted();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace orc::cli
