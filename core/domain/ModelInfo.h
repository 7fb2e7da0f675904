#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace orc {

// What a model can do, derived once from its catalogue entry (see ModelInfo::capabilities()).
enum class ModelCapability : quint32 {
    Vision = 1u << 0,            // "image" among the input modalities
    ImageOutput = 1u << 1,       // "image" among the output modalities
    ImageOnly = 1u << 2,         // image output and no text output
    AudioInput = 1u << 3,        // "audio" among the input modalities
    FileInput = 1u << 4,         // "file" among the input modalities
    Tools = 1u << 5,             // supported_parameters has "tools"
    Reasoning = 1u << 6,         // "reasoning"/"include_reasoning", or a reasoning object
    StructuredOutputs = 1u << 7, // supported_parameters has "structured_outputs"
    ResponseFormat = 1u << 8,    // supported_parameters has "response_format" (JSON mode)
    LongContext = 1u << 9,       // effectiveContextLength() >= ModelInfo::kLongContextThreshold
    Free = 1u << 10,             // ModelPricing::isZeroCost(), or a ":free" id
};
Q_DECLARE_FLAGS(ModelCapabilities, ModelCapability)
Q_DECLARE_OPERATORS_FOR_FLAGS(ModelCapabilities)

// One price of the catalogue. Prices are USD per token (token keys) or per unit (request,
// image, web_search). `variable` is set for "-1" (routers: not known in advance) and for values
// that cannot be a price (garbage text, negative numbers, NaN): such a price is never shown or
// compared as a number, and `value` is then 0.
struct ModelPrice {
    double value = 0.0;
    bool variable = false;
    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

// A conditional price entry of `pricing.overrides`. Conditions that are absent are unset.
struct ModelPriceOverride {
    std::optional<qint64> minPromptTokens; // applies when the prompt has strictly more tokens
    std::optional<int> utcStart;           // HHMM, half-open window [start, end), may wrap midnight
    std::optional<int> utcEnd;             // HHMM
    QMap<QString, ModelPrice> prices;      // price keys that replace the base price

    // Whether the conditions hold for a prompt of `promptTokens` tokens at `utcTime`.
    bool appliesTo(qint64 promptTokens, QTime utcTime) const;
    friend bool operator==(const ModelPriceOverride &, const ModelPriceOverride &) = default;
};

// `pricing` of a model. Every key of the JSON object is kept; missing keys read as 0.
class ModelPricing {
public:
    // Keys of the catalogue (an open set; any other key is kept as well).
    static inline const QString kPrompt = QStringLiteral("prompt");
    static inline const QString kCompletion = QStringLiteral("completion");
    static inline const QString kRequest = QStringLiteral("request");
    static inline const QString kImage = QStringLiteral("image");
    static inline const QString kImageToken = QStringLiteral("image_token");
    static inline const QString kImageOutput = QStringLiteral("image_output");
    static inline const QString kAudio = QStringLiteral("audio");
    static inline const QString kAudioOutput = QStringLiteral("audio_output");
    static inline const QString kInputAudioCache = QStringLiteral("input_audio_cache");
    static inline const QString kWebSearch = QStringLiteral("web_search");
    static inline const QString kInternalReasoning = QStringLiteral("internal_reasoning");
    static inline const QString kInputCacheRead = QStringLiteral("input_cache_read");
    static inline const QString kInputCacheWrite = QStringLiteral("input_cache_write");
    static inline const QString kInputCacheWrite1h = QStringLiteral("input_cache_write_1h");
    static inline const QString kDiscount = QStringLiteral("discount");

    // An unknown pricing (see fromJson).
    ModelPricing();

    // A missing, null or non-object `pricing` gives an "unknown" pricing whose prompt and
    // completion prices are variable (so such a model is never taken for a free one).
    static ModelPricing fromJson(const QJsonValue &value);
    // An object of decimal strings ("-1" for variable prices); null for an unknown pricing.
    QJsonValue toJson() const;

    bool isKnown() const { return m_known; }
    bool contains(const QString &key) const;
    ModelPrice price(const QString &key) const; // {0, false} when missing
    double value(const QString &key) const { return price(key).value; }
    bool isVariable(const QString &key) const { return price(key).variable; }
    const QMap<QString, ModelPrice> &prices() const { return m_prices; }
    const QList<ModelPriceOverride> &overrides() const { return m_overrides; }

    // The two prices every model has, without a map lookup (sorting and filtering use them).
    ModelPrice promptPrice() const { return m_prompt; }
    ModelPrice completionPrice() const { return m_completion; }
    double prompt() const { return m_prompt.value; }
    double completion() const { return m_completion.value; }
    double request() const { return value(kRequest); }
    double image() const { return value(kImage); }
    double imageOutput() const { return value(kImageOutput); }
    double audio() const { return value(kAudio); }
    double webSearch() const { return value(kWebSearch); }
    double internalReasoning() const { return value(kInternalReasoning); }
    double inputCacheRead() const { return value(kInputCacheRead); }
    double inputCacheWrite() const { return value(kInputCacheWrite); }
    double discount() const { return value(kDiscount); }

    // Prompt or completion price is variable (router) or unknown.
    bool hasVariablePrice() const { return m_prompt.variable || m_completion.variable; }
    // Prompt and completion are known and 0, and so are request, image_output, audio_output and
    // internal_reasoning (charges every call of their kind pays).
    bool isZeroCost() const;

    // USD per million tokens of a per-token key (prompt, completion, image_output, ...).
    double perMillion(const QString &key) const { return value(key) * 1e6; }

    // "$0.15/M", "free" or "variable" for a per-token key.
    QString formatPerMillion(const QString &key) const;
    // "$0.014", "free" or "variable" for a per-unit key (request, image, web_search).
    QString formatPerUnit(const QString &key) const;
    static QString formatPerMillion(const ModelPrice &perToken);
    // The catalogue's text of one price: the shortest decimal, "-1" when variable. fromText()
    // reads it back (and any other price text the catalogue may send).
    static QString toText(const ModelPrice &price);
    static ModelPrice fromText(const QString &text);
    static QString formatPerUnit(const ModelPrice &perUnit);
    // "$" plus at most 4 significant digits and at least 2 decimals: 0.15 -> "$0.15",
    // 2.5 -> "$2.50", 0.0833333 -> "$0.08333".
    static QString formatUsd(double usd);

    // The prices that apply to a prompt of `promptTokens` tokens at `utcTime`: base prices with
    // every matching override applied in order (later entries win per key). No overrides left.
    ModelPricing resolved(qint64 promptTokens, QTime utcTime) const;

    friend bool operator==(const ModelPricing &, const ModelPricing &) = default;

private:
    void updateCache();

    QMap<QString, ModelPrice> m_prices;
    QList<ModelPriceOverride> m_overrides;
    ModelPrice m_prompt;     // cache of m_prices[kPrompt]
    ModelPrice m_completion; // cache of m_prices[kCompletion]
    bool m_known = false;
};

struct ModelArchitecture {
    QString modality; // "text+image->text"
    QStringList inputModalities;
    QStringList outputModalities;
    QString tokenizer;
    QString instructType;
    friend bool operator==(const ModelArchitecture &, const ModelArchitecture &) = default;
};

// 0 stands for "not given" (null in the catalogue).
struct ModelTopProvider {
    qint64 contextLength = 0;
    qint64 maxCompletionTokens = 0;
    bool isModerated = false;
    friend bool operator==(const ModelTopProvider &, const ModelTopProvider &) = default;
};

struct ModelRequestLimits {
    qint64 promptTokens = 0; // 0 = no limit given
    qint64 completionTokens = 0;
    friend bool operator==(const ModelRequestLimits &, const ModelRequestLimits &) = default;
};

struct ModelReasoning {
    bool mandatory = false;                      // effort "none" is rejected
    std::optional<QStringList> supportedEfforts; // descending; nullopt = any value accepted
    QString defaultEffort;
    std::optional<bool> defaultEnabled;
    bool supportsMaxTokens = false;
    friend bool operator==(const ModelReasoning &, const ModelReasoning &) = default;
};

struct ModelAliasTarget {
    QString slug;
    QString name;
    friend bool operator==(const ModelAliasTarget &, const ModelAliasTarget &) = default;
};

class ModelInfoData;

// One entry of GET /models. Implicitly shared: copies are cheap. Built by fromJson()/parseList(),
// which never fail on odd input: missing, null, unknown and oddly typed fields get defaults.
class ModelInfo {
public:
    static constexpr qint64 kLongContextThreshold = 100000;

    ModelInfo();
    ModelInfo(const ModelInfo &other);
    ModelInfo(ModelInfo &&other) noexcept;
    ModelInfo &operator=(const ModelInfo &other);
    ModelInfo &operator=(ModelInfo &&other) noexcept;
    ~ModelInfo();

    // The /models envelope ({"data": [...], "total_count", "links"}) or a bare array; leading
    // whitespace and a UTF-8 BOM are accepted; entries that are not objects or lack an id are
    // skipped. On failure returns an empty list and sets *error (cleared on success).
    static QList<ModelInfo> parseList(QByteArrayView json, QString *error = nullptr);
    static ModelInfo fromJson(const QJsonObject &object);
    // Every field in the catalogue's shape, including unknown top-level keys, so that
    // fromJson(toJson()) == *this.
    QJsonObject toJson() const;

    bool isValid() const; // has an id

    const QString &id() const;
    const QString &canonicalSlug() const;
    const QString &huggingFaceId() const; // "" for closed models, null for routers
    const QString &name() const;
    QString displayName() const;      // name, or the id when the name is empty
    const QDateTime &created() const; // UTC; invalid when unknown
    const QString &description() const;
    qint64 contextLength() const; // 0 when unknown
    // contextLength(), or top_provider.context_length when that is unknown.
    qint64 effectiveContextLength() const;
    const ModelArchitecture &architecture() const;
    const QStringList &inputModalities() const { return architecture().inputModalities; }
    const QStringList &outputModalities() const { return architecture().outputModalities; }
    const ModelPricing &pricing() const;
    const ModelTopProvider &topProvider() const;
    const std::optional<ModelRequestLimits> &perRequestLimits() const;
    const QStringList &supportedParameters() const;
    bool supportsParameter(QStringView parameter) const;
    const QJsonObject &defaultParameters() const; // values are often null
    const QStringList &supportedVoices() const;
    const QDate &knowledgeCutoff() const; // invalid when unknown
    const QDate &expirationDate() const;  // invalid unless being retired
    const std::optional<ModelReasoning> &reasoning() const;
    const std::optional<ModelAliasTarget> &aliasTarget() const;
    const QJsonObject &links() const;
    QString detailsPath() const; // links.details
    const QJsonObject &benchmarks() const;
    const QJsonObject &extraFields() const; // top-level keys this version does not know

    // Derived.
    // Lower-case id prefix: "openai" for "openai/gpt-4o" and "~openai/gpt-latest".
    const QString &author() const;
    QString variant() const; // "free" for "x/y:free"; empty without a suffix
    // Case-folded id, name and description separated by '\n', as UTF-8, computed once; used by
    // ModelQuery (byte search over UTF-8 is several times faster than over UTF-16, and a
    // substring of the UTF-8 text is exactly a substring of the text).
    const QByteArray &searchText() const;

    ModelCapabilities capabilities() const;
    bool hasCapability(ModelCapability capability) const;
    bool supportsVision() const { return hasCapability(ModelCapability::Vision); }
    bool supportsImageOutput() const { return hasCapability(ModelCapability::ImageOutput); }
    bool isImageOnly() const { return hasCapability(ModelCapability::ImageOnly); }
    bool supportsAudioInput() const { return hasCapability(ModelCapability::AudioInput); }
    bool supportsFileInput() const { return hasCapability(ModelCapability::FileInput); }
    bool supportsTools() const { return hasCapability(ModelCapability::Tools); }
    bool supportsReasoning() const { return hasCapability(ModelCapability::Reasoning); }
    bool supportsStructuredOutputs() const {
        return hasCapability(ModelCapability::StructuredOutputs);
    }
    bool supportsResponseFormat() const { return hasCapability(ModelCapability::ResponseFormat); }
    bool hasLongContext() const { return hasCapability(ModelCapability::LongContext); }
    bool isFree() const { return hasCapability(ModelCapability::Free); }

    // Price helpers (USD). Variable prices read as 0: check pricing().hasVariablePrice().
    double promptPricePerMillion() const { return pricing().perMillion(ModelPricing::kPrompt); }
    double completionPricePerMillion() const {
        return pricing().perMillion(ModelPricing::kCompletion);
    }
    double pricePerImage() const { return pricing().image(); } // per input image
    double imageOutputPricePerMillion() const {
        return pricing().perMillion(ModelPricing::kImageOutput);
    }
    QString formattedPromptPrice() const {
        return pricing().formatPerMillion(ModelPricing::kPrompt);
    }
    QString formattedCompletionPrice() const {
        return pricing().formatPerMillion(ModelPricing::kCompletion);
    }
    QString formattedImagePrice() const { return pricing().formatPerUnit(ModelPricing::kImage); }

    friend bool operator==(const ModelInfo &a, const ModelInfo &b);
    friend bool operator!=(const ModelInfo &a, const ModelInfo &b) { return !(a == b); }

private:
    explicit ModelInfo(ModelInfoData *data);
    QSharedDataPointer<ModelInfoData> m_d;
};

} // namespace orc
