#pragma once

#include "CatalogCommand.h"
#include "SpendGate.h"
#include "chat/CompareRun.h"
#include "domain/ChatRequest.h"

#include <QPointer>

#include <memory>

namespace orc {
class CostLedger;
}

namespace orc::cli {

// `orcli compare MODEL... --prompt TEXT`: one prompt sent to several targets at once (a model,
// model@provider or @preset/slug each), then a table of what each measured (time to first
// token, tokens per second, tokens, cost) and every answer under its name. --format json gives
// {"results": [...]} in the order given. Exit code 0 when every target answered, 1 otherwise.
class CompareCommand final : public CatalogCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareCommand)
public:
    explicit CompareCommand(Printer &printer, QObject *parent = nullptr);
    ~CompareCommand() override;

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;
    void cancel() override;

    // One target's entry of {"results": [...]}: its last run's chat result object with
    // requested_model and tokens_per_second, and with several runs `runs` and `median`.
    static QJsonObject resultJson(const CompareOutcome &outcome, int rounds);
    // The table and the answers, as the text output prints them.
    static QString textReport(const QList<CompareOutcome> &outcomes, int rounds);

private:
    void startRun();
    void onFinished();
    void openLedger();
    void saveHistory();

    ChatRequest m_request;
    QList<CompareTarget> m_targets;
    int m_runs = 1;
    bool m_history = false;
    std::unique_ptr<CostLedger> m_ledger;
    QPointer<CompareRun> m_run;
    SpendGate m_spend; // --estimate, --max-cost (the whole run), budgets
};

} // namespace orc::cli
