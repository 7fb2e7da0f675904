#include "AccountRoutes.h"

#include "ErrorBodies.h"
#include "FakeOpenRouter.h"
#include "HttpUtil.h"
#include "ServerState.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QUuid>

namespace orc::fake {

namespace {

// Copies of fixtures/openrouter/{key,credits,generation}.json for runs without fixtures.
constexpr char kKey[] =
    R"({"data":{"byok_usage":17.38,"byok_usage_daily":17.38,"byok_usage_monthly":17.38,"byok_usage_weekly":17.38,"creator_user_id":"user_2dHFtVWx2n56w6HkM0000000000","expires_at":"2027-12-31T23:59:59Z","include_byok_in_limit":false,"is_free_tier":false,"is_management_key":false,"is_provisioning_key":false,"label":"sk-or-v1-au7...890","limit":100,"limit_remaining":74.5,"limit_reset":"monthly","rate_limit":{"interval":"1h","note":"This field is deprecated and safe to ignore.","requests":1000},"usage":25.5,"usage_daily":25.5,"usage_monthly":25.5,"usage_weekly":25.5}})";
constexpr char kCredits[] = R"({"data":{"total_credits":100.5,"total_usage":25.75}})";
constexpr char kGeneration[] =
    R"({"data":{"created_at":"2026-02-24T21:19:33.705Z","model":"meta-llama/llama-4-scout-17b-16e-instruct","app_id":2872617,"external_user":null,"streamed":true,"cancelled":true,"latency":1016,"moderation_latency":null,"generation_time":2940,"tokens_prompt":65,"tokens_completion":116,"native_tokens_prompt":64,"native_tokens_completion":98,"native_tokens_completion_images":null,"native_tokens_reasoning":0,"native_tokens_cached":0,"num_media_prompt":null,"num_input_audio_prompt":null,"num_media_completion":0,"num_search_results":null,"origin":"https://github.com/wvanderp/Trick-question-bench","is_byok":false,"finish_reason":null,"native_finish_reason":null,"usage":0.00003452,"router":null,"provider_responses":[{"endpoint_id":"9cf05ded-eefe-41b4-8c08-0c6460feffea","id":"chatcmpl-RpyL88Ca8K6TiYlxBWgZcDml","is_byok":false,"latency":420,"model_permaslug":"meta-llama/llama-4-scout-17b-16e-instruct","provider_name":"DeepInfra","status":200}],"api_type":"completions","id":"gen-1771967973-0hZ8J5kY7qLMOKbPx0u3","upstream_id":"chatcmpl-RpyL88Ca8K6TiYlxBWgZcDml","total_cost":0.00003452,"cache_discount":null,"upstream_inference_cost":0,"provider_name":"DeepInfra"}})";

QByteArray dataEnvelope(const QJsonObject &data) {
    return http::compactJson({{QStringLiteral("data"), data}});
}

QString maskedKey(const QByteArray &key) {
    // "sk-or-v1-0e6...1c96"-style label: the prefix and a few characters of each end
    if (key.size() <= 14)
        return QString::fromLatin1(key);
    return QString::fromLatin1(key.left(11)) + QStringLiteral("...") +
           QString::fromLatin1(key.right(3));
}

} // namespace

AccountRoutes::AccountRoutes(ServerState &state)
    : m_state(state) {}

QJsonObject AccountRoutes::fixtureData(const QString &file, const QByteArray &builtin) const {
    QByteArray bytes;
    if (!m_state.fixturesDir.isEmpty()) {
        QFile f(QDir(m_state.fixturesDir).filePath(file));
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
    }
    QJsonObject data =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("data")).toObject();
    if (data.isEmpty())
        data = QJsonDocument::fromJson(builtin).object().value(QStringLiteral("data")).toObject();
    return data;
}

Reply AccountRoutes::key(const QByteArray &apiKey) {
    QJsonObject data = fixtureData(QStringLiteral("key.json"), QByteArray(kKey));
    data.insert(QStringLiteral("label"), maskedKey(apiKey));
    if (isBroke(apiKey)) {
        const double limit = data.value(QStringLiteral("limit")).toDouble(100);
        data.insert(QStringLiteral("limit_remaining"), 0);
        for (const char *k : {"usage", "usage_daily", "usage_weekly", "usage_monthly"})
            data.insert(QLatin1String(k), limit);
    }
    return Reply::json(200, dataEnvelope(data));
}

Reply AccountRoutes::credits(const QByteArray &apiKey) {
    QJsonObject data = fixtureData(QStringLiteral("credits.json"), QByteArray(kCredits));
    if (isBroke(apiKey)) { // "This account never purchased credits"
        data.insert(QStringLiteral("total_credits"), 0);
        data.insert(QStringLiteral("total_usage"), 0);
    }
    return Reply::json(200, dataEnvelope(data));
}

Reply AccountRoutes::activity(const QByteArray &apiKey, const RecordedRequest &request) {
    // Shapes: @openrouter/sdk 1.3 models/activityitem.js and activityresponse.js; the 403 body
    // is the SDK docs' ForbiddenResponseError example (see SOURCES.md).
    if (!isManagementKey(apiKey))
        return Reply::json(403, ErrorBodies::make(403, QStringLiteral("Only management keys can "
                                                                      "perform this operation")));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString dateText = request.query.queryItemValue(QStringLiteral("date"));
    QDate only;
    if (!dateText.isEmpty()) {
        only = QDate::fromString(dateText, Qt::ISODate);
        if (!only.isValid() || only >= today || only < today.addDays(-30))
            return Reply::json(400, ErrorBodies::make(400, QStringLiteral("Date must be within "
                                                                          "the last 30 (completed) "
                                                                          "UTC days")));
    }
    struct Sum {
        QJsonObject item;
        double usage = 0;
        qint64 requests = 0, prompt = 0, completion = 0, reasoning = 0;
    };
    QMap<QString, Sum> sums; // date|model|provider, sorted
    for (const GenerationRecord &g : std::as_const(m_state.generations)) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(g.createdAtMs, Qt::UTC).date();
        if (day >= today || day < today.addDays(-30) || (only.isValid() && day != only))
            continue;
        const QString date = day.toString(Qt::ISODate);
        Sum &sum = sums[date + u'|' + g.model + u'|' + g.provider];
        if (sum.item.isEmpty())
            sum.item = {{QStringLiteral("date"), date},
                        {QStringLiteral("model"), g.model},
                        {QStringLiteral("model_permaslug"), g.model},
                        {QStringLiteral("endpoint_id"),
                         QStringLiteral("ep-%1-%2").arg(g.provider.toLower(), g.model)},
                        {QStringLiteral("provider_name"), g.provider},
                        {QStringLiteral("byok_usage_inference"), 0}};
        sum.usage += g.cost;
        ++sum.requests;
        sum.prompt += g.promptTokens;
        sum.completion += g.completionTokens;
        sum.reasoning += g.reasoningTokens;
    }
    QJsonArray data;
    for (Sum &sum : sums) {
        sum.item.insert(QStringLiteral("usage"), sum.usage);
        sum.item.insert(QStringLiteral("requests"), sum.requests);
        sum.item.insert(QStringLiteral("prompt_tokens"), sum.prompt);
        sum.item.insert(QStringLiteral("completion_tokens"), sum.completion);
        sum.item.insert(QStringLiteral("reasoning_tokens"), sum.reasoning);
        data.append(sum.item);
    }
    return Reply::json(
        200,
        QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact));
}

Reply AccountRoutes::generation(const RecordedRequest &request) {
    const QString id = request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (id.isEmpty())
        return Reply::json(400, ErrorBodies::make(400,
                                                  QStringLiteral("Missing required query "
                                                                 "parameter: id"),
                                                  {}, ErrorBodies::userId()));
    const auto it = m_state.generations.find(id);
    // The record appears a little after the completion: the first lookup of an id is a 404.
    if (it == m_state.generations.end() || ++it->lookups <= 1)
        return Reply::json(404,
                           ErrorBodies::make(404, QStringLiteral("Generation %1 not found").arg(id),
                                             {}, ErrorBodies::userId()));
    const GenerationRecord &g = *it;
    QJsonObject data = fixtureData(QStringLiteral("generation.json"), QByteArray(kGeneration));
    const QString upstream =
        QStringLiteral("chatcmpl-") + QString::fromLatin1(g.id.toLatin1().right(20));
    const auto set = [&data](const char *key, const QJsonValue &value) {
        data.insert(QLatin1String(key), value);
    };
    set("id", g.id);
    set("upstream_id", upstream);
    set("created_at",
        QDateTime::fromMSecsSinceEpoch(g.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    set("model", g.model);
    set("provider_name", g.provider);
    set("api_type", g.apiType);
    set("app_id", QJsonValue::Null);
    set("origin", g.origin.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.origin));
    set("streamed", g.streamed);
    set("cancelled", g.cancelled);
    set("latency", 120);
    set("generation_time", 480);
    set("tokens_prompt", g.promptTokens);
    set("tokens_completion", g.completionTokens);
    set("native_tokens_prompt", g.promptTokens);
    set("native_tokens_completion", g.completionTokens);
    set("native_tokens_reasoning", g.reasoningTokens);
    set("native_tokens_cached", 0);
    set("native_tokens_completion_images",
        g.imageTokens > 0 ? QJsonValue(g.imageTokens) : QJsonValue(QJsonValue::Null));
    set("num_media_completion", g.mediaCompletion);
    set("finish_reason", g.cancelled ? QJsonValue(QJsonValue::Null) : QJsonValue(g.finishReason));
    set("native_finish_reason",
        g.cancelled ? QJsonValue(QJsonValue::Null) : QJsonValue(g.nativeFinishReason));
    set("usage", g.cost);
    set("total_cost", g.cost);
    set("upstream_inference_cost", g.cost);
    set("is_byok", false);
    set("provider_responses",
        QJsonArray{
            QJsonObject{{QStringLiteral("endpoint_id"),
                         QUuid::createUuidV5(QUuid(), g.model).toString(QUuid::WithoutBraces)},
                        {QStringLiteral("id"), upstream},
                        {QStringLiteral("is_byok"), false},
                        {QStringLiteral("latency"), 100},
                        {QStringLiteral("model_permaslug"), g.model},
                        {QStringLiteral("provider_name"), g.provider},
                        {QStringLiteral("status"), 200}}});
    return Reply::json(200, dataEnvelope(data));
}

QString AccountRoutes::issueCode(const QString &challenge, const QString &method) {
    const QString code = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_state.authCodes.insert(code, {challenge, method, QDateTime::currentMSecsSinceEpoch()});
    return code;
}

Reply AccountRoutes::authPage(const RecordedRequest &request) {
    // Stands in for https://openrouter.ai/auth after the user has logged in and consented.
    const QUrlQuery &q = request.query;
    const QString callback = q.queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded);
    const QString challenge =
        q.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded);
    QString method = q.queryItemValue(QStringLiteral("code_challenge_method"), QUrl::FullyDecoded);
    if (method.isEmpty() && !challenge.isEmpty())
        method = QStringLiteral("plain");
    const auto page = [](int status, const QString &html) {
        Reply r;
        r.status = status;
        r.addHeader(QByteArrayLiteral("content-type"),
                    QByteArrayLiteral("text/html; charset=utf-8"));
        r.append(0, html.toUtf8());
        return r;
    };
    if (!method.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return page(400, QStringLiteral("<!doctype html><title>Error</title><p>Invalid "
                                        "code_challenge_method</p>"));
    const QUrl callbackUrl(callback);
    if (callback.isEmpty() && challenge.isEmpty()) // headless flow: a challenge is mandatory
        return page(400, QStringLiteral("<!doctype html><title>Error</title><p>code_challenge is "
                                        "required without callback_url</p>"));
    if (!callback.isEmpty() && (!callbackUrl.isValid() || callbackUrl.scheme().isEmpty()))
        return page(400, QStringLiteral("<!doctype html><title>Error</title><p>Invalid "
                                        "callback_url</p>"));
    const QString code = issueCode(challenge, method);
    if (callback.isEmpty()) {
        return page(200, QStringLiteral("<!doctype html><title>Authorize</title>"
                                        "<p>Paste this code into the app:</p>"
                                        "<code id=\"code\">%1</code>")
                             .arg(code));
    }
    QUrl target = callbackUrl;
    QUrlQuery targetQuery(target);
    targetQuery.addQueryItem(QStringLiteral("code"), code);
    target.setQuery(targetQuery);
    const QByteArray location = target.toEncoded();
    Reply r = page(302, QStringLiteral("<!doctype html><title>Redirecting</title><a href=\"%1\">"
                                       "Continue</a>")
                            .arg(QString::fromLatin1(location).toHtmlEscaped()));
    r.addHeader(QByteArrayLiteral("location"), location);
    return r;
}

Reply AccountRoutes::exchangeKey(const RecordedRequest &request) {
    const auto fail = [](int status, const QString &message) {
        return Reply::json(status, ErrorBodies::make(status, message));
    };
    const QJsonObject body = request.json;
    const QString code = body.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return fail(400, QStringLiteral("Missing code"));
    const auto it = m_state.authCodes.find(code);
    if (it == m_state.authCodes.end())
        return fail(403, QStringLiteral("Invalid code or code_verifier"));
    if (QDateTime::currentMSecsSinceEpoch() - it->issuedAtMs > m_state.authCodeLifetimeMs) {
        m_state.authCodes.erase(it);
        return fail(403, QStringLiteral("Authorization code expired"));
    }
    const QString verifier = body.value(QStringLiteral("code_verifier")).toString();
    if (!it->challenge.isEmpty()) {
        QString method = body.value(QStringLiteral("code_challenge_method")).toString();
        if (method.isEmpty())
            method = QStringLiteral("plain");
        if (method != it->method)
            return fail(400, QStringLiteral("Invalid code_challenge_method"));
        static const QRegularExpression format(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        const QString computed =
            method == QLatin1String("S256")
                ? QString::fromLatin1(
                      QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                : verifier;
        if (!format.match(verifier).hasMatch() || computed != it->challenge)
            return fail(403, QStringLiteral("Invalid code or code_verifier"));
    }
    m_state.authCodes.erase(it); // single use
    return Reply::json(
        200, http::compactJson(
                 {{QStringLiteral("key"),
                   QString(QStringLiteral("sk-or-v1-") + QString::fromLatin1(http::randomHex(64)))},
                  {QStringLiteral("user_id"), ErrorBodies::userId()}}));
}

} // namespace orc::fake
