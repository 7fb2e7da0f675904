#include "CatalogCommand.h"

#include "ExitCode.h"
#include "api/Endpoints.h"
#include "api/OpenRouterClient.h"
#include "store/CatalogCache.h"
#include "store/CatalogHistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace orc::cli {

CatalogCommand::CatalogCommand(Printer &printer, QObject *parent)
    : Command(printer, parent) {}

namespace {

// "" for OpenRouter itself; "hosts/<hash>" for another server (a proxy, the fake server): its
// own catalogue and history, never mixed with the real ones.
QString hostFolder(const ClientConfig &config) {
    QUrl url = config.baseUrl;
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) : url.path());
    if (url == ClientConfig::defaultBaseUrl())
        return QString();
    const QByteArray hash =
        QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex().left(16);
    return u"hosts/"_s + QString::fromLatin1(hash);
}

QString inFolder(const QString &base, const QString &sub) {
    return sub.isEmpty() ? base : QDir(base).filePath(sub);
}

} // namespace

QString CatalogCommand::cacheDirectory(const ClientConfig &config) {
    return inFolder(CatalogCache::defaultDirectory(), hostFolder(config));
}

QString CatalogCommand::historyPath(const ClientConfig &config) {
    const QString data = QFileInfo(CatalogHistory::defaultPath()).absolutePath();
    return QDir(inFolder(data, hostFolder(config))).filePath(u"catalog-history.sqlite"_s);
}

CatalogCache CatalogCommand::catalogCache(const ClientConfig &config) {
    return CatalogCache(cacheDirectory(config), historyPath(config));
}

QList<QCommandLineOption> CatalogCommand::cacheOptions() {
    return {QCommandLineOption(u"offline"_s, tr("Use the cached catalogue only; never fetch it.")),
            QCommandLineOption(u"refresh"_s, tr("Fetch the catalogue now, even if the cache is "
                                                "fresh."))};
}

QString CatalogCommand::readCacheOptions(const QCommandLineParser &parser) {
    if (parser.isSet(u"offline"_s) && parser.isSet(u"refresh"_s))
        return tr("--offline and --refresh exclude each other.");
    if (parser.isSet(u"offline"_s))
        m_cacheMode = CacheMode::Offline;
    else if (parser.isSet(u"refresh"_s))
        m_cacheMode = CacheMode::Refresh;
    return {};
}

void CatalogCommand::printCatalogDryRun() {
    // The request that fills the catalogue cache; filters apply locally afterwards.
    printDryRun(Endpoints::models());
    finish(ExitCode::Ok);
}

void CatalogCommand::loadCatalog(Loaded loaded) {
    const CatalogCache cache = catalogCache(m_config);
    if (m_cacheMode == CacheMode::Refresh) {
        fetch(std::move(loaded), false);
        return;
    }
    const CatalogCache::Entry entry = cache.load();
    m_printer.log(tr("catalogue cache %1: %2")
                      .arg(cache.filePath(),
                           entry.isOk() ? tr("%n model(s)", nullptr, int(entry.models.size()))
                           : entry.errorString.isEmpty() ? tr("missing")
                                                         : entry.errorString));
    if (m_cacheMode == CacheMode::Offline) {
        if (entry.isOk()) {
            loaded(entry.models);
            return;
        }
        const QString reason = entry.status == CatalogCache::Status::Missing
                                   ? tr("nothing is cached in %1").arg(cache.directory())
                                   : entry.errorString;
        fail(tr("--offline: no usable model catalogue (%1). Run \"orcli models "
                "--refresh\" once while online.")
                 .arg(reason),
             ExitCode::Other, u"cache"_s);
        return;
    }
    if (entry.isOk() && !entry.isStale(kMaxAge)) {
        loaded(entry.models);
        return;
    }
    if (entry.isOk()) {
        // Stale: refresh, and fall back on the stale list if that fails.
        const QList<ModelInfo> stale = entry.models;
        fetch(
            [this, stale, loaded](const QList<ModelInfo> &models) {
                loaded(models.isEmpty() && !stale.isEmpty() ? stale : models);
            },
            true);
        return;
    }
    if (entry.status == CatalogCache::Status::Corrupt ||
        entry.status == CatalogCache::Status::IoError)
        m_printer.warning(entry.errorString);
    fetch(std::move(loaded), false);
}

void CatalogCommand::fetch(Loaded loaded, bool haveStale) {
    m_printer.log(tr("fetching the model catalogue"));
    ApiCall *call = client()->fetchModels(this, [this, loaded = std::move(loaded), haveStale](
                                                    const QByteArray &body, const ApiError &error) {
        if (error.isError()) {
            if (haveStale && error.kind != ApiError::Kind::Cancelled) {
                m_printer.warning(tr("cannot refresh the model catalogue (%1); using the "
                                     "cached one.")
                                      .arg(Printer::describe(error)));
                loaded({});
                return;
            }
            fail(error);
            return;
        }
        const CatalogCache::Update update =
            catalogCache(m_config).update(body, QDateTime::currentDateTimeUtc());
        for (const QString &warning : update.warnings)
            m_printer.warning(tr("cannot cache the model catalogue: %1").arg(warning));
        if (!update.accepted) {
            if (update.models.isEmpty()) {
                m_printer.error(ApiError::invalidResponse(update.refusal), ExitCode::Other);
                finish(ExitCode::Other);
                return;
            }
            m_printer.warning(update.refusal);
        } else if (!update.changes.isEmpty()) {
            m_printer.log(
                tr("%n catalogue change(s) recorded", nullptr, int(update.changes.size())));
        }
        loaded(update.models);
    });
    watch(call);
}

} // namespace orc::cli
