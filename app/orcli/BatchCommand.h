#pragma once

#include "BatchInput.h"
#include "BatchOutput.h"
#include "CatalogCommand.h"
#include "SpendGate.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

#include <deque>

namespace orc {
class ChatStream;
}

namespace orc::cli {

// `orcli batch IN.jsonl [-o OUT.jsonl] [--concurrency N]`: many chat requests, N at a time.
// Results are JSON lines (to OUT, or stdout) written as each request ends. Transient failures
// are retried here, not in core: a 429 pauses every launch until its Retry-After (shared
// backoff), other transient errors wait for their own backoff. A 401/402 stops the run (the
// rest would fail the same way); requests not run are left for a re-run, which skips the ids
// that already succeeded in OUT. Progress on stderr when it is a terminal, a summary at the end.
// Every billed reply is recorded in the cost ledger (kind "batch"); --estimate, --max-cost and
// the budgets apply to the requests still to run (SpendGate), and a run whose cost crosses
// --max-cost or a budget stops (exit 8) with the finished lines kept.
class BatchCommand final : public CatalogCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCommand)
public:
    explicit BatchCommand(Printer &printer, QObject *parent = nullptr);

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;
    void cancel() override;

private:
    void applyRouting(const RoutingOptions &routing);
    void run();
    // The summed estimate of the requests still to run.
    CostRange estimate(const QList<ModelInfo> &catalog) const;
    void launchMore();
    void launch(int index);
    void onFinished(ChatStream *stream);
    void record(int index, const QJsonObject &line, bool ok);
    void showProgress();
    void maybeDone();
    void printSummary();

    QList<BatchItem> m_items;
    QList<int> m_attempts;
    std::deque<int> m_queue; // item indexes waiting to run
    QHash<ChatStream *, int> m_running;
    BatchOutput m_output;
    QString m_outputPath;
    QString m_inputName;
    int m_concurrency = 4;
    int m_maxAttempts = 4;
    QList<QTimer *> m_retryWaits; // backoffs of single requests (not 429) under way
    int m_skipped = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_firstFailureIndex = -1;
    int m_firstFailureCode = 0;
    qint64 m_tokens = 0;
    double m_runCost = 0; // usage.cost of every reply of this run, failed ones included
    bool m_stopping = false;
    SpendGate m_spend;
    bool m_cancelled = false;
    bool m_showProgress = false;
    QString m_stopReason;
    int m_stopCode = 0;
    QDeadlineTimer m_pausedUntil;
    QTimer m_resume;
    QElapsedTimer m_clock;
};

} // namespace orc::cli
