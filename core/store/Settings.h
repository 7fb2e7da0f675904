#pragma once

#include "api/ClientConfig.h"

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace orc {

// Every persisted preference in one table: name, default and meaning, with a schema version
// that drives migrations. Never holds the API key (that lives in KeyStore).
class Settings {
public:
    enum class Key {
        BaseUrl,            // empty = https://openrouter.ai/api/v1
        AttributionTitle,   // X-Title
        AttributionReferer, // HTTP-Referer
        DefaultChatModel,
        DefaultImageModel,
        TimeoutSeconds, // idle timeout of a request
        MaxAttempts,    // first attempt included
        ProxyMode,      // "system", "none", "manual"
        ProxyHost,
        ProxyPort,
        Theme,          // "system", "light", "dark"
        Language,       // "" = follow the system, else "en", "de", "pt"
        DataDir,        // "" = standard app-data folder (conversations)
        ImagesDir,      // "" = <data>/images
        SendWithEnter,  // false: Ctrl+Enter sends, Enter is a newline
        KeyFileConsent, // the user allowed a 0600 file where no keychain exists
    };

    static constexpr int kVersion = 1;

    // Uses `backend` (tests pass an INI file) or the application's QSettings.
    explicit Settings(std::unique_ptr<QSettings> backend = {});

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QString name(Key key);
    static QVariant defaultValue(Key key);
    QSettings &raw() { return *m_settings; }

    QString string(Key key) const { return value(key).toString(); }
    int integer(Key key) const { return value(key).toInt(); }
    bool flag(Key key) const { return value(key).toBool(); }

    // Applies base URL, attribution, timeout and retries to a client configuration; the
    // environment (OPENROUTER_BASE_URL) still wins over a stored base URL.
    ClientConfig apply(ClientConfig config) const;
    QString dataDir() const;   // resolved folder for conversations
    QString imagesDir() const; // resolved folder for generated images

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace orc
