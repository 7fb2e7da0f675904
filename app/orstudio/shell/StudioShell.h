#pragma once

#include "MainWindow.h"
#include "domain/ImageRequest.h"
#include "store/CatalogCache.h"
#include "store/DataFolderMove.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace orc {

class AccountController;
class ConversationStore;
class DesktopIntegration;
class OpenRouterClient;
class Settings;
struct StartupOptions;

// The running studio: the conversations database, the main window and the desktop pieces
// joined to it. It builds the window again in place when the language changes (keeping page,
// open conversation, composer text, searches, the image studio's request, the window's
// geometry and an open settings dialog) and moves the data folder with the database closed.
class StudioShell final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioShell)
public:
    struct Parts {
        Settings *settings = nullptr;
        OpenRouterClient *client = nullptr;
        AccountController *accounts = nullptr;
        CatalogCache cache;
    };
    // `store` is open; the window is built but not shown.
    StudioShell(Parts parts, std::unique_ptr<ConversationStore> store, QObject *parent = nullptr);
    ~StudioShell() override;

    // The studio as the command line asks: opens the conversations, reads the stored key,
    // configures the client. nullptr with `*error` (translated) when it cannot start.
    static std::unique_ptr<StudioShell> launch(Settings *settings, const StartupOptions &options,
                                               QString *error);

    MainWindow *window() const { return m_window.get(); }
    DesktopIntegration *desktop() const { return m_desktop.get(); }
    ConversationStore *store() const { return m_store.get(); }
    // Where a base URL overriding the setting came from ("--base-url", "OPENROUTER_BASE_URL").
    void setBaseUrlOverride(const QString &source, const QUrl &url);

    // Builds the window again in the language now installed; waits for a streaming reply or a
    // running image generation to finish first.
    void rebuild();
    // Moves the data (DataFolderMove) to `to` and switches the setting; the window is rebuilt
    // over the moved data, or over the old data with the reason shown when nothing moved.
    DataFolderMove::Result moveData(const QString &to);

signals:
    void rebuilt();

private:
    struct WindowState {
        QByteArray geometry;
        bool visible = false;
        MainWindow::Page page = MainWindow::Page::Models;
        qint64 conversation = 0;
        QString chatModel;
        QString composerText;
        QString chatSearch;
        QString catalogSearch;
        ImageRequest image;
        int settingsPage = -1; // the settings dialog was open on this page
    };
    struct Owned;

    void build();
    void teardown();
    bool busy() const;
    WindowState capture() const;
    void restore(const WindowState &state);
    void showMoveResult(const DataFolderMove::Result &result, const QString &to);

    Parts m_parts;
    std::unique_ptr<Owned> m_owned; // key store, client and accounts when launched
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
    QString m_overrideSource;
    QUrl m_overrideUrl;
    bool m_rebuildPending = false;
};

} // namespace orc
