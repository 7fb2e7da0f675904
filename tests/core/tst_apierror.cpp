#include "TestSupport.h"
#include "api/ClientConfig.h"
#include "api/ErrorCodec.h"
#include "domain/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

class TestApiError : public QObject {
    Q_OBJECT
private slots:
    void init() {
        qunsetenv("OPENROUTER_API_KEY");
        qunsetenv("SKILL_OPENROUTER_API_KEY");
        qunsetenv("OPENROUTER_BASE_URL");
    }

    void statusMapping_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("hintWord");
        QTest::newRow("400") << 400 << ApiError::Kind::BadRequest << false << u"invalid"_s;
        QTest::newRow("401") << 401 << ApiError::Kind::Auth << false << u"OPENROUTER_API_KEY"_s;
        QTest::newRow("402") << 402 << ApiError::Kind::Credits << false << u"credits"_s;
        QTest::newRow("403") << 403 << ApiError::Kind::Moderation << false << u"Rephrase"_s;
        QTest::newRow("404") << 404 << ApiError::Kind::NotFound << false << u"model id"_s;
        QTest::newRow("408") << 408 << ApiError::Kind::Server << true << u"408"_s;
        QTest::newRow("413") << 413 << ApiError::Kind::BadRequest << false << u"invalid"_s;
        QTest::newRow("422") << 422 << ApiError::Kind::BadRequest << false << u"invalid"_s;
        QTest::newRow("429") << 429 << ApiError::Kind::RateLimited << true << u"Rate limited"_s;
        QTest::newRow("500") << 500 << ApiError::Kind::Server << true << u"provider"_s;
        QTest::newRow("502") << 502 << ApiError::Kind::Server << true << u"502"_s;
        QTest::newRow("503") << 503 << ApiError::Kind::Server << true << u"503"_s;
        QTest::newRow("504") << 504 << ApiError::Kind::Server << true << u"504"_s;
        QTest::newRow("529") << 529 << ApiError::Kind::Server << true << u"529"_s;
    }
    void statusMapping() {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, hintWord);
        const QByteArray body =
            "{\"error\":{\"code\":" + QByteArray::number(status) + ",\"message\":\"boom\"}}";
        const ApiError e = ErrorCodec::fromHttpResponse(status, body, -1);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.message, u"boom"_s);
        QCOMPARE(e.code, QString::number(status));
        QVERIFY2(e.hint().contains(hintWord), qPrintable(e.hint()));
        QVERIFY(e.toString().startsWith(u"boom"_s));
        QCOMPARE(e.toJson().value("status"_L1).toInt(), status);
    }

    void realErrorBodies_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("provider");
        QTest::newRow("no-cookie")
            << u"errors/401_no_cookie_auth.json"_s << 401 << ApiError::Kind::Auth
            << u"No cookie auth credentials found"_s << QString() << QString();
        QTest::newRow("user-not-found")
            << u"errors/401_user_not_found.json"_s << 401 << ApiError::Kind::Auth
            << u"User not found."_s << QString() << QString();
        QTest::newRow("credits")
            << u"errors/402_insufficient_credits_with_metadata.json"_s << 402
            << ApiError::Kind::Credits
            << u"Insufficient credits. Add more using https://openrouter.ai/settings/credits"_s
            << QString() << QString();
        QTest::newRow("anthropic-raw")
            << u"errors/400_provider_error_anthropic.json"_s << 400 << ApiError::Kind::BadRequest
            << u"Provider returned error"_s
            << u"messages.0.content.1.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'"_s
            << u"Anthropic"_s;
        QTest::newRow("bedrock-raw")
            << u"errors/400_provider_error_bedrock.json"_s << 400 << ApiError::Kind::BadRequest
            << u"Provider returned error"_s
            << u"messages.0.content.1.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'"_s
            << u"Amazon Bedrock"_s;
        QTest::newRow("upstream-429")
            << u"errors/429_upstream_rate_limited.json"_s << 429 << ApiError::Kind::RateLimited
            << u"Provider returned error"_s
            << u"google/gemini-2.0-flash-exp:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations"_s
            << u"Google"_s;
    }
    void realErrorBodies() {
        if (!test::hasFixtures())
            QSKIP(test::kNoFixturesMessage);
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QFETCH(QString, provider);
        const ApiError e = ErrorCodec::fromHttpResponse(status, test::readFixture(file), -1);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.message, message);
        QCOMPARE(e.detail, detail);
        QCOMPARE(e.providerName, provider);
        if (!detail.isEmpty())
            QVERIFY(e.toString().contains(detail));
    }

    void moderationReasons() {
        if (!test::hasFixtures())
            QSKIP(test::kNoFixturesMessage);
        const ApiError e = ErrorCodec::fromHttpResponse(
            403, test::readFixture(u"errors/403_moderation.json"_s), -1);
        QCOMPARE(e.kind, ApiError::Kind::Moderation);
        QCOMPARE(e.reasons, (QStringList{u"violence"_s, u"hate"_s}));
        QCOMPARE(e.flaggedInput, u"The first 100 characters of flagged content..."_s);
        QCOMPARE(e.providerName, u"openai"_s);
        QVERIFY2(e.hint().contains(u"violence, hate"_s), qPrintable(e.hint()));
        QCOMPARE(e.toJson().value("reasons"_L1).toArray().size(), 2);
    }

    void midStreamErrorWithStringCode() {
        const QJsonObject err{{u"code"_s, u"server_error"_s},
                              {u"message"_s, u"Provider disconnected unexpectedly"_s}};
        const ApiError e = ErrorCodec::fromErrorObject(err, 0);
        QCOMPARE(e.code, u"server_error"_s);
        QCOMPARE(e.kind, ApiError::Kind::Server);
        QCOMPARE(e.message, u"Provider disconnected unexpectedly"_s);
    }

    void errorWith200UsesCode() {
        const ApiError e = ErrorCodec::fromErrorObject(
            QJsonObject{{u"code"_s, 429}, {u"message"_s, u"Rate limit exceeded"_s}}, 200);
        QCOMPARE(e.kind, ApiError::Kind::RateLimited);
        QCOMPARE(e.httpStatus, 429);
        QVERIFY(e.retryable);
    }

    void availabilityRetryAfter() {
        const QByteArray body =
            "{\"error\":{\"message\":\"no "
            "capacity\",\"error_type\":\"capacity_exhausted\",\"http_status\":429,\n"
            "            "
            "\"availability\":{\"code\":\"capacity_exhausted\",\"retryable\":true,\"retry_after\":"
            "7}}}";
        const ApiError e = ErrorCodec::fromHttpResponse(429, body, -1);
        QCOMPARE(e.retryAfterMs, 7000);
        QCOMPARE(e.errorType, u"capacity_exhausted"_s);
        QVERIFY(e.retryable);
        const ApiError header = ErrorCodec::fromHttpResponse(429, body, 2000);
        QCOMPARE(header.retryAfterMs, 2000);
        QVERIFY(header.hint().contains(u"2 s"_s));
    }

    void nonJsonBodies() {
        const ApiError html = ErrorCodec::fromHttpResponse(502, "<html>Bad gateway</html>", -1);
        QCOMPARE(html.kind, ApiError::Kind::Server);
        QCOMPARE(html.message, u"The server answered HTTP 502."_s);
        const ApiError text = ErrorCodec::fromHttpResponse(400, "  plain words  ", -1);
        QCOMPARE(text.message, u"The server answered HTTP 400: plain words"_s);
    }

    void redaction() {
        const QString key = u"sk-or-v1-0123456789abcdef"_s;
        ApiError e = ErrorCodec::fromHttpResponse(
            401, "{\"error\":{\"code\":401,\"message\":\"bad key sk-or-v1-0123456789abcdef\"}}",
            -1);
        e.redact(key);
        QVERIFY(!e.toString().contains(key));
        QVERIFY(!QJsonDocument(e.toJson()).toJson().contains(key.toUtf8()));
        QVERIFY(e.message.contains(u"[redacted key]"_s));
    }

    void configKeyPrecedence() {
        qputenv("SKILL_OPENROUTER_API_KEY", "sk-skill");
        ClientConfig c = ClientConfig::fromEnvironment();
        QCOMPARE(c.apiKey, u"sk-skill"_s);
        QCOMPARE(c.keySource, KeySource::EnvSkill);
        qputenv("OPENROUTER_API_KEY", " \"sk-env\"\n");
        c = ClientConfig::fromEnvironment({}, {}, u"sk-stored"_s);
        QCOMPARE(c.apiKey, u"sk-env"_s);
        QCOMPARE(c.keySource, KeySource::EnvOpenRouter);
        c = ClientConfig::fromEnvironment(u"sk-explicit"_s);
        QCOMPARE(c.apiKey, u"sk-explicit"_s);
        QCOMPARE(c.keySource, KeySource::Explicit);
        qunsetenv("OPENROUTER_API_KEY");
        qunsetenv("SKILL_OPENROUTER_API_KEY");
        c = ClientConfig::fromEnvironment({}, {}, u"'sk-stored'"_s);
        QCOMPARE(c.apiKey, u"sk-stored"_s);
        QCOMPARE(c.keySource, KeySource::Stored);
    }

    void configMissingKey() {
        const ClientConfig c = ClientConfig::fromEnvironment();
        QVERIFY(c.apiKey.isEmpty());
        const auto problem = c.validate(true);
        QVERIFY(problem);
        QCOMPARE(problem->kind, ApiError::Kind::Config);
        QVERIFY(problem->message.contains(u"OPENROUTER_API_KEY"_s));
        QVERIFY(problem->message.contains(u"https://openrouter.ai/keys"_s));
        QVERIFY(!c.validate(false)); // /models needs no key
    }

    void configBaseUrl_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default-https") << u"https://openrouter.ai/api/v1"_s << true;
        QTest::newRow("loopback-v4") << u"http://127.0.0.1:8080/api/v1"_s << true;
        QTest::newRow("loopback-v6") << u"http://[::1]:8080/api/v1"_s << true;
        QTest::newRow("localhost") << u"http://localhost:1234/api/v1"_s << true;
        QTest::newRow("plain-http-remote") << u"http://example.com/api/v1"_s << false;
        QTest::newRow("plain-http-lan") << u"http://192.168.1.10/api/v1"_s << false;
        QTest::newRow("ftp") << u"ftp://example.com/"_s << false;
        QTest::newRow("not-a-url") << u"::::"_s << false;
    }
    void configBaseUrl() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const ClientConfig c = ClientConfig::fromEnvironment(u"sk-or-v1-test"_s, url);
        const auto problem = c.validate(true);
        QCOMPARE(!problem.has_value(), accepted);
        if (problem) {
            QVERIFY(!problem->message.contains(u"sk-or-v1-test"_s));
            QVERIFY(problem->message.contains(u"https"_s));
        }
    }

    void configEnvBaseUrlAndEndpoint() {
        qputenv("OPENROUTER_BASE_URL", "http://127.0.0.1:9/api/v1/");
        const ClientConfig c = ClientConfig::fromEnvironment();
        QCOMPARE(c.endpoint(u"/chat/completions"_s).toString(),
                 u"http://127.0.0.1:9/api/v1/chat/completions"_s);
        QCOMPARE(ClientConfig::fromEnvironment({}, u"https://x.test/v1"_s).baseUrl.host(),
                 u"x.test"_s);
        qunsetenv("OPENROUTER_BASE_URL");
        QCOMPARE(ClientConfig::fromEnvironment().baseUrl, ClientConfig::defaultBaseUrl());
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
