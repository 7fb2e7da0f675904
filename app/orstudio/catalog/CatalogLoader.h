#pragma once

#include "domain/ApiError.h"
#include "domain/ModelInfo.h"
#include "store/CatalogCache.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace orc {

class ApiCall;
class OpenRouterClient;

// Gets the catalogue to the page: first whatever CatalogCache holds (read and parsed on a worker
// thread), then a refresh from GET /models that goes through CatalogCache::update() on a worker
// thread too (a truncated or empty catalogue is refused and reported by refreshFailed; an
// accepted one is cached and its changes recorded). Results come back on the loader's thread
// through signals; a late cache result never replaces fresher network data.
class CatalogLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogLoader)
public:
    enum class Source { Cache, Network };

    CatalogLoader(OpenRouterClient *client, CatalogCache cache, QObject *parent = nullptr);
    ~CatalogLoader() override;

    // Reads the cache, and starts a refresh at the same time.
    void start();
    // Starts a refresh unless one is running; returns false when one is.
    bool refresh();
    bool isRefreshing() const { return m_refreshing; }
    bool isLoadingCache() const { return m_loadingCache; }
    const CatalogCache &cache() const { return m_cache; }
    OpenRouterClient *client() const { return m_client; }

signals:
    // `fetchedAt` is invalid when the cache does not know when it was fetched.
    void modelsLoaded(const QList<orc::ModelInfo> &models, const QDateTime &fetchedAt,
                      orc::CatalogLoader::Source source);
    // The cache could not be used (corrupt, unreadable); a missing cache is not reported.
    void cacheFailed(const QString &message);
    // Nothing usable came from the cache (missing or failed); the refresh may still deliver.
    void cacheEmpty();
    void refreshStarted();
    // The refresh failed for a reason worth retrying; it tries again in `delayMs`.
    void refreshRetrying(int nextAttempt, int delayMs, const orc::ApiError &reason);
    void refreshFailed(const orc::ApiError &error);
    // The refresh ended (after modelsLoaded or refreshFailed).
    void refreshFinished(bool ok);
    // The freshly fetched catalogue could not be written to the cache or its changes to the
    // history (it is still shown).
    void cacheWriteFailed(const QString &message);
    // An accepted refresh differed from the cached catalogue; the changes are in the history.
    void changesRecorded(const QList<orc::CatalogChange> &changes);

private:
    struct Parsed;
    void onFetched(const QByteArray &body, const ApiError &error);
    void onParsed(const Parsed &parsed);
    void finishRefresh(bool ok);

    OpenRouterClient *m_client;
    CatalogCache m_cache;
    QPointer<ApiCall> m_call;
    bool m_refreshing = false;
    bool m_loadingCache = false;
    bool m_haveNetworkData = false;
};

} // namespace orc
