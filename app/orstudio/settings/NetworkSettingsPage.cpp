#include "NetworkSettingsPage.h"

#include "ProxySettings.h"
#include "api/ClientConfig.h"
#include "store/Settings.h"
#include "widgets/Named.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace orc {

NetworkSettingsPage::NetworkSettingsPage(QWidget *parent)
    : SettingsPage(u"networkPage"_s, parent)
    , m_baseUrl(named(new QLineEdit(this), u"baseUrl"_s))
    , m_title(named(new QLineEdit(this), u"attributionTitle"_s))
    , m_referer(named(new QLineEdit(this), u"attributionReferer"_s))
    , m_timeout(named(new QSpinBox(this), u"timeout"_s))
    , m_maxTime(named(new QSpinBox(this), u"maxTime"_s))
    , m_retries(named(new QSpinBox(this), u"retries"_s))
    , m_proxyGroup(new QButtonGroup(this))
    , m_proxySystem(named(new QRadioButton(this), u"proxy-system"_s))
    , m_proxyNone(named(new QRadioButton(this), u"proxy-none"_s))
    , m_proxyManual(named(new QRadioButton(this), u"proxy-manual"_s))
    , m_proxyHost(named(new QLineEdit(this), u"proxyHost"_s))
    , m_proxyPort(named(new QSpinBox(this), u"proxyPort"_s))
    , m_proxyUser(named(new QLineEdit(this), u"proxyUser"_s))
    , m_proxyPassword(named(new QLineEdit(this), u"proxyPassword"_s)) {
    m_baseUrl->setPlaceholderText(ClientConfig::defaultBaseUrl().toString());
    m_baseUrl->setClearButtonEnabled(true);
    m_title->setPlaceholderText(ClientConfig::defaultTitle());
    m_referer->setPlaceholderText(ClientConfig::defaultReferer());
    m_timeout->setRange(5, 3600);
    m_maxTime->setRange(0, 86400);
    m_retries->setRange(0, 9);
    m_proxyGroup->addButton(m_proxySystem);
    m_proxyGroup->addButton(m_proxyNone);
    m_proxyGroup->addButton(m_proxyManual);
    m_proxySystem->setChecked(true);
    m_proxyHost->setPlaceholderText(u"proxy.example.com"_s);
    m_proxyPort->setRange(1, 65535);
    m_proxyPassword->setEchoMode(QLineEdit::Password);

    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxySystem);
    proxyRow->addWidget(m_proxyNone);
    proxyRow->addWidget(m_proxyManual);
    proxyRow->addStretch(1);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_proxyHost, 1);
    manualRow->addWidget(m_proxyPort);
    auto *loginRow = new QHBoxLayout;
    loginRow->addWidget(m_proxyUser, 1);
    loginRow->addWidget(m_proxyPassword, 1);

    addRow(m_baseUrl);
    m_baseUrlNote = addNote();
    addRow(m_title);
    addRow(m_referer);
    addRow(m_timeout);
    addRow(m_maxTime);
    addRow(m_retries);
    addRow(proxyRow, nullptr);
    addRow(manualRow, m_proxyHost);
    addRow(loginRow, m_proxyUser);

    connect(m_proxyGroup, &QButtonGroup::buttonToggled, this,
            &NetworkSettingsPage::updateProxyFields);
    retranslate();
    updateProxyFields();
}

void NetworkSettingsPage::retranslate() {
    setRowTitles({tr("API &base URL:"), tr("App &name (attribution):"),
                  tr("App &URL (attribution):"), tr("&Timeout:"), tr("O&verall limit:"),
                  tr("&Retries:"), tr("Proxy:"), tr("Proxy &host and port:"),
                  tr("Proxy u&ser and password:")});
    m_maxTime->setSuffix(tr(" s"));
    m_maxTime->setSpecialValueText(tr("None"));
    m_maxTime->setToolTip(tr("A request, retries included, is abandoned after this long even "
                             "while the server keeps the connection alive. None: no limit."));
    m_proxyUser->setPlaceholderText(tr("User name (optional)"));
    m_proxyPassword->setPlaceholderText(tr("Password"));
    m_proxyPassword->setToolTip(tr("Kept in the system keychain, never in the settings file."));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A request is abandoned when nothing arrives for this long."));
    m_retries->setToolTip(tr("How often a request that failed for a passing reason (rate "
                             "limit, overloaded provider, dropped connection) is tried again."));
    m_title->setToolTip(tr("Sent as X-Title: the name OpenRouter shows for this app in its "
                           "rankings and your activity."));
    m_referer->setToolTip(tr("Sent as HTTP-Referer: the site OpenRouter links for this app."));
    m_proxySystem->setText(tr("&System"));
    m_proxyNone->setText(tr("N&one"));
    m_proxyManual->setText(tr("&Manual"));
    setBaseUrlOverride(m_override);
}

void NetworkSettingsPage::setBaseUrlOverride(const QString &source) {
    m_override = source;
    m_baseUrlNote->setText(
        source.isEmpty() ? tr("Change this only for a compatible service or a local test server.")
                         : tr("%1 overrides this setting while it is set.").arg(source));
}

QRadioButton *NetworkSettingsPage::proxyButton(const QString &mode) const {
    switch (ProxySettings::modeFrom(mode)) {
    case ProxySettings::Mode::None:
        return m_proxyNone;
    case ProxySettings::Mode::Manual:
        return m_proxyManual;
    case ProxySettings::Mode::System:
        break;
    }
    return m_proxySystem;
}

void NetworkSettingsPage::updateProxyFields() {
    const bool manual = m_proxyManual->isChecked();
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    m_proxyUser->setEnabled(manual);
    m_proxyPassword->setEnabled(manual);
}

void NetworkSettingsPage::setProxyPassword(const QString &password) {
    m_proxyPassword->setText(password);
}

QString NetworkSettingsPage::proxyPassword() const {
    return m_proxyUser->text().trimmed().isEmpty() ? QString() : m_proxyPassword->text();
}

void NetworkSettingsPage::load(const Settings &settings) {
    m_baseUrl->setText(settings.string(Settings::Key::BaseUrl));
    const QString title = settings.string(Settings::Key::AttributionTitle);
    m_title->setText(title == ClientConfig::defaultTitle() ? QString() : title);
    const QString referer = settings.string(Settings::Key::AttributionReferer);
    m_referer->setText(referer == ClientConfig::defaultReferer() ? QString() : referer);
    m_timeout->setValue(settings.integer(Settings::Key::TimeoutSeconds));
    m_maxTime->setValue(settings.integer(Settings::Key::MaxTimeSeconds));
    m_retries->setValue(std::max(0, settings.integer(Settings::Key::MaxAttempts) - 1));
    proxyButton(settings.string(Settings::Key::ProxyMode))->setChecked(true);
    m_proxyHost->setText(settings.string(Settings::Key::ProxyHost));
    m_proxyPort->setValue(settings.integer(Settings::Key::ProxyPort));
    m_proxyUser->setText(settings.string(Settings::Key::ProxyUser));
    updateProxyFields();
}

void NetworkSettingsPage::save(Settings &settings) const {
    settings.setValue(Settings::Key::BaseUrl, m_baseUrl->text().trimmed());
    const QString title = m_title->text().trimmed();
    if (title.isEmpty())
        settings.reset(Settings::Key::AttributionTitle);
    else
        settings.setValue(Settings::Key::AttributionTitle, title);
    const QString referer = m_referer->text().trimmed();
    if (referer.isEmpty())
        settings.reset(Settings::Key::AttributionReferer);
    else
        settings.setValue(Settings::Key::AttributionReferer, referer);
    settings.setValue(Settings::Key::TimeoutSeconds, m_timeout->value());
    settings.setValue(Settings::Key::MaxTimeSeconds, m_maxTime->value());
    settings.setValue(Settings::Key::MaxAttempts, m_retries->value() + 1);
    const ProxySettings::Mode mode = m_proxyManual->isChecked() ? ProxySettings::Mode::Manual
                                     : m_proxyNone->isChecked() ? ProxySettings::Mode::None
                                                                : ProxySettings::Mode::System;
    settings.setValue(Settings::Key::ProxyMode, ProxySettings::name(mode));
    settings.setValue(Settings::Key::ProxyHost, m_proxyHost->text().trimmed());
    settings.setValue(Settings::Key::ProxyPort, m_proxyPort->value());
    settings.setValue(Settings::Key::ProxyUser, m_proxyUser->text().trimmed());
}

QString NetworkSettingsPage::problem() const {
    const QString base = m_baseUrl->text().trimmed();
    if (!base.isEmpty()) {
        ClientConfig config;
        config.baseUrl = QUrl(base, QUrl::StrictMode);
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty())
            return tr("The base URL is not a web address: write it like %1.")
                .arg(ClientConfig::defaultBaseUrl().toString());
        if (const auto error = config.validate(false))
            return error->toString();
    }
    const QString referer = m_referer->text().trimmed();
    if (!referer.isEmpty()) {
        const QUrl url(referer, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) ||
            url.host().isEmpty())
            return tr("The app URL must be a web address such as https://example.com.");
    }
    if (m_proxyManual->isChecked())
        return ProxySettings::problem(m_proxyHost->text(), m_proxyPort->value());
    return {};
}

} // namespace orc
