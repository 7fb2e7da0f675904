#include "RoutingCache.h"

#include "CacheFile.h"
#include "Translate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::RoutingCache">;

QByteArray dataBody(const QJsonValue &data) {
    return QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson(QJsonDocument::Compact);
}

QJsonArray endpointArray(const QList<ModelEndpoint> &endpoints) {
    QJsonArray array;
    for (const ModelEndpoint &e : endpoints)
        array.append(e.toJson());
    return array;
}

QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Reads one listing: the file, its parse by `parse` (an OpenRouter body parser), its age.
template<typename T, typename Parse>
RoutingCache::Entry<T> readListing(const QString &path, const QDateTime &now, Parse parse) {
    RoutingCache::Entry<T> entry;
    QFile file(path);
    if (!file.exists())
        return entry; // Missing
    if (!file.open(QIODevice::ReadOnly)) {
        entry.status = RoutingCache::Status::IoError;
        entry.errorString = tr("Cannot read the routing cache %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return entry;
    }
    const QByteArray data = file.readAll();
    QString parseError;
    if (!parse(data, &entry.value, &parseError)) {
        entry.value = T{};
        entry.status = RoutingCache::Status::Corrupt;
        entry.errorString = tr("The routing cache %1 is corrupt: %2")
                                .arg(QDir::toNativeSeparators(path), parseError);
        return entry;
    }
    entry.status = RoutingCache::Status::Ok;
    const std::optional<QDateTime> at = CacheFile::fetchedAt(RoutingCache::metaPathFor(path), data);
    if (at)
        entry.fetchedAt = *at;
    entry.age = CacheFile::ageAt(at, now);
    return entry;
}

bool writeListing(const QString &path, const QByteArray &body, const QDateTime &fetchedAt,
                  QString *error) {
    QString local;
    QString &err = error ? *error : local;
    err.clear();
    if (!fetchedAt.isValid()) {
        err = tr("Not caching the routing listing: no fetch time.");
        return false;
    }
    return CacheFile::write(path, RoutingCache::metaPathFor(path), body, fetchedAt, &err);
}

} // namespace

RoutingCache::RoutingCache(const QString &directory)
    : m_directory(QDir(directory.isEmpty()
                           ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                           : directory)
                      .filePath(u"routing"_s)) {}

QString RoutingCache::providersPath() const {
    return QDir(m_directory).filePath(u"providers.json"_s);
}

QString RoutingCache::zdrEndpointsPath() const {
    return QDir(m_directory).filePath(u"zdr-endpoints.json"_s);
}

QString RoutingCache::modelEndpointsPath(const QString &modelId) const {
    // "deepseek/deepseek-r1:free" -> "deepseek+2Fdeepseek-r1+3Afree.json": one file name on
    // every platform, and one model per name.
    const QString name =
        QString::fromLatin1(modelId.toUtf8().toPercentEncoding("-._")).replace(u'%', u'+');
    return QDir(m_directory).filePath(u"endpoints/"_s + name + u".json"_s);
}

QString RoutingCache::metaPathFor(const QString &dataPath) {
    QString path = dataPath;
    if (path.endsWith(u".json"_s))
        path.chop(5);
    return path + u".meta.json"_s;
}

QByteArray RoutingCache::providersBody(const QList<ProviderInfo> &providers) {
    QJsonArray array;
    for (const ProviderInfo &p : providers) {
        array.append(QJsonObject{
            {u"name"_s, p.name},
            {u"slug"_s, p.slug},
            {u"privacy_policy_url"_s, orNull(p.privacyPolicyUrl)},
            {u"terms_of_service_url"_s, orNull(p.termsOfServiceUrl)},
            {u"status_page_url"_s, orNull(p.statusPageUrl)},
            {u"headquarters"_s, orNull(p.headquarters)},
            {u"datacenters"_s, QJsonArray::fromStringList(p.datacenters)},
        });
    }
    return dataBody(array);
}

QByteArray RoutingCache::zdrEndpointsBody(const QList<ModelEndpoint> &endpoints) {
    return dataBody(endpointArray(endpoints));
}

QByteArray RoutingCache::modelEndpointsBody(const ModelEndpoints &m) {
    QJsonObject architecture{
        {u"input_modalities"_s, QJsonArray::fromStringList(m.inputModalities)},
        {u"output_modalities"_s, QJsonArray::fromStringList(m.outputModalities)},
    };
    return dataBody(QJsonObject{
        {u"id"_s, m.id},
        {u"name"_s, m.name},
        {u"description"_s, m.description},
        {u"created"_s, m.created},
        {u"architecture"_s, architecture},
        {u"endpoints"_s, endpointArray(m.endpoints)},
    });
}

bool RoutingCache::saveProviders(const QList<ProviderInfo> &providers, const QDateTime &fetchedAt,
                                 QString *error) const {
    return writeListing(providersPath(), providersBody(providers), fetchedAt, error);
}

bool RoutingCache::saveZdrEndpoints(const QList<ModelEndpoint> &endpoints,
                                    const QDateTime &fetchedAt, QString *error) const {
    return writeListing(zdrEndpointsPath(), zdrEndpointsBody(endpoints), fetchedAt, error);
}

bool RoutingCache::saveModelEndpoints(const ModelEndpoints &endpoints, const QDateTime &fetchedAt,
                                      QString *error) const {
    if (endpoints.id.isEmpty()) {
        if (error)
            *error = tr("Not caching the endpoints of a model without an id.");
        return false;
    }
    return writeListing(modelEndpointsPath(endpoints.id), modelEndpointsBody(endpoints), fetchedAt,
                        error);
}

RoutingCache::Entry<QList<ProviderInfo>> RoutingCache::providers(const QDateTime &now) const {
    return readListing<QList<ProviderInfo>>(providersPath(), now, &ProviderInfo::parseList);
}

RoutingCache::Entry<QList<ModelEndpoint>> RoutingCache::zdrEndpoints(const QDateTime &now) const {
    return readListing<QList<ModelEndpoint>>(zdrEndpointsPath(), now, &parseZdrEndpoints);
}

RoutingCache::Entry<ModelEndpoints> RoutingCache::modelEndpoints(const QString &modelId,
                                                                 const QDateTime &now) const {
    auto entry =
        readListing<ModelEndpoints>(modelEndpointsPath(modelId), now, &ModelEndpoints::parse);
    if (entry.isOk() && entry.value.id != modelId) {
        entry = {};
        entry.status = Status::Corrupt;
        entry.errorString = tr("The routing cache %1 holds another model.")
                                .arg(QDir::toNativeSeparators(modelEndpointsPath(modelId)));
    }
    return entry;
}

bool RoutingCache::clear(QString *error) const {
    QDir dir(m_directory);
    if (!dir.exists())
        return true;
    if (!dir.removeRecursively()) {
        if (error)
            *error = tr("Cannot remove the routing cache %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    return true;
}

} // namespace orc
