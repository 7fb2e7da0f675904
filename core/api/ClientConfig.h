#pragma once

#include "domain/ApiError.h"
#include "net/RetryPolicy.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace orc {

// Where the API key in use came from; shown in settings and `orcli --verbose`.
enum class KeySource { None, Explicit, EnvOpenRouter, EnvSkill, Stored };

// Everything an OpenRouterClient needs to talk to the service.
struct ClientConfig {
    QUrl baseUrl = defaultBaseUrl();
    QString apiKey;
    KeySource keySource = KeySource::None;
    QString referer = defaultReferer(); // HTTP-Referer: app attribution
    QString title = defaultTitle();     // X-Title / X-OpenRouter-Title
    RetryPolicy retry;
    int idleTimeoutMs = 120000; // abort when nothing arrives for this long (padding counts)
    int maxTimeMs = 0;          // overall limit of one call including retries, 0 = none

    static QUrl defaultBaseUrl();
    static QString defaultReferer();
    static QString defaultTitle();

    // Explicit values win; otherwise OPENROUTER_BASE_URL, and the key from OPENROUTER_API_KEY,
    // then SKILL_OPENROUTER_API_KEY, then `storedKey` (settings/keychain, resolved by caller).
    static ClientConfig fromEnvironment(const QString &explicitKey = {},
                                        const QString &explicitBaseUrl = {},
                                        const QString &storedKey = {});

    // Trims whitespace and surrounding quotes that config files and shells leave on keys.
    static QString cleanKey(const QString &key);
    static QString keySourceName(KeySource source);

    // Checks done before any request is sent: a usable base URL, a key when `needsKey`, and
    // the key only ever sent over https (plain http is allowed for loopback hosts only).
    std::optional<ApiError> validate(bool needsKey) const;

    // Builds an endpoint URL from the base URL and a path such as "/chat/completions".
    QUrl endpoint(const QString &path) const;
};

bool isLoopbackHost(const QString &host);

} // namespace orc
