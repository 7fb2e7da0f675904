#include "SignalWatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace orc::cli {

namespace {

int g_fds[2] = {-1, -1};
volatile std::sig_atomic_t g_pending = 0;

extern "C" void onSignal(int signalNumber) {
    if (g_pending) {
        // A second signal: the user (or the supervisor) wants out now.
        _exit(128 + signalNumber);
    }
    g_pending = signalNumber;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &byte, 1);
}

void setHandler(int signalNumber, void (*handler)(int)) {
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}

} // namespace

QList<int> SignalWatcher::handledSignals() {
    return {SIGINT, SIGTERM, SIGHUP};
}

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent) {
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    for (int fd : g_fds)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    g_pending = 0;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    for (int s : handledSignals())
        setHandler(s, onSignal);
}

SignalWatcher::~SignalWatcher() {
    if (!m_notifier)
        return;
    for (int s : handledSignals())
        setHandler(s, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void SignalWatcher::onReadable() {
    char buffer[16];
    int signalNumber = 0;
    ssize_t n = 0;
    while ((n = ::read(g_fds[1], buffer, sizeof buffer)) > 0)
        if (signalNumber == 0)
            signalNumber = buffer[0];
    if (signalNumber != 0)
        emit interrupted(signalNumber);
}

} // namespace orc::cli
