#include "ChatResult.h"

#include "domain/EnumNames.h"
#include "domain/JsonFields_p.h"

using namespace Qt::StringLiterals;

namespace orc {

namespace {

// The keys of the usage object that orcli's JSON keeps under the same name (the token details
// are nested on the wire and flat in orcli's shape).
constexpr auto kUsageFields = detail::jsonFields<Usage>(
    "prompt_tokens completion_tokens total_tokens cost is_byok", &Usage::promptTokens,
    &Usage::completionTokens, &Usage::totalTokens, &Usage::cost, &Usage::isByok);

} // namespace

Usage Usage::fromJson(const QJsonObject &u) {
    Usage usage;
    usage.raw = u;
    detail::readFields<Usage>(u, usage, kUsageFields);
    if (usage.totalTokens == 0)
        usage.totalTokens = usage.promptTokens + usage.completionTokens;
    const QJsonObject completion = u.value("completion_tokens_details"_L1).toObject();
    usage.reasoningTokens = detail::readCount(completion.value("reasoning_tokens"_L1));
    usage.imageTokens = detail::readCount(completion.value("image_tokens"_L1));
    const QJsonObject prompt = u.value("prompt_tokens_details"_L1).toObject();
    usage.cachedTokens = detail::readCount(prompt.value("cached_tokens"_L1));
    usage.cacheWriteTokens = detail::readCount(prompt.value("cache_write_tokens"_L1));
    return usage;
}

QJsonObject Usage::toJson() const {
    QJsonObject o{{u"reasoning_tokens"_s, reasoningTokens},
                  {u"cached_tokens"_s, cachedTokens},
                  {u"cache_write_tokens"_s, cacheWriteTokens},
                  {u"image_tokens"_s, imageTokens}};
    detail::writeFields<Usage>(o, *this, kUsageFields);
    return o;
}

// Indexed by ChatResult::State, in declaration order.
constexpr QLatin1String kStateNames[] = {"running"_L1, "completed"_L1, "failed"_L1, "cancelled"_L1,
                                         "truncated"_L1};
static_assert(std::size(kStateNames) == std::size_t(ChatResult::State::Truncated) + 1);

QString ChatResult::stateName(State state) {
    return enumName(kStateNames, state);
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
    QJsonObject o = outcomeJson(state, id, model, provider, usage, error, durationMs, attempts);
    o.insert(u"content"_s, content);
    o.insert(u"reasoning"_s, detail::nonEmptyOrNull(reasoning));
    o.insert(u"finish_reason"_s, detail::nonEmptyOrNull(finishReason));
    o.insert(u"native_finish_reason"_s, detail::nonEmptyOrNull(nativeFinishReason));
    o.insert(u"tool_calls"_s, calls);
    o.insert(u"images"_s, imgs);
    o.insert(u"time_to_first_token_ms"_s, timeToFirstTokenMs);
    o.insert(u"skipped_events"_s, skippedEvents);
    return o;
}

QJsonObject ChatResult::outcomeJson(State state, const QString &id, const QString &model,
                                    const QString &provider, const std::optional<Usage> &usage,
                                    const ApiError &error, qint64 durationMs, int attempts) {
    return {
        {u"id"_s, detail::nonEmptyOrNull(id)},
        {u"model"_s, detail::nonEmptyOrNull(model)},
        {u"provider"_s, detail::nonEmptyOrNull(provider)},
        {u"state"_s, stateName(state)},
        {u"usage"_s, usage ? QJsonValue(usage->toJson()) : QJsonValue()},
        {u"error"_s, error.isError() ? QJsonValue(error.toJson()) : QJsonValue()},
        {u"duration_ms"_s, durationMs},
        {u"attempts"_s, attempts},
    };
}

ChatMessage ChatResult::toAssistantMessage() const {
    ChatMessage m = ChatMessage::assistant(content);
    m.toolCalls = toolCalls;
    m.reasoning = reasoning;
    m.reasoningDetails = reasoningDetails;
    return m;
}

} // namespace orc
