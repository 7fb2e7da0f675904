#pragma once

#include "domain/ChatRequest.h"
#include "domain/ChatResult.h"
#include "domain/Ledger.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace orc {

class ChatStream;
class ConversationStore;
class CostLedger;
class OpenRouterClient;

// One column of a comparison: a model (or @preset/slug), optionally pinned to one provider.
struct CompareTarget {
    QString model;
    QString provider; // provider slug; empty: OpenRouter routes as usual

    // "openai/gpt-4o", "openai/gpt-4o@azure", "@preset/my-writer"; nullopt (and `error`,
    // translated) for an empty model or provider.
    static std::optional<CompareTarget> parse(const QString &text, QString *error = nullptr);
    QString label() const; // "model" or "model@provider"
    bool operator==(const CompareTarget &) const = default;
};

// Every run of one target and what they measured.
struct CompareOutcome {
    CompareTarget target;
    QList<ChatResult> runs;

    // Completion tokens (reasoning included) per second of generation (after the first
    // token); nullopt without usage or timing.
    static std::optional<double> tokensPerSecond(const ChatResult &result);
    // Medians over the runs that completed; nullopt when none did (or none had the number).
    std::optional<double> medianTtftMs() const;
    std::optional<double> medianTokensPerSecond() const;
    std::optional<double> medianDurationMs() const;
    std::optional<double> medianCostUsd() const;
    bool allOk() const;
    const ChatResult *last() const { return runs.isEmpty() ? nullptr : &runs.last(); }
};

// One prompt sent to several targets at once, `runs` rounds (each round starts every target
// together, the next round when all of them have finished). A failing target does not stop
// the others; each result keeps what arrived. Every billed reply is recorded in the ledger when
// one is set.
class CompareRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRun)
public:
    CompareRun(OpenRouterClient *client, ChatRequest base, QList<CompareTarget> targets,
               int runs = 1, QObject *parent = nullptr);
    ~CompareRun() override;

    // Records every reply (kind "compare") in `ledger`, which must outlive the run.
    void setLedger(CostLedger *ledger, LedgerEntry::Origin origin);

    void start();
    void cancel(); // every running stream keeps what arrived; finished() follows
    bool isFinished() const { return m_finished; }

    const QList<CompareOutcome> &outcomes() const { return m_outcomes; }
    int round() const { return m_round; } // 0-based, of the running or last round
    int rounds() const { return m_rounds; }
    // The request sent to target `index` (the base with the model and provider pin applied).
    ChatRequest requestFor(int index) const;

    // Saves target `index`'s last answer as a new conversation in `store`: the base request's
    // system prompt, its last user message (with attachments) and the answer, so that it can be
    // continued like any chat. Returns the conversation id, or 0 (store's lastError()) on failure
    // or when the target has no result yet.
    qint64 saveConversation(ConversationStore *store, int index) const;

signals:
    void roundStarted(int round);
    // A request of target `target` went out (for tracing and retry notes); the run owns it.
    void streamStarted(int target, orc::ChatStream *stream);
    void contentDelta(int target, const QString &text);
    void reasoningDelta(int target, const QString &text);
    void targetFinished(int target, const orc::ChatResult &result);
    void finished();

private:
    void startRound();
    void onStreamFinished(int index);

    OpenRouterClient *m_client;
    ChatRequest m_base;
    QList<CompareOutcome> m_outcomes;
    QList<QPointer<ChatStream>> m_streams;
    CostLedger *m_ledger = nullptr;
    LedgerEntry::Origin m_origin = LedgerEntry::Origin::App;
    int m_rounds = 1;
    int m_round = 0;
    int m_running = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace orc
