#include "ChatChunkBuilder.h"

#include "HttpUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace orc::fake {

namespace {

QByteArray jsonString(const QString &s) {
    QByteArray out;
    http::appendJsonString(out, s.toUtf8());
    return out;
}

QByteArray jsonValue(const QJsonValue &v) {
    if (v.isNull() || v.isUndefined())
        return QByteArrayLiteral("null");
    if (v.isString())
        return jsonString(v.toString());
    // numbers, bools, arrays, objects: wrap in an array to reuse QJsonDocument
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

constexpr char kNullFinish[] = R"(,"finish_reason":null,"native_finish_reason":null}]})"
                               "\n\n";

double roundCost(double v) {
    return std::round(v * 1e10) / 1e10;
}

} // namespace

ChatChunkBuilder::ChatChunkBuilder(const QString &id, qint64 created, const QString &model,
                                   const QString &provider)
    : m_id(id)
    , m_created(created)
    , m_model(model)
    , m_provider(provider) {
    m_head = "data: {\"id\":" + jsonString(id) +
             ",\"object\":\"chat.completion.chunk\",\"created\":" + QByteArray::number(created) +
             ",\"model\":" + jsonString(model) + ",\"provider\":" + jsonString(provider) + ',';
    m_contentStart = m_head + R"("choices":[{"index":0,"delta":{"role":"assistant","content":)";
}

QByteArray ChatChunkBuilder::content(QByteArrayView utf8) const {
    QByteArray out;
    out.reserve(m_contentStart.size() + utf8.size() + 64);
    appendContent(out, utf8);
    return out;
}

void ChatChunkBuilder::appendContent(QByteArray &out, QByteArrayView utf8) const {
    out += m_contentStart;
    http::appendJsonString(out, utf8);
    out += '}';
    out.append(kNullFinish, sizeof(kNullFinish) - 1);
}

QByteArray ChatChunkBuilder::image(QByteArrayView dataUrl, const QString &finishReason,
                                   const QString &nativeFinishReason) const {
    QByteArray out;
    out.reserve(m_head.size() + dataUrl.size() + 256);
    out += m_head;
    out +=
        R"("choices":[{"index":0,"delta":{"role":"assistant","content":"","images":[{"type":"image_url","image_url":{"url":)";
    http::appendJsonString(out, dataUrl);
    out += R"(},"index":0}]},"finish_reason":)";
    out += jsonString(finishReason);
    out += ",\"native_finish_reason\":";
    out += jsonString(nativeFinishReason);
    out += "}]}\n\n";
    return out;
}

QByteArray ChatChunkBuilder::reasoning(QByteArrayView utf8, const QString &format) const {
    QByteArray text;
    http::appendJsonString(text, utf8);
    const QByteArray delta = R"({"role":"assistant","content":"","reasoning":)" + text +
                             R"(,"reasoning_details":[{"type":"reasoning.text","text":)" + text +
                             ",\"format\":" + jsonString(format) + ",\"index\":0}]}";
    return choice(delta, "null", "null");
}

QByteArray ChatChunkBuilder::choice(const QByteArray &deltaJson, const QByteArray &finish,
                                    const QByteArray &native) const {
    return m_head + R"("choices":[{"index":0,"delta":)" + deltaJson +
           ",\"finish_reason\":" + finish + ",\"native_finish_reason\":" + native + "}]}\n\n";
}

QByteArray ChatChunkBuilder::delta(const QJsonObject &delta, const QJsonValue &finishReason,
                                   const QJsonValue &nativeFinishReason) const {
    return choice(http::compactJson(delta), jsonValue(finishReason), jsonValue(nativeFinishReason));
}

QByteArray ChatChunkBuilder::finish(const QString &finishReason,
                                    const QString &nativeFinishReason) const {
    return choice(QByteArrayLiteral(R"({"content":"","role":"assistant"})"),
                  jsonString(finishReason), jsonString(nativeFinishReason));
}

QByteArray ChatChunkBuilder::usage(UsageShape shape, const QJsonObject &usage,
                                   const QString &finishReason,
                                   const QString &nativeFinishReason) const {
    QByteArray choices;
    switch (shape) {
    case UsageShape::RepeatFinish:
        choices =
            R"("choices":[{"index":0,"delta":{"content":"","role":"assistant"},"finish_reason":)" +
            jsonString(finishReason) +
            ",\"native_finish_reason\":" + jsonString(nativeFinishReason) + "}]";
        break;
    case UsageShape::EmptyDelta:
        choices = QByteArrayLiteral(
            R"("choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null,"native_finish_reason":null}])");
        break;
    case UsageShape::EmptyChoices:
        choices = QByteArrayLiteral(R"("choices":[])");
        break;
    }
    return m_head + choices + ",\"usage\":" + http::compactJson(usage) + "}\n\n";
}

QByteArray ChatChunkBuilder::choicesEmpty() const {
    return m_head + "\"choices\":[]}\n\n";
}

QByteArray ChatChunkBuilder::error(const QJsonObject &error) const {
    return m_head + "\"error\":" + http::compactJson(error) +
           R"(,"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error","native_finish_reason":null}]})" +
           "\n\n";
}

QByteArray ChatChunkBuilder::completion(const QJsonArray &choices, const QJsonObject &usage) const {
    QJsonObject root{{QStringLiteral("id"), m_id},
                     {QStringLiteral("object"), QStringLiteral("chat.completion")},
                     {QStringLiteral("created"), m_created},
                     {QStringLiteral("model"), m_model},
                     {QStringLiteral("provider"), m_provider},
                     {QStringLiteral("system_fingerprint"), QJsonValue::Null},
                     {QStringLiteral("choices"), choices}};
    if (!usage.isEmpty())
        root.insert(QStringLiteral("usage"), usage);
    return http::compactJson(root);
}

QJsonObject ChatChunkBuilder::usageObject(int promptTokens, int completionTokens,
                                          double promptPrice, double completionPrice,
                                          int reasoningTokens, int imageTokens, double imagePrice) {
    const double promptCost = roundCost(promptTokens * std::max(0.0, promptPrice));
    const double completionCost =
        roundCost((completionTokens - imageTokens) * std::max(0.0, completionPrice) +
                  imageTokens * std::max(0.0, imagePrice));
    const double cost = roundCost(promptCost + completionCost);
    return QJsonObject{
        {QStringLiteral("prompt_tokens"), promptTokens},
        {QStringLiteral("completion_tokens"), completionTokens},
        {QStringLiteral("total_tokens"), promptTokens + completionTokens},
        {QStringLiteral("cost"), cost},
        {QStringLiteral("is_byok"), false},
        {QStringLiteral("prompt_tokens_details"),
         QJsonObject{{QStringLiteral("cached_tokens"), 0},
                     {QStringLiteral("cache_write_tokens"), 0},
                     {QStringLiteral("audio_tokens"), 0},
                     {QStringLiteral("video_tokens"), 0}}},
        {QStringLiteral("cost_details"),
         QJsonObject{{QStringLiteral("upstream_inference_cost"), cost},
                     {QStringLiteral("upstream_inference_prompt_cost"), promptCost},
                     {QStringLiteral("upstream_inference_completions_cost"), completionCost}}},
        {QStringLiteral("completion_tokens_details"),
         QJsonObject{{QStringLiteral("reasoning_tokens"), reasoningTokens},
                     {QStringLiteral("image_tokens"), imageTokens},
                     {QStringLiteral("audio_tokens"), 0}}}};
}

} // namespace orc::fake
