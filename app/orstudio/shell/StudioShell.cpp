#include "shell/StudioShell.h"

#include "ApiKeyDialog.h"
#include "account/AccountController.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogFilterBar.h"
#include "catalog/CatalogPage.h"
#include "chat/ChatPage.h"
#include "chat/ChatSession.h"
#include "chat/ClientSetup.h"
#include "chat/Composer.h"
#include "chat/ConversationSidebar.h"
#include "image/ImageControlsPanel.h"
#include "image/ImageStudioPage.h"
#include "settings/ProxySettings.h"
#include "settings/SettingsDialog.h"
#include "shell/DesktopIntegration.h"
#include "shell/StartupOptions.h"
#include "store/ConversationStore.h"
#include "store/KeyStore.h"
#include "store/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
constexpr int kBusyPollMs = 250;
} // namespace

struct StudioShell::Owned {
    std::unique_ptr<KeyStore> keyStore;
    std::unique_ptr<OpenRouterClient> client;
    std::unique_ptr<AccountController> accounts;
};

StudioShell::StudioShell(Parts parts, std::unique_ptr<ConversationStore> store, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
    , m_store(std::move(store)) {
    build();
}

StudioShell::~StudioShell() {
    teardown();
}

std::unique_ptr<StudioShell> StudioShell::launch(Settings *settings, const StartupOptions &options,
                                                 QString *error) {
    const QString dataDir = options.dataDir.isEmpty() ? settings->dataDir() : options.dataDir;
    auto store = std::make_unique<ConversationStore>(
        QDir(dataDir).absoluteFilePath(u"conversations.sqlite"_s));
    QString storeError;
    if (!store->open(&storeError)) {
        *error = QCoreApplication::translate("main", "The conversations cannot be opened: %1")
                     .arg(storeError);
        return nullptr;
    }
    store->markInterrupted(); // replies that were streaming when the app last stopped

    // The stored key (keychain, consented file, or the chat key dialog's settings entry) is
    // read only when the environment has none, so a locked keyring does not ask for nothing.
    auto owned = std::make_unique<Owned>();
    owned->keyStore = std::make_unique<KeyStore>();
    ProxySettings::loadPassword(*settings, owned->keyStore->options(), qApp);
    AccountController::StoredKey stored;
    if (ClientConfig::fromEnvironment(QString(), options.baseUrl).apiKey.isEmpty())
        stored = AccountController::readStoredKey(*owned->keyStore, &ApiKeyDialog::storedKey);
    const ClientConfig config = applySettings(
        *settings, ClientConfig::fromEnvironment(QString(), options.baseUrl, stored.key));
    if (const std::optional<ApiError> problem = config.validate(false)) {
        *error = problem->toString();
        return nullptr;
    }
    owned->client = std::make_unique<OpenRouterClient>(config);
    owned->accounts =
        std::make_unique<AccountController>(owned->client.get(), settings, owned->keyStore.get());
    owned->accounts->setLegacyCleaner(&ApiKeyDialog::clearStoredKey);
    owned->accounts->setStartupState(stored);

    Parts parts{
        settings, owned->client.get(), owned->accounts.get(),
        CatalogCache(QString(), QDir(dataDir).absoluteFilePath(u"catalog-history.sqlite"_s))};
    auto shell = std::make_unique<StudioShell>(std::move(parts), std::move(store));
    shell->m_owned = std::move(owned);
    if (!options.baseUrl.isEmpty())
        shell->setBaseUrlOverride(u"--base-url"_s, config.baseUrl);
    else if (!qEnvironmentVariable("OPENROUTER_BASE_URL").trimmed().isEmpty())
        shell->setBaseUrlOverride(u"OPENROUTER_BASE_URL"_s, config.baseUrl);
    return shell;
}

void StudioShell::setBaseUrlOverride(const QString &source, const QUrl &url) {
    m_overrideSource = source;
    m_overrideUrl = url;
    m_desktop->setBaseUrlOverride(source, url);
}

void StudioShell::build() {
    m_window = std::make_unique<MainWindow>(m_parts.client, m_parts.cache, m_store.get());
    m_desktop =
        std::make_unique<DesktopIntegration>(m_window.get(), m_parts.accounts, m_parts.settings);
    if (!m_overrideSource.isEmpty())
        m_desktop->setBaseUrlOverride(m_overrideSource, m_overrideUrl);
    // Queued: the settings dialog that asked is still on the stack, and goes with the window.
    connect(m_desktop.get(), &DesktopIntegration::languageChanged, this, &StudioShell::rebuild,
            Qt::QueuedConnection);
    connect(
        m_desktop.get(), &DesktopIntegration::dataMoveRequested, this,
        [this](const QString &to) { moveData(to); }, Qt::QueuedConnection);
}

void StudioShell::teardown() {
    m_desktop.reset();
    m_window.reset(); // saves its geometry and the pages' layouts
}

bool StudioShell::busy() const {
    return m_window->chatPage()->session()->isBusy() || m_window->imagePage()->isGenerating();
}

StudioShell::WindowState StudioShell::capture() const {
    WindowState state;
    MainWindow *w = m_window.get();
    state.geometry = w->saveGeometry();
    state.visible = w->isVisible();
    state.page = w->currentPage();
    state.conversation = w->chatPage()->conversationId();
    state.chatModel = w->chatPage()->model().id();
    state.composerText = w->chatPage()->composer()->text();
    state.chatSearch = w->chatPage()->sidebar()->searchField()->text();
    state.catalogSearch = w->catalogPage()->filterBar()->searchEdit()->text();
    state.image = w->imagePage()->controls()->request();
    if (SettingsDialog *dialog = m_desktop->settingsDialog(); dialog && dialog->isVisible())
        state.settingsPage = int(dialog->currentPage());
    return state;
}

void StudioShell::restore(const WindowState &state) {
    MainWindow *w = m_window.get();
    w->restoreGeometry(state.geometry);
    ChatPage *chat = w->chatPage();
    if (!state.conversation || !chat->openConversation(state.conversation)) {
        if (!state.chatModel.isEmpty() && state.chatModel != chat->model().id())
            chat->setModel(ModelInfo::fromJson(QJsonObject{{u"id"_s, state.chatModel}}));
    }
    chat->composer()->setText(state.composerText);
    if (!state.chatSearch.isEmpty())
        chat->sidebar()->setSearchText(state.chatSearch);
    w->catalogPage()->filterBar()->searchEdit()->setText(state.catalogSearch);
    w->imagePage()->controls()->applyRequest(state.image);
    w->showPage(state.page);
    if (state.visible)
        w->show();
    w->start();
    if (state.settingsPage >= 0)
        m_desktop->showSettings(state.settingsPage);
}

void StudioShell::rebuild() {
    if (busy()) { // a streaming reply or a generation would be cut off: later
        if (!m_rebuildPending) {
            m_rebuildPending = true;
            QTimer::singleShot(kBusyPollMs, this, [this] {
                m_rebuildPending = false;
                rebuild();
            });
        }
        return;
    }
    const WindowState state = capture();
    teardown();
    build();
    restore(state);
    emit rebuilt();
}

DataFolderMove::Result StudioShell::moveData(const QString &to) {
    DataFolderMove::Result result;
    if (busy()) {
        result.error = tr("Wait for the reply or the image generation to finish, then change "
                          "the folder again.");
        showMoveResult(result, to);
        return result;
    }
    const WindowState state = capture();
    const QString from = QFileInfo(m_store->path()).absolutePath();
    const QString storeFile = QFileInfo(m_store->path()).fileName();
    teardown();
    m_store.reset(); // the databases are closed while their files move

    Settings *settings = m_parts.settings;
    const QString standard = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    result = DataFolderMove::move(from, to, [&] {
        const bool isStandard = QDir::cleanPath(to) == QDir::cleanPath(standard);
        settings->setValue(Settings::Key::DataDir, isStandard ? QString() : to);
        return settings->sync();
    });
    const QDir dataDir(result.moved ? to : from);
    m_store = std::make_unique<ConversationStore>(dataDir.absoluteFilePath(storeFile));
    m_parts.cache = CatalogCache(QString(), dataDir.absoluteFilePath(u"catalog-history.sqlite"_s));
    QString openError;
    if (!m_store->open(&openError))
        result.error +=
            (result.error.isEmpty() ? QString() : u" "_s) +
            QCoreApplication::translate("main", "The conversations cannot be opened: %1")
                .arg(openError);
    build();
    restore(state);
    showMoveResult(result, to);
    emit rebuilt();
    return result;
}

void StudioShell::showMoveResult(const DataFolderMove::Result &result, const QString &to) {
    if (result.moved && result.error.isEmpty() && result.leftBehind.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Your conversations and images are now in %1.").arg(QDir::toNativeSeparators(to)),
            10000);
        return;
    }
    QString text;
    if (!result.moved)
        text = tr("Your data was not moved and OR Studio keeps using it where it is.\n\n%1")
                   .arg(result.error);
    else if (!result.leftBehind.isEmpty())
        text = tr("Your data is now in %1, but the old copy could not be removed "
                  "completely:\n%2")
                   .arg(QDir::toNativeSeparators(to), result.leftBehind.join(u'\n'));
    else
        text = result.error;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Data Folder"), text, QMessageBox::Ok,
                                m_window.get());
    box->setObjectName(u"dataMoveResult"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace orc
