#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace orc::fake {

// OpenRouter error bodies: `{"error":{"code":N,"message":...,"metadata":{...}},"user_id":...}`.
// Real captured bodies come verbatim from <fixtures>/errors/<name>.json when a fixtures folder
// is set; otherwise (or when the file is missing) from identical built-in copies.
class ErrorBodies {
public:
    void setFixturesDir(const QString &dir);

    // Known names: 401_no_cookie_auth, 401_user_not_found, 402_insufficient_credits,
    // 400_input_min_token, 400_provider_error_anthropic, 429_upstream_rate_limited.
    QByteArray captured(const QString &name);

    static QByteArray make(int code, const QString &message,
                           const QJsonObject &metadata = QJsonObject(),
                           const QString &userId = QString());
    static QJsonObject errorObject(int code, const QString &message,
                                   const QJsonObject &metadata = QJsonObject());

    static QString userId(); // the user id our fake account has

private:
    QString m_dir;
    QHash<QString, QByteArray> m_cache;
};

} // namespace orc::fake
