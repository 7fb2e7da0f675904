#include "AccountMonitor.h"

#include "api/OpenRouterClient.h"

namespace orc {

AccountMonitor::AccountMonitor(OpenRouterClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    qRegisterMetaType<orc::AccountStatus>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(2000);
    connect(&m_debounce, &QTimer::timeout, this, &AccountMonitor::refresh);
}

void AccountMonitor::refresh() {
    if (!m_client || m_pending > 0)
        return;
    m_next = AccountStatus{};
    m_pending = 2;
    m_client->fetchKey(this, [this](const KeyInfo &key, const ApiError &error) {
        if (error.isError())
            m_next.error = error;
        else
            m_next.key = key;
        finishOne();
    });
    m_client->fetchCredits(this, [this](const Credits &credits, const ApiError &error) {
        if (!error.isError())
            m_next.credits = credits;
        finishOne();
    });
}

void AccountMonitor::finishOne() {
    if (--m_pending > 0)
        return;
    m_next.updatedAt = QDateTime::currentDateTimeUtc();
    m_next.spendable = spendable(m_next.key, m_next.credits);
    m_status = m_next;
    emit updated(m_status);
}

void AccountMonitor::noteCost(double usd) {
    if (usd <= 0)
        return;
    if (m_status.spendable)
        *m_status.spendable = std::max(0.0, *m_status.spendable - usd);
    if (m_status.key)
        m_status.key->usage += usd;
    emit updated(m_status);
    m_debounce.start();
}

} // namespace orc
