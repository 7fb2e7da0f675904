#pragma once

#include "api/ChatStream.h" // QPointer<ChatStream> in inline members needs the full type
#include "chat/ChatRouting.h"
#include "domain/ApiError.h"
#include "domain/Conversation.h"
#include "domain/Ledger.h"
#include "domain/ModelInfo.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace orc {

class ChatStream;
class ConversationStore;
class CostLedger;
class GenerationCosts;
class OpenRouterClient;

// Per-conversation parameters sent with every request (unset = provider default).
struct ChatParams {
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    std::optional<double> topP;
    QString reasoningEffort;
    std::optional<qint64> seed;
    ChatRouting routing; // stored as "routing"; conversations from before have none

    QJsonObject toJson() const;
    static ChatParams fromJson(const QJsonObject &o);
    bool operator==(const ChatParams &) const = default;
};

// The conversation logic of the chat window, without widgets: sends the visible thread,
// streams the reply into the store as it arrives (a killed app loses at most
// kPersistIntervalMs of it), and offers stop, regenerate (optionally with another model),
// edit-and-resend (the old branch is kept), branch switching and deletion.
class ChatSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)
public:
    static constexpr int kPersistIntervalMs = 250;

    // `costs` fetches late costs (see GenerationCosts); give one that outlives the session so a
    // cost arriving after the session is gone still reaches its message. Without one, the
    // session makes its own.
    ChatSession(OpenRouterClient *client, ConversationStore *store, QObject *parent = nullptr,
                GenerationCosts *costs = nullptr);
    ~ChatSession() override;

    // Records every reply that has a generation id in `ledger` (kind "chat", `origin`), once:
    // finished, failed after billing or stopped; a reply cut off before its usage is recorded
    // incomplete and settled by the late /generation lookup. The session's own GenerationCosts
    // (when none was given) settles into the same ledger; a shared one needs its own setLedger.
    // `ledger` must outlive the session.
    void setLedger(CostLedger *ledger, LedgerEntry::Origin origin);
    // Called on every request just before it is sent, after the conversation's settings were
    // applied: a face adds what a conversation does not keep (orcli's --json, --stop, --web,
    // --no-stream and routing flags).
    using RequestAdjuster = std::function<void(ChatRequest &)>;
    void setRequestAdjuster(RequestAdjuster adjust) { m_adjust = std::move(adjust); }
    // The reply being streamed (null when idle). Its signals carry what the session's do not
    // (tool-call deltas, usage, the final ChatResult); the session handles finished() first.
    ChatStream *stream() const { return m_stream; }
    GenerationCosts *costs() const { return m_costs; }

    // --- the conversation shown
    qint64 conversationId() const { return m_conversationId; }
    bool openConversation(qint64 id);
    qint64 newConversation(const QString &model);
    const QList<StoredMessage> &thread() const { return m_thread; }

    QString model() const { return m_model; }
    void setModel(const QString &model);
    QString systemPrompt() const { return m_systemPrompt; }
    void setSystemPrompt(const QString &prompt);
    ChatParams params() const { return m_params; }
    void setParams(const ChatParams &params);
    // The routing profiles the conversation's routing names (Settings::routingProfiles());
    // the built-ins until set.
    const QList<RoutingProfile> &routingProfiles() const { return m_profiles; }
    void setRoutingProfiles(const QList<RoutingProfile> &profiles);
    void setRouting(const ChatRouting &routing);
    // The `provider` object the next request carries.
    RoutingPreferences resolvedRouting() const { return m_params.routing.resolve(m_profiles); }
    // How a reply of this conversation was routed when it was not what was asked (another model,
    // or another provider than the first pinned); nullopt for the others.
    std::optional<RoutingFallback> fallbackOf(qint64 messageId) const;
    double totalCost() const;

    // --- actions (each refuses, returning false, while a reply is streaming)
    bool send(const QString &text, const QList<ContentPart> &attachments = {});
    void stop();
    bool regenerate(qint64 assistantMessageId, const QString &model = {});
    bool editAndResend(qint64 userMessageId, const QString &text);
    bool retryLast(); // regenerates the last reply when it failed, stopped or was interrupted
    // The last reply failed with no endpoint matching `constraint` (ApiError::constraint):
    // lifts it from the conversation's routing (ChatRouting::relaxed) and retries. False when
    // routing cannot lift it or nothing can be retried.
    bool relaxAndRetry(const QString &constraint);
    bool switchToSibling(qint64 messageId, int delta); // -1 previous, +1 next branch
    bool deleteMessage(qint64 messageId);
    bool isBusy() const { return m_stream != nullptr; }
    qint64 streamingMessageId() const { return m_replyId; }

    // The chat request for the visible thread (what send() would transmit).
    ChatRequest buildRequest(const QList<StoredMessage> &history) const;
    // The messages a request carries for `history` under `systemPrompt` (a blank one is left
    // out; failed replies with nothing in them too).
    static QList<ChatMessage> messagesFor(const QString &systemPrompt,
                                          const QList<StoredMessage> &history);

    // A warning (translated) when the model cannot take what is attached, else empty.
    static QString attachmentWarning(const ModelInfo &model, const QList<ContentPart> &parts);

signals:
    void threadChanged();
    void busyChanged(bool busy);
    void replyStarted(qint64 messageId);
    void replyDelta(qint64 messageId, const QString &content, const QString &reasoning);
    void replyFinished(const orc::StoredMessage &message);
    void retrying(int nextAttempt, int delayMs, const orc::ApiError &reason);
    void costChanged(double totalCost);

private:
    bool startReply(qint64 parentId, const QString &model);
    void persistPartial();
    void onStreamFinished();
    void reloadThread();
    void saveSettings();

    void onCostStored(qint64 conversationId);
    void record(const ChatResult &result);

    QPointer<OpenRouterClient> m_client;
    ConversationStore *m_store;
    GenerationCosts *m_costs;
    qint64 m_conversationId = 0;
    QList<StoredMessage> m_thread;
    QString m_model;
    QString m_systemPrompt;
    ChatParams m_params;
    QList<RoutingProfile> m_profiles = RoutingProfile::builtIns();
    QJsonObject m_fallbacks; // message id -> RoutingFallback, stored with the params
    RoutingPreferences m_replyRouting;

    CostLedger *m_ledger = nullptr;
    LedgerEntry::Origin m_origin = LedgerEntry::Origin::App;
    RequestAdjuster m_adjust;

    QPointer<ChatStream> m_stream;
    qint64 m_replyId = 0;
    QString m_replyModel;
    QString m_content;
    QString m_reasoning;
    bool m_dirty = false;
    QTimer m_persistTimer;
};

} // namespace orc
