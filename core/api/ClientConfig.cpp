#include "ClientConfig.h"

#include "Translate.h"
#include "domain/EnumNames.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
constexpr auto tr = fileTr<"orc::ClientConfig">;
} // namespace

QUrl ClientConfig::defaultBaseUrl() {
    return QUrl(u"https://openrouter.ai/api/v1"_s);
}
QString ClientConfig::defaultReferer() {
    return u"https://github.com/or-studio/or-studio"_s;
}
QString ClientConfig::defaultTitle() {
    return u"OR Studio"_s;
}

QString ClientConfig::cleanKey(const QString &key) {
    QString k = key.trimmed();
    while (k.size() >= 2 &&
           ((k.startsWith(u'"') && k.endsWith(u'"')) || (k.startsWith(u'\'') && k.endsWith(u'\''))))
        k = k.mid(1, k.size() - 2).trimmed();
    return k;
}

// Indexed by KeySource, in declaration order.
constexpr QLatin1String kKeySourceNames[] = {"none"_L1, "explicit"_L1, "OPENROUTER_API_KEY"_L1,
                                             "SKILL_OPENROUTER_API_KEY"_L1, "stored"_L1};
static_assert(std::size(kKeySourceNames) == std::size_t(KeySource::Stored) + 1);

QString ClientConfig::keySourceName(KeySource source) {
    return enumName(kKeySourceNames, source);
}

ClientConfig ClientConfig::fromEnvironment(const QString &explicitKey,
                                           const QString &explicitBaseUrl,
                                           const QString &storedKey) {
    ClientConfig c;
    QString base = explicitBaseUrl.trimmed();
    if (base.isEmpty())
        base = qEnvironmentVariable("OPENROUTER_BASE_URL").trimmed();
    if (!base.isEmpty())
        c.baseUrl = QUrl(base, QUrl::StrictMode);

    const struct {
        QString value;
        KeySource source;
    } candidates[] = {
        {explicitKey, KeySource::Explicit},
        {qEnvironmentVariable("OPENROUTER_API_KEY"), KeySource::EnvOpenRouter},
        {qEnvironmentVariable("SKILL_OPENROUTER_API_KEY"), KeySource::EnvSkill},
        {storedKey, KeySource::Stored},
    };
    for (const auto &candidate : candidates) {
        const QString key = cleanKey(candidate.value);
        if (!key.isEmpty()) {
            c.apiKey = key;
            c.keySource = candidate.source;
            break;
        }
    }
    return c;
}

bool isLoopbackHost(const QString &host) {
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 ||
        host.endsWith(".localhost"_L1, Qt::CaseInsensitive))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

std::optional<ApiError> ClientConfig::validate(bool needsKey) const {
    if (!baseUrl.isValid() && !baseUrl.errorString().isEmpty()) {
        // An unparsable URL has no text of its own left; QUrl keeps the reason and the source:
        // "Expected ']' to match '[' in hostname; source was "http://[::1"; scheme = ...".
        const QString reason = baseUrl.errorString();
        static const QRegularExpression parts(u"^(.*?); source was \"(.*?)\"(;|$)"_s);
        const QRegularExpressionMatch m = parts.match(reason);
        return ApiError::config(tr("The base URL \"%1\" is not a valid URL (%2). Use "
                                   "https://openrouter.ai/api/v1 or fix OPENROUTER_BASE_URL / "
                                   "--base-url.")
                                    .arg(m.hasMatch() ? m.captured(2) : QString(),
                                         m.hasMatch() ? m.captured(1) : reason));
    }
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (baseUrl.scheme() != "https"_L1 && baseUrl.scheme() != "http"_L1)) {
        return ApiError::config(tr("The base URL \"%1\" is not a valid http(s) URL. Use "
                                   "https://openrouter.ai/api/v1 or fix OPENROUTER_BASE_URL / "
                                   "--base-url.")
                                    .arg(baseUrl.toDisplayString()));
    }
    if (baseUrl.scheme() == "http"_L1 && !isLoopbackHost(baseUrl.host())) {
        return ApiError::config(tr("Refusing to send the API key over plain http to %1. Use an "
                                   "https:// base URL (plain http is allowed only for loopback "
                                   "hosts such as 127.0.0.1).")
                                    .arg(baseUrl.host()));
    }
    if (needsKey && apiKey.isEmpty()) {
        return ApiError::config(tr("No OpenRouter API key found. Create one at "
                                   "https://openrouter.ai/keys, then set OPENROUTER_API_KEY (or "
                                   "SKILL_OPENROUTER_API_KEY) in the environment, or enter it in "
                                   "OR Studio's settings."));
    }
    return std::nullopt;
}

QUrl ClientConfig::endpoint(const QString &path) const {
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(u'/') ? path : u'/' + path));
    return url;
}

} // namespace orc
