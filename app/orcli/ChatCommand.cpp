#include "ChatCommand.h"

#include "Attachments.h"
#include "ExitCode.h"
#include "HistoryCommand.h"
#include "RoutingCheck.h"
#include "api/OpenRouterClient.h"
#include "chat/ChatSession.h"
#include "chat/GenerationCosts.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"
#include "store/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

// How long a finished chat waits for the late /generation cost of a reply that carried none.
constexpr int kLateCostWaitMs = 5000;

// ORCLI_NO_HISTORY=1 (or any value but 0, false, no): like --no-history.
bool historyOffByEnvironment() {
    const QString v = qEnvironmentVariable("ORCLI_NO_HISTORY").trimmed().toLower();
    return !v.isEmpty() && v != "0"_L1 && v != "false"_L1 && v != "no"_L1;
}

// Reads a number option within [min, max] (min exclusive when `minExclusive`).
QString readNumber(const QCommandLineParser &parser, const QString &name, double min, double max,
                   bool minExclusive, std::optional<double> *out) {
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    const double v = parser.value(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v > max || v < min || (minExclusive && v == min))
        return (minExclusive ? tr("Invalid --%1 \"%2\": give a number above %3 and at most %4.")
                             : tr("Invalid --%1 \"%2\": give a number from %3 to %4."))
            .arg(name, parser.value(name), QString::number(min), QString::number(max));
    *out = v;
    return {};
}

// --schema FILE: a JSON Schema, or an OpenAI-style {"name":..,"schema":{..},"strict":..} wrapper.
QString readSchema(const QString &path, QJsonObject *format) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read --schema \"%1\": %2. --schema takes a file holding a JSON Schema "
                  "object.")
            .arg(path, f.errorString());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return tr("--schema \"%1\" is not a JSON object (%2). --schema takes a file holding a JSON "
                  "Schema object.")
            .arg(path, error.error == QJsonParseError::NoError ? tr("not an object")
                                                               : error.errorString());
    const QJsonObject o = doc.object();
    if (o.value("schema"_L1).isObject() && o.value("name"_L1).isString()) {
        *format = ChatRequest::jsonSchemaFormat(o.value("name"_L1).toString(),
                                                o.value("schema"_L1).toObject(),
                                                o.value("strict"_L1).toBool(true));
        return {};
    }
    QString name = QFileInfo(path).completeBaseName();
    name.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    if (name.isEmpty())
        name = u"response"_s;
    *format = ChatRequest::jsonSchemaFormat(name.left(64), o);
    return {};
}

} // namespace

const QStringList &ChatCommand::reasoningEfforts() {
    static const QStringList efforts{u"max"_s, u"xhigh"_s,   u"high"_s, u"medium"_s,
                                     u"low"_s, u"minimal"_s, u"none"_s};
    return efforts;
}

ChatCommand::ChatCommand(Printer &printer, QObject *parent)
    : CatalogCommand(printer, parent) {}

ChatCommand::~ChatCommand() {
    delete m_session; // before the store and ledger it writes
}

QList<QCommandLineOption> ChatCommand::samplingOptions() {
    return {
        QCommandLineOption({u"max-tokens"_s, u"m"_s}, tr("Maximum tokens to generate."), u"N"_s),
        QCommandLineOption({u"temperature"_s, u"t"_s}, tr("Sampling temperature (0-2)."), u"T"_s),
        QCommandLineOption(u"top-p"_s, tr("Nucleus sampling (0-1]."), u"P"_s),
        QCommandLineOption(u"seed"_s, tr("Seed for best-effort determinism."), u"N"_s),
        QCommandLineOption(u"stop"_s, tr("Stop sequence (repeatable, up to 4)."), u"TEXT"_s),
        QCommandLineOption(u"reasoning-effort"_s,
                           tr("Reasoning effort: max, xhigh, high, medium, low, minimal, none."),
                           u"LEVEL"_s),
        QCommandLineOption(u"web"_s, tr("Add web search results (the web plugin).")),
    };
}

QString ChatCommand::readSampling(const QCommandLineParser &parser, ChatRequest *request) {
    if (parser.isSet(u"max-tokens"_s)) {
        qint64 n = 0;
        if (QString e = parsePositive(parser, u"max-tokens"_s, 100000000, &n); !e.isEmpty())
            return e;
        request->maxTokens = int(n);
    }
    if (QString e = readNumber(parser, u"temperature"_s, 0, 2, false, &request->temperature);
        !e.isEmpty())
        return e;
    if (QString e = readNumber(parser, u"top-p"_s, 0, 1, true, &request->topP); !e.isEmpty())
        return e;
    if (QString e = parseSeed(parser, &request->seed); !e.isEmpty())
        return e;
    request->stop = parser.values(u"stop"_s);
    if (request->stop.size() > 4)
        return tr("Too many --stop sequences (%1): the API takes at most 4.")
            .arg(request->stop.size());
    if (parser.isSet(u"reasoning-effort"_s)) {
        const QString effort = parser.value(u"reasoning-effort"_s).trimmed().toLower();
        if (!reasoningEfforts().contains(effort))
            return tr("Unknown --reasoning-effort \"%1\". Accepted: %2.")
                .arg(parser.value(u"reasoning-effort"_s), reasoningEfforts().join(u", "_s));
        request->reasoning.effort = effort;
    }
    if (parser.isSet(u"web"_s))
        request->plugins.append(ChatRequest::webPlugin());
    return {};
}

QString ChatCommand::readFormat(const QCommandLineParser &parser) {
    if (parser.isSet(u"json"_s) && parser.isSet(u"schema"_s))
        return tr("--json and --schema exclude each other: --schema already asks for JSON.");
    if (parser.isSet(u"json"_s))
        m_request.responseFormat = ChatRequest::jsonObjectFormat();
    if (parser.isSet(u"schema"_s))
        return readSchema(parser.value(u"schema"_s), &m_request.responseFormat);
    return {};
}

Command::Spec ChatCommand::spec() const {
    return {
        u"chat"_s,
        tr("Send a prompt to a model and print the reply"),
        tr("Sends one chat completion and prints the reply text on stdout. The reply is "
           "streamed as it arrives when stdout is a terminal or --stream is given. PROMPT may "
           "be \"-\" or left out to read it from stdin. Ctrl-C cancels the request and keeps "
           "what arrived (exit code 130)."),
        {{u"MODEL"_s, tr("Model id, e.g. anthropic/claude-sonnet-4.5 (see orcli models).")},
         {u"[PROMPT]"_s, tr("The prompt; \"-\" or omitted reads stdin.")}},
        QList<QCommandLineOption>{
            QCommandLineOption({u"system"_s, u"s"_s}, tr("System prompt."), u"TEXT"_s)} +
            samplingOptions() +
            QList<QCommandLineOption>{
                QCommandLineOption({u"json"_s, u"j"_s},
                                   tr("Ask for a JSON object (response_format json_object).")),
                QCommandLineOption(u"schema"_s,
                                   tr("Structured output: a file with a JSON Schema "
                                      "(response_format json_schema)."),
                                   u"FILE"_s),
                QCommandLineOption(u"show-reasoning"_s,
                                   tr("Print the model's reasoning on stderr.")),
                QCommandLineOption(u"image"_s,
                                   tr("Attach an image: a PNG/JPEG/WebP/GIF file or an http(s) "
                                      "URL (repeatable)."),
                                   u"FILE|URL"_s),
                QCommandLineOption(u"file"_s, tr("Attach a PDF or text document (repeatable)."),
                                   u"FILE"_s),
                QCommandLineOption(u"stream"_s,
                                   tr("Stream the reply even when stdout is not a terminal.")),
                QCommandLineOption(u"no-stream"_s, tr("Ask for one complete response.")),
                QCommandLineOption(u"continue"_s,
                                   tr("Go on with a saved conversation: its number (orcli "
                                      "history list) or \"last\". Its earlier turns are sent; "
                                      "MODEL may be left out (the conversation's)."),
                                   u"ID|last"_s),
                QCommandLineOption(u"no-history"_s,
                                   tr("Do not save this chat in the conversation history "
                                      "(also ORCLI_NO_HISTORY=1); its cost is still recorded.")),
            } +
            RoutingOptions::options() + SpendGate::options(),
        u"  orcli chat openai/gpt-4o-mini \"Write a haiku about rain\"\n"
        u"  echo \"Summarise this\" | orcli chat anthropic/claude-sonnet-4.5 -m 300\n"
        u"  orcli chat google/gemini-2.5-flash \"What is in it?\" --image photo.jpg\n"
        u"  orcli chat openai/gpt-4o \"List 3 colours\" --schema colours.json --format json\n"
        u"  orcli chat deepseek/deepseek-r1 \"Why is the sky blue?\" --show-reasoning\n"
        u"  orcli chat --continue last \"Now shorter\"\n"_s};
}

QString ChatCommand::configure(const QCommandLineParser &parser) {
    if (parser.isSet(u"stream"_s) && parser.isSet(u"no-stream"_s))
        return tr("--stream and --no-stream exclude each other.");
    if (QString e = readSampling(parser, &m_request); !e.isEmpty())
        return e;
    if (QString e = readFormat(parser); !e.isEmpty())
        return e;
    if (QString e = m_spend.read(parser, m_global.dataDir()); !e.isEmpty())
        return e;

    QList<ContentPart> attachments;
    for (const auto &[option, read] :
         {std::pair{u"image"_s, &Attachments::image}, std::pair{u"file"_s, &Attachments::file}})
        if (QString e = Attachments::readAll(parser.values(option), read, &attachments);
            !e.isEmpty())
            return e;

    ChatParams continued;
    if (QString e = readHistory(parser, &continued); !e.isEmpty())
        return e;
    if (!m_continueId && parser.isSet(u"system"_s))
        m_request.messages << ChatMessage::system(parser.value(u"system"_s));
    ChatMessage user = ChatMessage::user(m_prompt);
    user.parts << attachments;
    m_request.messages << user;
    m_attachments = attachments;

    if (QString e = readRouting(parser, &m_routing); !e.isEmpty())
        return e;
    m_request.provider = m_routing.preferences;
    m_request.models = m_routing.models;
    if (m_continueId && m_request.provider.isEmpty() && m_request.models.isEmpty()) {
        // No routing flags: the conversation's own routing, as the studio sends it.
        const QList<RoutingProfile> profiles = Settings().routingProfiles();
        m_request.provider = continued.routing.resolve(profiles);
        m_request.models = continued.routing.fallbackModels(profiles, m_request.model);
    }
    m_showReasoning = parser.isSet(u"show-reasoning"_s);
    m_request.stream = !parser.isSet(u"no-stream"_s) &&
                       (parser.isSet(u"stream"_s) || m_printer.format() == OutputFormat::Ndjson ||
                        (m_printer.format() == OutputFormat::Text && m_printer.outIsTerminal()));
    return {};
}

QString ChatCommand::readHistory(const QCommandLineParser &parser, ChatParams *continued) {
    const QStringList args = parser.positionalArguments();
    m_history = !parser.isSet(u"no-history"_s) && !historyOffByEnvironment();
    if (parser.isSet(u"system"_s))
        m_system = parser.value(u"system"_s);
    if (!parser.isSet(u"continue"_s))
        return readModelAndPrompt(args, u"orcli chat MODEL [PROMPT] [options]"_s, &m_request.model,
                                  &m_prompt);
    if (!m_history)
        return tr("--continue and --no-history exclude each other: a continued conversation is "
                  "saved.");
    if (args.size() > 2)
        return tr("Too many arguments (%1). Usage: orcli chat --continue ID|last [MODEL] "
                  "[PROMPT]; quote a prompt that has spaces.")
            .arg(args.size());
    m_modelGiven = args.size() == 2;
    if (m_modelGiven && (m_request.model = args.constFirst().trimmed()).isEmpty())
        return tr("MODEL is empty. Give a model id such as openai/gpt-4o-mini.");
    const QString prompt = args.isEmpty() ? QString() : args.constLast();
    if (args.isEmpty() || prompt == "-"_L1) {
        if (args.isEmpty() && stdinIsTerminal())
            return tr("Missing PROMPT: give it after --continue ID, or pipe it on stdin.");
        m_prompt = QString::fromUtf8(readStdin());
    } else {
        m_prompt = prompt;
    }
    if (m_prompt.trimmed().isEmpty())
        return tr("The prompt is empty: give PROMPT, or pipe a non-empty text on stdin.");

    QString error;
    m_store = HistoryCommand::openStore(m_global.dataDir(), &error);
    if (!m_store)
        return error;
    m_continueId = HistoryCommand::resolve(*m_store, parser.value(u"continue"_s), &error);
    if (!m_continueId)
        return error;
    const ConversationInfo info = *m_store->conversation(m_continueId);
    if (!m_modelGiven)
        m_request.model = info.model;
    if (m_request.model.isEmpty())
        return tr("Conversation %1 names no model: give one, orcli chat --continue %1 MODEL "
                  "PROMPT.")
            .arg(m_continueId);
    // The earlier turns, then the settings the command line leaves unset.
    m_request.messages =
        ChatSession::messagesFor(m_system.value_or(info.systemPrompt), m_store->thread(info.id));
    *continued = ChatParams::fromJson(info.params);
    if (!m_request.temperature)
        m_request.temperature = continued->temperature;
    if (!m_request.maxTokens)
        m_request.maxTokens = continued->maxTokens;
    if (!m_request.topP)
        m_request.topP = continued->topP;
    if (!m_request.seed)
        m_request.seed = continued->seed;
    if (m_request.reasoning.effort.isEmpty())
        m_request.reasoning.effort = continued->reasoningEffort;
    return {};
}

void ChatCommand::openHistory() {
    const QString dataDir = m_global.dataDir();
    if (!m_store && m_history) {
        QString error;
        m_store = HistoryCommand::openStore(dataDir, &error);
        if (!m_store)
            m_printer.warning(tr("This chat is not saved in the history: %1").arg(error));
    }
    if (!m_store) {
        m_store = std::make_unique<ConversationStore>(ConversationStore::memoryPath());
        m_store->open();
    }
    m_ledger = std::make_unique<CostLedger>(CostLedger::pathIn(dataDir));
    if (QString error; !m_ledger->open(&error)) {
        m_printer.warning(tr("The cost of this chat is not recorded: %1").arg(error));
        m_ledger.reset();
    }
}

void ChatCommand::adjust(ChatRequest &request) const {
    // The session built the messages from the store; everything else is what the command line
    // (and, with --continue, the conversation) asked for, as --dry-run prints it.
    QList<ChatMessage> messages = std::move(request.messages);
    request = m_request;
    request.messages = std::move(messages);
}

void ChatCommand::start() {
    passSpendGate(
        m_spend, [this](const QList<ModelInfo> &c) { return SpendGate::chatCost(m_request, c); },
        [this] { startSending(); });
}

void ChatCommand::startSending() {
    if (!readyToSend(Endpoints::chatCompletions(m_request)))
        return;
    openHistory();
    if (!RoutingCheck::needed(m_routing)) {
        send();
        return;
    }
    RoutingCheck::run(client(), m_printer, this, m_routing, m_request.model,
                      [this](const QString &refusal) {
                          if (refusal.isEmpty())
                              send();
                          else
                              fail(refusal, ExitCode::NoEndpoint, u"no_endpoint"_s);
                      });
}

void ChatCommand::send() {
    m_session = new ChatSession(client(), m_store.get(), this);
    if (m_ledger)
        m_session->setLedger(m_ledger.get(), LedgerEntry::Origin::Cli);
    m_session->setRequestAdjuster([this](ChatRequest &r) { adjust(r); });
    bool opened = false;
    if (m_continueId) {
        opened = m_session->openConversation(m_continueId);
        if (opened && m_modelGiven)
            m_session->setModel(m_request.model);
        if (opened && m_system)
            m_session->setSystemPrompt(*m_system);
    } else {
        m_session->setSystemPrompt(m_system.value_or(QString()));
        ChatParams params;
        params.temperature = m_request.temperature;
        params.maxTokens = m_request.maxTokens;
        params.topP = m_request.topP;
        params.seed = m_request.seed;
        params.reasoningEffort = m_request.reasoning.effort;
        m_session->setParams(params);
        opened = m_session->newConversation(m_request.model) != 0;
    }
    if (!opened || !m_session->send(m_prompt, m_attachments)) {
        fail(tr("Cannot save the conversation in %1: %2. Try again, or add --no-history.")
                 .arg(m_store->path(), m_store->lastError()),
             ExitCode::Other, u"store"_s);
        return;
    }
    if (m_history)
        m_printer.log(tr("conversation %1").arg(m_session->conversationId()));
    m_stream = m_session->stream();
    trace(m_stream->call());
    connect(m_stream, &ChatStream::contentDelta, this, &ChatCommand::onContent);
    connect(m_stream, &ChatStream::reasoningDelta, this, &ChatCommand::onReasoning);
    connect(m_stream, &ChatStream::toolCallDelta, this, &ChatCommand::onToolCall);
    connect(m_stream, &ChatStream::usageReceived, this, &ChatCommand::onUsage);
    connect(m_stream, &ChatStream::retrying, this, &ChatCommand::onRetrying);
    connect(m_stream, &ChatStream::finished, this, &ChatCommand::onFinished);
}

void ChatCommand::noteServedBy(const ChatResult &result) {
    // Only when routing was asked for (or -v): the seed-compatible run keeps stderr empty.
    const bool routed = !m_request.provider.isEmpty() || !m_request.models.isEmpty();
    if (result.provider.isEmpty() || !(routed || m_printer.verbose()))
        return;
    // A fallback model: one of --models answered instead of MODEL.
    if (result.model != m_request.model && m_request.models.contains(result.model))
        m_printer.status(tr("served by %1 (fallback model %2; %3 did not answer)")
                             .arg(result.provider, result.model, m_request.model));
    else
        m_printer.status(tr("served by %1").arg(result.provider));
}

void ChatCommand::cancel() {
    if (m_stream && !m_stream->isFinished()) {
        m_stream->cancel();
        return;
    }
    if (!isFinished())
        finish(ExitCode::Cancelled);
}

void ChatCommand::event(const QString &type, QJsonObject fields) {
    fields.insert(u"type"_s, type);
    emitOut(Printer::compactJson(fields) + u'\n');
}

void ChatCommand::emitOut(const QString &text) {
    m_pending += text;
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &ChatCommand::flushPending, Qt::QueuedConnection);
}

void ChatCommand::flushPending() {
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    m_printer.write(m_pending);
    m_printer.flush();
    m_pending.clear();
}

void ChatCommand::onContent(const QString &text) {
    switch (m_printer.format()) {
    case OutputFormat::Text:
        if (m_reasoningOpen) {
            m_printer.writeErr(u"\n"_s);
            m_reasoningOpen = false;
        }
        emitOut(text);
        m_wroteContent = true;
        break;
    case OutputFormat::Ndjson:
        event(u"delta"_s, {{u"text"_s, text}});
        break;
    case OutputFormat::Json:
        break;
    }
}

void ChatCommand::onReasoning(const QString &text) {
    if (m_printer.format() == OutputFormat::Ndjson) {
        event(u"reasoning"_s, {{u"text"_s, text}});
        return;
    }
    if (!m_showReasoning || m_printer.format() != OutputFormat::Text)
        return;
    flushPending(); // keep the order of what a terminal shows
    m_printer.writeErr(text);
    m_reasoningOpen = !text.endsWith(u'\n');
}

void ChatCommand::onToolCall(const ToolCallDelta &delta) {
    if (m_printer.format() != OutputFormat::Ndjson)
        return;
    QJsonObject o{{u"index"_s, delta.index}, {u"arguments"_s, delta.arguments}};
    if (!delta.id.isEmpty())
        o.insert(u"id"_s, delta.id);
    if (!delta.name.isEmpty())
        o.insert(u"name"_s, delta.name);
    event(u"tool_call"_s, o);
}

void ChatCommand::onUsage(const Usage &usage) {
    if (m_printer.format() == OutputFormat::Ndjson)
        event(u"usage"_s, {{u"usage"_s, usage.toJson()}});
}

void ChatCommand::onRetrying(int nextAttempt, int delayMs, const ApiError &reason) {
    noteRetry(nextAttempt, delayMs, reason);
}

void ChatCommand::onFinished() {
    flushPending();
    const ChatResult &result = m_stream->result();
    int code = ExitCode::Ok;
    if (result.state == ChatResult::State::Cancelled)
        code = cancelExitCode();
    else if (!result.ok())
        code = result.error.isError() ? exitCodeFor(result.error.kind) : int(ExitCode::Other);

    switch (m_printer.format()) {
    case OutputFormat::Text:
        if (m_reasoningOpen)
            m_printer.writeErr(u"\n"_s);
        if (m_wroteContent || result.ok())
            m_printer.write(u"\n"_s); // like print(): the reply, then one newline
        if (result.ok())
            noteServedBy(result);
        if (result.ok() && result.finishReason == "length"_L1)
            m_printer.status(tr("Note: the reply stopped at the max-tokens limit."));
        if (result.ok() && !result.toolCalls.isEmpty())
            m_printer.status(tr("Note: the model asked for %n tool call(s); use --format json "
                                "to see them.",
                                nullptr, int(result.toolCalls.size())));
        break;
    case OutputFormat::Json:
        // A cancelled call reports its state even when nothing arrived yet.
        if (result.ok() || result.hasOutput() || result.state == ChatResult::State::Cancelled)
            m_printer.writeJson(result.toJson());
        break;
    case OutputFormat::Ndjson:
        if (result.error.isError() && code != cancelExitCode())
            event(u"error"_s, {{u"error"_s, result.error.toJson()}, {u"exit_code"_s, code}});
        event(u"done"_s, {{u"exit_code"_s, code}, {u"result"_s, result.toJson()}});
        break;
    }
    if (code == cancelExitCode())
        m_printer.status(tr("Cancelled."));
    else if (code != ExitCode::Ok)
        m_printer.error(result.error, code);
    if (result.usage && m_printer.verbose())
        m_printer.log(tr("tokens: %1 prompt, %2 completion; cost: %3")
                          .arg(result.usage->promptTokens)
                          .arg(result.usage->completionTokens)
                          .arg(result.usage->cost ? QString::number(*result.usage->cost, 'g', 6)
                                                  : tr("unknown")));
    end(code);
}

void ChatCommand::end(int code) {
    // A reply that carried no cost learns it from /generation: wait a little for it, so the
    // ledger and the saved conversation hold it (a failed or cancelled run does not wait).
    GenerationCosts *costs = m_session ? m_session->costs() : nullptr;
    if (code != ExitCode::Ok || !costs || costs->pendingCount() == 0) {
        finish(code);
        return;
    }
    connect(costs, &GenerationCosts::fetchEnded, this, [this, costs, code] {
        if (costs->pendingCount() == 0)
            finish(code);
    });
    QTimer::singleShot(kLateCostWaitMs, this, [this, code] { finish(code); });
}

} // namespace orc::cli
