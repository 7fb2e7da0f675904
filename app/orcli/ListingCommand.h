#pragma once

#include "Command.h"
#include "domain/ModelEndpoint.h"

namespace orc::cli {

// The routing listings, fetched directly (no key needed):
//   `orcli endpoints MODEL`: who serves MODEL (GET /models/{author}/{slug}/endpoints, with
//   GET /endpoints/zdr for the zdr column): provider, quantization, context, prices per 1M,
//   uptime, latency, throughput;
//   `orcli providers`: every provider (GET /providers): slug, name, headquarters, datacenters.
class ListingCommand final : public Command {
    Q_OBJECT
public:
    enum class Mode { Endpoints, Providers };

    ListingCommand(Mode mode, Printer &printer, QObject *parent = nullptr);

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    static QString endpointsTable(const ModelEndpoints &model);
    static QString providersTable(const QList<ProviderInfo> &providers);
    static QJsonObject providerJson(const ProviderInfo &provider);

private:
    void printEndpoints(const QList<ModelEndpoint> &zdr);

    Mode m_mode;
    QString m_model;
    ModelEndpoints m_endpoints;
};

} // namespace orc::cli
