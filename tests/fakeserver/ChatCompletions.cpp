#include "ChatCompletions.h"

#include "FakeOpenRouter.h"
#include "HttpUtil.h"
#include "Routing.h"
#include "ServerState.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace orc::fake {

namespace {

constexpr int kMaxFakeTokens = 1'000'000;

Reply errorReply(int status, const QByteArray &body) {
    return Reply::json(status, body);
}

QString messageText(const QJsonValue &content) {
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject p = part.toObject();
        if (p.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            parts.append(p.value(QStringLiteral("text")).toString());
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString ChatCompletions::invalidModel(const QString &id) {
    return QStringLiteral("%1 is not a valid model ID").arg(id);
}

ChatCompletions::ChatCompletions(ServerState &state)
    : m_state(state) {}

QList<QByteArray> ChatCompletions::words(const QString &text) {
    // "Echo: hi there" -> "Echo:", " hi", " there": each token carries its leading whitespace.
    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> out;
    qsizetype start = 0;
    qsizetype i = 0;
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    while (i < utf8.size()) {
        while (i < utf8.size() && isSpace(utf8[i]))
            ++i;
        while (i < utf8.size() && !isSpace(utf8[i]))
            ++i;
        out.append(utf8.mid(start, i - start));
        start = i;
    }
    return out;
}

QString ChatCompletions::providerFor(const QString &modelId) {
    return ProviderData::authorProvider(modelId)->name;
}

Reply ChatCompletions::handle(const RecordedRequest &request) {
    if (request.json.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return errorReply(400,
                              ErrorBodies::make(400, QStringLiteral("Invalid JSON in request body"),
                                                {}, ErrorBodies::userId()));
    }
    Turn turn;
    turn.body = request.json;
    turn.requestedModel = turn.body.value(QStringLiteral("model")).toString();
    if (turn.requestedModel.startsWith(QLatin1String("@preset/"))) {
        QByteArray error;
        if (!Routing::applyPreset(turn.body, error))
            return errorReply(404, error);
        turn.requestedModel = turn.body.value(QStringLiteral("model")).toString();
    }
    if (turn.requestedModel.isEmpty()) // `models` alone: the first one is the primary
        turn.requestedModel = turn.body.value(QStringLiteral("models")).toArray().at(0).toString();
    if (turn.requestedModel.isEmpty()) // the account's default model answers
        turn.requestedModel = QStringLiteral("openrouter/auto");
    turn.model = turn.requestedModel;
    turn.provider = providerFor(turn.model);
    turn.stream = turn.body.value(QStringLiteral("stream")).toBool(false);
    turn.origin = QString::fromUtf8(request.header("http-referer"));

    const QJsonArray messages = turn.body.value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty())
        return errorReply(400, m_state.errors.captured(QStringLiteral("400_input_min_token")));
    int words = 0;
    for (const QJsonValue &m : messages) {
        const QJsonObject message = m.toObject();
        const QString text = messageText(message.value(QStringLiteral("content")));
        words += static_cast<int>(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        turn.lastRole = message.value(QStringLiteral("role")).toString();
        turn.lastText = text;
        if (turn.lastRole == QLatin1String("user"))
            turn.lastUserText = text;
    }
    turn.promptTokens = words + 4 * static_cast<int>(messages.size());
    for (const QString &key :
         {QStringLiteral("max_tokens"), QStringLiteral("max_completion_tokens")}) {
        if (turn.body.contains(key))
            turn.maxTokens = turn.body.value(key).toInt(-1);
    }
    const QJsonValue modalities = turn.body.value(QStringLiteral("modalities"));
    for (const QJsonValue &m : modalities.toArray())
        turn.modalities.append(m.toString());
    if (turn.modalities.isEmpty())
        turn.modalities = QStringList{QStringLiteral("text")};

    const QString &id = turn.requestedModel;
    if (id.startsWith(QLatin1String("fault/"))) {
        bool handled = false;
        Reply r = fault(turn, handled);
        if (handled)
            return r;
        return respond(turn, echo(turn), m_state.tokenDelayMs, m_state.paddingDelayMs);
    }
    if (id.startsWith(QLatin1String("fixture/")))
        return fixture(turn);
    if (id == QLatin1String("fake/tokens")) {
        const int n = turn.maxTokens > 0 ? turn.maxTokens : 100;
        if (n > kMaxFakeTokens)
            return errorReply(400,
                              ErrorBodies::make(400, QStringLiteral("max_tokens for fake/tokens "
                                                                    "must be at most %1")
                                                         .arg(kMaxFakeTokens)));
        return respond(turn, tokens(turn, n), m_state.tokenDelayMs, m_state.paddingDelayMs);
    }
    if (id == QLatin1String("fake/no-cost"))
        return respond(turn, echo(turn), m_state.tokenDelayMs, m_state.paddingDelayMs);
    if (id == QLatin1String("fake/reasoning"))
        return respond(turn, reasoning(turn), m_state.tokenDelayMs, m_state.paddingDelayMs);
    if (id == QLatin1String("fake/tools"))
        return respond(turn, tools(turn), m_state.tokenDelayMs, m_state.paddingDelayMs);
    if (id == QLatin1String("fake/image")) {
        for (const QString &m : turn.modalities) {
            if (m != QLatin1String("image") && m != QLatin1String("text"))
                return errorReply(
                    404,
                    ErrorBodies::make(404, QStringLiteral("No endpoints found that "
                                                          "support the requested "
                                                          "output modalities: %1")
                                               .arg(turn.modalities.join(QStringLiteral(", ")))));
        }
        if (turn.modalities.contains(QLatin1String("image")))
            return image(turn, turn.modalities.contains(QLatin1String("text")));
        return respond(turn, echo(turn), m_state.tokenDelayMs, m_state.paddingDelayMs);
    }
    if (const ModelInfo *info = m_state.catalog.find(id))
        return catalogModel(turn, *info);
    return errorReply(400, ErrorBodies::make(400, invalidModel(id), {}, ErrorBodies::userId()));
}

Reply ChatCompletions::catalogModel(Turn &turn, const ModelInfo &requested) {
    for (const QString &m : turn.modalities) {
        if (!requested.outputModalities.contains(m)) {
            // what the real service says, e.g. ["image","text"] sent to an image-only model
            return errorReply(
                404, ErrorBodies::make(404,
                                       QStringLiteral("No endpoints found that support the "
                                                      "requested output modalities: %1")
                                           .arg(turn.modalities.join(QStringLiteral(", "))),
                                       {}, ErrorBodies::userId()));
        }
    }
    const RouteChoice route = Routing::choose(turn.body, m_state.catalog, requested);
    if (!route.ok)
        return errorReply(route.status, route.errorBody);
    const ModelInfo &info = *route.model;
    turn.model = info.id; // a fallback model reports itself
    const bool wantsImage = turn.modalities.contains(QLatin1String("image"));
    const QString alias = info.json.value(QStringLiteral("alias_target"))
                              .toObject()
                              .value(QStringLiteral("slug"))
                              .toString();
    if (!alias.isEmpty())
        turn.model = alias;
    if (info.json.value(QStringLiteral("architecture"))
            .toObject()
            .value(QStringLiteral("tokenizer")) == QLatin1String("Router"))
        turn.model = wantsImage ? QStringLiteral("google/gemini-2.5-flash-image")
                                : QStringLiteral("openai/gpt-4o-mini");
    turn.provider = providerFor(turn.model);
    if (info.promptPrice >= 0)
        turn.promptPrice = info.promptPrice;
    if (info.completionPrice >= 0)
        turn.completionPrice = info.completionPrice;
    if (const FakeProvider *served = route.endpoint.provider) {
        turn.provider = served->name;
        turn.promptPrice = route.endpoint.promptPrice;
        turn.completionPrice = route.endpoint.completionPrice;
    }
    if (info.imageOutputPrice > 0)
        turn.imagePrice = info.imageOutputPrice;
    if (wantsImage)
        return image(turn, turn.modalities.contains(QLatin1String("text")));
    return respond(turn, echo(turn), m_state.tokenDelayMs, m_state.paddingDelayMs);
}

Reply ChatCompletions::respond(const Turn &turn, ChatAnswer answer, int chunkDelayMs,
                               int paddingDelayMs) {
    const QString id = http::generationId();
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    const ChatChunkBuilder builder(id, created, turn.model, turn.provider);

    GenerationRecord record;
    record.id = id;
    record.model = turn.model;
    record.provider = turn.provider;
    record.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    record.streamed = turn.stream;
    record.promptTokens = answer.usage.value(QStringLiteral("prompt_tokens")).toInt();
    record.completionTokens = answer.usage.value(QStringLiteral("completion_tokens")).toInt();
    const QJsonObject details =
        answer.usage.value(QStringLiteral("completion_tokens_details")).toObject();
    record.reasoningTokens = details.value(QStringLiteral("reasoning_tokens")).toInt();
    record.imageTokens = details.value(QStringLiteral("image_tokens")).toInt();
    record.mediaCompletion = answer.imageUrl.isEmpty() ? 0 : 1;
    record.cost = answer.usage.value(QStringLiteral("cost")).toDouble();
    record.finishReason = answer.finishReason;
    record.nativeFinishReason = answer.nativeFinishReason;
    record.origin = turn.origin;
    m_state.addGeneration(record);
    if (turn.requestedModel == QLatin1String("fake/no-cost"))
        answer.usage.remove(QStringLiteral("cost")); // /generation knows it, the reply does not

    ChatTiming timing;
    timing.chunkDelayMs = chunkDelayMs;
    timing.tokensPerDelay = m_state.tokensPerDelay;
    timing.processingComments = m_state.processingComments;
    timing.paddingUnits = m_state.paddingUnits;
    timing.paddingDelayMs = paddingDelayMs;
    Reply reply = turn.stream ? ChatRenderer::stream(builder, answer, timing)
                              : ChatRenderer::nonStream(builder, answer, timing);
    ServerState *state = &m_state;
    reply.onFinished = [state, id](bool completed) {
        if (!completed && state->generations.contains(id))
            state->generations[id].cancelled = true;
    };
    return reply;
}

ChatAnswer ChatCompletions::echo(const Turn &turn) const {
    ChatAnswer a;
    a.content = words(QStringLiteral("Echo: ") + turn.lastUserText);
    if (turn.maxTokens > 0 && a.content.size() > turn.maxTokens) {
        a.content.resize(turn.maxTokens);
        a.finishReason = a.nativeFinishReason = QStringLiteral("length");
    }
    a.usage = ChatChunkBuilder::usageObject(turn.promptTokens, static_cast<int>(a.content.size()),
                                            turn.promptPrice, turn.completionPrice);
    return a;
}

ChatAnswer ChatCompletions::tokens(const Turn &turn, int count) const {
    ChatAnswer a;
    a.content.reserve(count);
    for (int i = 0; i < count; ++i)
        a.content.append((i == 0 ? QByteArrayLiteral("t") : QByteArrayLiteral(" t")) +
                         QByteArray::number(i));
    a.usage = ChatChunkBuilder::usageObject(turn.promptTokens, count, turn.promptPrice,
                                            turn.completionPrice);
    return a;
}

ChatAnswer ChatCompletions::reasoning(const Turn &turn) const {
    ChatAnswer a = echo(turn);
    const QJsonObject options = turn.body.value(QStringLiteral("reasoning")).toObject();
    const bool disabled =
        options.value(QStringLiteral("enabled")) == QJsonValue(false) ||
        options.value(QStringLiteral("effort")).toString() == QLatin1String("none");
    const QList<QByteArray> thoughts =
        disabled ? QList<QByteArray>()
                 : words(QStringLiteral("The user said \"%1\", so I will echo it back.")
                             .arg(turn.lastUserText));
    if (!options.value(QStringLiteral("exclude")).toBool(false)) {
        a.reasoning = thoughts;
        a.reasoningSignature = http::randomAlnum(88);
    }
    const int reasoningTokens = static_cast<int>(thoughts.size());
    a.usage = ChatChunkBuilder::usageObject(
        turn.promptTokens, static_cast<int>(a.content.size()) + reasoningTokens, turn.promptPrice,
        turn.completionPrice, reasoningTokens);
    a.usageShape = ChatChunkBuilder::UsageShape::EmptyDelta;
    return a;
}

ChatAnswer ChatCompletions::tools(const Turn &turn) const {
    const QJsonValue choice = turn.body.value(QStringLiteral("tool_choice"));
    if (turn.lastRole == QLatin1String("tool") || choice.toString() == QLatin1String("none")) {
        ChatAnswer a = echo(turn);
        if (turn.lastRole == QLatin1String("tool")) {
            a.content = words(QStringLiteral("Tool result: ") + turn.lastText);
            a.usage =
                ChatChunkBuilder::usageObject(turn.promptTokens, static_cast<int>(a.content.size()),
                                              turn.promptPrice, turn.completionPrice);
        }
        return a;
    }
    QString name = QStringLiteral("weather");
    QJsonObject arguments{{QStringLiteral("location"), QStringLiteral("Florence, Italy")}};
    const QString forced = choice.toObject()
                               .value(QStringLiteral("function"))
                               .toObject()
                               .value(QStringLiteral("name"))
                               .toString();
    for (const QJsonValue &t : turn.body.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject function = t.toObject().value(QStringLiteral("function")).toObject();
        const QString toolName = function.value(QStringLiteral("name")).toString();
        if (toolName.isEmpty() || (!forced.isEmpty() && toolName != forced))
            continue;
        name = toolName;
        arguments = {};
        const QJsonObject schema = function.value(QStringLiteral("parameters")).toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        QStringList wanted;
        for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
            wanted.append(r.toString());
        if (wanted.isEmpty())
            wanted = properties.keys();
        for (const QString &key : wanted) {
            const QString type =
                properties.value(key).toObject().value(QStringLiteral("type")).toString();
            QJsonValue value = QStringLiteral("example");
            if (key == QLatin1String("location"))
                value = QStringLiteral("Florence, Italy");
            else if (type == QLatin1String("integer"))
                value = 42;
            else if (type == QLatin1String("number"))
                value = 21.5;
            else if (type == QLatin1String("boolean"))
                value = true;
            else if (type == QLatin1String("array"))
                value = QJsonArray();
            else if (type == QLatin1String("object"))
                value = QJsonObject();
            arguments.insert(key, value);
        }
        break;
    }
    ChatAnswer::ToolCall call;
    call.id = "call_" + http::randomAlnum(24);
    call.name = name.toUtf8();
    const QString json = QString::fromUtf8(http::compactJson(arguments));
    for (qsizetype i = 0; i < json.size(); i += 8)
        call.argumentFragments.append(json.mid(i, 8).toUtf8());
    ChatAnswer a;
    a.toolCalls.append(call);
    a.finishReason = QStringLiteral("tool_calls");
    a.nativeFinishReason = QStringLiteral("tool_calls");
    a.usageShape = ChatChunkBuilder::UsageShape::EmptyChoices;
    a.usage = ChatChunkBuilder::usageObject(turn.promptTokens,
                                            static_cast<int>(call.argumentFragments.size()) + 8,
                                            turn.promptPrice, turn.completionPrice);
    return a;
}

Reply ChatCompletions::image(Turn &turn, bool withText) {
    const QJsonObject config = turn.body.value(QStringLiteral("image_config")).toObject();
    QString error;
    const QSize size =
        ImageFactory::pixelSize(config.value(QStringLiteral("aspect_ratio")).toString(),
                                config.value(QStringLiteral("image_size")).toString(), &error);
    if (!size.isValid())
        return errorReply(400, ErrorBodies::make(400, error, {}, ErrorBodies::userId()));
    const QByteArray png = m_state.images.png(size, qHash(turn.lastUserText));
    ChatAnswer a;
    if (withText)
        a.content = words(QStringLiteral("Here is your image: "));
    a.imageUrl = "data:image/png;base64," + png.toBase64();
    a.nativeFinishReason = QStringLiteral("STOP");
    // 1290 image tokens per 1K image (a real Gemini figure), scaled by area
    const int imageTokens =
        static_cast<int>(1290.0 * size.width() * size.height() / (1024.0 * 1024.0) + 0.5);
    a.usage = ChatChunkBuilder::usageObject(
        turn.promptTokens, static_cast<int>(a.content.size()) + imageTokens, turn.promptPrice,
        turn.completionPrice, 0, imageTokens, turn.imagePrice);
    a.usageShape = ChatChunkBuilder::UsageShape::EmptyDelta;
    return respond(turn, a, m_state.tokenDelayMs, m_state.paddingDelayMs);
}

QByteArray ChatCompletions::hugeImageUrl() {
    static const QByteArray prefix = QByteArrayLiteral("data:image/png;base64,");
    const qint64 target = std::max<qint64>(m_state.hugeImageBytes, prefix.size() + 4);
    // base64 comes in 4-character quanta: the URL is target bytes rounded up to the next quantum
    const qint64 base64Chars = (target - prefix.size() + 3) / 4 * 4;
    const qint64 pngBytes = base64Chars / 4 * 3;
    if (m_hugeUrl.size() != prefix.size() + base64Chars)
        m_hugeUrl = prefix + m_state.images.paddedPng(pngBytes).toBase64();
    return m_hugeUrl;
}

Reply ChatCompletions::fixture(const Turn &turn) {
    const QString name = turn.requestedModel.mid(int(qstrlen("fixture/")));
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!valid.match(name).hasMatch() || name.contains(QLatin1String("..")) ||
        m_state.fixturesDir.isEmpty())
        return errorReply(400, ErrorBodies::make(400, invalidModel(turn.requestedModel)));
    const QDir dir(m_state.fixturesDir);
    if (turn.stream) {
        QFile file(dir.filePath(QStringLiteral("sse/%1.sse").arg(name)));
        if (!file.open(QIODevice::ReadOnly))
            return errorReply(400, ErrorBodies::make(400, invalidModel(turn.requestedModel)));
        const QByteArray bytes = file.readAll();
        Reply r;
        r.framing = Reply::Framing::Chunked;
        r.addHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("text/event-stream"));
        r.addHeader(QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-cache"));
        r.addHeader(QByteArrayLiteral("vary"), QByteArrayLiteral("Accept-Encoding"));
        // byte for byte, one event per piece so a token delay spaces them out
        qsizetype start = 0;
        while (start < bytes.size()) {
            const qsizetype end = bytes.indexOf("\n\n", start);
            const qsizetype stop = end < 0 ? bytes.size() : end + 2;
            r.append(start == 0 ? 0 : m_state.tokenDelayMs, bytes.mid(start, stop - start));
            start = stop;
        }
        return r;
    }
    for (const QString &ext : {QStringLiteral("raw"), QStringLiteral("json")}) {
        QFile file(dir.filePath(QStringLiteral("chat/%1.%2").arg(name, ext)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Reply r;
        r.framing = Reply::Framing::Chunked;
        r.addHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
        r.append(m_state.paddingDelayMs, file.readAll());
        return r;
    }
    return errorReply(400, ErrorBodies::make(400, invalidModel(turn.requestedModel)));
}

} // namespace orc::fake
