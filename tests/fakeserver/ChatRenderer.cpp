#include "ChatRenderer.h"

#include "ErrorBodies.h"
#include "HttpUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace orc::fake {

namespace {

const QByteArray kPaddingUnit = QByteArrayLiteral("\n         \n");
const QByteArray kImagePlaceholder = QByteArrayLiteral("@@ORC_FAKE_IMAGE_URL@@");
const QByteArray kBadUtf8Placeholder = QByteArrayLiteral("@@ORC_FAKE_BAD_UTF8@@");
// " caf" and the first byte of "é" (C3 A9) without the second: invalid UTF-8 in a JSON string
const QByteArray kBadUtf8 = QByteArrayLiteral(" caf\xC3");

QJsonObject midstreamError() {
    return ErrorBodies::errorObject(
        502, QStringLiteral("Provider returned error"),
        QJsonObject{{QStringLiteral("error_type"), QStringLiteral("provider_unavailable")},
                    {QStringLiteral("provider_name"), QStringLiteral("Fake")},
                    {QStringLiteral("raw"), QStringLiteral("upstream connection reset")}});
}

Reply streamHead() {
    Reply r;
    r.framing = Reply::Framing::Chunked;
    r.addHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("text/event-stream"));
    r.addHeader(QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-cache"));
    r.addHeader(QByteArrayLiteral("vary"), QByteArrayLiteral("Accept-Encoding"));
    return r;
}

} // namespace

QByteArray ChatRenderer::joined(const QList<QByteArray> &parts) {
    qsizetype n = 0;
    for (const QByteArray &p : parts)
        n += p.size();
    QByteArray out;
    out.reserve(n);
    for (const QByteArray &p : parts)
        out += p;
    return out;
}

Reply ChatRenderer::stream(const ChatChunkBuilder &b, const ChatAnswer &a, const ChatTiming &t) {
    using Fault = ChatAnswer::Fault;
    Reply r = streamHead();
    const int d = t.chunkDelayMs;
    for (int i = 0; i < t.processingComments; ++i)
        r.append(i == 0 ? 0 : d, ChatChunkBuilder::comment());

    if (a.fault == Fault::Error200) {
        // A bare error event without id or choices, as reported in Aider-AI/aider#3550.
        QByteArray body = a.error200Body.isEmpty()
                              ? ErrorBodies::make(429, QStringLiteral("Rate limit exceeded"))
                              : a.error200Body;
        body = http::compactJson(QJsonDocument::fromJson(body).object());
        r.append(d, ChatChunkBuilder::event(body));
        r.append(0, ChatChunkBuilder::done());
        return r;
    }
    if (a.fault == Fault::EmptyChoices) {
        r.append(d, b.choicesEmpty());
        r.append(d, b.usage(ChatChunkBuilder::UsageShape::EmptyChoices, a.usage, a.finishReason,
                            a.nativeFinishReason));
        r.append(0, ChatChunkBuilder::done());
        return r;
    }

    for (const QByteArray &token : a.reasoning)
        r.append(d, b.reasoning(token, a.reasoningFormat));
    if (!a.reasoning.isEmpty() && !a.reasoningSignature.isEmpty()) {
        const QJsonObject detail{
            {QStringLiteral("type"), QStringLiteral("reasoning.text")},
            {QStringLiteral("text"), QString()},
            {QStringLiteral("signature"), QString::fromLatin1(a.reasoningSignature)},
            {QStringLiteral("format"), a.reasoningFormat},
            {QStringLiteral("index"), 0}};
        r.append(d, b.delta({{QStringLiteral("role"), QStringLiteral("assistant")},
                             {QStringLiteral("content"), QString()},
                             {QStringLiteral("reasoning"), QString()},
                             {QStringLiteral("reasoning_details"), QJsonArray{detail}}}));
    }

    // faults strike after about half of the content (after at least one token when there is any)
    const qsizetype faultAt =
        std::min<qsizetype>(std::max<qsizetype>(1, a.content.size() / 2), a.content.size());
    for (qsizetype i = 0; i <= a.content.size(); ++i) {
        if (i == faultAt && a.fault != Fault::None) {
            if (a.fault == Fault::MidstreamError) {
                r.append(d, b.error(midstreamError()));
                r.append(0, ChatChunkBuilder::done());
                return r;
            }
            if (a.fault == Fault::Drop) {
                r.ending = Reply::Ending::Drop;
                return r;
            }
            if (a.fault == Fault::BadUtf8)
                r.append(d, b.content(kBadUtf8));
            if (a.fault == Fault::Garbage)
                r.append(d,
                         QByteArrayLiteral("data: {\"id\":\"gen-garbage\",\"choices\":[{\"delta\""
                                           " this is not JSON\n\n"));
        }
        if (i == a.content.size())
            break;
        if ((d == 0 || i % std::max(1, t.tokensPerDelay) != 0) && !r.pieces.isEmpty())
            b.appendContent(r.pieces.last().bytes, a.content[i]);
        else
            r.append(d, b.content(a.content[i]));
    }

    for (qsizetype c = 0; c < a.toolCalls.size(); ++c) {
        const ChatAnswer::ToolCall &call = a.toolCalls[c];
        const QJsonObject first{{QStringLiteral("index"), c},
                                {QStringLiteral("id"), QString::fromLatin1(call.id)},
                                {QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"),
                                 QJsonObject{{QStringLiteral("name"), QString::fromUtf8(call.name)},
                                             {QStringLiteral("arguments"), QString()}}}};
        r.append(d, b.delta({{QStringLiteral("content"), QJsonValue::Null},
                             {QStringLiteral("role"), QStringLiteral("assistant")},
                             {QStringLiteral("tool_calls"), QJsonArray{first}}}));
        for (const QByteArray &fragment : call.argumentFragments) {
            const QJsonObject next{
                {QStringLiteral("index"), c},
                {QStringLiteral("function"),
                 QJsonObject{{QStringLiteral("arguments"), QString::fromUtf8(fragment)}}}};
            r.append(d, b.delta({{QStringLiteral("content"), QJsonValue::Null},
                                 {QStringLiteral("role"), QStringLiteral("assistant")},
                                 {QStringLiteral("tool_calls"), QJsonArray{next}}}));
        }
    }

    if (!a.imageUrl.isEmpty()) {
        r.append(d, ChatChunkBuilder::comment()); // the real capture has one before the image
        r.append(d, b.image(a.imageUrl, a.finishReason, a.nativeFinishReason));
    } else {
        r.append(d, b.finish(a.finishReason, a.nativeFinishReason));
    }
    r.append(0, b.usage(a.usageShape, a.usage, a.finishReason, a.nativeFinishReason));
    if (a.fault != Fault::NoDone)
        r.append(0, ChatChunkBuilder::done());
    return r;
}

Reply ChatRenderer::nonStream(const ChatChunkBuilder &b, const ChatAnswer &a, const ChatTiming &t) {
    using Fault = ChatAnswer::Fault;
    Reply r;
    r.framing = Reply::Framing::Chunked;
    r.addHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    r.addHeader(QByteArrayLiteral("vary"), QByteArrayLiteral("Accept-Encoding"));
    for (int i = 0; i < t.paddingUnits; ++i)
        r.append(t.paddingDelayMs, kPaddingUnit);
    const int d = t.paddingDelayMs;

    switch (a.fault) {
    case Fault::Drop:
        r.ending = Reply::Ending::Drop;
        return r;
    case Fault::Garbage:
        r.append(d, QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                      "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                      "<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n"));
        return r;
    case Fault::Error200:
        r.append(d, a.error200Body);
        return r;
    case Fault::EmptyChoices:
        r.append(d, b.completion(QJsonArray(), a.usage));
        return r;
    case Fault::None:
    case Fault::MidstreamError:
    case Fault::NoDone:
    case Fault::BadUtf8:
        break;
    }

    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("refusal"), QJsonValue::Null}};
    QList<QByteArray> parts = a.content;
    if (a.fault == Fault::BadUtf8) // spliced in raw below: QJsonDocument would repair it
        parts.insert(std::min<qsizetype>(1, parts.size()), kBadUtf8Placeholder);
    const QByteArray content = joined(parts);
    message.insert(QStringLiteral("content"), content.isEmpty() && !a.toolCalls.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(QString::fromUtf8(content)));
    if (a.reasoning.isEmpty()) {
        message.insert(QStringLiteral("reasoning"), QJsonValue::Null);
    } else {
        const QString text = QString::fromUtf8(joined(a.reasoning));
        message.insert(QStringLiteral("reasoning"), text);
        QJsonObject detail{{QStringLiteral("type"), QStringLiteral("reasoning.text")},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("format"), a.reasoningFormat},
                           {QStringLiteral("index"), 0}};
        if (!a.reasoningSignature.isEmpty())
            detail.insert(QStringLiteral("signature"), QString::fromLatin1(a.reasoningSignature));
        message.insert(QStringLiteral("reasoning_details"), QJsonArray{detail});
    }
    if (!a.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (qsizetype c = 0; c < a.toolCalls.size(); ++c) {
            const ChatAnswer::ToolCall &call = a.toolCalls[c];
            calls.append(
                QJsonObject{{QStringLiteral("id"), QString::fromLatin1(call.id)},
                            {QStringLiteral("index"), c},
                            {QStringLiteral("type"), QStringLiteral("function")},
                            {QStringLiteral("function"),
                             QJsonObject{{QStringLiteral("name"), QString::fromUtf8(call.name)},
                                         {QStringLiteral("arguments"),
                                          QString::fromUtf8(joined(call.argumentFragments))}}}});
        }
        message.insert(QStringLiteral("tool_calls"), calls);
    }
    if (!a.imageUrl.isEmpty()) {
        const QJsonObject image{
            {QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"),
             QJsonObject{{QStringLiteral("url"), QString::fromLatin1(kImagePlaceholder)}}},
            {QStringLiteral("index"), 0}};
        message.insert(QStringLiteral("images"), QJsonArray{image});
    }
    QJsonObject choice{{QStringLiteral("index"), 0},
                       {QStringLiteral("logprobs"), QJsonValue::Null},
                       {QStringLiteral("finish_reason"), a.finishReason},
                       {QStringLiteral("native_finish_reason"), a.nativeFinishReason},
                       {QStringLiteral("message"), message}};
    if (a.fault == Fault::MidstreamError) {
        // the documented non-streaming variant keeps partial output, error inside the choice
        choice.insert(QStringLiteral("finish_reason"), QStringLiteral("error"));
        choice.insert(QStringLiteral("native_finish_reason"), QJsonValue::Null);
        choice.insert(QStringLiteral("error"), midstreamError());
    }
    QByteArray body = b.completion(QJsonArray{choice}, a.usage);
    if (a.fault == Fault::BadUtf8)
        body.replace(kBadUtf8Placeholder, kBadUtf8);
    if (!a.imageUrl.isEmpty()) {
        // splice the (possibly huge) URL in once instead of round-tripping it through QJson
        const qsizetype at = body.indexOf(kImagePlaceholder);
        body.replace(at, kImagePlaceholder.size(), a.imageUrl);
    }
    r.append(d, body);
    return r;
}

} // namespace orc::fake
