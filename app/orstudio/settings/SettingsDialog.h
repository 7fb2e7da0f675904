#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace orc {

class AccountController;
class AccountPanel;
class GeneralSettingsPage;
class NetworkSettingsPage;
class Settings;
class SettingsPage;
class StorageSettingsPage;

// Preferences over the core Settings table: General (language, theme, sending, default
// models), Network (base URL, attribution, timeout, retries, proxy), Storage (folders, cache)
// and Account (where the key came from, the account figures, sign out). OK and Apply validate
// every page, save, and apply at once: theme, proxy (its password into the keychain), the
// client's configuration, and the language (languageChanged: the shell rebuilds the window).
// A changed conversations folder asks whether to move the data (dataMoveRequested).
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    enum class Page { General, Network, Storage, Account };

    SettingsDialog(Settings *settings, AccountController *accounts, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    // Where a base URL that overrides the setting comes from ("OPENROUTER_BASE_URL",
    // "--base-url") and its value; empty when the setting decides.
    void setBaseUrlOverride(const QString &source, const QUrl &url);
    void setModelChoices(const QStringList &chatModels, const QStringList &imageModels);

    // Validates, saves and applies; false (with the reason shown) when a page has a problem.
    bool apply();
    void accept() override;

signals:
    void applied();
    void changeKeyRequested();
    // The language setting changed (its catalogs are installed already).
    void languageChanged();
    // The user chose to move the data to the folder `to`; the setting switches once moved.
    void dataMoveRequested(const QString &to);
    // The proxy password was stored (`error` empty) or could not be.
    void proxyPasswordStored(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    QList<SettingsPage *> pages() const; // the pages over Settings, in the order of Page

    Settings *m_settings;
    AccountController *m_accounts;
    QUrl m_baseUrlOverride;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    GeneralSettingsPage *m_general;
    NetworkSettingsPage *m_network;
    StorageSettingsPage *m_storage;
    AccountPanel *m_account;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    // Our own buttons, not standard ones: QDialogButtonBox would reset standard texts to Qt's
    // catalog (often not installed) on every language change.
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QPushButton *m_apply;
};

} // namespace orc
