#pragma once

#include "domain/ModelInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace orc {

// One difference between two catalogues, as CatalogDiff finds it and CatalogHistory keeps it.
struct CatalogChange {
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    QString modelId;
    QString modelName;
    // Changed only: "pricing.<key>" (every price key: prompt, completion, request, image,
    // web_search, internal_reasoning, input_cache_read...), "context_length",
    // "top_provider.context_length", "top_provider.max_completion_tokens", "expiration_date".
    QString field;
    // The catalogue's text of the value (price "0.0000025" or "-1", a token count, a
    // YYYY-MM-DD date); a null QString when the field was absent or null.
    QString oldValue;
    QString newValue;
    QDateTime seenAt; // UTC

    friend bool operator==(const CatalogChange &, const CatalogChange &) = default;
};

// What changed from one catalogue to the next. Models are matched by id.
class CatalogDiff {
    Q_DECLARE_TR_FUNCTIONS(orc::CatalogDiff)
public:
    static inline const QString kPricePrefix = QStringLiteral("pricing.");
    static inline const QString kContextLength = QStringLiteral("context_length");
    static inline const QString kProviderContext = QStringLiteral("top_provider.context_length");
    static inline const QString kMaxOutput = QStringLiteral("top_provider.max_completion_tokens");
    static inline const QString kExpirationDate = QStringLiteral("expiration_date");

    // Added models (in `after` order), then removed ones (in `before` order), then the changes
    // of each kept model (in `after` order; its fields in the order above, prices by key). All
    // carry `seenAt`. Conditional prices (pricing.overrides) are not compared.
    static QList<CatalogChange> compute(const QList<ModelInfo> &before,
                                        const QList<ModelInfo> &after, const QDateTime &seenAt);

    static QString kindName(CatalogChange::Kind kind); // "added", "removed", "changed"
    static std::optional<CatalogChange::Kind> kindFromName(QStringView name);

    // The value as JSON: a number for token counts, a string for prices and dates, null when
    // absent.
    static QJsonValue jsonValue(const QString &field, const QString &value);
    // The value for a person: "$2.50/M", "$0.01 per search", "128,000", "2026-12-31", "none".
    static QString displayValue(const QString &field, const QString &value);
    // The field for a person: "Input (prompt) price", "Context length", "Expiration date".
    static QString fieldLabel(const QString &field);
    // The relative change of a price or count in percent ("-40 %"); empty when not numeric or
    // when either side is 0 or absent.
    static QString percentText(const QString &field, const QString &oldValue,
                               const QString &newValue);

    // {"added":[{id,name,seen_at}], "removed":[{id,name,seen_at}],
    //  "changed":[{id,name,field,old,new,seen_at}]}, each in the order of `changes`.
    static QJsonObject toJson(const QList<CatalogChange> &changes);
};

// Whether a freshly fetched catalogue may replace the cached one. A response cut short by a
// proxy, an empty "data" array or a list far shorter than the previous one would otherwise
// wipe the cache (and record every model as removed).
class CatalogGuard {
    Q_DECLARE_TR_FUNCTIONS(orc::CatalogGuard)
public:
    // A new list with fewer than this share of the previous list's models is refused...
    static constexpr double kMinKeptShare = 0.5;
    // ...when the previous list had at least this many models.
    static constexpr qsizetype kMinPreviousForShare = 10;

    // Empty when `fresh` may replace a cache of `previousCount` models (0: nothing cached);
    // otherwise the translated reason it is refused. `parseError` is ModelInfo::parseList's.
    static QString refusal(qsizetype previousCount, qsizetype freshCount,
                           const QString &parseError);
};

} // namespace orc
