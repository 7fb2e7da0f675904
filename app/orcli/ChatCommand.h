#pragma once

#include "CatalogCommand.h"
#include "RoutingOptions.h"
#include "SpendGate.h"
#include "domain/ChatRequest.h"

#include <QPointer>

namespace orc {
class ChatStream;
struct ChatResult;
struct ToolCallDelta;
struct Usage;
} // namespace orc

namespace orc::cli {

// `orcli chat MODEL [PROMPT]`: one chat completion. The reply goes to stdout, streamed delta by
// delta when stdout is a terminal or --stream is given; --format json prints one result object,
// --format ndjson one JSON event per line.
class ChatCommand final : public CatalogCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCommand)
public:
    explicit ChatCommand(Printer &printer, QObject *parent = nullptr);

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;
    void cancel() override;

    const ChatRequest &request() const { return m_request; }
    // The accepted --reasoning-effort values (also the MCP chat tool's), highest first.
    static const QStringList &reasoningEfforts();

private:
    QString readSampling(const QCommandLineParser &parser);
    QString readFormat(const QCommandLineParser &parser);
    void startSending();
    void send();
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
    SpendGate m_spend; // --estimate, --max-cost, budgets
    QPointer<ChatStream> m_stream;
    bool m_showReasoning = false;
    bool m_wroteContent = false;
    bool m_reasoningOpen = false; // reasoning text on stderr not yet ended by a newline
    QString m_pending;
    bool m_flushQueued = false;
};

} // namespace orc::cli
