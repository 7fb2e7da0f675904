#include "CompareCommand.h"

#include "Attachments.h"
#include "ChatCommand.h"
#include "ExitCode.h"
#include "api/ChatStream.h"
#include "api/Endpoints.h"
#include "api/OpenRouterClient.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

constexpr int kMaxRuns = 100;

QJsonValue number(const std::optional<double> &value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QString cell(std::optional<double> value, int decimals) {
    if (!value)
        return u"-"_s;
    return QString::number(*value, 'f', decimals);
}

// The result of one run as a chat result object with the compare fields.
QJsonObject runJson(const ChatResult &result) {
    QJsonObject o = result.toJson();
    o.insert(u"tokens_per_second"_s, number(CompareOutcome::tokensPerSecond(result)));
    return o;
}

} // namespace

CompareCommand::CompareCommand(Printer &printer, QObject *parent)
    : CatalogCommand(printer, parent) {}

CompareCommand::~CompareCommand() = default;

Command::Spec CompareCommand::spec() const {
    return {
        u"compare"_s,
        tr("Send one prompt to several models or providers at once and compare them"),
        tr("Sends the same prompt to every MODEL at the same time and prints a table of what "
           "each measured: the provider that answered, the time to the first token, tokens per "
           "second, completion tokens and the exact cost, then each answer under its name. A "
           "target is a model id, model@provider (that provider only, no fallbacks) or "
           "@preset/slug. The prompt comes from --prompt, else from stdin. One failing target "
           "does not stop the others: its error is shown in its row and the exit code is 1. "
           "Each billed request is recorded in the usage ledger. Ctrl-C cancels every request "
           "and keeps what arrived (exit code 130)."),
        {{u"MODEL..."_s, tr("The targets: model, model@provider or @preset/slug (one or more).")}},
        QList<QCommandLineOption>{
            QCommandLineOption({u"prompt"_s, u"p"_s}, tr("The prompt; without it stdin is read."),
                               u"TEXT"_s),
            QCommandLineOption({u"system"_s, u"s"_s}, tr("System prompt."), u"TEXT"_s),
            QCommandLineOption(u"runs"_s,
                               tr("Repeat the comparison N times (one round after the other) "
                                  "and report the medians."),
                               u"N"_s),
            QCommandLineOption(u"file"_s, tr("Attach a PDF or text document (repeatable)."),
                               u"FILE"_s),
            QCommandLineOption(u"history"_s,
                               tr("Also save each answer as a conversation in the history.")),
        } + ChatCommand::samplingOptions() +
            SpendGate::options(),
        u"  orcli compare openai/gpt-4o-mini anthropic/claude-haiku-4.5 -p \"Name 3 moons\"\n"
        u"  orcli compare deepseek/deepseek-r1@fireworks deepseek/deepseek-r1@together "
        u"-p \"Hi\" --runs 3\n"
        u"  cat question.txt | orcli compare openai/gpt-4o google/gemini-2.5-flash "
        u"--format json\n"_s};
}

QString CompareCommand::configure(const QCommandLineParser &parser) {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return tr("Missing MODEL. Usage: orcli compare MODEL... --prompt TEXT [options].");
    for (const QString &arg : args) {
        QString error;
        const std::optional<CompareTarget> target = CompareTarget::parse(arg, &error);
        if (!target)
            return error;
        m_targets.append(*target);
    }
    if (parser.isSet(u"runs"_s)) {
        qint64 n = 0;
        if (QString e = parsePositive(parser, u"runs"_s, kMaxRuns, &n); !e.isEmpty())
            return e;
        m_runs = int(n);
    }
    if (QString e = ChatCommand::readSampling(parser, &m_request); !e.isEmpty())
        return e;
    QList<ContentPart> attachments;
    if (QString e =
            Attachments::readAll(parser.values(u"file"_s), &Attachments::file, &attachments);
        !e.isEmpty())
        return e;

    QString prompt;
    if (parser.isSet(u"prompt"_s)) {
        prompt = parser.value(u"prompt"_s);
    } else {
        if (stdinIsTerminal())
            return tr("Missing prompt: give --prompt TEXT, or pipe it on stdin.");
        prompt = QString::fromUtf8(readStdin());
    }
    if (prompt.trimmed().isEmpty())
        return tr("The prompt is empty: give --prompt TEXT, or pipe a non-empty text on stdin.");
    if (parser.isSet(u"system"_s))
        m_request.messages << ChatMessage::system(parser.value(u"system"_s));
    ChatMessage user = ChatMessage::user(prompt);
    user.parts << attachments;
    m_request.messages << user;
    m_request.stream = true; // the time to the first token needs a stream
    m_history = parser.isSet(u"history"_s);
    return m_spend.read(parser, m_global.dataDir());
}

void CompareCommand::start() {
    // The model of each request is set by the run; the base names the first for --dry-run.
    m_request.model = m_targets.constFirst().model;
    m_run = new CompareRun(client(), m_request, m_targets, m_runs, this);
    if (m_global.dryRun) {
        QJsonArray requests;
        for (int i = 0; i < m_targets.size(); ++i)
            requests.append(dryRun(Endpoints::chatCompletions(m_run->requestFor(i))));
        m_printer.writeJson(QJsonObject{{u"requests"_s, requests}});
        if (m_config.apiKey.isEmpty())
            m_printer.status(tr("Note: no API key is set; the real request would fail with exit "
                                "code 3."));
        finish(ExitCode::Ok);
        return;
    }
    // --max-cost bounds the whole run: every target, every round.
    passSpendGate(
        m_spend,
        [this](const QList<ModelInfo> &catalog) {
            CostRange sum;
            for (int round = 0; round < m_runs; ++round)
                for (int i = 0; i < m_targets.size(); ++i)
                    sum += SpendGate::chatCost(m_run->requestFor(i), catalog);
            return sum;
        },
        [this] { startRun(); });
}

void CompareCommand::startRun() {
    openLedger();
    connect(m_run, &CompareRun::streamStarted, this, [this](int, ChatStream *stream) {
        trace(stream->call());
        connect(stream, &ChatStream::retrying, this, &CompareCommand::noteRetry);
    });
    connect(m_run, &CompareRun::targetFinished, this, [this] {
        int done = 0;
        double spent = 0;
        for (const CompareOutcome &o : m_run->outcomes()) {
            done += int(o.runs.size());
            for (const ChatResult &r : o.runs)
                spent += r.usage && r.usage->cost ? *r.usage->cost : 0.0;
        }
        if (!m_spend.hasCrossed() && m_spend.crossed(m_printer, spent))
            m_run->cancel(); // what arrived is kept and printed
        m_printer.progress(tr("%1 of %2 answers").arg(done).arg(m_targets.size() * m_runs));
    });
    connect(m_run, &CompareRun::finished, this, &CompareCommand::onFinished);
    m_printer.setProgressEnabled(m_printer.errIsTerminal());
    m_run->start();
}

void CompareCommand::openLedger() {
    m_ledger = std::make_unique<CostLedger>(CostLedger::pathIn(m_global.dataDir()));
    QString error;
    if (!m_ledger->open(&error)) {
        m_printer.warning(tr("The usage ledger cannot be opened (%1); the costs of this "
                             "comparison are not recorded.")
                              .arg(error));
        m_ledger.reset();
        return;
    }
    m_run->setLedger(m_ledger.get(), LedgerEntry::Origin::Cli);
}

void CompareCommand::saveHistory() {
    ConversationStore store(ConversationStore::pathIn(m_global.dataDir()));
    QString error;
    if (!store.open(&error)) {
        m_printer.warning(
            tr("The history cannot be opened (%1); the answers are not saved.").arg(error));
        return;
    }
    for (int i = 0; i < m_run->outcomes().size(); ++i)
        if (!m_run->saveConversation(&store, i))
            m_printer.warning(tr("The answer of %1 could not be saved in the history: %2")
                                  .arg(m_run->outcomes().at(i).target.label(), store.lastError()));
}

void CompareCommand::cancel() {
    if (m_run && !m_run->isFinished() && !isFinished()) {
        m_run->cancel(); // finished() follows with what arrived
        return;
    }
    Command::cancel();
}

QJsonObject CompareCommand::resultJson(const CompareOutcome &outcome, int rounds) {
    ChatResult none;
    none.state = ChatResult::State::Cancelled;
    const ChatResult &last = outcome.last() ? *outcome.last() : none;
    QJsonObject o = runJson(last);
    o.insert(u"requested_model"_s, outcome.target.label());
    if (rounds > 1) {
        QJsonArray runs;
        for (const ChatResult &r : outcome.runs)
            runs.append(runJson(r));
        o.insert(u"runs"_s, runs);
        o.insert(u"median"_s,
                 QJsonObject{{u"time_to_first_token_ms"_s, number(outcome.medianTtftMs())},
                             {u"tokens_per_second"_s, number(outcome.medianTokensPerSecond())},
                             {u"duration_ms"_s, number(outcome.medianDurationMs())},
                             {u"cost"_s, number(outcome.medianCostUsd())}});
    }
    return o;
}

QString CompareCommand::textReport(const QList<CompareOutcome> &outcomes, int rounds) {
    const bool medians = rounds > 1;
    QList<QStringList> rows{
        {tr("MODEL"), tr("PROVIDER"), tr("TTFT ms"), tr("tok/s"), tr("tokens"), tr("$ cost")}};
    QStringList notes{QString()};
    for (const CompareOutcome &o : outcomes) {
        const ChatResult *last = o.last();
        const bool ok = last && last->ok();
        QStringList row{o.target.label(),
                        last && !last->provider.isEmpty() ? last->provider : u"-"_s};
        if (medians) {
            row << cell(o.medianTtftMs(), 0) << cell(o.medianTokensPerSecond(), 1);
        } else if (ok && last->timeToFirstTokenMs >= 0) {
            row << QString::number(last->timeToFirstTokenMs)
                << cell(CompareOutcome::tokensPerSecond(*last), 1);
        } else {
            row << u"-"_s << u"-"_s;
        }
        row << (ok && last->usage ? QString::number(last->usage->completionTokens) : u"-"_s);
        const double cost = medians ? o.medianCostUsd().value_or(-1.0)
                                    : (ok && last->usage ? last->usage->cost.value_or(-1.0) : -1.0);
        row << (cost >= 0 ? Printer::exactUsd(cost) : u"-"_s);
        rows.append(row);
        if (!last || last->state == ChatResult::State::Cancelled)
            notes.append(tr("cancelled"));
        else if (!last->ok())
            notes.append(tr("error: %1").arg(Printer::describe(last->error)));
        else
            notes.append(QString());
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList line;
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            line << (c < 2 ? rows.at(r).at(c).leftJustified(widths.at(c))
                           : rows.at(r).at(c).rightJustified(widths.at(c)));
        QString text = line.join(u"  "_s);
        if (!notes.at(r).isEmpty())
            text += u"  "_s + notes.at(r);
        out += text.trimmed() + u'\n';
    }
    if (medians)
        out += tr("TTFT, tok/s and cost are medians of %1 runs; the answers are the last run's.")
                   .arg(rounds) +
               u'\n';
    for (const CompareOutcome &o : outcomes) {
        out += u"\n== "_s + o.target.label() + u" ==\n"_s;
        if (const ChatResult *last = o.last(); last && !last->content.isEmpty())
            out += last->content + (last->content.endsWith(u'\n') ? u""_s : u"\n"_s);
        else
            out += tr("(no answer)") + u'\n';
    }
    return out;
}

void CompareCommand::onFinished() {
    m_printer.clearProgress();
    const QList<CompareOutcome> &outcomes = m_run->outcomes();
    if (m_history)
        saveHistory();
    if (m_printer.isJson()) {
        QJsonArray results;
        for (const CompareOutcome &o : outcomes)
            results.append(resultJson(o, m_run->rounds()));
        m_printer.writeJson(QJsonObject{{u"results"_s, results}});
    } else {
        m_printer.write(textReport(outcomes, m_run->rounds()));
    }
    const bool cancelled = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) {
        return o.last() && o.last()->state == ChatResult::State::Cancelled;
    });
    const bool allOk = std::all_of(outcomes.cbegin(), outcomes.cend(),
                                   [](const CompareOutcome &o) { return o.allOk(); });
    if (m_spend.hasCrossed()) {
        finish(ExitCode::OverBudget);
        return;
    }
    if (cancelled) {
        m_printer.status(tr("Cancelled."));
        finish(ExitCode::Cancelled);
        return;
    }
    finish(allOk ? ExitCode::Ok : ExitCode::Other);
}

} // namespace orc::cli
