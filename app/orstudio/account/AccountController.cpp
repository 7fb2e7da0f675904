#include "AccountController.h"

#include "AccountFormat.h"
#include "api/OpenRouterClient.h"
#include "store/Settings.h"

#include <QEventLoop>
#include <QTimer>

namespace orc {

AccountController::AccountController(OpenRouterClient *client, Settings *settings, KeyStore *store,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_store(store ? store : new KeyStore(this))
    , m_monitor(new AccountMonitor(client, this)) {
    m_store->setAllowFile(fileConsent());
    connect(m_store, &KeyStore::saved, this, &AccountController::onSaved);
    connect(m_monitor, &AccountMonitor::updated, this, &AccountController::statusUpdated);
}

AccountController::StoredKey
AccountController::readStoredKey(KeyStore &store, const std::function<QString()> &legacy,
                                 int timeoutMs) {
    StoredKey found;
    QEventLoop loop;
    bool done = false;
    QObject::connect(
        &store, &KeyStore::loaded, &loop,
        [&](const QString &key, KeyStore::Backend from, const QString &error) {
            found.key = ClientConfig::cleanKey(key);
            found.backend = from;
            found.error = error;
            done = true;
            loop.quit();
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    store.load();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done)
        found.error = tr("The keychain did not answer in time.");
    found.keychainMissing = store.keychainUnavailable();
    if (found.key.isEmpty() && legacy) {
        found.key = ClientConfig::cleanKey(legacy());
        found.legacy = !found.key.isEmpty();
    }
    return found;
}

void AccountController::setStartupState(const StoredKey &found) {
    m_keychainMissing = found.keychainMissing;
    m_storedIn = found.legacy ? KeyStore::Backend::None : found.backend;
    if (found.legacy && !found.key.isEmpty()) {
        // Move the old obfuscated settings entry into the keychain (or the consented file).
        m_pendingKey = found.key;
        m_saving = true;
        m_store->save(found.key);
    }
}

OpenRouterClient *AccountController::client() const {
    return m_client;
}

KeySource AccountController::keySource() const {
    return m_client ? m_client->config().keySource : KeySource::None;
}

bool AccountController::keyFromEnvironment() const {
    const KeySource source = keySource();
    return source == KeySource::EnvOpenRouter || source == KeySource::EnvSkill;
}

bool AccountController::hasKey() const {
    return m_client && !m_client->config().apiKey.isEmpty();
}

bool AccountController::fileConsent() const {
    return m_settings && m_settings->flag(Settings::Key::KeyFileConsent);
}

QString AccountController::keySourceText() const {
    return AccountFormat::keySource(hasKey() ? keySource() : KeySource::None, m_storedIn);
}

void AccountController::applyToClient(const QString &key) {
    if (!m_client || keyFromEnvironment())
        return; // the environment wins; the stored key is used once it is unset
    ClientConfig config = m_client->config();
    if (config.apiKey == key && config.keySource == KeySource::Stored)
        return;
    config.apiKey = key;
    config.keySource = key.isEmpty() ? KeySource::None : KeySource::Stored;
    m_client->setConfig(config);
    emit keyChanged();
    refreshAccount();
}

void AccountController::useKey(const QString &key, bool allowFile) {
    const QString cleaned = ClientConfig::cleanKey(key);
    if (cleaned.isEmpty())
        return;
    if (allowFile && m_settings)
        m_settings->setValue(Settings::Key::KeyFileConsent, true);
    m_store->setAllowFile(allowFile || fileConsent());
    m_pendingKey = cleaned;
    m_saving = true;
    applyToClient(cleaned);
    m_store->save(cleaned);
}

void AccountController::adoptClientKey() {
    if (!m_client || m_client->config().keySource != KeySource::Stored)
        return;
    const QString key = m_client->config().apiKey;
    if (!key.isEmpty())
        useKey(key, false);
}

void AccountController::onSaved(KeyStore::Backend to, const QString &error) {
    m_saving = false;
    m_keychainMissing = m_store->keychainUnavailable();
    m_storedIn = to;
    if (m_clearLegacy)
        m_clearLegacy(); // kept properly now, or deliberately for this session only
    m_pendingKey.clear();
    emit keySaved(to, error);
}

void AccountController::signOut() {
    connect(
        m_store, &KeyStore::removed, this,
        [this](const QString &error) {
            if (m_clearLegacy)
                m_clearLegacy();
            if (m_settings)
                m_settings->setValue(Settings::Key::KeyFileConsent, false);
            m_store->setAllowFile(false);
            m_storedIn = KeyStore::Backend::None;
            if (m_client && !keyFromEnvironment()) {
                ClientConfig config = m_client->config();
                config.apiKey.clear();
                config.keySource = KeySource::None;
                m_client->setConfig(config);
                emit keyChanged();
            }
            refreshAccount();
            emit signedOut(error);
        },
        Qt::SingleShotConnection);
    m_store->remove();
}

void AccountController::refreshAccount() {
    if (!hasKey()) {
        emit statusUpdated(AccountStatus{});
        return;
    }
    if (m_monitor->isRefreshing()) {
        // That answer is about the key used before: ask again once it is in.
        connect(
            m_monitor, &AccountMonitor::updated, this, [this] { m_monitor->refresh(); },
            Qt::SingleShotConnection);
        return;
    }
    m_monitor->refresh();
}

void AccountController::noteCost(double usd) {
    m_monitor->noteCost(usd);
}

} // namespace orc
