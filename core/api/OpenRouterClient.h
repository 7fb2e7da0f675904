#pragma once

#include "api/ApiCall.h"
#include "api/ChatStream.h"
#include "api/ClientConfig.h"
#include "api/Endpoints.h"
#include "api/RequestBuilder.h"
#include "domain/Account.h"
#include "domain/ImageRequest.h"
#include "domain/Ledger.h"
#include "domain/ModelEndpoint.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace orc {

class ImageJob;

// The one entry point to OpenRouter for the GUI and the CLI. Owns the network access manager
// and the configuration, and sends the requests Endpoints prepares (there is no other way to
// make one): each call or stream it returns is started and parented to the client; delete it
// (deleteLater) once finished, or reparent it.
class OpenRouterClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRouterClient)
public:
    explicit OpenRouterClient(ClientConfig config, QObject *parent = nullptr);
    ~OpenRouterClient() override;

    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config) { m_config = config; }
    QNetworkAccessManager *network() const { return m_network; }

    // The HTTP request send(request) would send now (what dry runs print; see
    // HttpRequest::toRedactedJson).
    HttpRequest describe(const PreparedRequest &request) const;
    // Sends a prepared request as it is; the typed operations below decode the answer too.
    ApiCall *send(const PreparedRequest &request);

    // POST /chat/completions; streamed when request.stream is true.
    ChatStream *chat(const ChatRequest &request);

    // Image generation (ImageJob.h), started and parented to the client. The route comes from
    // ImageModels::route(); the second form asks /images for all images with "n" at once,
    // without streaming.
    ImageJob *generateImage(const ImageRequest &request, const ImageRoute &route);
    ImageJob *generateImage(const ImageRequest &request, ImageApi api,
                            const QStringList &modalities);

    template<typename T>
    using Callback = std::function<void(const T &value, const ApiError &error)>;

    // GET /models (Endpoints::models, no key needed). The callback receives the raw body for
    // ModelInfo::parseList.
    ApiCall *fetchModels(QObject *context, Callback<QByteArray> done);
    // Routing listings (no key needed): a model's endpoints, the providers, the ZDR endpoints.
    // A body that is not the documented shape gives Kind::InvalidResponse.
    ApiCall *fetchModelEndpoints(const QString &modelId, QObject *context,
                                 Callback<ModelEndpoints> done);
    ApiCall *fetchProviders(QObject *context, Callback<QList<ProviderInfo>> done);
    ApiCall *fetchZdrEndpoints(QObject *context, Callback<QList<ModelEndpoint>> done);
    ApiCall *fetchKey(QObject *context, Callback<KeyInfo> done);
    ApiCall *fetchCredits(QObject *context, Callback<Credits> done);
    // GET /activity (a management key is needed: an ordinary one gets HTTP 403).
    ApiCall *fetchActivity(const QDate &date, QObject *context, Callback<QList<ActivityItem>> done);
    // GET /generation?id=: the record appears shortly after a call ends, so a 404 is retried
    // up to `notFoundRetries` times, `retryDelayMs` apart.
    void fetchGeneration(const QString &id, QObject *context, Callback<GenerationInfo> done,
                         int notFoundRetries = 5, int retryDelayMs = 700);

    // Parses a JSON object body, turning a 200-with-error body into an error.
    static QJsonObject parseObject(const QByteArray &body, ApiError *error);

private:
    QNetworkAccessManager *m_network;
    ClientConfig m_config;
};

} // namespace orc
