// The fake server's account routes: auth by key, /key, /credits, /generation, OAuth PKCE, and
// the captured error bodies (built-in copies must equal the fixture files byte for byte).
#include "FakeOpenRouter.h"
#include "HttpProbe.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using orc::fake::FakeOpenRouter;
using orc::fake::test::HttpProbe;
using orc::fake::test::ProbeResult;

namespace {

QString challengeFor(const QByteArray &verifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QByteArray kVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"; // 43 characters

} // namespace

class TestFakeServerAccount : public QObject {
    Q_OBJECT

    FakeOpenRouter m_server;
    std::unique_ptr<HttpProbe> m_probe;

    ProbeResult exchange(const QString &code, const QByteArray &verifier,
                         const QString &method = QStringLiteral("S256")) {
        return m_probe->post(QStringLiteral("/auth/keys"),
                             {{QStringLiteral("code"), code},
                              {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
                              {QStringLiteral("code_challenge_method"), method}});
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_probe = std::make_unique<HttpProbe>(m_server.baseUrl());
    }
    void init() {
        m_server.reset();
        m_server.setFixturesDir(QString());
        m_server.setAuthCodeLifetimeMs(10 * 60 * 1000);
    }

    void authByKey_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("post");
        QTest::newRow("chat") << QStringLiteral("/chat/completions") << true;
        QTest::newRow("images") << QStringLiteral("/images") << true;
        QTest::newRow("key") << QStringLiteral("/key") << false;
        QTest::newRow("credits") << QStringLiteral("/credits") << false;
        QTest::newRow("generation") << QStringLiteral("/generation?id=gen-1") << false;
    }
    void authByKey() {
        QFETCH(QString, path);
        QFETCH(bool, post);
        const auto call = [&](const HttpProbe::Headers &headers) {
            return post ? m_probe->post(path,
                                        HttpProbe::chatBody(QStringLiteral("fake/echo"), false),
                                        headers)
                        : m_probe->get(path, headers);
        };
        ProbeResult r = call({});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body,
                 QByteArray(R"({"error":{"message":"No cookie auth credentials found","code":401}})"
                            "\n"));
        QCOMPARE(call({{"Authorization", "Basic abc"}}).status, 401);
        QCOMPARE(call({{"Authorization", "Bearer "}}).status, 401);
        r = call({{"Authorization", HttpProbe::auth("sk-or-bad-123")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorMessage(), QStringLiteral("User not found."));
        r = call({{"Authorization", HttpProbe::auth("sk-or-broke-123")}});
        if (post) {
            QCOMPARE(r.status, 402);
            QVERIFY(r.errorMessage().startsWith(QStringLiteral("Insufficient credits.")));
        } else {
            QVERIFY(r.status == 200 || r.status == 404); // account calls still work when broke
        }
        QVERIFY(call({{"authorization", "bearer " + QByteArray(HttpProbe::kKey)}}).status != 401);
    }

    void keyAndCredits() {
        const HttpProbe::Headers auth{{"Authorization", HttpProbe::auth()}};
        ProbeResult r = m_probe->get(QStringLiteral("/key"), auth);
        QCOMPARE(r.status, 200);
        QJsonObject data = r.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("label")).toString(),
                 QStringLiteral("sk-or-v1-00...000"));
        QCOMPARE(data.value(QStringLiteral("limit")).toDouble(), 100.0);
        QCOMPARE(data.value(QStringLiteral("limit_remaining")).toDouble(), 74.5);
        QVERIFY(data.contains(QStringLiteral("is_free_tier")));
        QCOMPARE(m_probe->get(QStringLiteral("/auth/key"), auth).json(), r.json()); // older alias

        r = m_probe->get(QStringLiteral("/credits"), auth);
        QCOMPARE(r.json().value(QStringLiteral("data")).toObject(),
                 (QJsonObject{{QStringLiteral("total_credits"), 100.5},
                              {QStringLiteral("total_usage"), 25.75}}));

        const HttpProbe::Headers broke{
            {"Authorization", HttpProbe::auth("sk-or-broke-0123456789")}};
        data = m_probe->get(QStringLiteral("/key"), broke)
                   .json()
                   .value(QStringLiteral("data"))
                   .toObject();
        QCOMPARE(data.value(QStringLiteral("limit_remaining")).toDouble(), 0.0);
        data = m_probe->get(QStringLiteral("/credits"), broke)
                   .json()
                   .value(QStringLiteral("data"))
                   .toObject();
        QCOMPARE(data.value(QStringLiteral("total_credits")).toDouble(), 0.0);
    }

    void keyFromFixture() {
        if (!orc::test::hasFixtures())
            QSKIP(orc::test::kNoFixturesMessage);
        m_server.setFixturesDir(orc::test::fixturesDir());
        QJsonObject expected =
            QJsonDocument::fromJson(orc::test::readFixture(QStringLiteral("key.json")))
                .object()
                .value(QStringLiteral("data"))
                .toObject();
        expected.insert(QStringLiteral("label"), QStringLiteral("sk-or-v1-00...000"));
        const ProbeResult r =
            m_probe->get(QStringLiteral("/key"), {{"Authorization", HttpProbe::auth()}});
        QCOMPARE(r.json().value(QStringLiteral("data")).toObject(), expected);
    }

    void generationLookup() {
        const ProbeResult chat = m_probe->chat(
            HttpProbe::chatBody(QStringLiteral("openai/gpt-4o-mini"), false), HttpProbe::kKey);
        const QString id = chat.json().value(QStringLiteral("id")).toString();
        const QJsonObject usage = chat.json().value(QStringLiteral("usage")).toObject();
        const HttpProbe::Headers auth{{"Authorization", HttpProbe::auth()},
                                      {"HTTP-Referer", "https://example.org/app"}};
        const QString path = QStringLiteral("/generation?id=") + id;
        ProbeResult r = m_probe->get(path, auth);
        QCOMPARE(r.status, 404); // not recorded yet, like the real service right after a call
        r = m_probe->get(path, auth);
        QCOMPARE(r.status, 200);
        const QJsonObject data = r.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(data.value(QStringLiteral("model")).toString(),
                 QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(data.value(QStringLiteral("provider_name")).toString(), QStringLiteral("OpenAI"));
        QCOMPARE(data.value(QStringLiteral("total_cost")).toDouble(),
                 usage.value(QStringLiteral("cost")).toDouble());
        QCOMPARE(data.value(QStringLiteral("tokens_completion")).toInt(),
                 usage.value(QStringLiteral("completion_tokens")).toInt());
        QCOMPARE(data.value(QStringLiteral("tokens_prompt")).toInt(),
                 usage.value(QStringLiteral("prompt_tokens")).toInt());
        QCOMPARE(data.value(QStringLiteral("streamed")).toBool(), false);
        QCOMPARE(data.value(QStringLiteral("cancelled")).toBool(), false);
        QCOMPARE(data.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QVERIFY(data.contains(QStringLiteral("provider_responses")));
        QVERIFY(QDateTime::fromString(data.value(QStringLiteral("created_at")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(m_probe->get(path, auth).status, 200);

        m_server.reset(); // lookups start over
        QCOMPARE(m_probe->get(path, auth).status, 404);
        QCOMPARE(m_probe->get(QStringLiteral("/generation?id=gen-0-nope"), auth).status, 404);
        QCOMPARE(m_probe->get(QStringLiteral("/generation?id=gen-0-nope"), auth).status, 404);
        QCOMPARE(m_probe->get(QStringLiteral("/generation"), auth).status, 400);
    }

    void generationOfCancelledStream() {
        m_server.setSlowDelayMs(40);
        QString id;
        const ProbeResult r = m_probe->send(
            "POST", m_probe->url(QStringLiteral("/chat/completions")),
            QJsonDocument(HttpProbe::chatBody(QStringLiteral("fault/slow"), true)).toJson(),
            {{"Authorization", HttpProbe::auth()}, {"Content-Type", "application/json"}}, 10000,
            [&](const ProbeResult &so) {
                static const QRegularExpression pattern(QStringLiteral("\"id\":\"(gen-[^\"]+)\""));
                const auto m = pattern.match(QString::fromUtf8(so.body));
                if (m.hasMatch())
                    id = m.captured(1);
                return id.isEmpty(); // abort as soon as the first chunk is there
            });
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        QVERIFY(!id.isEmpty());
        const HttpProbe::Headers auth{{"Authorization", HttpProbe::auth()}};
        QTest::qWait(200);
        m_probe->get(QStringLiteral("/generation?id=") + id, auth);
        const QJsonObject data = m_probe->get(QStringLiteral("/generation?id=") + id, auth)
                                     .json()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        QCOMPARE(data.value(QStringLiteral("streamed")).toBool(), true);
        QCOMPARE(data.value(QStringLiteral("cancelled")).toBool(), true);
        m_server.setSlowDelayMs(200);
    }

    void pkceExchange() {
        m_server.registerAuthCode(QStringLiteral("code-1"), challengeFor(kVerifier));
        ProbeResult r =
            exchange(QStringLiteral("code-1"), "wrong-verifier-wrong-verifier-wrong-verifier");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorMessage(), QStringLiteral("Invalid code or code_verifier"));
        r = exchange(QStringLiteral("code-1"), kVerifier, QStringLiteral("plain"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorMessage(), QStringLiteral("Invalid code_challenge_method"));
        r = exchange(QStringLiteral("code-1"), kVerifier);
        QCOMPARE(r.status, 200);
        static const QRegularExpression key(QStringLiteral("^sk-or-v1-[0-9a-f]{64}$"));
        QVERIFY(key.match(r.json().value(QStringLiteral("key")).toString()).hasMatch());
        QVERIFY(r.json()
                    .value(QStringLiteral("user_id"))
                    .toString()
                    .startsWith(QStringLiteral("user_")));
        QCOMPARE(m_server.lastRequest().header("authorization"), QByteArray()); // no key needed
        QCOMPARE(exchange(QStringLiteral("code-1"), kVerifier).status, 403);    // single use
        QCOMPARE(exchange(QStringLiteral("never-issued"), kVerifier).status, 403);

        m_server.registerAuthCode(QStringLiteral("plain-1"), QString::fromLatin1(kVerifier),
                                  QStringLiteral("plain"));
        QCOMPARE(exchange(QStringLiteral("plain-1"), kVerifier, QStringLiteral("plain")).status,
                 200);

        m_server.setAuthCodeLifetimeMs(-1);
        m_server.registerAuthCode(QStringLiteral("old"), challengeFor(kVerifier));
        r = exchange(QStringLiteral("old"), kVerifier);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorMessage(), QStringLiteral("Authorization code expired"));
        QCOMPARE(m_probe->get(QStringLiteral("/auth/keys")).status, 405);
    }

    void authPageIssuesCodes() {
        QUrl page = m_server.authUrl();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("callback_url"),
                       QStringLiteral("http://localhost:3000/callback"));
        q.addQueryItem(QStringLiteral("code_challenge"), challengeFor(kVerifier));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        page.setQuery(q);
        ProbeResult r = m_probe->send("GET", page, {}, {}, 5000);
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromLatin1(r.header("location")));
        QCOMPARE(location.host(), QStringLiteral("localhost"));
        QCOMPARE(location.port(), 3000);
        QCOMPARE(location.path(), QStringLiteral("/callback"));
        const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        QCOMPARE(exchange(code, kVerifier).status, 200);

        // headless: no callback, the page shows the code
        page.setQuery(QStringLiteral("code_challenge=%1&code_challenge_method=S256")
                          .arg(challengeFor(kVerifier)));
        r = m_probe->send("GET", page, {}, {}, 5000);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        static const QRegularExpression shown(QStringLiteral("<code id=\"code\">([^<]+)</code>"));
        const auto match = shown.match(QString::fromUtf8(r.body));
        QVERIFY(match.hasMatch());
        QCOMPARE(exchange(match.captured(1), "x" + kVerifier).status, 403);
        page.setQuery(QString());
        QCOMPARE(m_probe->send("GET", page, {}, {}, 5000).status,
                 400); // neither callback nor challenge
    }

    void capturedErrorBodiesMatchFixtures_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("status");
        QTest::newRow("no auth") << QStringLiteral("401_no_cookie_auth")
                                 << QStringLiteral("fake/echo") << QByteArray() << 401;
        QTest::newRow("bad key") << QStringLiteral("401_user_not_found")
                                 << QStringLiteral("fake/echo") << QByteArray("sk-or-bad-1") << 401;
        QTest::newRow("broke") << QStringLiteral("402_insufficient_credits")
                               << QStringLiteral("fake/echo") << QByteArray("sk-or-broke-1") << 402;
        QTest::newRow("fault/400")
            << QStringLiteral("400_provider_error_anthropic") << QStringLiteral("fault/400")
            << QByteArray(HttpProbe::kKey) << 400;
        QTest::newRow("fault/429-twice")
            << QStringLiteral("429_upstream_rate_limited") << QStringLiteral("fault/429-twice")
            << QByteArray(HttpProbe::kKey) << 429;
    }
    void capturedErrorBodiesMatchFixtures() {
        QFETCH(QString, file);
        QFETCH(QString, model);
        QFETCH(QByteArray, key);
        QFETCH(int, status);
        const ProbeResult builtin = m_probe->chat(HttpProbe::chatBody(model, true), key);
        QCOMPARE(builtin.status, status);
        QVERIFY(!builtin.json().value(QStringLiteral("error")).toObject().isEmpty());
        if (!orc::test::hasFixtures())
            QSKIP(orc::test::kNoFixturesMessage);
        QCOMPARE(builtin.body, orc::test::readFixture(QStringLiteral("errors/%1.json").arg(file)));
        m_server.reset();
        m_server.setFixturesDir(orc::test::fixturesDir());
        const ProbeResult fromFixture = m_probe->chat(HttpProbe::chatBody(model, true), key);
        QCOMPARE(fromFixture.body, builtin.body);
    }

    void emptyInputUsesCapturedBody() {
        QJsonObject body = HttpProbe::chatBody(QStringLiteral("fake/echo"), false);
        body.remove(QStringLiteral("messages"));
        const ProbeResult r = m_probe->chat(body);
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.body,
            QByteArray(
                R"({"error":{"message":"Input must have at least 1 token.","code":400,"metadata":{"provider_name":null}}})"));
    }
};

QTEST_GUILESS_MAIN(TestFakeServerAccount)
#include "tst_fakeserver_account.moc"
