#pragma once

#include "domain/Account.h"
#include "domain/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace orc {

class OpenRouterClient;

struct AccountStatus {
    std::optional<KeyInfo> key;
    std::optional<Credits> credits;  // absent when /credits needs a management key
    std::optional<double> spendable; // min(key limit remaining, account balance)
    QDateTime updatedAt;
    ApiError error; // of the last refresh of /key (credits failures only drop credits)
    bool isValid() const { return key.has_value(); }
};

// Keeps the account figures of the status bar and the account panel fresh: GET /key and
// GET /credits together, again shortly after each request's cost arrives (debounced).
class AccountMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountMonitor)
public:
    explicit AccountMonitor(OpenRouterClient *client, QObject *parent = nullptr);

    const AccountStatus &status() const { return m_status; }
    void refresh();
    // A request just cost `usd`: show it at once, confirm with the server a little later.
    void noteCost(double usd);
    void setRefreshDelayMs(int ms) { m_debounce.setInterval(ms); }
    bool isRefreshing() const { return m_pending > 0; }

signals:
    void updated(const orc::AccountStatus &status);

private:
    void finishOne();

    QPointer<OpenRouterClient> m_client;
    AccountStatus m_status;
    AccountStatus m_next;
    QTimer m_debounce;
    int m_pending = 0;
};

} // namespace orc

Q_DECLARE_METATYPE(orc::AccountStatus)
