#include "ErrorBodies.h"

#include "HttpUtil.h"

#include <QDir>
#include <QFile>

namespace orc::fake {

namespace {

QByteArray builtin(const QString &name) {
    // Byte-identical copies of the captures in fixtures/openrouter/errors (see SOURCES.md).
    if (name == QLatin1String("401_no_cookie_auth"))
        return QByteArrayLiteral(
            R"({"error":{"message":"No cookie auth credentials found","code":401}})"
            "\n");
    if (name == QLatin1String("401_user_not_found"))
        return QByteArrayLiteral(R"({"error":{"message":"User not found.","code":401}})"
                                 "\n");
    if (name == QLatin1String("402_insufficient_credits"))
        return QByteArrayLiteral(
            R"({"error":{"message":"Insufficient credits. This account never purchased credits. Make sure your key is on the correct account or org, and if so, purchase more at https://openrouter.ai/settings/credits","code":402}})"
            "\n");
    if (name == QLatin1String("400_input_min_token"))
        return QByteArrayLiteral(
            R"({"error":{"message":"Input must have at least 1 token.","code":400,"metadata":{"provider_name":null}}})");
    if (name == QLatin1String("400_provider_error_anthropic"))
        return QByteArrayLiteral(
            R"({"error":{"message":"Provider returned error","code":400,"metadata":{"raw":"{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"messages.0.content.1.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'\"},\"request_id\":\"req_011CWsRUFx3cknmn6MoX9DrM\"}","provider_name":"Anthropic"}},"user_id":"org_2uMVNwONqhSdZXQy1QtyWuCjTxZ"})");
    if (name == QLatin1String("429_upstream_rate_limited"))
        return QByteArrayLiteral(R"({
  "error": {
    "code": 429,
    "message": "Provider returned error",
    "metadata": {
      "provider_name": "Google",
      "raw": "google/gemini-2.0-flash-exp:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations"
    }
  },
  "user_id": "user_2wT5ElBE4Es3R4QrNLpZiXICmQP"
}
)");
    return {};
}

} // namespace

void ErrorBodies::setFixturesDir(const QString &dir) {
    m_dir = dir;
    m_cache.clear();
}

QByteArray ErrorBodies::captured(const QString &name) {
    if (const auto it = m_cache.constFind(name); it != m_cache.constEnd())
        return *it;
    QByteArray body;
    if (!m_dir.isEmpty()) {
        QFile file(QDir(m_dir).filePath(QStringLiteral("errors/%1.json").arg(name)));
        if (file.open(QIODevice::ReadOnly))
            body = file.readAll();
    }
    if (body.isEmpty())
        body = builtin(name);
    Q_ASSERT_X(!body.isEmpty(), "ErrorBodies::captured", "unknown error body name");
    m_cache.insert(name, body);
    return body;
}

QJsonObject ErrorBodies::errorObject(int code, const QString &message,
                                     const QJsonObject &metadata) {
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!metadata.isEmpty())
        error.insert(QStringLiteral("metadata"), metadata);
    return error;
}

QByteArray ErrorBodies::make(int code, const QString &message, const QJsonObject &metadata,
                             const QString &userId) {
    QJsonObject root{{QStringLiteral("error"), errorObject(code, message, metadata)}};
    if (!userId.isEmpty())
        root.insert(QStringLiteral("user_id"), userId);
    return http::compactJson(root);
}

QString ErrorBodies::userId() {
    return QStringLiteral("user_2fakeOpenRouterUser0000000");
}

} // namespace orc::fake
