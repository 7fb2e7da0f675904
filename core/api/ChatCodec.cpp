#include "ChatCodec.h"

#include "Translate.h"
#include "api/ChatChunkScanner.h"
#include "api/ErrorCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace orc::ChatCodec {

namespace {

constexpr auto tr = fileTr<"orc::ChatCodec">;

QJsonObject encodePart(const ContentPart &p) {
    switch (p.type) {
    case ContentPart::Type::Text:
        return {{u"type"_s, u"text"_s}, {u"text"_s, p.text}};
    case ContentPart::Type::Image: {
        QJsonObject image{{u"url"_s, p.url}};
        if (!p.detail.isEmpty())
            image.insert(u"detail"_s, p.detail);
        return {{u"type"_s, u"image_url"_s}, {u"image_url"_s, image}};
    }
    case ContentPart::Type::File:
        return {{u"type"_s, u"file"_s},
                {u"file"_s, QJsonObject{{u"filename"_s, p.filename}, {u"file_data"_s, p.url}}}};
    case ContentPart::Type::Audio:
        return {{u"type"_s, u"input_audio"_s},
                {u"input_audio"_s, QJsonObject{{u"data"_s, QString::fromLatin1(p.audioBase64)},
                                               {u"format"_s, p.audioFormat}}}};
    }
    return {};
}

QString text(const QJsonValue &v) {
    if (v.isString())
        return v.toString();
    if (v.isArray()) { // content as an array of parts: keep the text parts
        QString out;
        for (const QJsonValue &part : v.toArray()) {
            const QJsonObject o = part.toObject();
            if (o.value("type"_L1).toString() == "text"_L1)
                out += o.value("text"_L1).toString();
        }
        return out;
    }
    return {};
}

int intOr(const QJsonValue &v, int fallback) {
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QString arguments(const QJsonValue &v) {
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QList<ChatImage> images(const QJsonValue &v) {
    QList<ChatImage> out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ChatImage image;
        image.index = intOr(o.value("index"_L1), int(i));
        const QJsonValue url = o.value("image_url"_L1);
        image.url = url.isObject() ? url.toObject().value("url"_L1).toString() : url.toString();
        if (image.url.isEmpty())
            image.url = o.value("url"_L1).toString();
        if (!image.url.isEmpty())
            out << image;
    }
    return out;
}

ApiError errorFrom(const QJsonValue &value, bool midStream) {
    ApiError e;
    if (value.isObject()) {
        e = ErrorCodec::fromErrorObject(value.toObject(), 0);
    } else {
        e.kind = ApiError::Kind::Server;
        e.message = value.toString();
        if (e.message.isEmpty())
            e.message = tr("The server reported an error without a message.");
    }
    e.midStream = midStream;
    return e;
}

void mergeReasoningDetail(QJsonArray &details, const QJsonObject &fragment) {
    const QJsonValue index = fragment.value("index"_L1);
    const QString type = fragment.value("type"_L1).toString();
    for (qsizetype i = details.size() - 1; i >= 0; --i) {
        QJsonObject existing = details.at(i).toObject();
        if (existing.value("index"_L1) != index || existing.value("type"_L1).toString() != type)
            continue;
        for (const char *key : {"text", "summary"}) {
            const QString piece = fragment.value(QLatin1String(key)).toString();
            if (!piece.isEmpty())
                existing.insert(QLatin1String(key),
                                QString(existing.value(QLatin1String(key)).toString() + piece));
        }
        for (const char *key : {"signature", "data", "id", "format"}) {
            const QJsonValue v = fragment.value(QLatin1String(key));
            if (v.isString() && !v.toString().isEmpty())
                existing.insert(QLatin1String(key), v);
        }
        details.replace(i, existing);
        return;
    }
    details.append(fragment);
}

// Sets `key` only when the request sets the value: what is left out is the server's default.
template<typename T>
void insertIfSet(QJsonObject &o, const QString &key, const std::optional<T> &value) {
    if (value)
        o.insert(key, *value);
}

} // namespace

QJsonObject encodeMessage(const ChatMessage &m) {
    QJsonObject o{{u"role"_s, m.role}};
    if (m.isTextOnly()) {
        const QString t = m.text();
        if (t.isEmpty() && !m.toolCalls.isEmpty())
            o.insert(u"content"_s, QJsonValue::Null);
        else
            o.insert(u"content"_s, t);
    } else {
        QJsonArray parts;
        for (const ContentPart &p : m.parts)
            parts.append(encodePart(p));
        o.insert(u"content"_s, parts);
    }
    if (!m.name.isEmpty())
        o.insert(u"name"_s, m.name);
    if (!m.toolCallId.isEmpty())
        o.insert(u"tool_call_id"_s, m.toolCallId);
    if (!m.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &c : m.toolCalls)
            calls.append(QJsonObject{
                {u"id"_s, c.id},
                {u"type"_s, c.type},
                {u"function"_s,
                 QJsonObject{{u"name"_s, c.name},
                             {u"arguments"_s, c.arguments.isEmpty() ? u"{}"_s : c.arguments}}}});
        o.insert(u"tool_calls"_s, calls);
    }
    if (!m.reasoning.isEmpty())
        o.insert(u"reasoning"_s, m.reasoning);
    if (!m.reasoningDetails.isEmpty())
        o.insert(u"reasoning_details"_s, m.reasoningDetails);
    return o;
}

ChatMessage decodeMessage(const QJsonObject &o) {
    ChatMessage m;
    m.role = o.value("role"_L1).toString();
    const QJsonValue content = o.value("content"_L1);
    if (content.isString()) {
        m.parts = {ContentPart::makeText(content.toString())};
    } else {
        for (const QJsonValue &v : content.toArray()) {
            const QJsonObject part = v.toObject();
            const QString type = part.value("type"_L1).toString();
            if (type == "text"_L1) {
                m.parts << ContentPart::makeText(part.value("text"_L1).toString());
            } else if (type == "image_url"_L1) {
                const QJsonValue image = part.value("image_url"_L1);
                const QJsonObject io = image.toObject();
                m.parts << ContentPart::makeImageUrl(
                    image.isString() ? image.toString() : io.value("url"_L1).toString(),
                    io.value("detail"_L1).toString());
            } else if (type == "file"_L1) {
                const QJsonObject file = part.value("file"_L1).toObject();
                m.parts << ContentPart::makeFile(file.value("filename"_L1).toString(),
                                                 file.value("file_data"_L1).toString());
            } else if (type == "input_audio"_L1) {
                const QJsonObject audio = part.value("input_audio"_L1).toObject();
                ContentPart p;
                p.type = ContentPart::Type::Audio;
                p.audioBase64 = audio.value("data"_L1).toString().toLatin1();
                p.audioFormat = audio.value("format"_L1).toString();
                m.parts << p;
            }
        }
    }
    m.name = o.value("name"_L1).toString();
    m.toolCallId = o.value("tool_call_id"_L1).toString();
    const QJsonArray calls = o.value("tool_calls"_L1).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        const QJsonObject function = call.value("function"_L1).toObject();
        ToolCall c;
        c.index = int(i);
        c.id = call.value("id"_L1).toString();
        c.type = call.value("type"_L1).toString(u"function"_s);
        c.name = function.value("name"_L1).toString();
        c.arguments = arguments(function.value("arguments"_L1));
        m.toolCalls << c;
    }
    m.reasoning = o.value("reasoning"_L1).toString();
    m.reasoningDetails = o.value("reasoning_details"_L1).toArray();
    return m;
}

QJsonObject encodeRequest(const ChatRequest &r) {
    QJsonObject o;
    if (!r.model.isEmpty())
        o.insert(u"model"_s, r.model);
    if (!r.models.isEmpty())
        o.insert(u"models"_s, QJsonArray::fromStringList(r.models));
    QJsonArray messages;
    for (const ChatMessage &m : r.messages)
        messages.append(encodeMessage(m));
    o.insert(u"messages"_s, messages);
    o.insert(u"stream"_s, r.stream);
    insertIfSet(o, u"max_tokens"_s, r.maxTokens);
    insertIfSet(o, u"temperature"_s, r.temperature);
    insertIfSet(o, u"top_p"_s, r.topP);
    insertIfSet(o, u"top_k"_s, r.topK);
    insertIfSet(o, u"frequency_penalty"_s, r.frequencyPenalty);
    insertIfSet(o, u"presence_penalty"_s, r.presencePenalty);
    insertIfSet(o, u"repetition_penalty"_s, r.repetitionPenalty);
    insertIfSet(o, u"seed"_s, r.seed);
    if (r.stop.size() == 1)
        o.insert(u"stop"_s, r.stop.first());
    else if (!r.stop.isEmpty())
        o.insert(u"stop"_s, QJsonArray::fromStringList(r.stop));
    if (!r.responseFormat.isEmpty())
        o.insert(u"response_format"_s, r.responseFormat);
    if (!r.reasoning.isEmpty()) {
        QJsonObject reasoning;
        if (!r.reasoning.effort.isEmpty())
            reasoning.insert(u"effort"_s, r.reasoning.effort);
        insertIfSet(reasoning, u"max_tokens"_s, r.reasoning.maxTokens);
        insertIfSet(reasoning, u"exclude"_s, r.reasoning.exclude);
        insertIfSet(reasoning, u"enabled"_s, r.reasoning.enabled);
        o.insert(u"reasoning"_s, reasoning);
    }
    if (!r.tools.isEmpty())
        o.insert(u"tools"_s, r.tools);
    if (!r.toolChoice.isUndefined())
        o.insert(u"tool_choice"_s, r.toolChoice);
    insertIfSet(o, u"parallel_tool_calls"_s, r.parallelToolCalls);
    if (const QJsonObject provider = r.provider.toProviderObject(); !provider.isEmpty())
        o.insert(u"provider"_s, provider);
    if (!r.plugins.isEmpty())
        o.insert(u"plugins"_s, r.plugins);
    if (!r.modalities.isEmpty())
        o.insert(u"modalities"_s, QJsonArray::fromStringList(r.modalities));
    if (!r.imageConfig.isEmpty())
        o.insert(u"image_config"_s, r.imageConfig);
    if (!r.user.isEmpty())
        o.insert(u"user"_s, r.user);
    if (!r.sessionId.isEmpty())
        o.insert(u"session_id"_s, r.sessionId);
    for (auto it = r.extra.begin(); it != r.extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QByteArray encodeRequestBytes(const ChatRequest &request) {
    return QJsonDocument(encodeRequest(request)).toJson(QJsonDocument::Compact);
}

std::optional<ChatChunk> decodeChunk(QByteArrayView json, QString *error) {
    if (auto fast = ChatChunkScanner::scan(json))
        return fast;
    return decodeChunkGeneral(json, error);
}

QJsonDocument parseLenient(QByteArrayView json, QJsonParseError *error) {
    QJsonParseError parseError{};
    QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        // Decoding replaces each invalid sequence by U+FFFD and never touches ASCII, so the
        // document's structure is what it was.
        doc = QJsonDocument::fromJson(QString::fromUtf8(json).toUtf8(), &parseError);
    }
    if (error)
        *error = parseError;
    return doc;
}

ApiError emptyResponse() {
    ApiError e = ApiError::invalidResponse(
        tr("The model returned no choices (an empty response). Try again or choose "
           "another model."));
    e.code = u"empty_response"_s;
    e.retryable = true;
    return e;
}

std::optional<ChatChunk> decodeChunkGeneral(QByteArrayView json, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = parseLenient(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("invalid JSON in stream chunk: %1").arg(parseError.errorString())
                         : tr("stream chunk is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ChatChunk c;
    c.id = o.value("id"_L1).toString();
    c.model = o.value("model"_L1).toString();
    c.provider = o.value("provider"_L1).toString();
    if (o.contains("error"_L1) && !o.value("error"_L1).isNull())
        c.error = errorFrom(o.value("error"_L1), true);
    if (o.value("usage"_L1).isObject())
        c.usage = Usage::fromJson(o.value("usage"_L1).toObject());

    const QJsonArray choices = o.value("choices"_L1).toArray();
    if (choices.isEmpty() || !choices.first().isObject())
        return c;
    const QJsonObject choice = choices.first().toObject();
    c.hasChoice = true;
    c.finishReason = choice.value("finish_reason"_L1).toString();
    c.nativeFinishReason = choice.value("native_finish_reason"_L1).toString();
    if (!c.error && choice.value("error"_L1).isObject())
        c.error = errorFrom(choice.value("error"_L1), true);
    QJsonObject delta = choice.value("delta"_L1).toObject();
    if (delta.isEmpty())
        delta = choice.value("message"_L1).toObject();
    c.role = delta.value("role"_L1).toString();
    c.content = text(delta.value("content"_L1));
    c.reasoning = delta.value("reasoning"_L1).toString();
    if (c.reasoning.isEmpty())
        c.reasoning = delta.value("reasoning_content"_L1).toString();
    c.reasoningDetails = delta.value("reasoning_details"_L1).toArray();
    for (const QJsonValue &v : delta.value("tool_calls"_L1).toArray()) {
        const QJsonObject call = v.toObject();
        const QJsonObject function = call.value("function"_L1).toObject();
        ToolCallDelta d;
        d.index = intOr(call.value("index"_L1), -1);
        d.id = call.value("id"_L1).toString();
        d.type = call.value("type"_L1).toString();
        d.name = function.value("name"_L1).toString();
        d.arguments = arguments(function.value("arguments"_L1));
        c.toolCalls << d;
    }
    c.images = images(delta.value("images"_L1));
    c.annotations = delta.value("annotations"_L1).toArray();
    return c;
}

void accumulate(ChatResult &r, const ChatChunk &c) {
    ++r.chunkCount;
    // Streams repeat these in every chunk, usually as the very same shared string.
    const auto keep = [](QString &into, const QString &value) {
        if (!value.isEmpty() && !into.isSharedWith(value) && into != value)
            into = value;
    };
    keep(r.id, c.id);
    keep(r.model, c.model);
    keep(r.provider, c.provider);
    r.content += c.content;
    r.reasoning += c.reasoning;
    for (const QJsonValue &fragment : c.reasoningDetails)
        if (fragment.isObject())
            mergeReasoningDetail(r.reasoningDetails, fragment.toObject());
    for (const ToolCallDelta &d : c.toolCalls) {
        int index = d.index;
        if (index < 0) // a provider without indexes: continue the last call, or start one
            index = (r.toolCalls.isEmpty() || !d.id.isEmpty()) ? int(r.toolCalls.size())
                                                               : r.toolCalls.last().index;
        ToolCall *call = nullptr;
        for (ToolCall &existing : r.toolCalls)
            if (existing.index == index)
                call = &existing;
        if (!call) {
            r.toolCalls.append(ToolCall{});
            call = &r.toolCalls.last();
            call->index = index;
        }
        if (!d.id.isEmpty())
            call->id = d.id;
        if (!d.type.isEmpty())
            call->type = d.type;
        if (!d.name.isEmpty() && call->name.isEmpty())
            call->name = d.name;
        call->arguments += d.arguments;
    }
    r.images += c.images;
    for (const QJsonValue &a : c.annotations)
        r.annotations.append(a);
    keep(r.finishReason, c.finishReason);
    keep(r.nativeFinishReason, c.nativeFinishReason);
    if (c.usage)
        r.usage = c.usage;
    if (c.error && !r.error.isError())
        r.error = *c.error;
}

ChatResult decodeResponse(QByteArrayView body) {
    ChatResult r;
    const QByteArray trimmed = QByteArray::fromRawData(body.data(), body.size()).trimmed();
    QJsonParseError parseError{};
    const QJsonDocument doc = parseLenient(trimmed, &parseError);
    if (!doc.isObject()) {
        r.state = ChatResult::State::Failed;
        r.error = ApiError::invalidResponse(
            trimmed.isEmpty() ? tr("The server sent an empty response.")
                              : tr("The server sent a response that is not JSON (%1): %2")
                                    .arg(parseError.errorString(),
                                         QString::fromUtf8(trimmed.left(120)).simplified()));
        return r;
    }
    const QJsonObject o = doc.object();
    if (const auto chunk = decodeChunk(trimmed))
        accumulate(r, *chunk);
    r.chunkCount = 0;
    // A full message carries complete tool calls; decodeChunk treated them as fragments with
    // their own indexes, which is exactly right for a single response.
    if (r.error.isError()) {
        r.error.midStream = false;
        r.state = ChatResult::State::Failed;
        return r;
    }
    if (!o.value("choices"_L1).isArray() || o.value("choices"_L1).toArray().isEmpty()) {
        r.state = ChatResult::State::Failed;
        r.error = emptyResponse();
        return r;
    }
    r.state = ChatResult::State::Completed;
    return r;
}

} // namespace orc::ChatCodec
