#pragma once

#include "Command.h"
#include "domain/CostEstimate.h"
#include "domain/ModelInfo.h"
#include "store/CatalogCache.h"

#include <chrono>
#include <functional>

namespace orc::cli {

class SpendGate;

// Base of the commands that read the model catalogue (models, find, image). The catalogue is
// GET /models?output_modalities=all (image-only models included), cached on disk per base URL
// through CatalogCache: a cache younger than kMaxAge is used as is, an older one is refreshed
// (and still used, with a warning, when the refresh fails or is refused as truncated or empty:
// see CatalogCache::update(), which also records what changed). --offline reads the cache only,
// --refresh always fetches.
class CatalogCommand : public Command {
    Q_OBJECT
public:
    enum class CacheMode { Auto, Offline, Refresh };
    static constexpr std::chrono::seconds kMaxAge{3600};

    using Loaded = std::function<void(const QList<ModelInfo> &models)>;
    using Estimator = std::function<CostRange(const QList<ModelInfo> &catalog)>;

    explicit CatalogCommand(Printer &printer, QObject *parent = nullptr);

    // The cache folder for the configured base URL.
    static QString cacheDirectory(const ClientConfig &config);
    // The change history's file for the configured base URL (in the data folder).
    static QString historyPath(const ClientConfig &config);
    // The cache (and its history) for the configured base URL.
    static CatalogCache catalogCache(const ClientConfig &config);

protected:
    static QList<QCommandLineOption> cacheOptions();
    QString readCacheOptions(const QCommandLineParser &parser);
    // --dry-run: prints the request that fills the catalogue cache and finishes.
    void printCatalogDryRun();
    // Loads the catalogue; on failure prints the error and finishes the command.
    void loadCatalog(Loaded loaded);
    // The spend checks of a command about to send (defined in SpendGate.cpp): --estimate prints
    // `estimate` of the catalogue and finishes; otherwise, with a key, --max-cost and the
    // budgets decide (the catalogue is loaded only when an estimate is needed), then `send`
    // runs. A dry run goes straight to `send`. `gate` must outlive the command's start.
    void passSpendGate(SpendGate &gate, const Estimator &estimate, std::function<void()> send);
    CacheMode cacheMode() const { return m_cacheMode; }
    void setCacheMode(CacheMode mode) { m_cacheMode = mode; }

private:
    void fetch(Loaded loaded, bool haveStale);

    CacheMode m_cacheMode = CacheMode::Auto;
};

} // namespace orc::cli
