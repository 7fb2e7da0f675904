#pragma once

#include "api/AccountMonitor.h"
#include "api/ClientConfig.h"

#include <QObject>
#include <QPointer>

namespace orc {

class OpenRouterClient;

// Checks a key the user has not committed to yet: GET /key and GET /credits with that key,
// against the same service (base URL, attribution, proxy) as `base`, without touching the
// client the app uses. A new check() abandons the previous one; finished() reports only the
// latest, exactly once.
class KeyCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCheck)
public:
    explicit KeyCheck(const OpenRouterClient *base, QObject *parent = nullptr);
    ~KeyCheck() override;

    void check(const QString &key);
    void cancel();
    bool isRunning() const { return m_monitor != nullptr; }
    const QString &key() const { return m_key; }

signals:
    void finished(const QString &key, const orc::AccountStatus &status);

private:
    QPointer<const OpenRouterClient> m_base;
    OpenRouterClient *m_client = nullptr;
    AccountMonitor *m_monitor = nullptr;
    QString m_key;
};

} // namespace orc
