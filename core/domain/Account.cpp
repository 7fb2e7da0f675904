#include "Account.h"

#include "domain/ModelJson_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QJsonObject dataOf(const QJsonObject &response) {
    const QJsonValue data = response.value("data"_L1);
    return data.isObject() ? data.toObject() : response;
}

double number(const QJsonValue &v) {
    return detail::readNumber(v).value_or(0.0);
}

} // namespace

KeyInfo KeyInfo::fromJson(const QJsonObject &response) {
    const QJsonObject d = dataOf(response);
    KeyInfo k;
    k.raw = d;
    k.label = d.value("label"_L1).toString();
    k.limit = detail::readNumber(d.value("limit"_L1));
    k.limitRemaining = detail::readNumber(d.value("limit_remaining"_L1));
    k.limitReset = d.value("limit_reset"_L1).toString();
    k.usage = number(d.value("usage"_L1));
    k.usageDaily = number(d.value("usage_daily"_L1));
    k.usageWeekly = number(d.value("usage_weekly"_L1));
    k.usageMonthly = number(d.value("usage_monthly"_L1));
    k.byokUsage = number(d.value("byok_usage"_L1));
    k.isFreeTier = d.value("is_free_tier"_L1).toBool();
    k.isManagementKey =
        d.value("is_management_key"_L1).toBool() || d.value("is_provisioning_key"_L1).toBool();
    k.includeByokInLimit = d.value("include_byok_in_limit"_L1).toBool();
    k.expiresAt = d.value("expires_at"_L1).toString();
    if (!k.limitRemaining && k.limit)
        k.limitRemaining = std::max(0.0, *k.limit - k.usage);
    return k;
}

QJsonObject KeyInfo::toJson() const {
    return {{u"label"_s, label},
            {u"limit"_s, detail::numberOrNull(limit)},
            {u"limit_remaining"_s, detail::numberOrNull(limitRemaining)},
            {u"limit_reset"_s, detail::nonEmptyOrNull(limitReset)},
            {u"usage"_s, usage},
            {u"usage_daily"_s, usageDaily},
            {u"usage_weekly"_s, usageWeekly},
            {u"usage_monthly"_s, usageMonthly},
            {u"byok_usage"_s, byokUsage},
            {u"is_free_tier"_s, isFreeTier},
            {u"is_management_key"_s, isManagementKey},
            {u"expires_at"_s, detail::nonEmptyOrNull(expiresAt)}};
}

Credits Credits::fromJson(const QJsonObject &response) {
    const QJsonObject d = dataOf(response);
    return Credits{number(d.value("total_credits"_L1)), number(d.value("total_usage"_L1))};
}

QJsonObject Credits::toJson() const {
    return {{u"total_credits"_s, totalCredits},
            {u"total_usage"_s, totalUsage},
            {u"balance"_s, balance()}};
}

std::optional<double> spendable(const std::optional<KeyInfo> &key,
                                const std::optional<Credits> &credits) {
    std::optional<double> result;
    if (key && key->limitRemaining)
        result = *key->limitRemaining;
    if (credits)
        result = result ? std::min(*result, credits->balance()) : credits->balance();
    return result;
}

GenerationInfo GenerationInfo::fromJson(const QJsonObject &response) {
    const QJsonObject d = dataOf(response);
    GenerationInfo g;
    g.raw = d;
    g.id = d.value("id"_L1).toString();
    g.model = d.value("model"_L1).toString();
    g.providerName = d.value("provider_name"_L1).toString();
    g.createdAt = QDateTime::fromString(d.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    g.totalCost = number(d.value("total_cost"_L1));
    if (g.totalCost == 0)
        g.totalCost = number(d.value("usage"_L1));
    auto integer = [&d](const char *key, qint64 fallback) {
        const QJsonValue v = d.value(QLatin1String(key));
        return v.isDouble() ? static_cast<qint64>(v.toDouble()) : fallback;
    };
    g.latencyMs = integer("latency", -1);
    g.generationTimeMs = integer("generation_time", -1);
    g.tokensPrompt = integer("tokens_prompt", 0);
    g.tokensCompletion = integer("tokens_completion", 0);
    g.nativeTokensPrompt = integer("native_tokens_prompt", 0);
    g.nativeTokensCompletion = integer("native_tokens_completion", 0);
    g.nativeTokensReasoning = integer("native_tokens_reasoning", 0);
    g.finishReason = d.value("finish_reason"_L1).toString();
    g.streamed = d.value("streamed"_L1).toBool();
    g.cancelled = d.value("cancelled"_L1).toBool();
    return g;
}

QJsonObject GenerationInfo::toJson() const {
    return {{u"id"_s, id},
            {u"model"_s, model},
            {u"provider"_s, providerName},
            {u"created_at"_s, createdAt.isValid()
                                  ? QJsonValue(createdAt.toString(Qt::ISODateWithMs))
                                  : QJsonValue(QJsonValue::Null)},
            {u"total_cost"_s, totalCost},
            {u"latency_ms"_s, latencyMs},
            {u"generation_time_ms"_s, generationTimeMs},
            {u"tokens_prompt"_s, tokensPrompt},
            {u"tokens_completion"_s, tokensCompletion},
            {u"native_tokens_prompt"_s, nativeTokensPrompt},
            {u"native_tokens_completion"_s, nativeTokensCompletion},
            {u"native_tokens_reasoning"_s, nativeTokensReasoning},
            {u"finish_reason"_s,
             finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finishReason)},
            {u"streamed"_s, streamed},
            {u"cancelled"_s, cancelled}};
}

} // namespace orc
