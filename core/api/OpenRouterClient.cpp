#include "OpenRouterClient.h"

#include "api/ErrorCodec.h"
#include "api/ImageJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orc {

OpenRouterClient::OpenRouterClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_config(std::move(config)) {
    qRegisterMetaType<orc::ApiError>();
    qRegisterMetaType<orc::ToolCallDelta>();
    qRegisterMetaType<orc::ChatImage>();
    qRegisterMetaType<orc::Usage>();
    // Keep the default (system) proxy settings; QNAM's own auto-redirect is restricted per call.
}

OpenRouterClient::~OpenRouterClient() {
    // Calls and streams still running abort their replies as they go, which needs the network
    // access manager; QObject would delete it first (children go in creation order).
    // A child may delete a sibling of its own, hence the guarded pointers.
    QList<QPointer<QObject>> children;
    for (QObject *child : this->children())
        if (child != m_network)
            children.append(child);
    for (const QPointer<QObject> &child : std::as_const(children))
        delete child.data();
}

HttpRequest OpenRouterClient::describe(const PreparedRequest &request) const {
    return RequestBuilder::build(m_config, request);
}

ApiCall *OpenRouterClient::send(const PreparedRequest &request) {
    auto *call = new ApiCall(m_network, m_config, request, this);
    call->start();
    return call;
}

ChatStream *OpenRouterClient::chat(const ChatRequest &request) {
    auto *call = new ApiCall(m_network, m_config, Endpoints::chatCompletions(request), this);
    auto *stream = new ChatStream(call, request, this);
    stream->start();
    return stream;
}

ImageJob *OpenRouterClient::generateImage(const ImageRequest &request, const ImageRoute &route) {
    auto *job = new ImageJob(this, request, route, this);
    job->start();
    return job;
}

ImageJob *OpenRouterClient::generateImage(const ImageRequest &request, ImageApi api,
                                          const QStringList &modalities) {
    ImageRoute route;
    route.model = request.model;
    route.api = api;
    route.modalities = modalities;
    route.nativeCount = api == ImageApi::ImagesEndpoint;
    route.stream = api == ImageApi::ChatCompletions;
    return generateImage(request, route);
}

QJsonObject OpenRouterClient::parseObject(const QByteArray &body, ApiError *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.trimmed(), &parseError);
    if (!doc.isObject()) {
        *error = ApiError::invalidResponse(
            QCoreApplication::translate("orc::OpenRouterClient",
                                        "The server sent a response that is not a JSON object: %1")
                .arg(parseError.errorString()));
        return {};
    }
    const QJsonObject o = doc.object();
    if (o.value("error"_L1).isObject()) {
        *error = ErrorCodec::fromErrorObject(o.value("error"_L1).toObject(), 200);
        return {};
    }
    return o;
}

template<typename T>
static ApiCall *deliver(ApiCall *call, QObject *context, OpenRouterClient::Callback<T> done,
                        T (*decode)(const QJsonObject &)) {
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done), decode] {
        call->deleteLater();
        ApiError error = call->error();
        if (error.isError()) {
            done(T{}, error);
            return;
        }
        const QJsonObject o = OpenRouterClient::parseObject(call->body(), &error);
        done(error.isError() ? T{} : decode(o), error);
    });
    return call;
}

ApiCall *OpenRouterClient::fetchModels(QObject *context, Callback<QByteArray> done) {
    ApiCall *call = send(Endpoints::models());
    connect(call, &ApiCall::finished, context, [call, done = std::move(done)] {
        call->deleteLater();
        done(call->error().isError() ? QByteArray() : call->takeBody(), call->error());
    });
    return call;
}

// Hands the body of a finished call to `parse` (one of the listing readers); a body it rejects
// becomes Kind::InvalidResponse with the reader's message.
template<typename T>
static ApiCall *deliverParsed(ApiCall *call, QObject *context, OpenRouterClient::Callback<T> done,
                              bool (*parse)(const QByteArray &, T *, QString *)) {
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done), parse] {
        call->deleteLater();
        ApiError error = call->error();
        T value{};
        QString message;
        if (!error.isError() && !parse(call->body(), &value, &message))
            error = ApiError::invalidResponse(message);
        done(error.isError() ? T{} : value, error);
    });
    return call;
}

ApiCall *OpenRouterClient::fetchModelEndpoints(const QString &modelId, QObject *context,
                                               Callback<ModelEndpoints> done) {
    return deliverParsed<ModelEndpoints>(send(Endpoints::modelEndpoints(modelId)), context,
                                         std::move(done), &ModelEndpoints::parse);
}

ApiCall *OpenRouterClient::fetchProviders(QObject *context, Callback<QList<ProviderInfo>> done) {
    return deliverParsed<QList<ProviderInfo>>(send(Endpoints::providers()), context,
                                              std::move(done), &ProviderInfo::parseList);
}

ApiCall *OpenRouterClient::fetchZdrEndpoints(QObject *context,
                                             Callback<QList<ModelEndpoint>> done) {
    return deliverParsed<QList<ModelEndpoint>>(send(Endpoints::zdrEndpoints()), context,
                                               std::move(done), &parseZdrEndpoints);
}

ApiCall *OpenRouterClient::fetchKey(QObject *context, Callback<KeyInfo> done) {
    return deliver<KeyInfo>(send(Endpoints::key()), context, std::move(done), &KeyInfo::fromJson);
}

ApiCall *OpenRouterClient::fetchCredits(QObject *context, Callback<Credits> done) {
    return deliver<Credits>(send(Endpoints::credits()), context, std::move(done),
                            &Credits::fromJson);
}

ApiCall *OpenRouterClient::fetchActivity(const QDate &date, QObject *context,
                                         Callback<QList<ActivityItem>> done) {
    return deliverParsed<QList<ActivityItem>>(send(Endpoints::activity(date)), context,
                                              std::move(done), &ActivityItem::parseList);
}

void OpenRouterClient::fetchGeneration(const QString &id, QObject *context,
                                       Callback<GenerationInfo> done, int notFoundRetries,
                                       int retryDelayMs) {
    ApiCall *call = send(Endpoints::generation(id));
    QPointer<OpenRouterClient> self(this);
    connect(call, &ApiCall::finished, context,
            [self, call, id, context, done = std::move(done), notFoundRetries, retryDelayMs] {
                call->deleteLater();
                ApiError error = call->error();
                if (error.kind == ApiError::Kind::NotFound && notFoundRetries > 0 && self) {
                    QTimer::singleShot(retryDelayMs, context, [=] {
                        if (self)
                            self->fetchGeneration(id, context, done, notFoundRetries - 1,
                                                  retryDelayMs);
                    });
                    return;
                }
                if (error.isError()) {
                    done(GenerationInfo{}, error);
                    return;
                }
                const QJsonObject o = parseObject(call->body(), &error);
                done(error.isError() ? GenerationInfo{} : GenerationInfo::fromJson(o), error);
            });
}

} // namespace orc
