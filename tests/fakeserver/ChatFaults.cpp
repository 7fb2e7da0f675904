// ChatCompletions' fault/* models: HTTP errors, cut and malformed streams, slow and stalled
// answers, for the client's fault tests (see FakeOpenRouter.h for the list).
#include "ChatCompletions.h"

#include "ErrorBodies.h"
#include "FakeOpenRouter.h"
#include "HttpUtil.h"
#include "ServerState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace orc::fake {

Reply ChatCompletions::fault(Turn &turn, bool &handled) {
    handled = true;
    const QString &id = turn.requestedModel;
    const QString name = id.mid(int(qstrlen("fault/")));
    turn.provider = QStringLiteral("Fake");
    const int seen = m_state.bumpFault(id);
    const QString user = ErrorBodies::userId();
    const auto withRetryAfter = [](Reply r, const QByteArray &value) {
        r.addHeader(QByteArrayLiteral("retry-after"), value);
        return r;
    };
    const auto rateLimited = [&] {
        // OpenRouter's own limit: rate-limit headers (reset in epoch milliseconds) in both the
        // response and the error metadata.
        const QByteArray reset = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 1000);
        const QJsonObject headers{
            {QStringLiteral("X-RateLimit-Limit"), QStringLiteral("20")},
            {QStringLiteral("X-RateLimit-Remaining"), QStringLiteral("0")},
            {QStringLiteral("X-RateLimit-Reset"), QString::fromLatin1(reset)}};
        Reply r = Reply::json(
            429,
            ErrorBodies::make(429, QStringLiteral("Rate limit exceeded: free-models-per-min. "),
                              {{QStringLiteral("headers"), headers},
                               {QStringLiteral("provider_name"), QJsonValue::Null}},
                              user));
        r.addHeader(QByteArrayLiteral("x-ratelimit-limit"), QByteArrayLiteral("20"));
        r.addHeader(QByteArrayLiteral("x-ratelimit-remaining"), QByteArrayLiteral("0"));
        r.addHeader(QByteArrayLiteral("x-ratelimit-reset"), reset);
        return r;
    };

    if (name == QLatin1String("429"))
        return withRetryAfter(rateLimited(), "1");
    if (name == QLatin1String("429-once") && seen <= 1)
        return withRetryAfter(rateLimited(), "1");
    if (name == QLatin1String("429-twice") && seen <= 2)
        return withRetryAfter(
            Reply::json(429, m_state.errors.captured(QStringLiteral("429_upstream_rate_limited"))),
            "1");
    if (name == QLatin1String("429-date") && seen <= 1)
        return withRetryAfter(rateLimited(),
                              http::httpDate(QDateTime::currentDateTimeUtc().addSecs(2)));
    if (name == QLatin1String("503-once") && seen <= 1) // no Retry-After: clients back off
        return Reply::json(
            503,
            ErrorBodies::make(
                503, QStringLiteral("Service temporarily unavailable"),
                {{QStringLiteral("error_type"), QStringLiteral("provider_overloaded")}}, user));
    if (name == QLatin1String("500"))
        return Reply::json(
            500, ErrorBodies::make(500, QStringLiteral("Internal Server Error"), {}, user));
    if (name == QLatin1String("502"))
        return Reply::json(
            502, ErrorBodies::make(
                     502, QStringLiteral("Provider returned error"),
                     {{QStringLiteral("provider_name"), QStringLiteral("Fake")},
                      {QStringLiteral("raw"), QStringLiteral("upstream connect error or "
                                                             "disconnect/reset before headers")}},
                     user));
    if (name == QLatin1String("408-once") && seen <= 1)
        return Reply::json(408, ErrorBodies::make(408,
                                                  QStringLiteral("Operation timed out. Please "
                                                                 "try again later."),
                                                  {}, user));
    if (name == QLatin1String("400"))
        return Reply::json(400,
                           m_state.errors.captured(QStringLiteral("400_provider_error_anthropic")));
    if (name == QLatin1String("404"))
        return Reply::json(
            404,
            ErrorBodies::make(404, QStringLiteral("No endpoints found for %1.").arg(id), {}, user));
    if (name == QLatin1String("moderation")) {
        // flagged_input: at most 100 characters, the middle cut out with "..."
        QString flagged = turn.lastUserText;
        if (flagged.size() > 100)
            flagged = flagged.left(50) + QStringLiteral("...") + flagged.right(47);
        return Reply::json(
            403,
            ErrorBodies::make(403,
                              QStringLiteral("%1 requires moderation on Fake. Your input was "
                                             "flagged for \"violence\". No credits were charged.")
                                  .arg(id),
                              {{QStringLiteral("reasons"), QJsonArray{QStringLiteral("violence")}},
                               {QStringLiteral("flagged_input"), flagged},
                               {QStringLiteral("provider_name"), QStringLiteral("Fake")},
                               {QStringLiteral("model_slug"), id}},
                              user));
    }
    if (name == QLatin1String("drop-before") && seen <= m_state.dropBeforeCount) {
        Reply r;
        r.ending = Reply::Ending::DropBefore;
        return r;
    }
    if (name == QLatin1String("hang")) {
        Reply r;
        r.sendHead = false;
        r.ending = Reply::Ending::Hang;
        return r;
    }
    const auto faulty = [&](ChatAnswer::Fault fault) {
        ChatAnswer a = echo(turn);
        a.fault = fault;
        return respond(turn, a, m_state.tokenDelayMs, m_state.paddingDelayMs);
    };
    if (name == QLatin1String("midstream-error"))
        return faulty(ChatAnswer::Fault::MidstreamError);
    if (name == QLatin1String("drop"))
        return faulty(ChatAnswer::Fault::Drop);
    if (name == QLatin1String("garbage"))
        return faulty(ChatAnswer::Fault::Garbage);
    if (name == QLatin1String("empty-choices")) {
        ChatAnswer a = echo(turn);
        a.fault = ChatAnswer::Fault::EmptyChoices;
        a.usage = ChatChunkBuilder::usageObject(turn.promptTokens, 0, turn.promptPrice,
                                                turn.completionPrice);
        return respond(turn, a, m_state.tokenDelayMs, m_state.paddingDelayMs);
    }
    if (name == QLatin1String("error-200")) {
        ChatAnswer a = echo(turn);
        a.fault = ChatAnswer::Fault::Error200;
        a.error200Body = m_state.errors.captured(QStringLiteral("429_upstream_rate_limited"));
        return respond(turn, a, m_state.tokenDelayMs, m_state.paddingDelayMs);
    }
    if (name == QLatin1String("no-done"))
        return faulty(ChatAnswer::Fault::NoDone);
    if (name == QLatin1String("bad-utf8"))
        return faulty(ChatAnswer::Fault::BadUtf8);
    if (name == QLatin1String("html-200")) {
        // A captive portal or a web server at the wrong base URL: 200 with a web page, whatever
        // was asked (the shape of issue 13's fault test; the title names who answered).
        Reply r;
        r.addHeader(QByteArrayLiteral("content-type"),
                    QByteArrayLiteral("text/html; charset=utf-8"));
        r.append(0, QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Hotel Wi-Fi Login"
                                      "</title></head>\n<body><h1>Welcome</h1><p>Accept the "
                                      "terms to continue.</p></body></html>\n"));
        return r;
    }
    if (name == QLatin1String("keepalive-only")) {
        // Only ": OPENROUTER PROCESSING" comments, one every 100 ms, for a minute, then silence:
        // a generation that never starts. The comment is OpenRouter's own keep-alive (§4).
        Reply r;
        r.framing = Reply::Framing::Chunked;
        r.addHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("text/event-stream"));
        r.addHeader(QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-cache"));
        for (int i = 0; i < 600; ++i)
            r.append(i == 0 ? 0 : 100, ChatChunkBuilder::comment());
        r.ending = Reply::Ending::Hang;
        return r;
    }
    if (name == QLatin1String("429-20") || name == QLatin1String("503-20")) {
        // A long Retry-After, to see that a pending back-off does not delay Ctrl-C.
        const bool rate = name.startsWith(QLatin1String("429"));
        return withRetryAfter(
            Reply::json(rate ? 429 : 503,
                        ErrorBodies::make(rate ? 429 : 503,
                                          rate ? QStringLiteral("Rate limit exceeded")
                                               : QStringLiteral("Service temporarily unavailable"),
                                          {}, user)),
            "20");
    }
    if (name == QLatin1String("slow"))
        return respond(turn, echo(turn), m_state.slowDelayMs, m_state.slowDelayMs);
    if (name == QLatin1String("huge-image")) {
        ChatAnswer a;
        a.imageUrl = hugeImageUrl();
        a.nativeFinishReason = QStringLiteral("STOP");
        a.usage = ChatChunkBuilder::usageObject(turn.promptTokens, 1290, turn.promptPrice,
                                                turn.completionPrice, 0, 1290, turn.imagePrice);
        a.usageShape = ChatChunkBuilder::UsageShape::EmptyDelta;
        return respond(turn, a, m_state.tokenDelayMs, m_state.paddingDelayMs);
    }
    static const QStringList successAfter{
        QStringLiteral("429-once"), QStringLiteral("429-twice"), QStringLiteral("429-date"),
        QStringLiteral("503-once"), QStringLiteral("408-once"),  QStringLiteral("drop-before")};
    if (successAfter.contains(name)) {
        handled = false; // the fault has been served: answer normally
        return {};
    }
    return Reply::json(400, ErrorBodies::make(400, invalidModel(id), {}, user));
}

} // namespace orc::fake
