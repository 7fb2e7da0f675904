#include "KeyCheck.h"

#include "api/OpenRouterClient.h"

namespace orc {

KeyCheck::KeyCheck(const OpenRouterClient *base, QObject *parent)
    : QObject(parent)
    , m_base(base) {}

KeyCheck::~KeyCheck() {
    cancel();
}

void KeyCheck::cancel() {
    // Deleting the client aborts its calls; the monitor's callbacks die with it.
    delete m_monitor;
    m_monitor = nullptr;
    delete m_client;
    m_client = nullptr;
}

void KeyCheck::check(const QString &key) {
    cancel();
    m_key = ClientConfig::cleanKey(key);
    ClientConfig config = m_base ? m_base->config() : ClientConfig();
    config.apiKey = m_key;
    config.keySource = KeySource::Explicit;
    // A check answers quickly or not at all: no long backoff while the user waits.
    config.retry.maxAttempts = std::min(config.retry.maxAttempts, 2);
    m_client = new OpenRouterClient(config, this);
    m_monitor = new AccountMonitor(m_client, this);
    connect(m_monitor, &AccountMonitor::updated, this, [this](const AccountStatus &status) {
        const QString key = m_key;
        // Leave the signal handler before the monitor goes away.
        m_monitor->deleteLater();
        m_monitor = nullptr;
        m_client->deleteLater();
        m_client = nullptr;
        emit finished(key, status);
    });
    m_monitor->refresh();
}

} // namespace orc
