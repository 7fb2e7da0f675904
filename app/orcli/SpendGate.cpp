#include "SpendGate.h"

#include "CatalogCommand.h"
#include "ExitCode.h"
#include "Printer.h"
#include "domain/Budget.h"
#include "domain/ChatRequest.h"
#include "domain/ImageRequest.h"
#include "store/CostLedger.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc::cli {

SpendGate::SpendGate() = default;
SpendGate::~SpendGate() = default;

QList<QCommandLineOption> SpendGate::options() {
    return {
        QCommandLineOption(u"estimate"_s,
                           tr("Print the estimated cost range of the request (min_cost, "
                              "max_cost, prompt_tokens) and send nothing.")),
        QCommandLineOption(u"max-cost"_s,
                           tr("Refuse to send when the estimated cost may exceed USD, and stop "
                              "when the running cost crosses it (exit code 8)."),
                           u"USD"_s),
        QCommandLineOption(u"over-budget"_s,
                           tr("Send even when the daily or monthly budget is used up.")),
    };
}

QString SpendGate::read(const QCommandLineParser &parser, const QString &dataDir) {
    m_dataDir = dataDir;
    m_estimate = parser.isSet(u"estimate"_s);
    m_overBudget = parser.isSet(u"over-budget"_s);
    if (parser.isSet(u"max-cost"_s)) {
        QString text = parser.value(u"max-cost"_s).trimmed();
        if (text.startsWith(u'$'))
            text.remove(0, 1);
        bool ok = false;
        const double usd = text.toDouble(&ok);
        if (!ok || !std::isfinite(usd) || usd <= 0)
            return tr("Invalid --max-cost \"%1\": give an amount of US dollars above 0, e.g. "
                      "--max-cost 0.05.")
                .arg(parser.value(u"max-cost"_s));
        m_maxCostUsd = usd;
    }
    return {};
}

namespace {

const ModelInfo *findModel(const QList<ModelInfo> &catalog, const QString &id) {
    for (const ModelInfo &m : catalog)
        if (m.id() == id)
            return &m;
    return nullptr;
}

// A model missing from the catalogue: no price, so no bound; its prompt tokens still count.
const ModelInfo &unknownModel() {
    static const ModelInfo unknown;
    return unknown;
}

// Exact USD for output: the shortest decimal of the nano-dollar value, never an exponent.
QString usd(double value) {
    return u'$' + Money::format(Money::fromUsd(value));
}

} // namespace

CostRange SpendGate::chatCost(const ChatRequest &request, const QList<ModelInfo> &catalog) {
    QStringList models{request.model};
    for (const QString &m : request.models)
        if (!models.contains(m))
            models << m;
    std::optional<CostRange> widest;
    for (const QString &id : std::as_const(models)) {
        const ModelInfo *model = findModel(catalog, id);
        const CostRange r = CostEstimate::forChat(request, model ? *model : unknownModel());
        if (!widest) {
            widest = r;
            continue;
        }
        widest->minUsd = std::min(widest->minUsd, r.minUsd);
        widest->maxUsd = std::max(widest->maxUsd, r.maxUsd);
        widest->promptTokens = std::max(widest->promptTokens, r.promptTokens);
        widest->variable = widest->variable || r.variable;
    }
    return *widest;
}

CostRange SpendGate::imageCost(const ImageRequest &request, const QList<ModelInfo> &catalog) {
    const ModelInfo *model = findModel(catalog, request.model);
    return CostEstimate::forImage(request, model ? *model : unknownModel());
}

void SpendGate::printEstimate(Printer &printer, const CostRange &range) {
    if (printer.isJson()) {
        const auto cost = [&](double value) {
            return range.variable ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(Money::toUsd(Money::fromUsd(value)));
        };
        printer.writeJson(QJsonObject{{u"min_cost"_s, cost(range.minUsd)},
                                      {u"max_cost"_s, cost(range.maxUsd)},
                                      {u"prompt_tokens"_s, range.promptTokens}});
        return;
    }
    if (range.variable)
        printer.writeLine(tr("Estimated cost: unknown (the price is variable or the model is not "
                             "in the catalogue); about %n prompt token(s). Nothing was sent.",
                             nullptr, int(range.promptTokens)));
    else
        printer.writeLine(tr("Estimated cost: %1 to %2 (about %n prompt token(s)). Nothing was "
                             "sent.",
                             nullptr, int(range.promptTokens))
                              .arg(usd(range.minUsd), usd(range.maxUsd)));
}

std::optional<int> SpendGate::check(Printer &printer, const CostRange &range) {
    if (m_maxCostUsd) {
        QString why;
        if (range.variable)
            why = tr("the cost cannot be bounded (the price is variable or the model is not in "
                     "the catalogue), and --max-cost is %1")
                      .arg(usd(*m_maxCostUsd));
        else if (range.maxUsd > *m_maxCostUsd)
            why = tr("the estimate's upper bound %1 is above --max-cost %2; lower --max-tokens "
                     "(or the images asked for) to bound it")
                      .arg(usd(range.maxUsd), usd(*m_maxCostUsd));
        if (!why.isEmpty()) {
            printer.error(tr("over budget; nothing was sent: %1.").arg(why), ExitCode::OverBudget,
                          u"over_budget"_s);
            return int(ExitCode::OverBudget);
        }
    }
    m_limits = Settings().budgetLimits();
    if (m_limits.isEmpty())
        return std::nullopt;
    CostLedger *book = ledger(printer);
    if (!book) {
        m_limits = {}; // nothing to count against
        return std::nullopt;
    }
    m_spentToday = Money::toUsd(book->spentSince(BudgetStatus::dayStart()));
    m_spentMonth = Money::toUsd(book->spentSince(BudgetStatus::monthStart()));
    const BudgetStatus status = BudgetStatus::check(m_limits, m_spentToday, m_spentMonth);
    switch (status.level) {
    case BudgetStatus::Level::Ok:
        break;
    case BudgetStatus::Level::Warn:
        printer.warning(status.message());
        break;
    case BudgetStatus::Level::Over:
        if (m_overBudget) {
            printer.warning(tr("%1; sending anyway (--over-budget).").arg(status.message()));
            break;
        }
        printer.error(tr("over budget; nothing was sent: %1. Raise the budget in OR Studio's "
                         "settings, or add --over-budget to send anyway.")
                          .arg(status.message()),
                      ExitCode::OverBudget, u"over_budget"_s);
        return int(ExitCode::OverBudget);
    }
    return std::nullopt;
}

bool SpendGate::crossed(Printer &printer, double runUsd) {
    if (m_crossed)
        return true;
    QString why;
    if (m_maxCostUsd && runUsd > *m_maxCostUsd) {
        why = tr("this run has cost %1, above --max-cost %2").arg(usd(runUsd), usd(*m_maxCostUsd));
    } else if (!m_overBudget && !m_limits.isEmpty()) {
        const BudgetStatus status =
            BudgetStatus::check(m_limits, m_spentToday + runUsd, m_spentMonth + runUsd);
        if (status.level == BudgetStatus::Level::Over)
            why = status.message();
    }
    if (why.isEmpty())
        return false;
    m_crossed = true;
    printer.error(tr("stopped at the budget: %1; what arrived is kept.").arg(why),
                  ExitCode::OverBudget, u"over_budget"_s);
    return true;
}

QString SpendGate::ledgerPath() const {
    return CostLedger::pathIn(m_dataDir);
}

CostLedger *SpendGate::ledger(Printer &printer) {
    if (m_ledger || m_ledgerFailed)
        return m_ledger.get();
    auto book = std::make_unique<CostLedger>(ledgerPath());
    QString error;
    if (!book->open(&error)) {
        m_ledgerFailed = true;
        printer.warning(tr("cannot open the cost ledger: %1").arg(error));
        return nullptr;
    }
    m_ledger = std::move(book);
    return m_ledger.get();
}

void SpendGate::record(Printer &printer, LedgerEntry entry) {
    if (entry.generationId.isEmpty() && !entry.costNanoUsd)
        return; // nothing was billed that could be named or counted
    entry.origin = LedgerEntry::Origin::Cli;
    CostLedger *book = ledger(printer);
    QString error;
    if (book && book->record(entry, &error) == 0 && !m_ledgerFailed) {
        m_ledgerFailed = true;
        printer.warning(tr("cannot record the cost in the ledger: %1").arg(error));
    }
}

void CatalogCommand::passSpendGate(SpendGate &gate, const Estimator &estimate,
                                   std::function<void()> send) {
    if (m_global.dryRun && !gate.estimateOnly()) {
        send(); // a dry run prints the request; it spends nothing
        return;
    }
    const auto decide = [this, &gate, send](const CostRange &range) {
        if (gate.estimateOnly()) {
            SpendGate::printEstimate(m_printer, range);
            finish(ExitCode::Ok);
            return;
        }
        if (const std::optional<int> code = gate.check(m_printer, range)) {
            finish(*code);
            return;
        }
        send();
    };
    if (!gate.estimateOnly() && !requireKey())
        return;
    if (!gate.needsEstimate()) {
        decide(CostRange{});
        return;
    }
    loadCatalog([decide, estimate](const QList<ModelInfo> &models) { decide(estimate(models)); });
}

} // namespace orc::cli
