#include "CostEstimate.h"

#include "domain/ChatRequest.h"
#include "domain/ImageRequest.h"

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
    const double completionPrice = in.imageOutput
                                       ? std::max(pricing.completion(), pricing.imageOutput())
                                       : pricing.completion();
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
        (bestPrompt + double(in.minOutputTokens) * completionPrice + fixed) * (1.0 - discount);
    r.maxUsd =
        (fullPrompt + double(std::max(in.maxOutputTokens, in.minOutputTokens)) * completionPrice +
         fixed) *
        (1.0 - discount);
    return r;
}

CostRange &CostRange::operator+=(const CostRange &other) {
    minUsd += other.minUsd;
    maxUsd += other.maxUsd;
    promptTokens += other.promptTokens;
    variable = variable || other.variable;
    return *this;
}

namespace {

// The prompt side of `parts`: text, images counted, documents at a token per four bytes.
void addParts(const QList<ContentPart> &parts, CostInputs *in) {
    for (const ContentPart &part : parts) {
        switch (part.type) {
        case ContentPart::Type::Text:
            break; // counted with the message's text
        case ContentPart::Type::Image:
            ++in->inputImages;
            break;
        case ContentPart::Type::File: {
            // A data: URL holds base64 (four characters per three bytes); an https:// URL is
            // fetched by the provider, its size unknown here: its text is all we can count.
            const qsizetype comma = part.url.indexOf(u',');
            const qint64 bytes = part.url.startsWith(QLatin1String("data:")) && comma > 0
                                     ? (part.url.size() - comma - 1) * 3 / 4
                                     : part.url.size();
            in->promptTokens += (bytes + 3) / 4;
            break;
        }
        case ContentPart::Type::Audio:
            in->promptTokens += (part.audioBase64.size() * 3 / 4 + 3) / 4;
            break;
        }
    }
}

} // namespace

CostRange CostEstimate::forChat(const ChatRequest &request, const ModelInfo &model,
                                const QDateTime &utcTime) {
    CostInputs in;
    for (const ChatMessage &message : request.messages) {
        in.promptTokens += textTokens(message.text());
        addParts(message.parts, &in);
    }
    const qint64 prompt = in.promptTokens + in.inputImages * kTokensPerImage;
    in.maxOutputTokens = outputBound(
        model, request.maxTokens ? std::optional<qint64>(*request.maxTokens) : std::nullopt,
        prompt);
    return range(model.pricing(), in, utcTime);
}

CostRange CostEstimate::forImage(const ImageRequest &request, const ModelInfo &model,
                                 const QDateTime &utcTime) {
    CostInputs in;
    in.promptTokens = textTokens(request.prompt);
    addParts(request.inputImages, &in);
    in.imageOutput = true;
    in.maxOutputTokens =
        outputBound(model, std::nullopt, in.promptTokens + in.inputImages * kTokensPerImage);
    const CostRange one = range(model.pricing(), in, utcTime);
    CostRange all;
    for (int i = 0; i < std::max(request.count, 1); ++i)
        all += one;
    return all;
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
