#pragma once

#include "domain/ModelInfo.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace orc {

class CatalogCache;
class CatalogPage;
class ChatPage;
class ComparePage;
class ConversationStore;
class ImageStudioPage;
class CostLedger;
class OpenRouterClient;
class SpendTracker;
class UsagePage;

// The application shell: Models / Chat / Images / Usage / Compare pages in tabs, menus, a status
// bar, and the routing between pages (the catalogue's "chat"/"images" requests open those pages
// with the model selected). Window geometry persists in Settings.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class Page { Models, Chat, Images, Usage, Compare };

    MainWindow(OpenRouterClient *client, const CatalogCache &cache, ConversationStore *store,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void start(); // starts loading the catalogue
    void showPage(Page page);
    Page currentPage() const;

    CatalogPage *catalogPage() const { return m_catalog; }
    ChatPage *chatPage() const { return m_chat; }
    ImageStudioPage *imagePage() const { return m_images; }
    UsagePage *usagePage() const { return m_usage; }
    ComparePage *comparePage() const { return m_compare; }
    // The window's one cost ledger (UI thread), shared by the image studio, the usage page's
    // budgets and the chat sessions: `session->setLedger(window->ledger(), Origin::App)`.
    CostLedger *ledger() const;
    SpendTracker *spendTracker() const { return m_spend; }

    // "OR Studio 0.1.0, Qt 6.4.2 (built with 6.4.2)": the About box's version line.
    static QString versionText();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void connectBudgets();
    void updateConnectionLabel();
    void openChat(const ModelInfo &model);
    void openImages(const ModelInfo &model);
    void showAbout();
    void saveWindowState() const;

    QTabWidget *m_tabs;
    CatalogPage *m_catalog;
    ChatPage *m_chat;
    ImageStudioPage *m_images;
    UsagePage *m_usage;
    ComparePage *m_compare;
    OpenRouterClient *m_client;
    SpendTracker *m_spend;
    QLabel *m_connectionLabel;
};

} // namespace orc
