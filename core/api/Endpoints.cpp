#include "Endpoints.h"

#include "api/ChatCodec.h"
#include "api/ImageCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
const QString kChallengeMethod = u"S256"_s;
} // namespace

PreparedRequest Endpoints::get(const QString &path, const QUrlQuery &query, bool needsKey) {
    PreparedRequest r;
    r.m_method = QByteArrayLiteral("GET");
    r.m_path = path;
    r.m_query = query;
    r.m_needsKey = needsKey;
    return r;
}

PreparedRequest Endpoints::post(const QString &path, QByteArray body, bool streaming) {
    PreparedRequest r;
    r.m_method = QByteArrayLiteral("POST");
    r.m_path = path;
    r.m_body = std::move(body);
    r.m_streaming = streaming;
    return r;
}

PreparedRequest Endpoints::chatCompletions(const ChatRequest &request) {
    return post(u"/chat/completions"_s, ChatCodec::encodeRequestBytes(request), request.stream);
}

PreparedRequest Endpoints::images(const ImageRequest &request, int n, bool stream) {
    return post(u"/images"_s, ImageCodec::encodeImagesRequestBytes(request, n, stream), stream);
}

PreparedRequest Endpoints::imageModels() {
    return get(u"/images/models"_s, {}, false);
}

PreparedRequest Endpoints::models() {
    QUrlQuery query;
    query.addQueryItem(u"output_modalities"_s, u"all"_s);
    return get(u"/models"_s, query, false);
}

PreparedRequest Endpoints::modelEndpoints(const QString &modelId) {
    // "author/slug" as it is: ids are URL-safe ([a-z0-9._:~-] and one '/')
    return get(u"/models/%1/endpoints"_s.arg(modelId.trimmed()), {}, false);
}

PreparedRequest Endpoints::providers() {
    return get(u"/providers"_s, {}, false);
}

PreparedRequest Endpoints::zdrEndpoints() {
    return get(u"/endpoints/zdr"_s, {}, false);
}

PreparedRequest Endpoints::key() {
    return get(u"/key"_s);
}

PreparedRequest Endpoints::credits() {
    return get(u"/credits"_s);
}

PreparedRequest Endpoints::generation(const QString &id) {
    QUrlQuery query;
    query.addQueryItem(u"id"_s, id);
    return get(u"/generation"_s, query);
}

PreparedRequest Endpoints::activity(const QDate &date) {
    QUrlQuery query;
    if (date.isValid())
        query.addQueryItem(u"date"_s, date.toString(Qt::ISODate));
    return get(u"/activity"_s, query);
}

QUrl Endpoints::authorizeUrl(const QUrl &baseUrl, const QUrl &callbackUrl,
                             const QString &codeChallenge, const QString &keyLabel) {
    // The consent page lives on the site, not under the API path.
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setPath(u"/auth"_s);
    QUrlQuery query;
    query.addQueryItem(u"callback_url"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(callbackUrl.toString())));
    query.addQueryItem(u"code_challenge"_s, codeChallenge);
    query.addQueryItem(u"code_challenge_method"_s, kChallengeMethod);
    if (!keyLabel.isEmpty())
        query.addQueryItem(u"key_label"_s, QString::fromLatin1(QUrl::toPercentEncoding(keyLabel)));
    url.setQuery(query);
    return url;
}

PreparedRequest Endpoints::authKeys(const QString &code, const QString &codeVerifier) {
    PreparedRequest r = post(
        u"/auth/keys"_s, QJsonDocument(QJsonObject{{u"code"_s, code},
                                                   {u"code_verifier"_s, codeVerifier},
                                                   {u"code_challenge_method"_s, kChallengeMethod}})
                             .toJson(QJsonDocument::Compact));
    r.m_needsKey = false;
    r.m_sendsKey = false;
    return r;
}

} // namespace orc
