#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QMenu;
class QWidget;

namespace orc {

class AccountController;
class MainWindow;
class Settings;
class SettingsDialog;

// Joins the desktop pieces to the main window without the window knowing them: Edit >
// Settings and Account, Help > Keyboard Shortcuts and About, the status-bar spending figure,
// costs from the chat and the image studio fed to the account monitor, keys entered in the
// chat's key dialog moved into the keychain, the first-run welcome dialog, and settings
// applied at start and whenever they change (a new language and a data move are passed on to
// StudioShell, which rebuilds the window).
class DesktopIntegration final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)
public:
    DesktopIntegration(MainWindow *window, AccountController *accounts, Settings *settings,
                       QObject *parent = nullptr);

    // Before any window exists: language, theme and proxy from `settings` (the proxy's
    // password follows from the keychain once StudioShell::launch has read it).
    static void applyAtStartup(const Settings &settings);

    // Where a base URL overriding the setting came from ("--base-url", "OPENROUTER_BASE_URL").
    void setBaseUrlOverride(const QString &source, const QUrl &url);
    // The chat starts with the default chat model when one is set.
    void applyDefaultChatModel();
    // Shows the welcome dialog when no key is in use and it was not dismissed before.
    void welcomeIfNeeded();

    void showSettings(int page = 0);             // SettingsDialog::Page
    void showWelcome(QWidget *parent = nullptr); // over the main window by default
    void showShortcuts();
    void showAbout();
    // Opens a dialog by name: "welcome", "settings", "settings-network", "settings-storage",
    // "account", "shortcuts", "about". False for an unknown name.
    bool openDialog(const QString &name);
    // For screenshots: openDialog(), then saves the dialog to `file` once laid out and quits.
    bool grabDialog(const QString &name, const QString &file);
    static QStringList dialogNames();

    SettingsDialog *settingsDialog() const; // the open one, or nullptr

signals:
    // The settings changed the language: the window is built again in it.
    void languageChanged();
    // The user chose to move the data to `to` (SettingsDialog::dataMoveRequested).
    void dataMoveRequested(const QString &to);

private:
    QMenu *findMenu(const char *objectName, const char *title) const;
    void installActions();
    void connectPages();
    void applySettings();
    void askFileConsent();

    MainWindow *m_window;
    AccountController *m_accounts;
    Settings *m_settings;
    QString m_overrideSource;
    QUrl m_overrideUrl;
    QAction *m_settingsAction = nullptr;
    QAction *m_accountAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    bool m_announcingKey = false;
    bool m_adopting = false;
};

} // namespace orc
