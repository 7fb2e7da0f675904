#include "AccountCommand.h"

#include "api/OpenRouterClient.h"
#include "domain/ModelInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {
QString usd(double value) {
    return ModelPricing::formatUsd(value);
}
QString milliseconds(qint64 ms) {
    return ms < 0 ? AccountCommand::tr("unknown") : AccountCommand::tr("%1 ms").arg(ms);
}
} // namespace

AccountCommand::AccountCommand(Mode mode, Printer &printer, QObject *parent)
    : Command(printer, parent)
    , m_mode(mode) {}

Command::Spec AccountCommand::spec() const {
    switch (m_mode) {
    case Mode::Key:
        return {u"key"_s,
                tr("Show the API key's label, usage, limit and remaining budget"),
                tr("Asks OpenRouter about the key in use (GET /key): its masked label, what it "
                   "has spent (USD), its spending limit and what remains of it, and whether the "
                   "account is on the free tier."),
                {},
                {},
                {}};
    case Mode::Credits:
        return {u"credits"_s,
                tr("Show total credits, total usage and the balance"),
                tr("Asks OpenRouter for the account's credits (GET /credits): total bought, total "
                   "used and the balance, in USD. Use orcli key for the budget of the key itself."),
                {},
                {},
                {}};
    case Mode::Generation:
        break;
    }
    return {u"generation"_s,
            tr("Show the exact cost, tokens and latency of a past call"),
            tr("Looks up one finished generation (GET /generation?id=ID): model, provider, exact "
               "cost in USD, time to first token, generation time and token counts. The id is "
               "the \"id\" of orcli chat --format json (gen-...). The record appears a moment "
               "after the call ends; a first \"not found\" is retried for a few seconds."),
            {{u"ID"_s, tr("Generation id, e.g. gen-1771967973-0hZ8J5kY7qLMOKbPx0u3.")}},
            {},
            u"  orcli generation gen-1771967973-0hZ8J5kY7qLMOKbPx0u3\n"
            u"  orcli generation \"$(orcli chat openai/gpt-4o-mini hi --format json | jq -r "
            u".id)\"\n"_s};
}

QString AccountCommand::configure(const QCommandLineParser &parser) {
    return readArgument(parser, m_mode == Mode::Generation ? &m_id : nullptr,
                        tr("Give exactly one generation ID. Usage: orcli generation ID, e.g. "
                           "orcli generation gen-1771967973-0hZ8J5kY7qLMOKbPx0u3."));
}

QString AccountCommand::describeKey(const KeyInfo &k) {
    QList<QPair<QString, QString>> rows;
    rows.append({tr("Label"), k.label});
    rows.append({tr("Usage"), tr("%1 (today %2, this week %3, this month %4)")
                                  .arg(usd(k.usage), usd(k.usageDaily), usd(k.usageWeekly),
                                       usd(k.usageMonthly))});
    if (k.byokUsage > 0)
        rows.append({tr("BYOK usage"), usd(k.byokUsage)});
    if (k.limit) {
        rows.append({tr("Limit"), k.limitReset.isEmpty()
                                      ? usd(*k.limit)
                                      : tr("%1, resets %2").arg(usd(*k.limit), k.limitReset)});
        rows.append({tr("Remaining"), k.limitRemaining ? usd(*k.limitRemaining) : tr("unknown")});
    } else {
        rows.append({tr("Limit"), tr("none")});
        rows.append({tr("Remaining"), tr("unlimited (bounded by the account's credits)")});
    }
    rows.append({tr("Free tier"), k.isFreeTier ? tr("yes") : tr("no")});
    if (k.isManagementKey)
        rows.append({tr("Management key"), tr("yes")});
    if (!k.expiresAt.isEmpty())
        rows.append({tr("Expires"), k.expiresAt});
    return Printer::fields(rows);
}

QString AccountCommand::describeCredits(const Credits &credits) {
    return Printer::fields({{tr("Total credits"), usd(credits.totalCredits)},
                            {tr("Total usage"), usd(credits.totalUsage)},
                            {tr("Balance"), usd(credits.balance())}});
}

QString AccountCommand::describeGeneration(const GenerationInfo &g) {
    QList<QPair<QString, QString>> rows;
    rows.append({tr("ID"), g.id});
    rows.append({tr("Model"), g.model});
    if (!g.providerName.isEmpty())
        rows.append({tr("Provider"), g.providerName});
    if (g.createdAt.isValid())
        rows.append({tr("Created"), g.createdAt.toUTC().toString(Qt::ISODateWithMs)});
    rows.append({tr("Cost"), Printer::exactUsd(g.totalCost)});
    rows.append({tr("Latency"), milliseconds(g.latencyMs)});
    rows.append({tr("Generation time"), milliseconds(g.generationTimeMs)});
    rows.append({tr("Tokens"), tr("%1 prompt, %2 completion (native: %3 prompt, %4 completion, "
                                  "%5 reasoning)")
                                   .arg(g.tokensPrompt)
                                   .arg(g.tokensCompletion)
                                   .arg(g.nativeTokensPrompt)
                                   .arg(g.nativeTokensCompletion)
                                   .arg(g.nativeTokensReasoning)});
    rows.append({tr("Finish reason"), g.finishReason.isEmpty() ? tr("none") : g.finishReason});
    rows.append({tr("Streamed"), g.streamed ? tr("yes") : tr("no")});
    if (g.cancelled)
        rows.append({tr("Cancelled"), tr("yes")});
    return Printer::fields(rows);
}

void AccountCommand::start() {
    switch (m_mode) {
    case Mode::Key:
        if (readyToSend(Endpoints::key()))
            watch(client()->fetchKey(this, printResult<KeyInfo>(&describeKey)));
        return;
    case Mode::Credits:
        if (readyToSend(Endpoints::credits()))
            watch(client()->fetchCredits(this, printResult<Credits>(&describeCredits)));
        return;
    case Mode::Generation:
        if (!readyToSend(Endpoints::generation(m_id)))
            return;
        logRequest(client()->describe(Endpoints::generation(m_id)));
        client()->fetchGeneration(m_id, this, printResult<GenerationInfo>(&describeGeneration));
        return;
    }
}

} // namespace orc::cli
