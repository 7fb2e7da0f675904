#include "ProxySettings.h"

#include "store/KeyStore.h"
#include "store/Settings.h"

#include <QNetworkProxyFactory>
#include <QPointer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
QString &passwordInMemory() {
    static QString password;
    return password;
}
} // namespace

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

QNetworkProxy ProxySettings::proxyFor(Mode mode, const QString &host, int port, const QString &user,
                                      const QString &password) {
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
    const QString name = user.trimmed();
    return QNetworkProxy(type, h, static_cast<quint16>(port), name,
                         name.isEmpty() ? QString() : password);
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

void ProxySettings::apply(Mode mode, const QString &host, int port, const QString &user,
                          const QString &password) {
    if (mode == Mode::System) {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(proxyFor(mode, host, port, user, password));
}

void ProxySettings::apply(const Settings &settings) {
    const Mode mode = modeFrom(settings.string(Settings::Key::ProxyMode));
    const QString host = settings.string(Settings::Key::ProxyHost);
    const int port = settings.integer(Settings::Key::ProxyPort);
    // A manual setting that cannot work falls back to the system's proxy.
    apply(mode == Mode::Manual && !problem(host, port).isEmpty() ? Mode::System : mode, host, port,
          settings.string(Settings::Key::ProxyUser), password());
}

QString ProxySettings::password() {
    return passwordInMemory();
}

void ProxySettings::setPassword(const QString &password) {
    passwordInMemory() = password;
}

void ProxySettings::loadPassword(const Settings &settings, const KeyStore::Options &keyOptions,
                                 QObject *context, const std::function<void()> &done) {
    if (modeFrom(settings.string(Settings::Key::ProxyMode)) != Mode::Manual ||
        settings.string(Settings::Key::ProxyUser).trimmed().isEmpty()) {
        if (done)
            done();
        return;
    }
    auto *store = new KeyStore(KeyStore::proxyPasswordOptions(keyOptions), context);
    QObject::connect(store, &KeyStore::loaded, context,
                     [store, &settings, done](const QString &password) {
                         setPassword(password);
                         apply(settings);
                         store->deleteLater();
                         if (done)
                             done();
                     });
    store->load();
}

void ProxySettings::storePassword(const KeyStore::Options &keyOptions, const QString &password,
                                  QObject *context, const std::function<void(QString)> &done) {
    setPassword(password);
    // The store outlives a dialog closed meanwhile; `done` runs only while `context` lives.
    auto *store =
        new KeyStore(KeyStore::proxyPasswordOptions(keyOptions), QCoreApplication::instance());
    auto finish = [store, done, guard = QPointer<QObject>(context)](const QString &error) {
        store->deleteLater();
        if (done && guard)
            done(error);
    };
    if (password.isEmpty()) {
        QObject::connect(store, &KeyStore::removed, store, finish);
        store->remove();
        return;
    }
    QObject::connect(store, &KeyStore::saved, store,
                     [finish](KeyStore::Backend to, const QString &error) {
                         finish(to == KeyStore::Backend::None
                                    ? tr("The proxy password is used until you quit but could "
                                         "not be stored: %1")
                                          .arg(error)
                                    : QString());
                     });
    store->save(password);
}

} // namespace orc
