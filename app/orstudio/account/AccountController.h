#pragma once

#include "api/AccountMonitor.h"
#include "api/ClientConfig.h"
#include "store/KeyStore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace orc {

class OpenRouterClient;
class Settings;

// The one owner of "which key does the app use, and where is it kept". It stores keys through
// KeyStore (system keychain; a 0600 file only with the consent recorded in Settings), applies
// them to the client unless the environment supplies one (the environment always wins), signs
// out everywhere, and keeps the account figures fresh through AccountMonitor.
class AccountController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)
public:
    // `store` may be null: a KeyStore with default options (and the consent from `settings`)
    // is created. Neither `client` nor `settings` is owned.
    AccountController(OpenRouterClient *client, Settings *settings, KeyStore *store = nullptr,
                      QObject *parent = nullptr);

    // For start-up, before any window exists: reads the stored key (keychain, then the
    // consented file, then the obfuscated copy older builds kept in the settings), waiting at
    // most `timeoutMs` (a locked keyring may ask the user for its password). Reports where it
    // was found and whether the keychain service is missing.
    struct StoredKey {
        QString key;
        KeyStore::Backend backend = KeyStore::Backend::None;
        bool legacy = false; // found only in the old settings entry (moved on next save)
        bool keychainMissing = false;
        QString error;
    };
    // `legacy` reads that old entry (ApiKeyDialog::storedKey in the app).
    static StoredKey readStoredKey(KeyStore &store, const std::function<QString()> &legacy = {},
                                   int timeoutMs = 60000);

    // Clears the old settings entry once the key is kept properly (ApiKeyDialog::clearStoredKey
    // in the app).
    void setLegacyCleaner(std::function<void()> clear) { m_clearLegacy = std::move(clear); }

    // What readStoredKey() found, so the controller knows where the key in use lives, and
    // moves a legacy copy into the keychain.
    void setStartupState(const StoredKey &found);

    OpenRouterClient *client() const;
    Settings *settings() const { return m_settings; }
    KeyStore *keyStore() const { return m_store; }
    AccountMonitor *monitor() const { return m_monitor; }

    KeySource keySource() const;
    bool keyFromEnvironment() const;
    bool hasKey() const;
    KeyStore::Backend storedIn() const { return m_storedIn; }
    bool keychainMissing() const { return m_keychainMissing; }
    bool isSaving() const { return m_saving; }
    bool fileConsent() const;
    // "the system keychain", "OPENROUTER_API_KEY"...: AccountFormat::keySource for the key in use.
    QString keySourceText() const;

    // Stores `key` (the file only when `allowFile`, which is then remembered as consent) and
    // makes the client use it unless the environment has a key. keySaved() follows; with
    // Backend::None the key is still used, for this session only.
    void useKey(const QString &key, bool allowFile);
    // The chat page's key dialog put a key straight into the client: keep it properly.
    void adoptClientKey();
    // Removes the key from the keychain, the file and the old settings entry, forgets the
    // file consent and stops using a stored key. signedOut() follows.
    void signOut();
    void refreshAccount();
    void noteCost(double usd);

signals:
    void keyChanged(); // the client uses another key (or none)
    void keySaved(orc::KeyStore::Backend to, const QString &error);
    void signedOut(const QString &error);
    void statusUpdated(const orc::AccountStatus &status);

private:
    void applyToClient(const QString &key);
    void onSaved(KeyStore::Backend to, const QString &error);

    QPointer<OpenRouterClient> m_client;
    Settings *m_settings;
    KeyStore *m_store;
    AccountMonitor *m_monitor;
    KeyStore::Backend m_storedIn = KeyStore::Backend::None;
    bool m_keychainMissing = false;
    bool m_saving = false;
    QString m_pendingKey;
    std::function<void()> m_clearLegacy;
};

} // namespace orc
