#include "catalog/CatalogLoader.h"

#include "api/ApiCall.h"
#include "api/OpenRouterClient.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace orc {

struct CatalogLoader::Parsed {
    QList<ModelInfo> models;
    QString parseError;
    QString cacheError;
    QDateTime fetchedAt;
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
        Parsed parsed;
        parsed.fetchedAt = fetchedAt;
        parsed.models = ModelInfo::parseList(body, &parsed.parseError);
        if (parsed.parseError.isEmpty())
            cache.save(body, fetchedAt, &parsed.cacheError);
        return parsed;
    }).then(this, [this](const Parsed &parsed) { onParsed(parsed); });
}

void CatalogLoader::onParsed(const Parsed &parsed) {
    if (!parsed.parseError.isEmpty()) {
        emit refreshFailed(ApiError::invalidResponse(
            tr("The model list from the server could not be read: %1").arg(parsed.parseError)));
        finishRefresh(false);
        return;
    }
    m_haveNetworkData = true;
    emit modelsLoaded(parsed.models, parsed.fetchedAt, Source::Network);
    if (!parsed.cacheError.isEmpty())
        emit cacheWriteFailed(parsed.cacheError);
    finishRefresh(true);
}

void CatalogLoader::finishRefresh(bool ok) {
    m_refreshing = false;
    emit refreshFinished(ok);
}

} // namespace orc
