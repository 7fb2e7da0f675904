#pragma once

#include "api/ClientConfig.h"
#include "api/Endpoints.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <utility>

namespace orc {

// A concrete HTTP request as it goes on the wire (apart from what Qt's transport adds itself:
// Host, Connection, Content-Length, Accept-Encoding, Accept-Language).
struct HttpRequest {
    QByteArray method;
    QUrl url;                                         // with the query
    QList<std::pair<QByteArray, QByteArray>> headers; // in the order they are set
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent

    // What `orcli --dry-run` prints: {"method", "url", "headers": {name: value}, "body"} with
    // the key replaced by kRedactedAuthorization; a JSON body is shown as JSON.
    QJsonObject toRedactedJson() const;
};

// The one place a request gets its URL and headers: ApiCall sends what build() returns, and
// dry runs and --verbose show the same thing (OpenRouterClient::describe, ApiCall::httpRequest).
namespace RequestBuilder {

inline constexpr QByteArrayView kRedactedAuthorization = "Bearer [redacted]";

// Base URL + path + query; Authorization (when there is a key and the endpoint sends it),
// HTTP-Referer, X-Title, X-OpenRouter-Title, User-Agent, Accept (JSON, or text/event-stream
// for a stream) and Content-Type when there is a body.
HttpRequest build(const ClientConfig &config, const PreparedRequest &request);

QByteArray userAgent(); // "ORStudio/<version>"

} // namespace RequestBuilder

} // namespace orc
