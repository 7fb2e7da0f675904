#include "GenerationCommand.h"

#include "ExitCode.h"
#include "api/OpenRouterClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("orcli", text);
}
QString milliseconds(qint64 ms) {
    return ms < 0 ? tr("unknown") : tr("%1 ms").arg(ms);
}
} // namespace

GenerationCommand::GenerationCommand(Printer &printer, QObject *parent)
    : Command(printer, parent) {}

QString GenerationCommand::summary() const {
    return tr("Show the exact cost, tokens and latency of a past call");
}

QString GenerationCommand::description() const {
    return tr("Looks up one finished generation (GET /generation?id=ID): model, provider, exact "
              "cost in USD, time to first token, generation time and token counts. The id is "
              "the \"id\" of orcli chat --format json (gen-...). The record appears a moment "
              "after the call ends; a first \"not found\" is retried for a few seconds.");
}

QList<Command::Argument> GenerationCommand::arguments() const {
    return {{u"ID"_s, tr("Generation id, e.g. gen-1771967973-0hZ8J5kY7qLMOKbPx0u3.")}};
}

QString GenerationCommand::examples() const {
    return u"  orcli generation gen-1771967973-0hZ8J5kY7qLMOKbPx0u3\n"
           u"  orcli generation \"$(orcli chat openai/gpt-4o-mini hi --format json | jq -r .id)\"\n"_s;
}

QString GenerationCommand::configure(const QCommandLineParser &parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.constFirst().trimmed().isEmpty())
        return tr("Give exactly one generation ID. Usage: orcli generation ID, e.g. orcli "
                  "generation gen-1771967973-0hZ8J5kY7qLMOKbPx0u3.");
    m_id = args.constFirst().trimmed();
    return {};
}

QString GenerationCommand::describe(const GenerationInfo &g) {
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

void GenerationCommand::start() {
    if (m_global.dryRun) {
        printDryRun(Endpoints::generation(m_id));
        finish(ExitCode::Ok);
        return;
    }
    if (!requireKey())
        return;
    logRequest(client()->describe(Endpoints::generation(m_id)));
    client()->fetchGeneration(m_id, this,
                              [this](const GenerationInfo &info, const ApiError &error) {
                                  if (error.isError()) {
                                      fail(error);
                                      return;
                                  }
                                  if (m_printer.isJson())
                                      m_printer.writeJson(info.toJson());
                                  else
                                      m_printer.write(describe(info));
                                  finish(ExitCode::Ok);
                              });
}

} // namespace orc::cli
