#include "RequestBuilder.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace orc {

QByteArray HttpRequest::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers)
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject HttpRequest::toRedactedJson() const {
    QJsonObject headerObject;
    for (const auto &[key, value] : headers) {
        const bool secret = QByteArrayView(key).compare("Authorization", Qt::CaseInsensitive) == 0;
        headerObject.insert(QString::fromLatin1(key),
                            secret ? QString::fromLatin1(RequestBuilder::kRedactedAuthorization)
                                   : QString::fromUtf8(value));
    }
    QJsonObject o{{u"method"_s, QString::fromLatin1(method)},
                  {u"url"_s, url.toString(QUrl::FullyEncoded)},
                  {u"headers"_s, headerObject}};
    if (!body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject())
            o.insert(u"body"_s, doc.object());
        else
            o.insert(u"body"_s, QString::fromUtf8(body));
    }
    return o;
}

namespace RequestBuilder {

QByteArray userAgent() {
    return QByteArrayLiteral("ORStudio/" ORC_VERSION);
}

HttpRequest build(const ClientConfig &config, const PreparedRequest &request) {
    HttpRequest r;
    r.method = request.method();
    r.url = config.endpoint(request.path());
    if (!request.query().isEmpty())
        r.url.setQuery(request.query());
    r.body = request.body();
    const auto add = [&r](const char *name, const QByteArray &value) {
        r.headers.append({QByteArray(name), value});
    };
    if (!config.apiKey.isEmpty() && request.sendsKey())
        add("Authorization", "Bearer " + config.apiKey.toUtf8());
    add("HTTP-Referer", config.referer.toUtf8());
    add("X-Title", config.title.toUtf8());
    add("X-OpenRouter-Title", config.title.toUtf8());
    add("User-Agent", userAgent());
    add("Accept", request.streaming() ? QByteArrayLiteral("text/event-stream")
                                      : QByteArrayLiteral("application/json"));
    if (!r.body.isEmpty())
        add("Content-Type", QByteArrayLiteral("application/json"));
    return r;
}

} // namespace RequestBuilder

} // namespace orc
