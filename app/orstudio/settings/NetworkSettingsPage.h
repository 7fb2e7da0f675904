#pragma once

#include "SettingsPage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace orc {

// Settings > Network: the API base URL, the attribution OpenRouter shows for the app (name
// and URL), the request timeout, the overall time limit and retries, and the proxy (system /
// none / manual, with an optional user name and password).
class NetworkSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsPage)
public:
    explicit NetworkSettingsPage(QWidget *parent = nullptr);

    void load(const Settings &settings) override;
    void save(Settings &settings) const override;
    // The password field: shown filled with the password in memory, stored in the keychain.
    void setProxyPassword(const QString &password);
    QString proxyPassword() const;
    QString problem() const override;
    // A base URL (or the command line) that overrides the setting; shown as a note.
    void setBaseUrlOverride(const QString &source);

private:
    QRadioButton *proxyButton(const QString &mode) const;
    void retranslate() override;
    void updateProxyFields();

    QLineEdit *m_baseUrl;
    QLabel *m_baseUrlNote;
    QLineEdit *m_title;
    QLineEdit *m_referer;
    QSpinBox *m_timeout;
    QSpinBox *m_maxTime;
    QSpinBox *m_retries;
    QButtonGroup *m_proxyGroup;
    QRadioButton *m_proxySystem;
    QRadioButton *m_proxyNone;
    QRadioButton *m_proxyManual;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QString m_override;
};

} // namespace orc
