#include "Settings.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
struct Entry {
    Settings::Key key;
    const char *name;
    QVariant fallback;
};

const Entry &entry(Settings::Key key) {
    using K = Settings::Key;
    static const Entry table[] = {
        {K::BaseUrl, "network/baseUrl", QString()},
        {K::AttributionTitle, "network/attributionTitle", ClientConfig::defaultTitle()},
        {K::AttributionReferer, "network/attributionReferer", ClientConfig::defaultReferer()},
        {K::DefaultChatModel, "models/defaultChat", QString()},
        {K::DefaultImageModel, "models/defaultImage", QString()},
        {K::TimeoutSeconds, "network/timeoutSeconds", 120},
        {K::MaxAttempts, "network/maxAttempts", 4},
        {K::ProxyMode, "network/proxyMode", u"system"_s},
        {K::ProxyHost, "network/proxyHost", QString()},
        {K::ProxyPort, "network/proxyPort", 8080},
        {K::Theme, "ui/theme", u"system"_s},
        {K::Language, "ui/language", QString()},
        {K::DataDir, "storage/dataDir", QString()},
        {K::ImagesDir, "storage/imagesDir", QString()},
        {K::SendWithEnter, "chat/sendWithEnter", false},
        {K::KeyFileConsent, "account/keyFileConsent", false},
    };
    for (const Entry &e : table)
        if (e.key == key)
            return e;
    return table[0];
}
} // namespace

Settings::Settings(std::unique_ptr<QSettings> backend)
    : m_settings(backend ? std::move(backend) : std::make_unique<QSettings>()) {
    migrate();
}

void Settings::migrate() {
    const int version = m_settings->value(u"settingsVersion"_s, 0).toInt();
    if (version >= kVersion)
        return;
    // Version 0 -> 1: earlier builds kept the key in plain settings; it moves to the keychain,
    // so it is removed here and never read again.
    m_settings->remove(u"apiKey"_s);
    m_settings->remove(u"account/apiKey"_s);
    m_settings->setValue(u"settingsVersion"_s, kVersion);
}

QString Settings::name(Key key) {
    return QString::fromLatin1(entry(key).name);
}
QVariant Settings::defaultValue(Key key) {
    return entry(key).fallback;
}

QVariant Settings::value(Key key) const {
    const Entry &e = entry(key);
    const QVariant v = m_settings->value(QString::fromLatin1(e.name), e.fallback);
    if (e.fallback.typeId() == QMetaType::Int)
        return v.toInt();
    if (e.fallback.typeId() == QMetaType::Bool)
        return v.toBool();
    return v;
}

void Settings::setValue(Key key, const QVariant &value) {
    m_settings->setValue(name(key), value);
}

void Settings::reset(Key key) {
    m_settings->remove(name(key));
}

ClientConfig Settings::apply(ClientConfig config) const {
    const QString base = string(Key::BaseUrl).trimmed();
    if (!base.isEmpty() && qEnvironmentVariable("OPENROUTER_BASE_URL").trimmed().isEmpty() &&
        config.baseUrl == ClientConfig::defaultBaseUrl())
        config.baseUrl = QUrl(base);
    const QString title = string(Key::AttributionTitle).trimmed();
    if (!title.isEmpty())
        config.title = title;
    const QString referer = string(Key::AttributionReferer).trimmed();
    if (!referer.isEmpty())
        config.referer = referer;
    config.idleTimeoutMs = qBound(5, integer(Key::TimeoutSeconds), 3600) * 1000;
    config.retry.maxAttempts = qBound(1, integer(Key::MaxAttempts), 10);
    return config;
}

QString Settings::dataDir() const {
    const QString dir = string(Key::DataDir).trimmed();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

QString Settings::imagesDir() const {
    const QString dir = string(Key::ImagesDir).trimmed();
    return dir.isEmpty() ? dataDir() + u"/images"_s : dir;
}

} // namespace orc
