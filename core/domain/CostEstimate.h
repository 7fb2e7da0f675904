#pragma once

#include "domain/ModelInfo.h"

#include <QList>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace orc {

struct ChatRequest;
struct ImageRequest;

// What a request will cost before it is sent: the composer's estimate, `orcli --estimate` and
// `--max-cost`, and the catalogue's price calculator all use this one piece.
struct CostInputs {
    qint64 promptTokens = 0;       // estimated or typed in (calculator)
    qint64 cachedPromptTokens = 0; // of those, what may be read from the provider's cache
    qint64 minOutputTokens = 0;    // 0 for a chat (it may stop at once); N for the calculator
    qint64 maxOutputTokens = 0;    // max_tokens, else the model's max output (see outputBound)
    int inputImages = 0;           // images attached to the prompt
    int requests = 1;              // the per-request price is paid this often
    int webSearches = 0;           // web search results paid per search
    bool imageOutput = false;      // the output may be images: priced at the higher of the
                                   // completion and image-output prices
};

struct CostRange {
    double minUsd = 0;
    double maxUsd = 0;
    qint64 promptTokens = 0; // the prompt tokens the estimate assumed (images included)
    bool variable = false;   // the model's price is variable (router) or unknown: no bound
    // Adds `other` (several requests sent together: a batch, a compare): a variable part makes
    // the sum variable.
    CostRange &operator+=(const CostRange &other);
    bool operator==(const CostRange &) const = default;
};

class CostEstimate {
    Q_DECLARE_TR_FUNCTIONS(orc::CostEstimate)
public:
    // Prompt tokens of `text`, rounded up: about four characters a token for Latin text, one a
    // character for scripts written without spaces (CJK), plus the chat template's few tokens
    // per message. A deliberate over-estimate: it bounds a budget, it does not bill.
    static qint64 textTokens(QStringView text);
    // Prompt tokens assumed for one attached image when the model prices images as tokens.
    static constexpr qint64 kTokensPerImage = 1'000;
    // The completion bound of a request: `maxTokens` when set, else the model's max output,
    // else its context length minus the prompt; 0 when nothing is known.
    static qint64 outputBound(const ModelInfo &model, std::optional<qint64> maxTokens,
                              qint64 promptTokens);

    // The cost range of `inputs` at the prices of `pricing` (tiered overrides resolved for the
    // prompt size at `utcTime`). min: cache hits at the cache-read price, minOutputTokens;
    // max: no cache hit, maxOutputTokens.
    static CostRange range(const ModelPricing &pricing, const CostInputs &inputs,
                           const QDateTime &utcTime = QDateTime::currentDateTimeUtc());

    // A chat request to `model`: its messages' text (textTokens per message), attached images
    // (kTokensPerImage each, or the model's per-image price) and documents (a token per four
    // bytes), up to max_tokens or the model's output bound.
    static CostRange forChat(const ChatRequest &request, const ModelInfo &model,
                             const QDateTime &utcTime = QDateTime::currentDateTimeUtc());
    // An image generation: the prompt and input images, and up to the model's output bound of
    // image output per request, `request.count` requests (one per image).
    static CostRange forImage(const ImageRequest &request, const ModelInfo &model,
                              const QDateTime &utcTime = QDateTime::currentDateTimeUtc());

    // "$0.0012 – $0.034", "about $0.0012" when both ends are equal, "variable price".
    static QString text(const CostRange &range);
};

} // namespace orc
