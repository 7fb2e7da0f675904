#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

namespace orc {

class Settings;

// The proxy setting applied to every connection the app opens: "system" (the desktop's or
// the environment's proxy), "none" (direct), or "manual" (host and port; an HTTP proxy, or
// SOCKS5 when the host is written socks5://host).
class ProxySettings {
    Q_DECLARE_TR_FUNCTIONS(orc::ProxySettings)
public:
    enum class Mode { System, None, Manual };

    static Mode modeFrom(const QString &name); // unknown names mean System
    static QString name(Mode mode);
    // The proxy a manual setting stands for; NoProxy for None, DefaultProxy for System.
    static QNetworkProxy proxyFor(Mode mode, const QString &host, int port);
    // What is wrong with a manual setting (translated), or empty.
    static QString problem(const QString &host, int port);
    // Applies the setting app-wide (QNetworkProxy::setApplicationProxy and the system factory).
    static void apply(Mode mode, const QString &host, int port);
    static void apply(const Settings &settings);
};

} // namespace orc
