#include "catalog/CatalogLoader.h"

#include "api/ApiCall.h"
#include "api/OpenRouterClient.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace orc {

struct CatalogLoader::Parsed {
    CatalogCache::Update update;
};

CatalogLoader::CatalogLoader(OpenRouterClient *client, CatalogCache cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(std::move(cache)) {}

CatalogLoader::~CatalogLoader() {
    if (m_call) {
        // Nothing may reach this half-destroyed loader: cut the callback, then stop the call.
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
        m_call->deleteLater();
    }
}

void CatalogLoader::start() {
    if (!m_loadingCache && !m_haveNetworkData) {
        m_loadingCache = true;
        const CatalogCache cache = m_cache;
        QtConcurrent::run([cache] {
            return cache.load();
        }).then(this, [this](const CatalogCache::Entry &entry) {
            m_loadingCache = false;
            if (m_haveNetworkData)
                return; // the refresh was faster: its data is newer
            switch (entry.status) {
            case CatalogCache::Status::Ok:
                emit modelsLoaded(entry.models, entry.fetchedAt, Source::Cache);
                return;
            case CatalogCache::Status::Missing:
                break;
            case CatalogCache::Status::Corrupt:
            case CatalogCache::Status::IoError:
                emit cacheFailed(entry.errorString);
                break;
            }
            emit cacheEmpty();
        });
    }
    refresh();
}

bool CatalogLoader::refresh() {
    if (m_refreshing)
        return false;
    m_refreshing = true;
    emit refreshStarted();
    m_call = m_client->fetchModels(
        this, [this](const QByteArray &body, const ApiError &error) { onFetched(body, error); });
    connect(m_call, &ApiCall::retrying, this, &CatalogLoader::refreshRetrying);
    return true;
}

void CatalogLoader::onFetched(const QByteArray &body, const ApiError &error) {
    m_call.clear();
    if (error.isError()) {
        emit refreshFailed(error);
        finishRefresh(false);
        return;
    }
    const CatalogCache cache = m_cache;
    const QDateTime fetchedAt = QDateTime::currentDateTimeUtc();
    QtConcurrent::run([cache, body, fetchedAt] {
        // Parses, refuses a truncated or empty catalogue, records the changes, caches.
        return Parsed{cache.update(body, fetchedAt)};
    }).then(this, [this](const Parsed &parsed) { onParsed(parsed); });
}

void CatalogLoader::onParsed(const Parsed &parsed) {
    const CatalogCache::Update &u = parsed.update;
    if (!u.accepted) {
        // The cache (already shown, or loading) stays as it was.
        emit refreshFailed(ApiError::invalidResponse(u.refusal));
        finishRefresh(false);
        return;
    }
    m_haveNetworkData = true;
    emit modelsLoaded(u.models, u.fetchedAt, Source::Network);
    if (!u.changes.isEmpty())
        emit changesRecorded(u.changes);
    for (const QString &warning : u.warnings)
        emit cacheWriteFailed(warning);
    finishRefresh(true);
}

void CatalogLoader::finishRefresh(bool ok) {
    m_refreshing = false;
    emit refreshFinished(ok);
}

} // namespace orc
