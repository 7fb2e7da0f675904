#pragma once

#include "domain/Budget.h"
#include "domain/CostEstimate.h"
#include "domain/Ledger.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace orc {
class CostLedger;
struct ChatRequest;
struct ImageRequest;
} // namespace orc

namespace orc::cli {

class Printer;

// The one place where orcli decides whether a request may spend money, for every command that
// sends one (chat, image, batch; compare passes its summed estimate):
// - --estimate prints the cost range of what would be sent ({"min_cost","max_cost",
//   "prompt_tokens"} in JSON) and sends nothing;
// - --max-cost USD refuses to send when the estimate's upper bound is above it (or cannot be
//   bounded), and stops a run whose running cost crosses it (exit code 8);
// - the daily and monthly budgets of Settings, shared with the studio and counted in the cost
//   ledger: a warning from 80 %, a refusal at 100 % unless --over-budget.
// It also records what orcli is billed in that ledger (<data folder>/ledger.sqlite).
class SpendGate {
    Q_DECLARE_TR_FUNCTIONS(orc::cli::SpendGate)
public:
    SpendGate();
    ~SpendGate();
    SpendGate(const SpendGate &) = delete;
    SpendGate &operator=(const SpendGate &) = delete;

    static QList<QCommandLineOption> options(); // --estimate, --max-cost, --over-budget
    // Reads the options; returns a usage error, or an empty string. `dataDir` holds the cost
    // ledger (GlobalOptions::dataDir(): --data-dir, else the studio's data folder).
    QString read(const QCommandLineParser &parser, const QString &dataDir);

    bool estimateOnly() const { return m_estimate; }
    std::optional<double> maxCostUsd() const { return m_maxCostUsd; }
    // The request's cost must be estimated (from the model catalogue) before it is sent.
    bool needsEstimate() const { return m_estimate || m_maxCostUsd.has_value(); }

    // The estimate of a chat request: its model and each fallback model, the widest range.
    // Variable when a model is missing from `catalog` or has no fixed price.
    static CostRange chatCost(const ChatRequest &request, const QList<ModelInfo> &catalog);
    static CostRange imageCost(const ImageRequest &request, const QList<ModelInfo> &catalog);

    // --estimate: prints `range` on stdout (one line in text mode).
    static void printEstimate(Printer &printer, const CostRange &range);
    // Before sending: the --max-cost and budget checks (`range` is only read when
    // needsEstimate()). Prints a refusal or a warning on stderr; returns the exit code to end
    // with (OverBudget), or nullopt to send.
    std::optional<int> check(Printer &printer, const CostRange &range);

    // While a run goes on: true once `runUsd` (what it has cost so far) is above --max-cost,
    // or (without --over-budget) brings the day's or month's spend to its budget. The first
    // time, prints "stopped at the budget" on stderr.
    bool crossed(Printer &printer, double runUsd);
    bool hasCrossed() const { return m_crossed; }

    // Records a billed request of orcli (origin cli) in the cost ledger of the data folder. A
    // ledger that cannot be written is a warning (once); the request's output is not lost.
    void record(Printer &printer, LedgerEntry entry);
    // The ledger file orcli writes: CostLedger::pathIn(dataDir).
    QString ledgerPath() const;

private:
    CostLedger *ledger(Printer &printer);

    bool m_estimate = false;
    bool m_overBudget = false;
    std::optional<double> m_maxCostUsd;
    BudgetLimits m_limits;                     // read by check()
    double m_spentToday = 0, m_spentMonth = 0; // before this run, in USD
    bool m_crossed = false;
    bool m_ledgerFailed = false;
    std::unique_ptr<CostLedger> m_ledger;
    QString m_dataDir;
};

} // namespace orc::cli
