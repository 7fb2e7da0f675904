#include "Account.h"

#include "domain/JsonFields_p.h"

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

// The keys KeyInfo reads and writes under the same name.
constexpr auto kKeyFields = detail::jsonFields<KeyInfo>(
    "label usage usage_daily usage_weekly usage_monthly byok_usage is_free_tier", &KeyInfo::label,
    &KeyInfo::usage, &KeyInfo::usageDaily, &KeyInfo::usageWeekly, &KeyInfo::usageMonthly,
    &KeyInfo::byokUsage, &KeyInfo::isFreeTier);

// The keys GenerationInfo reads and writes under the same name.
constexpr auto kGenerationFields = detail::jsonFields<GenerationInfo>(
    "id model streamed cancelled tokens_prompt tokens_completion native_tokens_prompt "
    "native_tokens_completion native_tokens_reasoning",
    &GenerationInfo::id, &GenerationInfo::model, &GenerationInfo::streamed,
    &GenerationInfo::cancelled, &GenerationInfo::tokensPrompt, &GenerationInfo::tokensCompletion,
    &GenerationInfo::nativeTokensPrompt, &GenerationInfo::nativeTokensCompletion,
    &GenerationInfo::nativeTokensReasoning);

} // namespace

KeyInfo KeyInfo::fromJson(const QJsonObject &response) {
    const QJsonObject d = dataOf(response);
    KeyInfo k;
    k.raw = d;
    detail::readFields<KeyInfo>(d, k, kKeyFields);
    k.limit = detail::readNumber(d.value("limit"_L1));
    k.limitRemaining = detail::readNumber(d.value("limit_remaining"_L1));
    k.limitReset = d.value("limit_reset"_L1).toString();
    k.isManagementKey =
        d.value("is_management_key"_L1).toBool() || d.value("is_provisioning_key"_L1).toBool();
    k.includeByokInLimit = d.value("include_byok_in_limit"_L1).toBool();
    k.expiresAt = d.value("expires_at"_L1).toString();
    if (!k.limitRemaining && k.limit)
        k.limitRemaining = std::max(0.0, *k.limit - k.usage);
    return k;
}

QJsonObject KeyInfo::toJson() const {
    QJsonObject o{{u"limit"_s, detail::numberOrNull(limit)},
                  {u"limit_remaining"_s, detail::numberOrNull(limitRemaining)},
                  {u"limit_reset"_s, detail::nonEmptyOrNull(limitReset)},
                  {u"is_management_key"_s, isManagementKey},
                  {u"expires_at"_s, detail::nonEmptyOrNull(expiresAt)}};
    detail::writeFields<KeyInfo>(o, *this, kKeyFields);
    return o;
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
    detail::readFields<GenerationInfo>(d, g, kGenerationFields);
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
    g.finishReason = d.value("finish_reason"_L1).toString();
    return g;
}

QJsonObject GenerationInfo::toJson() const {
    QJsonObject o{{u"provider"_s, providerName},
                  {u"created_at"_s, createdAt.isValid()
                                        ? QJsonValue(createdAt.toString(Qt::ISODateWithMs))
                                        : QJsonValue(QJsonValue::Null)},
                  {u"total_cost"_s, totalCost},
                  {u"latency_ms"_s, latencyMs},
                  {u"generation_time_ms"_s, generationTimeMs},
                  {u"finish_reason"_s, detail::nonEmptyOrNull(finishReason)}};
    detail::writeFields<GenerationInfo>(o, *this, kGenerationFields);
    return o;
}

} // namespace orc
