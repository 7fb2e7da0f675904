#include "KeyCommand.h"

#include "ExitCode.h"
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
} // namespace

KeyCommand::KeyCommand(Printer &printer, QObject *parent)
    : Command(printer, parent) {}

QString KeyCommand::summary() const {
    return tr("Show the API key's label, usage, limit and remaining budget");
}

QString KeyCommand::description() const {
    return tr("Asks OpenRouter about the key in use (GET /key): its masked label, what it has "
              "spent (USD), its spending limit and what remains of it, and whether the account "
              "is on the free tier.");
}

QString KeyCommand::configure(const QCommandLineParser &parser) {
    if (!parser.positionalArguments().isEmpty())
        return tr("orcli key takes no arguments.");
    return {};
}

QString KeyCommand::describe(const KeyInfo &k) {
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

void KeyCommand::start() {
    if (m_global.dryRun) {
        printDryRun(Endpoints::key());
        finish(ExitCode::Ok);
        return;
    }
    if (!requireKey())
        return;
    ApiCall *call = client()->fetchKey(this, [this](const KeyInfo &key, const ApiError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        if (m_printer.isJson())
            m_printer.writeJson(key.toJson());
        else
            m_printer.write(describe(key));
        finish(ExitCode::Ok);
    });
    watch(call);
}

} // namespace orc::cli
