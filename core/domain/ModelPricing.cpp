// ModelPricing and ModelPriceOverride: the catalogue's price strings, "-1" = variable, and the
// conditional "overrides" rules. Split from ModelInfo.cpp.
#include "ModelInfo.h"
#include "ModelJson_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

using detail::readNumber;

// --- prices

ModelPrice readPrice(const QJsonValue &value) {
    const std::optional<double> d = readNumber(value);
    // "-1" is the documented "variable" marker; anything else that is not a non-negative
    // number cannot be shown as a price either, so it is treated as not known in advance.
    if (!d || *d < 0)
        return {0.0, true};
    return {*d + 0.0, false}; // + 0.0 turns -0 into 0
}

bool isAbsent(const QJsonValue &value) {
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

QString priceToString(const ModelPrice &price) {
    if (price.variable)
        return u"-1"_s;
    return QString::number(price.value, 'f', QLocale::FloatingPointShortest);
}

void readPrices(const QJsonObject &object, QMap<QString, ModelPrice> *prices,
                const QSet<QString> &skip) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (skip.contains(key))
            continue;
        const QJsonValue value = it.value();
        if (isAbsent(value) || value.isObject() || value.isArray())
            continue;
        prices->insert(key, readPrice(value));
    }
}

const QString kOverrides = u"overrides"_s;
const QString kMinPromptTokens = u"min_prompt_tokens"_s;
const QString kUtcStart = u"utc_start"_s;
const QString kUtcEnd = u"utc_end"_s;

std::optional<int> readClock(const QJsonValue &value) {
    const std::optional<double> d = readNumber(value);
    if (!d || *d < 0 || *d > 2400)
        return std::nullopt;
    const int hhmm = static_cast<int>(*d);
    if (hhmm % 100 >= 60)
        return std::nullopt;
    return hhmm;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ModelPriceOverride

bool ModelPriceOverride::appliesTo(qint64 promptTokens, QTime utcTime) const {
    if (minPromptTokens && !(promptTokens > *minPromptTokens))
        return false;
    if (utcStart || utcEnd) {
        if (!utcTime.isValid())
            return false;
        const int now = utcTime.hour() * 100 + utcTime.minute();
        const int start = utcStart.value_or(0);
        const int end = utcEnd.value_or(2400);
        if (start == end)
            return false;
        const bool inside = start < end ? (now >= start && now < end) : (now >= start || now < end);
        if (!inside)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// ModelPricing

ModelPricing::ModelPricing() {
    m_prices.insert(kPrompt, {0.0, true});
    m_prices.insert(kCompletion, {0.0, true});
    updateCache();
}

void ModelPricing::updateCache() {
    m_prompt = price(kPrompt);
    m_completion = price(kCompletion);
}

ModelPricing ModelPricing::fromJson(const QJsonValue &value) {
    ModelPricing pricing;
    if (!value.isObject())
        return pricing;
    pricing.m_prices.clear();
    pricing.m_known = true;
    const QJsonObject object = value.toObject();
    readPrices(object, &pricing.m_prices, {kOverrides});

    const QJsonArray overrides = object.value(kOverrides).toArray();
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const QJsonValue entryValue = overrides.at(i);
        if (!entryValue.isObject())
            continue;
        const QJsonObject entry = entryValue.toObject();
        ModelPriceOverride o;
        const QJsonValue minTokens = entry.value(kMinPromptTokens);
        if (const std::optional<double> d = readNumber(minTokens); d && *d >= 0)
            o.minPromptTokens = static_cast<qint64>(*d);
        o.utcStart = readClock(entry.value(kUtcStart));
        o.utcEnd = readClock(entry.value(kUtcEnd));
        readPrices(entry, &o.prices, {kMinPromptTokens, kUtcStart, kUtcEnd});
        pricing.m_overrides.append(o);
    }
    pricing.updateCache();
    return pricing;
}

QJsonValue ModelPricing::toJson() const {
    if (!m_known)
        return QJsonValue();
    QJsonObject object;
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it)
        object.insert(it.key(), priceToString(it.value()));
    if (!m_overrides.isEmpty()) {
        QJsonArray overrides;
        for (const ModelPriceOverride &o : m_overrides) {
            QJsonObject entry;
            if (o.minPromptTokens)
                entry.insert(kMinPromptTokens, *o.minPromptTokens);
            if (o.utcStart)
                entry.insert(kUtcStart, *o.utcStart);
            if (o.utcEnd)
                entry.insert(kUtcEnd, *o.utcEnd);
            for (auto it = o.prices.cbegin(); it != o.prices.cend(); ++it)
                entry.insert(it.key(), priceToString(it.value()));
            overrides.append(entry);
        }
        object.insert(kOverrides, overrides);
    }
    return object;
}

bool ModelPricing::contains(const QString &key) const {
    return m_prices.contains(key);
}

ModelPrice ModelPricing::price(const QString &key) const {
    const auto it = m_prices.constFind(key);
    return it == m_prices.cend() ? ModelPrice{} : it.value();
}

bool ModelPricing::isZeroCost() const {
    // Prompt and completion must be known zeros; charges that apply to every call of their kind
    // (per request, per output image/audio token, reasoning tokens) must be zero as well, so an
    // image model with "0" token prices but a paid image_output is not free.
    for (const ModelPrice &p : {m_prompt, m_completion})
        if (p.variable || p.value != 0.0)
            return false;
    for (const QString *key : {&kRequest, &kImageOutput, &kAudioOutput, &kInternalReasoning})
        if (value(*key) != 0.0)
            return false;
    return true;
}

QString ModelPricing::toText(const ModelPrice &price) {
    return priceToString(price);
}

ModelPrice ModelPricing::fromText(const QString &text) {
    return readPrice(QJsonValue(text));
}

QString ModelPricing::formatPerMillion(const QString &key) const {
    return formatPerMillion(price(key));
}

QString ModelPricing::formatPerUnit(const QString &key) const {
    return formatPerUnit(price(key));
}

QString ModelPricing::formatPerMillion(const ModelPrice &perToken) {
    if (perToken.variable)
        return QCoreApplication::translate("orc::ModelInfo", "variable");
    if (perToken.value == 0.0)
        return QCoreApplication::translate("orc::ModelInfo", "free");
    return formatUsd(perToken.value * 1e6) + "/M"_L1;
}

QString ModelPricing::formatPerUnit(const ModelPrice &perUnit) {
    if (perUnit.variable)
        return QCoreApplication::translate("orc::ModelInfo", "variable");
    if (perUnit.value == 0.0)
        return QCoreApplication::translate("orc::ModelInfo", "free");
    return formatUsd(perUnit.value);
}

QString ModelPricing::formatUsd(double usd) {
    if (!std::isfinite(usd))
        return QCoreApplication::translate("orc::ModelInfo", "variable");
    // Round to 4 significant digits, then print without exponent.
    const double rounded = QString::number(usd, 'g', 4).toDouble();
    QString digits = QString::number(rounded, 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = digits.indexOf(u'.');
    if (dot < 0)
        digits += ".00"_L1;
    else if (digits.size() - dot - 1 < 2)
        digits += QString(2 - (digits.size() - dot - 1), u'0');
    return u'$' + digits;
}

ModelPricing ModelPricing::resolved(qint64 promptTokens, QTime utcTime) const {
    ModelPricing out;
    out.m_known = m_known;
    out.m_prices = m_prices;
    for (const ModelPriceOverride &o : m_overrides) {
        if (!o.appliesTo(promptTokens, utcTime))
            continue;
        for (auto it = o.prices.cbegin(); it != o.prices.cend(); ++it)
            out.m_prices.insert(it.key(), it.value());
    }
    out.updateCache();
    return out;
}

} // namespace orc
