#include "DesktopIntegration.h"

#include "Icons.h"
#include "MainWindow.h"
#include "account/AccountController.h"
#include "account/SpendIndicator.h"
#include "account/WelcomeDialog.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogPage.h"
#include "catalog/ModelCatalogModel.h"
#include "chat/ChatPage.h"
#include "chat/ChatSettingsPanel.h"
#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"
#include "image/ImageStudioPage.h"
#include "settings/Appearance.h"
#include "settings/ProxySettings.h"
#include "settings/SettingsDialog.h"
#include "settings/Translations.h"
#include "store/Settings.h"
#include "usage/SpendTracker.h"
#include "usage/UsagePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace orc {

DesktopIntegration::DesktopIntegration(MainWindow *window, AccountController *accounts,
                                       Settings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_accounts(accounts)
    , m_settings(settings) {
    installActions();
    connectPages();
    applySettings();
}

void DesktopIntegration::applyAtStartup(const Settings &settings) {
    Translations::apply(settings.string(Settings::Key::Language));
    const QString theme = Appearance::resolve(settings.string(Settings::Key::Theme));
    if (theme != "system"_L1)
        Appearance::apply(theme);
    ProxySettings::apply(settings);
}

void DesktopIntegration::setBaseUrlOverride(const QString &source, const QUrl &url) {
    m_overrideSource = source;
    m_overrideUrl = url;
}

QMenu *DesktopIntegration::findMenu(const char *objectName, const char *title) const {
    const QString translated = QCoreApplication::translate("orc::MainWindow", title);
    const QList<QAction *> tops = m_window->menuBar()->actions();
    for (QAction *top : tops) {
        QMenu *menu = top->menu();
        if (menu &&
            (menu->objectName() == QLatin1String(objectName) || menu->title() == translated))
            return menu;
    }
    QMenu *menu = m_window->menuBar()->addMenu(translated);
    menu->setObjectName(QLatin1String(objectName));
    return menu;
}

void DesktopIntegration::installActions() {
    QMenu *edit = findMenu("editMenu", "&Edit");
    edit->addSeparator();
    m_accountAction = edit->addAction(Icons::action(u"key"_s), tr("&Account\u2026"), this,
                                      [this] { showSettings(int(SettingsDialog::Page::Account)); });
    m_accountAction->setObjectName(u"accountAction"_s);
    m_settingsAction = edit->addAction(Icons::action(u"sliders"_s), tr("&Settings\u2026"), this,
                                       [this] { showSettings(); });
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeyCombination(Qt::ControlModifier, Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *help = findMenu("helpMenu", "&Help");
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeyCombination(Qt::ControlModifier, Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &DesktopIntegration::showShortcuts);
    const QList<QAction *> helpActions = help->actions();
    help->insertAction(helpActions.isEmpty() ? nullptr : helpActions.first(), m_shortcutsAction);
    // The About entry opens the About dialog with the versions (the window's own box goes).
    bool hasAbout = false;
    for (QAction *action : helpActions) {
        if (action->menuRole() == QAction::AboutRole) {
            disconnect(action, &QAction::triggered, m_window, nullptr);
            connect(action, &QAction::triggered, this, &DesktopIntegration::showAbout);
            hasAbout = true;
        }
    }
    if (!hasAbout) {
        QAction *about = help->addAction(Icons::action(u"info"_s), tr("&About OR Studio"), this,
                                         &DesktopIntegration::showAbout);
        about->setMenuRole(QAction::AboutRole);
    }
    // Shortcuts work while the menu bar is hidden too.
    m_window->addActions({m_settingsAction, m_shortcutsAction});

    auto *spend = new SpendIndicator(m_accounts, m_window->statusBar());
    m_window->statusBar()->addPermanentWidget(spend);
    connect(spend, &SpendIndicator::accountRequested, this,
            [this] { showSettings(int(SettingsDialog::Page::Account)); });
}

void DesktopIntegration::connectPages() {
    // Every finished request's cost updates the spending figure at once; the monitor then
    // confirms it with the server.
    connect(m_window->chatPage(), &ChatPage::replyFinished, m_accounts,
            [this](const StoredMessage &message) {
                if (message.cost)
                    m_accounts->noteCost(*message.cost);
            });
    connect(m_window->imagePage(), &ImageStudioPage::generationFinished, m_accounts,
            [this](const ImageGenerator::Outcome &outcome) {
                if (outcome.cost)
                    m_accounts->noteCost(*outcome.cost);
            });
    // A key typed into the chat's own key dialog goes to the keychain like any other.
    connect(m_window->chatPage(), &ChatPage::apiKeyChanged, this, [this] {
        if (m_announcingKey)
            return;
        m_adopting = true;
        m_accounts->adoptClientKey();
    });
    connect(m_accounts, &AccountController::keySaved, this,
            [this](KeyStore::Backend to, const QString &error) {
                const bool adopting = std::exchange(m_adopting, false);
                if (!adopting || to != KeyStore::Backend::None)
                    return;
                if (m_accounts->keychainMissing())
                    askFileConsent();
                else if (!error.isEmpty())
                    m_window->statusBar()->showMessage(error, 10000);
            });
    // The window's connection label follows key changes made here.
    connect(m_accounts, &AccountController::keyChanged, this, [this] {
        m_announcingKey = true;
        emit m_window->chatPage()->apiKeyChanged();
        m_announcingKey = false;
    });
    m_accounts->refreshAccount();
}

void DesktopIntegration::askFileConsent() {
    const QString path = QDir::toNativeSeparators(m_accounts->keyStore()->options().filePath);
    QMessageBox box(QMessageBox::Warning, tr("No Keychain"),
                    tr("No system keychain is available on this computer, so OR Studio cannot "
                       "keep your key encrypted. It can keep it in a file that only your user "
                       "account can read: %1\n\nOtherwise the key is used until you quit.")
                        .arg(path),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(u"fileConsentBox"_s);
    QPushButton *keep = box.addButton(tr("Keep It in the File"), QMessageBox::AcceptRole);
    box.addButton(tr("Only Until I Quit"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == keep)
        m_accounts->useKey(m_accounts->client()->config().apiKey, true);
}

void DesktopIntegration::applySettings() {
    // The chat's own checkbox shares this setting; ticking it updates the composer and the
    // stored value alike, so both places always agree.
    m_window->chatPage()->settingsPanel()->sendWithEnterBox()->setChecked(
        m_settings->flag(Settings::Key::SendWithEnter));
    const BudgetLimits limits = m_settings->budgetLimits();
    m_window->spendTracker()->setLimits(limits);
    m_window->usagePage()->setBudgetLimits(limits);
}

void DesktopIntegration::applyDefaultChatModel() {
    const QString model = m_settings->string(Settings::Key::DefaultChatModel).trimmed();
    if (!model.isEmpty() && model != m_window->chatPage()->model().id())
        m_window->chatPage()->setModel(ModelInfo::fromJson(QJsonObject{{u"id"_s, model}}));
}

void DesktopIntegration::welcomeIfNeeded() {
    if (m_accounts->hasKey() || m_settings->flag(Settings::Key::WelcomeSeen))
        return;
    m_settings->setValue(Settings::Key::WelcomeSeen, true);
    showWelcome();
}

void DesktopIntegration::showWelcome(QWidget *parent) {
    auto *dialog = new WelcomeDialog(m_accounts, parent ? parent : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DesktopIntegration::showSettings(int page) {
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_accounts, m_window);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setBaseUrlOverride(m_overrideSource, m_overrideUrl);
        QStringList chatModels, imageModels;
        for (const ModelInfo &model : m_window->catalogPage()->catalogModel()->models()) {
            chatModels << model.id();
            if (model.supportsImageOutput())
                imageModels << model.id();
        }
        chatModels.sort();
        imageModels.sort();
        m_settingsDialog->setModelChoices(chatModels, imageModels);
        connect(m_settingsDialog, &SettingsDialog::applied, this,
                &DesktopIntegration::applySettings);
        connect(m_settingsDialog, &SettingsDialog::changeKeyRequested, this,
                [this] { showWelcome(m_settingsDialog); });
        connect(m_settingsDialog, &SettingsDialog::languageChanged, this,
                &DesktopIntegration::languageChanged);
        connect(m_settingsDialog, &SettingsDialog::dataMoveRequested, this,
                &DesktopIntegration::dataMoveRequested);
    }
    m_settingsDialog->showPage(static_cast<SettingsDialog::Page>(page));
    m_settingsDialog->open();
    m_settingsDialog->raise();
}

SettingsDialog *DesktopIntegration::settingsDialog() const {
    return m_settingsDialog;
}

void DesktopIntegration::showShortcuts() {
    auto *dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DesktopIntegration::showAbout() {
    auto *dialog = new AboutDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QStringList DesktopIntegration::dialogNames() {
    return {
        u"welcome"_s,   u"settings"_s, u"settings-network"_s, u"settings-storage"_s, u"account"_s,
        u"shortcuts"_s, u"about"_s};
}

bool DesktopIntegration::openDialog(const QString &name) {
    if (!dialogNames().contains(name))
        return false;
    if (name == "welcome"_L1)
        showWelcome();
    else if (name == "shortcuts"_L1)
        showShortcuts();
    else if (name == "about"_L1)
        showAbout();
    else if (name == "account"_L1)
        showSettings(int(SettingsDialog::Page::Account));
    else if (name == "settings-network"_L1)
        showSettings(int(SettingsDialog::Page::Network));
    else if (name == "settings-storage"_L1)
        showSettings(int(SettingsDialog::Page::Storage));
    else
        showSettings(int(SettingsDialog::Page::General));
    return true;
}

bool DesktopIntegration::grabDialog(const QString &name, const QString &file) {
    if (!openDialog(name))
        return false;
    // Let the dialog lay out, the account answer arrive and the window paint, then save.
    QTimer::singleShot(1500, this, [this, file] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
            for (QDialog *d : dialogs)
                if (d->isVisible())
                    dialog = d;
        }
        const bool saved = dialog && dialog->grab().save(file);
        if (saved)
            std::printf("%s\n", qPrintable(file));
        else
            std::fprintf(stderr, "orstudio: %s\n", qPrintable(tr("could not write %1").arg(file)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    return true;
}

} // namespace orc
