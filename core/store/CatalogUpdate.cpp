// CatalogCache::update(): the one path a freshly fetched catalogue takes into the cache and the
// change history. Split from CatalogCache.cpp.
#include "CatalogCache.h"

#include "CatalogHistory.h"
#include "Translate.h"

namespace orc {

namespace {
constexpr auto tr = fileTr<"orc::CatalogCache">;
} // namespace

CatalogCache::Update CatalogCache::update(QByteArrayView rawJson,
                                          const QDateTime &fetchedAt) const {
    Update u;
    QString parseError;
    QList<ModelInfo> fresh = ModelInfo::parseList(rawJson, &parseError);
    const Entry previous = load();
    const qsizetype previousCount = previous.isOk() ? previous.models.size() : 0;
    if (const QString reason = CatalogGuard::refusal(previousCount, fresh.size(), parseError);
        !reason.isEmpty()) {
        u.refusal = (previous.isOk() && !previous.models.isEmpty()
                         ? tr("The model catalogue from the server was refused: %1. The cached "
                              "catalogue stays in use.")
                         : tr("The model catalogue from the server was refused: %1."))
                        .arg(reason);
        u.models = previous.models;
        u.fetchedAt = previous.fetchedAt;
        return u;
    }

    u.accepted = true;
    u.fetchedAt = fetchedAt;
    if (previousCount > 0)
        u.changes = CatalogDiff::compute(previous.models, fresh, fetchedAt);
    QString error;
    // The cache first: if it cannot be replaced, the next refresh diffs against the same old
    // catalogue, so recording the changes now would record them twice.
    if (!writeFiles(rawJson, fetchedAt, error)) {
        u.warnings << error;
    } else {
        CatalogHistory history(m_historyPath);
        if (!history.record(fetchedAt, fresh.size(), u.changes, &error))
            u.warnings << error;
    }
    u.models = std::move(fresh);
    return u;
}

} // namespace orc
