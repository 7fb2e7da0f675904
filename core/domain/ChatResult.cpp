#include "ChatResult.h"

#include "domain/EnumNames.h"

using namespace Qt::StringLiterals;

namespace orc {

namespace {
qint64 integer(const QJsonValue &v) {
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}
} // namespace

Usage Usage::fromJson(const QJsonObject &u) {
    Usage usage;
    usage.raw = u;
    usage.promptTokens = integer(u.value("prompt_tokens"_L1));
    usage.completionTokens = integer(u.value("completion_tokens"_L1));
    usage.totalTokens = integer(u.value("total_tokens"_L1));
    if (usage.totalTokens == 0)
        usage.totalTokens = usage.promptTokens + usage.completionTokens;
    const QJsonObject completion = u.value("completion_tokens_details"_L1).toObject();
    usage.reasoningTokens = integer(completion.value("reasoning_tokens"_L1));
    usage.imageTokens = integer(completion.value("image_tokens"_L1));
    const QJsonObject prompt = u.value("prompt_tokens_details"_L1).toObject();
    usage.cachedTokens = integer(prompt.value("cached_tokens"_L1));
    usage.cacheWriteTokens = integer(prompt.value("cache_write_tokens"_L1));
    const QJsonValue cost = u.value("cost"_L1);
    if (cost.isDouble())
        usage.cost = cost.toDouble();
    else if (cost.isString() && !cost.toString().isEmpty())
        usage.cost = cost.toString().toDouble();
    usage.isByok = u.value("is_byok"_L1).toBool();
    return usage;
}

QJsonObject Usage::toJson() const {
    return {{u"prompt_tokens"_s, promptTokens},
            {u"completion_tokens"_s, completionTokens},
            {u"total_tokens"_s, totalTokens},
            {u"reasoning_tokens"_s, reasoningTokens},
            {u"cached_tokens"_s, cachedTokens},
            {u"cache_write_tokens"_s, cacheWriteTokens},
            {u"image_tokens"_s, imageTokens},
            {u"cost"_s, cost ? QJsonValue(*cost) : QJsonValue(QJsonValue::Null)},
            {u"is_byok"_s, isByok}};
}

// Indexed by ChatResult::State, in declaration order.
constexpr QLatin1String kStateNames[] = {"running"_L1, "completed"_L1, "failed"_L1, "cancelled"_L1,
                                         "truncated"_L1};
static_assert(std::size(kStateNames) == std::size_t(ChatResult::State::Truncated) + 1);

QString ChatResult::stateName(State state) {
    return enumName(kStateNames, state);
}

static QJsonValue stringOrNull(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject ChatResult::toJson() const {
    QJsonArray calls;
    for (const ToolCall &c : toolCalls)
        calls.append(QJsonObject{{u"id"_s, c.id},
                                 {u"type"_s, c.type},
                                 {u"name"_s, c.name},
                                 {u"arguments"_s, c.arguments}});
    QJsonArray imgs;
    for (const ChatImage &img : images) {
        QJsonObject o{{u"index"_s, img.index}};
        if (img.url.startsWith("data:"_L1))
            o.insert(u"data_url_length"_s, img.url.size());
        else
            o.insert(u"url"_s, img.url);
        imgs.append(o);
    }
    return {
        {u"id"_s, stringOrNull(id)},
        {u"model"_s, stringOrNull(model)},
        {u"provider"_s, stringOrNull(provider)},
        {u"state"_s, stateName(state)},
        {u"content"_s, content},
        {u"reasoning"_s, stringOrNull(reasoning)},
        {u"finish_reason"_s, stringOrNull(finishReason)},
        {u"native_finish_reason"_s, stringOrNull(nativeFinishReason)},
        {u"tool_calls"_s, calls},
        {u"images"_s, imgs},
        {u"usage"_s, usage ? QJsonValue(usage->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"error"_s, error.isError() ? QJsonValue(error.toJson()) : QJsonValue(QJsonValue::Null)},
        {u"time_to_first_token_ms"_s, timeToFirstTokenMs},
        {u"duration_ms"_s, durationMs},
        {u"attempts"_s, attempts},
        {u"skipped_events"_s, skippedEvents}};
}

ChatMessage ChatResult::toAssistantMessage() const {
    ChatMessage m = ChatMessage::assistant(content);
    m.toolCalls = toolCalls;
    m.reasoning = reasoning;
    m.reasoningDetails = reasoningDetails;
    return m;
}

} // namespace orc
