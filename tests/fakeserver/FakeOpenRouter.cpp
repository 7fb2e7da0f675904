#include "FakeOpenRouter.h"

#include "AccountRoutes.h"
#include "ChatCompletions.h"
#include "ErrorBodies.h"
#include "HttpConnection.h"
#include "HttpUtil.h"
#include "ImagesApi.h"
#include "ProviderData.h"
#include "ResponseWriter.h"
#include "ServerState.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace orc::fake {

namespace {
constexpr int kHangCapMs = 10 * 60 * 1000;
constexpr int kIdleTimeoutMs = 2 * 60 * 1000;
constexpr qsizetype kMaxRecorded = 100000;
} // namespace

struct FakeOpenRouter::Private {
    Private()
        : chat(state)
        , images(state)
        , account(state) {}

    ServerState state;
    ChatCompletions chat;
    ImagesApi images;
    AccountRoutes account;
    std::unique_ptr<QTcpServer> server;
    QList<QPointer<HttpConnection>> connections;
    int accepted = 0;
    HttpRequestParser::Limits limits;
    QList<RecordedRequest> requests;
    QHash<size_t, QByteArray> gzipCache;

    Reply route(const RecordedRequest &request);
    Reply withGzip(const RecordedRequest &request, int status, const QByteArray &body);
};

namespace {

RecordedRequest record(const HttpRequest &http) {
    RecordedRequest r;
    r.method = http.method;
    r.path = QString::fromUtf8(QByteArray::fromPercentEncoding(http.path));
    r.query = QUrlQuery(QString::fromUtf8(http.query));
    for (const auto &[name, value] : http.headers) {
        const auto it = r.headers.find(name);
        if (it == r.headers.end())
            r.headers.insert(name, value);
        else
            *it += ", " + value;
    }
    r.body = http.body;
    const QJsonDocument doc = QJsonDocument::fromJson(http.body);
    if (doc.isObject())
        r.json = doc.object();
    return r;
}

Reply notFound() {
    return Reply::json(404, ErrorBodies::make(404, QStringLiteral("Not Found")));
}

Reply methodNotAllowed(const QByteArray &allow) {
    Reply r = Reply::json(405, ErrorBodies::make(405, QStringLiteral("Method Not Allowed")));
    r.addHeader(QByteArrayLiteral("allow"), allow);
    return r;
}

} // namespace

Reply FakeOpenRouter::Private::withGzip(const RecordedRequest &request, int status,
                                        const QByteArray &body) {
    if (!http::acceptsGzip(request.header("accept-encoding")))
        return Reply::json(status, body);
    const size_t key = qHash(body);
    auto it = gzipCache.find(key);
    if (it == gzipCache.end()) {
        if (gzipCache.size() > 32)
            gzipCache.clear();
        it = gzipCache.insert(key, http::gzip(body));
    }
    Reply r = Reply::json(status, *it);
    r.addHeader(QByteArrayLiteral("content-encoding"), QByteArrayLiteral("gzip"));
    r.addHeader(QByteArrayLiteral("vary"), QByteArrayLiteral("Accept-Encoding"));
    return r;
}

Reply FakeOpenRouter::Private::route(const RecordedRequest &request) {
    const QString &path = request.path;
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    const bool post = method == "POST";

    if (path == QLatin1String("/auth"))
        return get ? account.authPage(request) : methodNotAllowed("GET");
    static const QString prefix = QStringLiteral("/api/v1");
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return notFound();
    QString sub = path.mid(prefix.size());
    while (sub.size() > 1 && sub.endsWith(QLatin1Char('/')))
        sub.chop(1);

    // public catalogue routes
    if (sub == QLatin1String("/models") || sub == QLatin1String("/models/count")) {
        if (!get)
            return methodNotAllowed("GET");
        QByteArray body;
        const int status = sub == QLatin1String("/models")
                               ? state.catalog.listResponse(request.query, body)
                               : state.catalog.countResponse(request.query, body);
        return withGzip(request, status, body);
    }
    if (sub == QLatin1String("/providers"))
        return get ? withGzip(request, 200, ProviderData::providersJson())
                   : methodNotAllowed("GET");
    if (sub == QLatin1String("/endpoints/zdr"))
        return get ? withGzip(request, 200, ProviderData::zdrJson(state.catalog.listed()))
                   : methodNotAllowed("GET");
    if (sub.startsWith(QLatin1String("/models/")) && sub.endsWith(QLatin1String("/endpoints"))) {
        if (!get)
            return methodNotAllowed("GET");
        const QString id = sub.mid(8, sub.size() - 8 - int(qstrlen("/endpoints")));
        const ModelInfo *model = state.catalog.find(id);
        if (!model || id.count(QLatin1Char('/')) != 1)
            return Reply::json(404, ErrorBodies::make(404, QStringLiteral("No endpoints found for "
                                                                          "%1.")
                                                               .arg(id)));
        return withGzip(request, 200, ProviderData::endpointsJson(*model));
    }
    if (sub == QLatin1String("/images/models"))
        return get ? withGzip(request, 200, images.modelsJson()) : methodNotAllowed("GET");
    if (sub == QLatin1String("/auth/keys"))
        return post ? account.exchangeKey(request) : methodNotAllowed("POST");

    static const QStringList authenticated{QStringLiteral("/chat/completions"),
                                           QStringLiteral("/images"),
                                           QStringLiteral("/key"),
                                           QStringLiteral("/auth/key"),
                                           QStringLiteral("/credits"),
                                           QStringLiteral("/generation"),
                                           QStringLiteral("/activity")};
    if (!authenticated.contains(sub))
        return notFound();
    const bool inference =
        sub == QLatin1String("/chat/completions") || sub == QLatin1String("/images");
    if (inference != post)
        return methodNotAllowed(inference ? "POST" : "GET");

    const QByteArray authorization = request.header("authorization").trimmed();
    const QByteArray apiKey =
        authorization.size() > 7 && authorization.left(7).toLower() == "bearer "
            ? authorization.mid(7).trimmed()
            : QByteArray();
    if (apiKey.isEmpty())
        return Reply::json(401, state.errors.captured(QStringLiteral("401_no_cookie_auth")));
    if (apiKey.startsWith("sk-or-bad"))
        return Reply::json(401, state.errors.captured(QStringLiteral("401_user_not_found")));
    if (inference && AccountRoutes::isBroke(apiKey))
        return Reply::json(402, state.errors.captured(QStringLiteral("402_insufficient_credits")));

    if (sub == QLatin1String("/chat/completions"))
        return chat.handle(request);
    if (sub == QLatin1String("/images"))
        return images.generate(request);
    if (sub == QLatin1String("/key") || sub == QLatin1String("/auth/key"))
        return account.key(apiKey);
    if (sub == QLatin1String("/credits"))
        return account.credits(apiKey);
    if (sub == QLatin1String("/activity"))
        return account.activity(apiKey, request);
    return account.generation(request);
}

FakeOpenRouter::FakeOpenRouter(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {}

FakeOpenRouter::~FakeOpenRouter() {
    // Connections and their writers call back into d; end them while d is still alive.
    d->server.reset();
    for (const QPointer<HttpConnection> &c : std::as_const(d->connections))
        delete c.data();
    d->connections.clear();
}

bool FakeOpenRouter::listen(quint16 port) {
    d->server = std::make_unique<QTcpServer>();
    connect(d->server.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->server->nextPendingConnection()) {
            ++d->accepted;
            auto *connection = new HttpConnection(socket, d->limits, kIdleTimeoutMs, this);
            d->connections.removeAll(nullptr);
            d->connections.append(connection);
            connect(connection, &HttpConnection::requestReady, this,
                    [this](HttpConnection *c, const HttpRequest &http) {
                        const RecordedRequest request = record(http);
                        if (d->requests.size() >= kMaxRecorded)
                            d->requests.removeFirst();
                        d->requests.append(request);
                        emit requestReceived(request);
                        if (!c)
                            return;
                        Reply reply = d->route(request);
                        if (http.versionMinor == 0) // no chunked coding for HTTP/1.0 clients
                            reply.framing = Reply::Framing::ContentLength;
                        auto *writer =
                            new ResponseWriter(c, std::move(reply), http.keepAlive, kHangCapMs);
                        writer->start();
                    });
            connection->start();
        }
    });
    if (!d->server->listen(QHostAddress::LocalHost, port)) {
        qWarning("fake-openrouter: cannot listen on 127.0.0.1:%u: %s", port,
                 qPrintable(d->server->errorString()));
        d->server.reset();
        return false;
    }
    return true;
}

quint16 FakeOpenRouter::port() const {
    return d->server ? d->server->serverPort() : 0;
}

QUrl FakeOpenRouter::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port()));
}

QUrl FakeOpenRouter::authUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/auth").arg(port()));
}

void FakeOpenRouter::setFixturesDir(const QString &dir) {
    d->state.fixturesDir = dir;
    d->state.catalog.setFixturesDir(dir);
    d->state.errors.setFixturesDir(dir);
    d->gzipCache.clear();
}

QString FakeOpenRouter::fixturesDir() const {
    return d->state.fixturesDir;
}
void FakeOpenRouter::setTokenDelayMs(int ms) {
    d->state.tokenDelayMs = std::max(0, ms);
}
void FakeOpenRouter::setSlowDelayMs(int ms) {
    d->state.slowDelayMs = std::max(0, ms);
}
void FakeOpenRouter::setPaddingUnits(int n) {
    d->state.paddingUnits = std::max(0, n);
}
void FakeOpenRouter::setPaddingDelayMs(int ms) {
    d->state.paddingDelayMs = std::max(0, ms);
}
void FakeOpenRouter::setHugeImageBytes(qint64 n) {
    d->state.hugeImageBytes = std::max<qint64>(0, n);
}
void FakeOpenRouter::setProcessingComments(int n) {
    d->state.processingComments = std::max(0, n);
}
void FakeOpenRouter::setAuthCodeLifetimeMs(qint64 ms) {
    d->state.authCodeLifetimeMs = ms;
}
void FakeOpenRouter::setDropBeforeCount(int n) {
    d->state.dropBeforeCount = std::max(0, n);
}
int FakeOpenRouter::dropBeforeCount() const {
    return d->state.dropBeforeCount;
}
void FakeOpenRouter::setMaxRequestBodyBytes(qint64 n) {
    d->limits.maxBodyBytes = n;
}
int FakeOpenRouter::tokenDelayMs() const {
    return d->state.tokenDelayMs;
}
int FakeOpenRouter::slowDelayMs() const {
    return d->state.slowDelayMs;
}
int FakeOpenRouter::paddingUnits() const {
    return d->state.paddingUnits;
}
int FakeOpenRouter::paddingDelayMs() const {
    return d->state.paddingDelayMs;
}
qint64 FakeOpenRouter::hugeImageBytes() const {
    return d->state.hugeImageBytes;
}
int FakeOpenRouter::processingComments() const {
    return d->state.processingComments;
}
bool FakeOpenRouter::servesFixtureModels() const {
    return d->state.catalog.usingFixtures();
}

void FakeOpenRouter::registerAuthCode(const QString &code, const QString &codeChallenge,
                                      const QString &method) {
    d->state.authCodes.insert(code, {codeChallenge, method, QDateTime::currentMSecsSinceEpoch()});
}

int FakeOpenRouter::connectionCount() const {
    int n = 0;
    for (const QPointer<HttpConnection> &c : std::as_const(d->connections))
        n += c && c->isOpen() ? 1 : 0;
    return n;
}

int FakeOpenRouter::acceptedConnections() const {
    return d->accepted;
}
QList<RecordedRequest> FakeOpenRouter::requests() const {
    return d->requests;
}

RecordedRequest FakeOpenRouter::lastRequest() const {
    return d->requests.isEmpty() ? RecordedRequest() : d->requests.last();
}

int FakeOpenRouter::requestCount(const QString &path) const {
    if (path.isEmpty())
        return static_cast<int>(d->requests.size());
    const QString full =
        path.startsWith(QLatin1String("/api/v1/")) || path == QLatin1String("/auth")
            ? path
            : QStringLiteral("/api/v1") + path;
    return static_cast<int>(
        std::count_if(d->requests.cbegin(), d->requests.cend(),
                      [&](const RecordedRequest &r) { return r.path == full; }));
}

void FakeOpenRouter::clearRequests() {
    d->requests.clear();
}

void FakeOpenRouter::setCatalogVariant(CatalogVariant variant) {
    d->state.catalog.setVariant(variant);
}

CatalogVariant FakeOpenRouter::catalogVariant() const {
    return d->state.catalog.variant();
}

void FakeOpenRouter::backdateGenerations(qint64 ms) {
    for (GenerationRecord &g : d->state.generations)
        g.createdAtMs -= ms;
}

void FakeOpenRouter::reset() {
    d->state.catalog.setVariant(CatalogVariant::Normal);
    d->requests.clear();
    d->state.faultCounters.clear();
    for (GenerationRecord &g : d->state.generations)
        g.lookups = 0;
}

} // namespace orc::fake
