#include "CostEstimate.h"

#include <algorithm>
#include <cmath>

namespace orc {

namespace {

// A code point of a script written without spaces between words: Han, Hiragana, Katakana,
// Hangul, Thai and their punctuation, where tokenizers spend about a token a character.
bool denseScript(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x0E00 && c <= 0x0E7F) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

constexpr qint64 kTemplateTokensPerMessage = 4;

} // namespace

qint64 CostEstimate::textTokens(QStringView text) {
    qint64 sparse = 0; // characters of space-separated scripts
    qint64 dense = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (denseScript(c))
            ++dense;
        else
            ++sparse;
    }
    return kTemplateTokensPerMessage + dense + (sparse + 3) / 4;
}

qint64 CostEstimate::outputBound(const ModelInfo &model, std::optional<qint64> maxTokens,
                                 qint64 promptTokens) {
    if (maxTokens && *maxTokens > 0)
        return *maxTokens;
    if (const qint64 max = model.topProvider().maxCompletionTokens; max > 0)
        return max;
    const qint64 context = model.contextLength();
    return context > promptTokens ? context - promptTokens : 0;
}

CostRange CostEstimate::range(const ModelPricing &base, const CostInputs &in,
                              const QDateTime &utcTime) {
    CostRange r;
    const ModelPricing pricing = base.resolved(in.promptTokens, utcTime.toUTC().time());
    r.variable = !pricing.isKnown() || pricing.hasVariablePrice();
    // Images are billed per image where the model has a price for them, else as prompt tokens.
    const bool imagesAsTokens = pricing.image() <= 0;
    r.promptTokens = in.promptTokens + (imagesAsTokens ? in.inputImages * kTokensPerImage : 0);
    if (r.variable)
        return r;
    const double fixed = pricing.request() * std::max(in.requests, 0) +
                         (imagesAsTokens ? 0.0 : pricing.image() * in.inputImages) +
                         pricing.webSearch() * std::max(in.webSearches, 0);
    const double fullPrompt = double(r.promptTokens) * pricing.prompt();
    // A cache hit costs the cache-read price where the model has one (else no discount).
    const qint64 cached = std::clamp<qint64>(in.cachedPromptTokens, 0, r.promptTokens);
    const double cacheRead = pricing.contains(ModelPricing::kInputCacheRead)
                                 ? pricing.inputCacheRead()
                                 : pricing.prompt();
    const double bestPrompt =
        double(r.promptTokens - cached) * pricing.prompt() + double(cached) * cacheRead;
    const double discount = std::clamp(pricing.discount(), 0.0, 1.0);
    r.minUsd =
        (bestPrompt + double(in.minOutputTokens) * pricing.completion() + fixed) * (1.0 - discount);
    r.maxUsd =
        (fullPrompt +
         double(std::max(in.maxOutputTokens, in.minOutputTokens)) * pricing.completion() + fixed) *
        (1.0 - discount);
    return r;
}

QString CostEstimate::text(const CostRange &range) {
    if (range.variable)
        return tr("variable price");
    if (std::abs(range.maxUsd - range.minUsd) < 1e-12)
        return tr("about %1").arg(ModelPricing::formatUsd(range.maxUsd));
    return tr("%1 – %2").arg(ModelPricing::formatUsd(range.minUsd),
                             ModelPricing::formatUsd(range.maxUsd));
}

} // namespace orc
