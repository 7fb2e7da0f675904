#pragma once

#include "ApiKeyDialog.h"
#include "domain/Conversation.h"
#include "domain/ModelInfo.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace orc {

struct ApiError;
class ChatSession;
class GenerationCosts;
class ChatSettingsPanel;
class Composer;
class ComposerEstimate;
class CostLedger;
class ConversationSidebar;
class ConversationStore;
class EmptyStateWidget;
class ModelPicker;
class NoticeBanner;
class OpenRouterClient;
class TranscriptView;

// The chat surface: conversations on the left (ConversationSidebar), the transcript with a
// header (model picker, running cost, settings, export/import) and the composer in the middle,
// and the conversation's settings (ChatSettingsPanel) on the right. A ChatSession does the
// talking and storing; this page routes the user's actions to it and its signals to the view.
class ChatPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPage)
public:
    ChatPage(OpenRouterClient *client, ConversationStore *store, QWidget *parent = nullptr);
    ~ChatPage() override;

    // "Chat with this model" from the catalog: picks the model, in a new conversation when the
    // one shown already has messages.
    void setModel(const ModelInfo &model);
    const ModelInfo &model() const { return m_model; }
    // The catalog's models, for the model picker.
    void setModels(const QList<ModelInfo> &models);

    bool openConversation(qint64 id);
    bool openSearchHit(qint64 conversationId, qint64 messageId);
    bool newConversation();
    qint64 conversationId() const;
    bool send(); // what the composer holds
    void stop();
    void focusComposer();
    void focusSearch();

    // "$0.000123": a cost in US dollars with enough digits to be exact for small amounts.
    static QString formatCost(double dollars);
    static QString lastModelSetting(); // Settings::Key::LastChatModel

    ChatSession *session() const { return m_session; }
    // Asked before each send, regenerate and retry (the budgets): false sends nothing and keeps
    // the composer's text.
    void setSendGuard(std::function<bool()> guard) { m_sendGuard = std::move(guard); }
    ConversationSidebar *sidebar() const { return m_sidebar; }
    Composer *composer() const { return m_composer; }
    ComposerEstimate *estimate() const { return m_estimate; }
    // The window's cost ledger, for every session this page creates (createSession) and the
    // late costs (GenerationCosts) to record their replies into.
    void setLedger(CostLedger *ledger);
    CostLedger *ledger() const { return m_ledger; }
    ModelPicker *modelPicker() const { return m_picker; }
    ChatSettingsPanel *settingsPanel() const { return m_settings; }
    // "Private" (and the routing profile) beside the model picker when the conversation is
    // routed privately.
    QLabel *routingBadge() const { return m_routingBadge; }

    QAction *newChatAction() const { return m_newChatAction; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *settingsAction() const { return m_settingsAction; }

signals:
    // The user asked to pick a model in the catalog.
    void catalogRequested();
    void statusMessage(const QString &text, int timeoutMs);
    void busyChanged(bool busy);
    void replyFinished(const orc::StoredMessage &message);
    // A key was entered in the key dialog and the client uses it now.
    void apiKeyChanged();

private:
    void buildLayout();
    void createActions();
    void saveLayout() const; // splitter sizes, settings panel shown
    void createSession();
    void connectTranscript();
    void showConversationSettings();
    void onThreadChanged();
    void updateEstimateInputs(); // model, max_tokens, history: the composer's cost estimate
    bool allowedToSend() const;  // the send guard (budgets) agrees; asked for every request
    void onBusyChanged(bool busy);
    void onReplyFinished(const StoredMessage &message);
    void onRetrying(int nextAttempt, int delayMs, const ApiError &reason);
    void clearRetryNotice();
    void onModelChosen(const QString &id); // by the user: remembered
    void showModel(const QString &id);
    void onRetryRequested(qint64 messageId);
    void onEditRequested(qint64 messageId);
    void onRelaxRequested(qint64 messageId, const QString &constraint);
    void updateRoutingBadge();
    void showFallbackNotices();
    void updateAttachmentWarning();
    void updateEmptyState();
    void updateModelChoices();
    void askForKey();
    void applyKey(const QString &key);
    ModelInfo modelInfo(const QString &id) const;
    bool refuseWhileBusy();

    OpenRouterClient *m_client;
    ConversationStore *m_store;
    ChatSession *m_session = nullptr;
    GenerationCosts *m_costs = nullptr; // late costs outlive the session that asked for them

    QSplitter *m_splitter = nullptr;
    ConversationSidebar *m_sidebar = nullptr;
    ModelPicker *m_picker = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_routingBadge = nullptr;
    QToolButton *m_settingsButton = nullptr;
    QToolButton *m_moreButton = nullptr;
    NoticeBanner *m_keyBanner = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    TranscriptView *m_transcript = nullptr;
    Composer *m_composer = nullptr;
    ComposerEstimate *m_estimate = nullptr;
    CostLedger *m_ledger = nullptr;
    ChatSettingsPanel *m_settings = nullptr;
    QPointer<ApiKeyDialog> m_keyDialog;

    QAction *m_newChatAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_settingsAction = nullptr;

    ModelInfo m_model;
    QList<StoredMessage> m_shown; // what the transcript shows, to update it in place
    qint64 m_retryMessage = 0;    // the reply showing a retry notice
    std::function<bool()> m_sendGuard;
};

} // namespace orc
