#pragma once

#include <QWidget>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace orc {

class Settings;

// Settings > Network: the API base URL, the attribution OpenRouter shows for the app (name
// and URL), the request timeout, the overall time limit and retries, and the proxy (system /
// none / manual, with an optional user name and password).
class NetworkSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsPage)
public:
    explicit NetworkSettingsPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void save(Settings &settings) const;
    // The password field: shown filled with the password in memory, stored in the keychain.
    void setProxyPassword(const QString &password);
    QString proxyPassword() const;
    // What must be fixed before saving (translated), or empty.
    QString problem() const;
    // A base URL (or the command line) that overrides the setting; shown as a note.
    void setBaseUrlOverride(const QString &source);

    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *refererField() const { return m_referer; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QSpinBox *maxTimeBox() const { return m_maxTime; }
    QSpinBox *retriesBox() const { return m_retries; }
    QRadioButton *proxyButton(const QString &mode) const;
    QLineEdit *proxyHostField() const { return m_proxyHost; }
    QSpinBox *proxyPortBox() const { return m_proxyPort; }
    QLineEdit *proxyUserField() const { return m_proxyUser; }
    QLineEdit *proxyPasswordField() const { return m_proxyPassword; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateProxyFields();

    QFormLayout *m_form;
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
    QList<QLabel *> m_labels; // row titles, in order
    QString m_override;
};

} // namespace orc
