#include "CreditsCommand.h"

#include "ExitCode.h"
#include "api/OpenRouterClient.h"
#include "domain/ModelInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace orc::cli {

CreditsCommand::CreditsCommand(Printer &printer, QObject *parent)
    : Command(printer, parent) {}

QString CreditsCommand::summary() const {
    return tr("Show total credits, total usage and the balance");
}

QString CreditsCommand::description() const {
    return tr("Asks OpenRouter for the account's credits (GET /credits): total bought, total "
              "used and the balance, in USD. Use orcli key for the budget of the key itself.");
}

QString CreditsCommand::configure(const QCommandLineParser &parser) {
    if (!parser.positionalArguments().isEmpty())
        return tr("orcli credits takes no arguments.");
    return {};
}

void CreditsCommand::start() {
    if (m_global.dryRun) {
        printDryRun(Endpoints::credits());
        finish(ExitCode::Ok);
        return;
    }
    if (!requireKey())
        return;
    ApiCall *call =
        client()->fetchCredits(this, [this](const Credits &credits, const ApiError &error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            if (m_printer.isJson()) {
                m_printer.writeJson(credits.toJson());
            } else {
                m_printer.write(Printer::fields(
                    {{tr("Total credits"), ModelPricing::formatUsd(credits.totalCredits)},
                     {tr("Total usage"), ModelPricing::formatUsd(credits.totalUsage)},
                     {tr("Balance"), ModelPricing::formatUsd(credits.balance())}}));
            }
            finish(ExitCode::Ok);
        });
    watch(call);
}

} // namespace orc::cli
