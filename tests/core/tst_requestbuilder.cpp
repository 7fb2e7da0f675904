// The one request builder: Endpoints prepares every request, RequestBuilder gives it its URL
// and headers, and what ApiCall sends is exactly what describe() shows (checked against what
// the fake server received).
#include "ClientFixture.h"
#include "api/ApiCall.h"
#include "api/ChatCodec.h"
#include "api/Endpoints.h"
#include "api/ImageCodec.h"
#include "api/ImageJob.h"
#include "api/OpenRouterClient.h"
#include "api/RequestBuilder.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace orc;
using orc::test::kKey;
using namespace Qt::StringLiterals;

namespace {

ClientConfig offline(const QString &key = kKey) {
    ClientConfig c;
    c.baseUrl = QUrl(u"https://example.test/api/v1/"_s);
    c.apiKey = key;
    return c;
}

QList<QByteArray> headerNames(const HttpRequest &r) {
    QList<QByteArray> names;
    for (const auto &[name, value] : r.headers)
        names << name;
    return names;
}

// Headers Qt's transport adds by itself.
const QSet<QByteArray> kTransportHeaders = {"host", "connection", "content-length",
                                            "accept-encoding", "accept-language"};

} // namespace

class TestRequestBuilder : public QObject, public test::ClientFixture {
    Q_OBJECT

    // Fails unless the fake server received `built`: same method, path, query, body and
    // headers, and no header the builder did not set apart from the transport's own.
    void verifySent(const HttpRequest &built, const fake::RecordedRequest &sent) {
        QCOMPARE(sent.method, built.method);
        QCOMPARE(sent.path, built.url.path());
        QCOMPARE(sent.query.toString(QUrl::FullyEncoded),
                 QUrlQuery(built.url).toString(QUrl::FullyEncoded));
        QCOMPARE(sent.body, built.body);
        QSet<QByteArray> names;
        for (const auto &[name, value] : built.headers) {
            names.insert(name.toLower());
            QCOMPARE(sent.header(name), value);
        }
        for (auto it = sent.headers.begin(); it != sent.headers.end(); ++it)
            QVERIFY2(names.contains(it.key()) || kTransportHeaders.contains(it.key()),
                     it.key().constData());
    }

private slots:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { m_server.reset(); }

    void headersOfAJsonCall() {
        const HttpRequest r = RequestBuilder::build(offline(), Endpoints::key());
        QCOMPARE(r.method, "GET"_ba);
        QCOMPARE(r.url, QUrl(u"https://example.test/api/v1/key"_s));
        QCOMPARE(headerNames(r), (QList<QByteArray>{"Authorization", "HTTP-Referer", "X-Title",
                                                    "X-OpenRouter-Title", "User-Agent", "Accept"}));
        QCOMPARE(r.header("authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(r.header("HTTP-Referer"), ClientConfig::defaultReferer().toUtf8());
        QCOMPARE(r.header("X-Title"), "OR Studio"_ba);
        QCOMPARE(r.header("X-OpenRouter-Title"), "OR Studio"_ba);
        QCOMPARE(r.header("User-Agent"), "ORStudio/" ORC_VERSION ""_ba);
        QCOMPARE(r.header("Accept"), "application/json"_ba);
        QVERIFY(r.body.isEmpty());
    }

    void headersOfAStreamWithABody() {
        ChatRequest chat = request(u"fake/echo"_s, true);
        const HttpRequest r = RequestBuilder::build(offline(), Endpoints::chatCompletions(chat));
        QCOMPARE(r.method, "POST"_ba);
        QCOMPARE(r.url, QUrl(u"https://example.test/api/v1/chat/completions"_s));
        QCOMPARE(r.header("Accept"), "text/event-stream"_ba);
        QCOMPARE(r.header("Content-Type"), "application/json"_ba);
        QCOMPARE(r.body, ChatCodec::encodeRequestBytes(chat));
        chat.stream = false;
        QCOMPARE(
            RequestBuilder::build(offline(), Endpoints::chatCompletions(chat)).header("Accept"),
            "application/json"_ba);
    }

    void keyOnlyWhenThereIsOneAndTheEndpointTakesIt() {
        QVERIFY(RequestBuilder::build(offline(u""_s), Endpoints::credits())
                    .header("Authorization")
                    .isEmpty());
        const PreparedRequest exchange = Endpoints::authKeys(u"c0de"_s, u"v"_s.repeated(43));
        QVERIFY(!exchange.needsKey());
        QVERIFY(!exchange.sendsKey());
        QVERIFY(RequestBuilder::build(offline(), exchange).header("Authorization").isEmpty());
        QVERIFY(!Endpoints::models().needsKey());
        QVERIFY(!Endpoints::imageModels().needsKey());
        QVERIFY(Endpoints::generation(u"g"_s).needsKey());
    }

    void queriesAreEncoded() {
        const HttpRequest g =
            RequestBuilder::build(offline(), Endpoints::generation(u"gen-1 2&x=y"_s));
        QCOMPARE(g.url.toString(QUrl::FullyEncoded),
                 u"https://example.test/api/v1/generation?id=gen-1%202%26x%3Dy"_s);
        QCOMPARE(RequestBuilder::build(offline(), Endpoints::models()).url.toString(),
                 u"https://example.test/api/v1/models?output_modalities=all"_s);
    }

    void redactedJsonHidesOnlyTheKey() {
        const HttpRequest r =
            RequestBuilder::build(offline(), Endpoints::chatCompletions(request(u"a/b"_s)));
        const QJsonObject o = r.toRedactedJson();
        QCOMPARE(o.value("method"_L1).toString(), u"POST"_s);
        QCOMPARE(o.value("url"_L1).toString(), u"https://example.test/api/v1/chat/completions"_s);
        const QJsonObject headers = o.value("headers"_L1).toObject();
        QCOMPARE(headers.size(), r.headers.size());
        QCOMPARE(headers.value("Authorization"_L1).toString(), u"Bearer [redacted]"_s);
        for (const auto &[name, value] : r.headers)
            if (name != "Authorization")
                QCOMPARE(headers.value(QString::fromLatin1(name)).toString(),
                         QString::fromUtf8(value));
        QCOMPARE(o.value("body"_L1).toObject(), QJsonDocument::fromJson(r.body).object());
        QVERIFY(!QJsonDocument(o).toJson().contains(kKey.toUtf8()));
    }

    void imageRequestsFollowTheRoute() {
        ImageRequest image;
        image.model = u"m/img"_s;
        image.prompt = u"a lighthouse"_s;
        image.count = 3;
        ImageRoute route;
        route.model = image.model;
        route.api = ImageApi::ChatCompletions;
        route.modalities = {u"image"_s};
        route.stream = true;
        PreparedRequest r = ImageJob::requestFor(image, route);
        QCOMPARE(r.path(), u"/chat/completions"_s);
        QVERIFY(r.streaming());
        QCOMPARE(QJsonDocument::fromJson(r.body()).object(),
                 ImageCodec::encodeChatRequest(image, route.modalities));
        route.api = ImageApi::ImagesEndpoint;
        route.nativeCount = true;
        route.stream = false;
        r = ImageJob::requestFor(image, route);
        QCOMPARE(r.path(), u"/images"_s);
        QVERIFY(!r.streaming());
        QCOMPARE(QJsonDocument::fromJson(r.body()).object(),
                 ImageCodec::encodeImagesRequest(image, 3, false));
        route.nativeCount = false; // one image per call
        QCOMPARE(QJsonDocument::fromJson(ImageJob::requestFor(image, route).body()).object(),
                 ImageCodec::encodeImagesRequest(image, 1, false));
    }

    void authorizeUrl_data() {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QUrl>("page");
        QTest::newRow("openrouter")
            << QUrl(u"https://openrouter.ai/api/v1"_s) << QUrl(u"https://openrouter.ai/auth"_s);
        QTest::newRow("fake") << QUrl(u"http://127.0.0.1:4321/api/v1/"_s)
                              << QUrl(u"http://127.0.0.1:4321/auth"_s);
        QTest::newRow("query dropped") << QUrl(u"https://user@example.com/x/api?y=1#z"_s)
                                       << QUrl(u"https://example.com/auth"_s);
    }
    void authorizeUrl() {
        QFETCH(QUrl, base);
        QFETCH(QUrl, page);
        const QUrl callback(u"http://localhost:5555/callback"_s);
        const QUrl url = Endpoints::authorizeUrl(base, callback, u"chal"_s, u"My key"_s);
        QCOMPARE(url.adjusted(QUrl::RemoveQuery), page);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"callback_url"_s, QUrl::FullyDecoded), callback.toString());
        QCOMPARE(query.queryItemValue(u"code_challenge"_s), u"chal"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"key_label"_s, QUrl::FullyDecoded), u"My key"_s);
        QVERIFY(!QUrlQuery(Endpoints::authorizeUrl(base, callback, u"c"_s))
                     .hasQueryItem(u"key_label"_s));
    }

    // What describe() shows is what goes on the wire, for every kind of request.
    void sentEqualsDescribed_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("key") << 0;
        QTest::newRow("credits") << 1;
        QTest::newRow("models") << 2;
        QTest::newRow("generation") << 3;
        QTest::newRow("chat") << 4;
        QTest::newRow("chat stream") << 5;
        QTest::newRow("images") << 6;
        QTest::newRow("image models") << 7;
        QTest::newRow("auth keys") << 8;
    }
    void sentEqualsDescribed() {
        QFETCH(int, which);
        ImageRequest image;
        image.model = u"fake/image"_s;
        image.prompt = u"dots"_s;
        const PreparedRequest requests[] = {
            Endpoints::key(),
            Endpoints::credits(),
            Endpoints::models(),
            Endpoints::generation(u"gen-none yet"_s),
            Endpoints::chatCompletions(request(u"fake/echo"_s, false)),
            Endpoints::chatCompletions(request(u"fake/echo"_s, true)),
            Endpoints::images(image, 1, false),
            Endpoints::imageModels(),
            Endpoints::authKeys(u"no-such-code"_s, u"v"_s.repeated(43)),
        };
        OpenRouterClient client(config());
        const PreparedRequest &prepared = requests[which];
        ApiCall *call = client.send(prepared);
        const HttpRequest described = client.describe(prepared);
        QCOMPARE(call->httpRequest().headers, described.headers);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(m_server.requestCount() >= 1);
        verifySent(described, m_server.requests().constFirst());
        delete call;
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
