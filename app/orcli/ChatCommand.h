#pragma once

#include "CatalogCommand.h"
#include "RoutingOptions.h"
#include "SpendGate.h"
#include "domain/ChatRequest.h"

#include <QPointer>

#include <memory>

namespace orc {
struct ChatParams;
class ChatSession;
class ChatStream;
class ConversationStore;
class CostLedger;
struct ChatResult;
struct ToolCallDelta;
struct Usage;
} // namespace orc

namespace orc::cli {

// `orcli chat MODEL [PROMPT]`: one chat completion. The reply goes to stdout, streamed delta by
// delta when stdout is a terminal or --stream is given; --format json prints one result object,
// --format ndjson one JSON event per line. The chat runs through core's ChatSession: it is saved
// in the conversation store of the data folder (the studio's; not with --no-history or
// ORCLI_NO_HISTORY=1), --continue ID|last goes on with a saved one, and every reply is recorded
// in the cost ledger (origin cli). --estimate, --max-cost and the budgets are SpendGate's.
class ChatCommand final : public CatalogCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCommand)
public:
    explicit ChatCommand(Printer &printer, QObject *parent = nullptr);
    ~ChatCommand() override;

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;
    void cancel() override;

    const ChatRequest &request() const { return m_request; }
    // The accepted --reasoning-effort values (also the MCP chat tool's), highest first.
    static const QStringList &reasoningEfforts();
    // --max-tokens, --temperature, --top-p, --seed, --stop, --reasoning-effort and --web (also
    // `orcli compare`'s), and their reading into `request`; returns a usage error.
    static QList<QCommandLineOption> samplingOptions();
    static QString readSampling(const QCommandLineParser &parser, ChatRequest *request);

private:
    QString readFormat(const QCommandLineParser &parser);
    // --continue, --no-history and MODEL [PROMPT]; with --continue the conversation's turns
    // and settings go into m_request and its params into *continued.
    QString readHistory(const QCommandLineParser &parser, ChatParams *continued);
    void openHistory();
    void startSending();
    void send();
    void adjust(ChatRequest &request) const;
    void end(int code);
    void noteServedBy(const ChatResult &result);
    void onContent(const QString &text);
    void onReasoning(const QString &text);
    void onToolCall(const ToolCallDelta &delta);
    void onUsage(const Usage &usage);
    void onRetrying(int nextAttempt, int delayMs, const ApiError &reason);
    void onFinished();
    void event(const QString &type, QJsonObject fields);
    // Output written "as it arrives": the deltas of one network read are gathered and written
    // (and flushed) together at the next turn of the event loop, not one syscall per delta.
    void emitOut(const QString &text);
    void flushPending();

    ChatRequest m_request;
    RoutingOptions m_routing;
    QString m_prompt;
    std::optional<QString> m_system; // --system
    QList<ContentPart> m_attachments;
    bool m_history = true;
    qint64 m_continueId = 0;
    bool m_modelGiven = true;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<CostLedger> m_ledger;
    ChatSession *m_session = nullptr;
    SpendGate m_spend; // --estimate, --max-cost, budgets
    QPointer<ChatStream> m_stream;
    bool m_showReasoning = false;
    bool m_wroteContent = false;
    bool m_reasoningOpen = false; // reasoning text on stderr not yet ended by a newline
    QString m_pending;
    bool m_flushQueued = false;
};

} // namespace orc::cli
