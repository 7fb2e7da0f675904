#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

#include "store/KeyStore.h"

#include <functional>

class QObject;

namespace orc {

class Settings;

// The proxy setting applied to every connection the app opens: "system" (the desktop's or
// the environment's proxy), "none" (direct), or "manual" (host and port; an HTTP proxy, or
// SOCKS5 when the host is written socks5://host; with a user name, the password is kept in
// the keychain through KeyStore and held in memory only while the app runs).
class ProxySettings {
    Q_DECLARE_TR_FUNCTIONS(orc::ProxySettings)
public:
    enum class Mode { System, None, Manual };

    static Mode modeFrom(const QString &name); // unknown names mean System
    static QString name(Mode mode);
    // What is wrong with a manual setting (translated), or empty.
    static QString problem(const QString &host, int port);
    // Applies the setting app-wide (QNetworkProxy::setApplicationProxy and the system factory).
    static void apply(Mode mode, const QString &host, int port, const QString &user = {},
                      const QString &password = {});
    // The stored setting with the password in memory (see password()).
    static void apply(const Settings &settings);

    // The manual proxy's password as last read from or written to the keychain.
    static QString password();
    static void setPassword(const QString &password);
    // Reads the password from the keychain (when a manual proxy has a user name) and applies
    // the setting with it; `done` runs once it is in effect.
    static void loadPassword(const Settings &settings, const KeyStore::Options &keyOptions,
                             QObject *context, const std::function<void()> &done = {});
    // Keeps `password` in the keychain (empty removes it) and in memory; `done` gets an error
    // sentence, or empty once it is stored. `keyOptions` are the API key's (KeyStore::
    // proxyPasswordOptions derives the password's place from them).
    static void storePassword(const KeyStore::Options &keyOptions, const QString &password,
                              QObject *context, const std::function<void(QString)> &done);

private:
    // The proxy a manual setting stands for; NoProxy for None, DefaultProxy for System.
    static QNetworkProxy proxyFor(Mode mode, const QString &host, int port,
                                  const QString &user = {}, const QString &password = {});
};

} // namespace orc
