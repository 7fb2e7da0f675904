#pragma once

#include "domain/ModelEndpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace orc {

// Disk cache of the routing listings, kept like the model catalogue (CatalogCache): each listing
// is one JSON file in the shape OpenRouter sends it, next to a `.meta.json` sidecar with the
// fetch time plus the size and SHA-256 of the bytes it describes, both written atomically.
//   <dir>/routing/providers.json         GET /providers
//   <dir>/routing/zdr-endpoints.json     GET /endpoints/zdr
//   <dir>/routing/endpoints/<model>.json GET /models/{author}/{slug}/endpoints
// A sidecar that does not match its data makes the age unknown (stale) but the listing usable; a
// corrupt file reads as an empty listing with an error, never a crash. `<dir>` is
// QStandardPaths::CacheLocation unless given (tests pass a temporary directory).
class RoutingCache {
public:
    enum class Status { Ok, Missing, Corrupt, IoError };

    template<typename T>
    struct Entry {
        Status status = Status::Missing;
        QString errorString; // translated; empty for Ok and Missing
        T value{};
        QDateTime fetchedAt;                     // UTC; invalid when unknown
        std::optional<std::chrono::seconds> age; // nullopt when fetchedAt is unknown

        bool isOk() const { return status == Status::Ok; }
        bool isStale(std::chrono::seconds maxAge) const { return !isOk() || !age || *age > maxAge; }
    };

    // How long a listing is shown without refreshing it in the background.
    static constexpr std::chrono::seconds kFreshFor{15 * 60};

    explicit RoutingCache(const QString &directory = QString());

    const QString &directory() const { return m_directory; } // <dir>/routing
    QString providersPath() const;
    QString zdrEndpointsPath() const;
    QString modelEndpointsPath(const QString &modelId) const;
    static QString metaPathFor(const QString &dataPath);

    // Each save writes the listing as OpenRouter's `{"data": ...}` body; false (and a translated
    // `error`) when it cannot be written. An empty model id is refused.
    bool saveProviders(const QList<ProviderInfo> &providers,
                       const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc(),
                       QString *error = nullptr) const;
    bool saveZdrEndpoints(const QList<ModelEndpoint> &endpoints,
                          const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc(),
                          QString *error = nullptr) const;
    bool saveModelEndpoints(const ModelEndpoints &endpoints,
                            const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc(),
                            QString *error = nullptr) const;

    // `now` defaults to the current time.
    Entry<QList<ProviderInfo>> providers(const QDateTime &now = QDateTime()) const;
    Entry<QList<ModelEndpoint>> zdrEndpoints(const QDateTime &now = QDateTime()) const;
    Entry<ModelEndpoints> modelEndpoints(const QString &modelId,
                                         const QDateTime &now = QDateTime()) const;

    // Removes every cached listing; true when none is left.
    bool clear(QString *error = nullptr) const;

    // The bodies the saves write (exposed for tests and the benchmark).
    static QByteArray providersBody(const QList<ProviderInfo> &providers);
    static QByteArray zdrEndpointsBody(const QList<ModelEndpoint> &endpoints);
    static QByteArray modelEndpointsBody(const ModelEndpoints &endpoints);

private:
    QString m_directory;
};

} // namespace orc
