#include "CreditsCommand.h"

#include "ExitCode.h"
#include "KeyCommand.h"
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
              "used and the balance, in USD. Keys that may not read /credits (HTTP 403) get the "
              "key's own budget from GET /key instead, with a note on stderr.");
}

QString CreditsCommand::configure(const QCommandLineParser &parser) {
    if (!parser.positionalArguments().isEmpty())
        return tr("orcli credits takes no arguments.");
    return {};
}

void CreditsCommand::start() {
    if (m_global.dryRun) {
        printDryRun("GET", u"/credits"_s, {}, false);
        finish(ExitCode::Ok);
        return;
    }
    if (!requireKey())
        return;
    ApiCall *call =
        client()->fetchCredits(this, [this](const Credits &credits, const ApiError &error) {
            if (error.kind == ApiError::Kind::Moderation && error.httpStatus == 403) {
                fallBackToKey(error);
                return;
            }
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

void CreditsCommand::fallBackToKey(const ApiError &reason) {
    m_printer.status(tr("Note: this key may not read /credits (%1); showing the key's own budget "
                        "from /key instead.")
                         .arg(reason.message));
    ApiCall *call = client()->fetchKey(this, [this](const KeyInfo &key, const ApiError &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        if (m_printer.isJson())
            m_printer.writeJson(QJsonObject{{u"source"_s, u"key"_s}, {u"key"_s, key.toJson()}});
        else
            m_printer.write(KeyCommand::describe(key));
        finish(ExitCode::Ok);
    });
    watch(call);
}

} // namespace orc::cli
