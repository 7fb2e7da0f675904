#pragma once

#include "domain/ModelInfo.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace orc {

// The one filter/sort description of the model catalogue, shared by the GUI proxy model and
// `orcli models`. Setters precompute what matches() needs (case-folded words, author set), so
// matches() is a few flag tests and substring searches over ModelInfo::searchText().
class ModelQuery {
public:
    enum class SortKey {
        None, // keep the input (API) order
        Name, // display name, case-insensitive
        Id,
        Price,    // prompt price; variable prices last
        Context,  // context length; unknown last
        Created,  // date added; unknown last
        Author,   // author, then name
        Newest,   // date added, newest first; unknown last
        Expiring, // expiration date, soonest first; models without one last
    };

    // --- free text: whitespace-separated words, all must occur (case-insensitive) in the id,
    // the name or the description.
    void setText(const QString &text);
    const QString &text() const { return m_text; }
    const QStringList &words() const { return m_words; }

    // --- every listed capability is required.
    void setRequiredCapabilities(ModelCapabilities capabilities) { m_capabilities = capabilities; }
    ModelCapabilities requiredCapabilities() const { return m_capabilities; }

    // --- prompt price ceiling in USD per million tokens; models with a variable price never
    // pass a ceiling. nullopt (or a negative/NaN value) = no ceiling.
    void setMaxPromptPricePerMillion(std::optional<double> usd);
    std::optional<double> maxPromptPricePerMillion() const { return m_maxPromptPrice; }

    // --- minimum context length in tokens (0 = any).
    void setMinContextLength(qint64 tokens) { m_minContext = tokens > 0 ? tokens : 0; }
    qint64 minContextLength() const { return m_minContext; }

    // --- author slugs ("openai", "anthropic"); a model matches any of them. Empty = all.
    void setAuthors(const QStringList &authors);
    QStringList authors() const;

    // --- lifecycle: only models added to the catalogue (`created`) at or after `since`; an
    // invalid time = any.
    void setAddedSince(const QDateTime &since) { m_addedSince = since; }
    const QDateTime &addedSince() const { return m_addedSince; }
    // Only models with an expiration date at most `days` days after `today` (past dates
    // included); nullopt = any. An invalid `today` means ModelLifecycle::today().
    void setExpiringWithin(std::optional<qint64> days, QDate today = QDate());
    std::optional<qint64> expiringWithin() const { return m_expiringWithin; }
    const QDate &expiringToday() const { return m_expiringToday; }

    void setFreeOnly(bool freeOnly) { m_freeOnly = freeOnly; }
    bool freeOnly() const { return m_freeOnly; }

    // --- favourites are owned by the caller (settings); the query only keeps a copy.
    void setFavourites(const QSet<QString> &ids) { m_favourites = ids; }
    const QSet<QString> &favourites() const { return m_favourites; }
    void setFavouritesOnly(bool favouritesOnly) { m_favouritesOnly = favouritesOnly; }
    bool favouritesOnly() const { return m_favouritesOnly; }

    void setSort(SortKey key, Qt::SortOrder order = Qt::AscendingOrder);
    SortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // --- at most this many results from apply(); 0 = no limit.
    void setLimit(qsizetype limit) { m_limit = limit > 0 ? limit : 0; }
    qsizetype limit() const { return m_limit; }

    // True when some filter is set (text, capabilities, price, context, authors, free,
    // favourites, added since, expiring); sorting and the limit do not count.
    bool hasFilter() const;

    bool matches(const ModelInfo &model) const;
    // Filters, sorts (stable; ties broken by id) and truncates to the limit.
    QList<ModelInfo> apply(QList<ModelInfo> models) const;

    // Three-way comparison in ascending order for `key` (ties: 0). Unknown values (variable
    // price, unknown context or date) compare greater than known ones. For the GUI proxy.
    static int compare(const ModelInfo &a, const ModelInfo &b, SortKey key);

    // --- names for the CLI and settings.
    // Capability names: vision, image_gen, tools, long_context, reasoning, structured, audio,
    // file, free (plus json, image_only and a few spelling variants; case and '-' vs '_' are
    // ignored). nullopt and a translated error listing the accepted names when unknown.
    static std::optional<ModelCapability> parseCapability(QStringView name,
                                                          QString *error = nullptr);
    // Several names, each element may itself be a comma-separated list. Stops at the first
    // unknown name (false, *error set).
    static bool parseCapabilities(const QStringList &names, ModelCapabilities *capabilities,
                                  QString *error = nullptr);
    static QString capabilityName(ModelCapability capability);
    static QStringList capabilityNames(); // the canonical names, in the order above

    static std::optional<SortKey> parseSortKey(QStringView name, QString *error = nullptr);
    static QString sortKeyName(SortKey key);
    static QStringList sortKeyNames();

private:
    QString m_text;
    QStringList m_words;         // case-folded
    QList<QByteArray> m_needles; // m_words as UTF-8, matched against ModelInfo::searchText()
    ModelCapabilities m_capabilities;
    std::optional<double> m_maxPromptPrice;
    qint64 m_minContext = 0;
    QSet<QString> m_authors; // case-folded
    bool m_freeOnly = false;
    QDateTime m_addedSince;
    std::optional<qint64> m_expiringWithin;
    QDate m_expiringToday;
    QSet<QString> m_favourites;
    bool m_favouritesOnly = false;
    SortKey m_sortKey = SortKey::None;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qsizetype m_limit = 0;
};

} // namespace orc
