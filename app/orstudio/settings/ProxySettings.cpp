#include "ProxySettings.h"

#include "store/Settings.h"

#include <QNetworkProxyFactory>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace orc {

ProxySettings::Mode ProxySettings::modeFrom(const QString &name) {
    if (name == "none"_L1)
        return Mode::None;
    if (name == "manual"_L1)
        return Mode::Manual;
    return Mode::System;
}

QString ProxySettings::name(Mode mode) {
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::None:
        return u"none"_s;
    case Mode::Manual:
        return u"manual"_s;
    }
    return u"system"_s;
}

QNetworkProxy ProxySettings::proxyFor(Mode mode, const QString &host, int port) {
    switch (mode) {
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Manual:
        break;
    }
    QString h = host.trimmed();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    const QUrl url = QUrl::fromUserInput(h);
    if (h.contains(u"://"_s) && url.isValid()) {
        if (url.scheme().startsWith("socks"_L1))
            type = QNetworkProxy::Socks5Proxy;
        h = url.host();
    }
    return QNetworkProxy(type, h, static_cast<quint16>(port));
}

QString ProxySettings::problem(const QString &host, int port) {
    const QString h = host.trimmed();
    if (h.isEmpty())
        return tr("Enter the proxy's host name, for example proxy.example.com.");
    if (h.contains(u' '))
        return tr("A proxy host name has no spaces.");
    if (h.contains(u"://"_s)) {
        const QUrl url(h);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != "http"_L1 && scheme != "socks5"_L1 && scheme != "socks"_L1))
            return tr("Write the proxy as a host name, or as socks5://host for a SOCKS proxy.");
    }
    if (port < 1 || port > 65535)
        return tr("The proxy port is a number from 1 to 65535.");
    return {};
}

void ProxySettings::apply(Mode mode, const QString &host, int port) {
    if (mode == Mode::System) {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(proxyFor(mode, host, port));
}

void ProxySettings::apply(const Settings &settings) {
    const Mode mode = modeFrom(settings.string(Settings::Key::ProxyMode));
    const QString host = settings.string(Settings::Key::ProxyHost);
    const int port = settings.integer(Settings::Key::ProxyPort);
    // A manual setting that cannot work falls back to the system's proxy.
    apply(mode == Mode::Manual && !problem(host, port).isEmpty() ? Mode::System : mode, host, port);
}

} // namespace orc
