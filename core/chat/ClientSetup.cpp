#include "chat/ClientSetup.h"

#include "store/Settings.h"

namespace orc {

ClientConfig applySettings(const Settings &settings, ClientConfig config) {
    using Key = Settings::Key;
    const QString base = settings.string(Key::BaseUrl).trimmed();
    if (!base.isEmpty() && qEnvironmentVariable("OPENROUTER_BASE_URL").trimmed().isEmpty() &&
        config.baseUrl == ClientConfig::defaultBaseUrl())
        config.baseUrl = QUrl(base);
    const QString title = settings.string(Key::AttributionTitle).trimmed();
    if (!title.isEmpty())
        config.title = title;
    const QString referer = settings.string(Key::AttributionReferer).trimmed();
    if (!referer.isEmpty())
        config.referer = referer;
    config.idleTimeoutMs = qBound(5, settings.integer(Key::TimeoutSeconds), 3600) * 1000;
    config.maxTimeMs = qBound(0, settings.integer(Key::MaxTimeSeconds), 86400) * 1000;
    config.retry.maxAttempts = qBound(1, settings.integer(Key::MaxAttempts), 10);
    return config;
}

ClientConfig reconfigured(const Settings &settings, ClientConfig current,
                          const QUrl &baseUrlOverride) {
    const ClientConfig fresh = applySettings(settings, ClientConfig());
    current.baseUrl =
        baseUrlOverride.isValid() && !baseUrlOverride.isEmpty() ? baseUrlOverride : fresh.baseUrl;
    current.title = fresh.title;
    current.referer = fresh.referer;
    current.idleTimeoutMs = fresh.idleTimeoutMs;
    current.maxTimeMs = fresh.maxTimeMs;
    current.retry.maxAttempts = fresh.retry.maxAttempts;
    return current;
}

} // namespace orc
