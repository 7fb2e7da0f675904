#pragma once

#include "domain/Budget.h"
#include "domain/Routing.h"

#include <QByteArray>
#include <QJsonArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace orc {

// Every persisted preference of the studio and the CLI in one table: name, type (the type of
// its default) and default, with a schema version that drives migrations from the names
// earlier builds wrote. Never holds the API key (that lives in KeyStore), nor the proxy
// password.
class Settings {
public:
    enum class Key {
        // network
        BaseUrl,            // empty = https://openrouter.ai/api/v1
        AttributionTitle,   // X-Title; empty = the client's default
        AttributionReferer, // HTTP-Referer; empty = the client's default
        TimeoutSeconds,     // idle timeout of a request
        MaxTimeSeconds,     // overall limit of one call including retries, 0 = none
        MaxAttempts,        // first attempt included
        ProxyMode,          // "system", "none", "manual"
        ProxyHost,
        ProxyPort,
        ProxyUser, // manual proxy's user name; its password is in the keychain
        // models
        DefaultChatModel,
        DefaultImageModel,
        LastChatModel,   // the model last chosen in the chat
        FavouriteModels, // string list, sorted
        HiddenModels,    // string list, sorted
        // appearance and window state
        Theme,               // "system", "light", "dark"
        Language,            // "" = follow the system, else "en", "de", "pt"
        WelcomeSeen,         // the first-run welcome was shown
        WindowGeometry,      // QWidget::saveGeometry()
        CatalogHeader,       // the catalogue table's QHeaderView::saveState()
        CatalogSplitter,     // the catalogue's list/details QSplitter::saveState()
        ChatSplitter,        // the chat page's QSplitter::saveState()
        ChatSettingsVisible, // the chat's settings panel is shown
        // chat
        SendWithEnter, // false: Ctrl+Enter sends, Enter is a newline
        ChatPresets,   // JSON array of presets (PresetStore)
        // routing
        RoutingProfiles, // JSON array of the user's routing profiles (built-ins are not stored)
        // money
        DailyBudgetUsd,   // 0 = no daily limit
        MonthlyBudgetUsd, // 0 = no monthly limit
        // images
        ImageSaveFolder,    // the folder last saved to from the image studio
        ImagePromptHistory, // string list, newest first
        // storage and account
        DataDir,           // "" = standard app-data folder (conversations)
        ImagesDir,         // "" = <data>/images
        KeyFileConsent,    // the user allowed a 0600 file where no keychain exists
        ObfuscatedChatKey, // the chat key dialog's obfuscated key until it moves to KeyStore
    };

    // 1: the API key left plain settings. 2: every key of the app in this table (renamed from
    // the scattered QSettings names of version 1).
    static constexpr int kVersion = 2;

    // Uses `backend` (tests pass an INI file) or the studio's settings file, which orcli shares
    // (organization and application "orstudio", whatever the running program is called).
    explicit Settings(std::unique_ptr<QSettings> backend = {});
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // The stored value converted to the key's type, or its default.
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    bool isSet(Key key) const;
    // Writes pending changes to disk; false when the file cannot be written.
    bool sync();

    QString string(Key key) const { return value(key).toString(); }
    int integer(Key key) const { return value(key).toInt(); }
    bool flag(Key key) const { return value(key).toBool(); }
    QStringList stringList(Key key) const { return value(key).toStringList(); }
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }

    // Model ids the user starred / hid, sorted, for the studio and the CLI alike.
    QStringList favouriteModels() const { return stringList(Key::FavouriteModels); }
    void setFavouriteModels(QStringList ids);
    QStringList hiddenModels() const { return stringList(Key::HiddenModels); }
    void setHiddenModels(QStringList ids);
    // The chat presets as stored (objects with name, model, system prompt, parameters).
    QJsonArray chatPresets() const;
    void setChatPresets(const QJsonArray &presets);

    // The built-in routing profiles followed by the user's; a stored entry that cannot be read
    // is skipped and named in `warnings` (translated).
    QList<RoutingProfile> routingProfiles(QStringList *warnings = nullptr) const;
    // Stores the user's profiles of `profiles` (built-ins are skipped).
    void setRoutingProfiles(const QList<RoutingProfile> &profiles);

    // The daily and monthly spending limits (app and orcli alike).
    BudgetLimits budgetLimits() const;
    void setBudgetLimits(const BudgetLimits &limits);

    // The resolved data folder (conversations, ledger, gallery): the DataDir setting, else
    // defaultDataDir().
    QString dataDir() const;
    // The studio's standard folder (…/orstudio/orstudio), the same for orcli as for the app.
    // Under QStandardPaths' test mode each test program keeps a folder of its own, as with the
    // settings file.
    static QString defaultDataDir();
    QString imagesDir() const; // resolved folder for generated images

private:
    static QString name(Key key);
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace orc
