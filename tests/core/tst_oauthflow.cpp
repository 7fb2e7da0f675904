#include "FakeOpenRouter.h"
#include "api/OAuthFlow.h"
#include "api/OpenRouterClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace orc;
using namespace Qt::StringLiterals;

class TestOAuthFlow : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;
    QNetworkAccessManager m_browser; // stands in for the user's browser

    ClientConfig config() const {
        ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        c.apiKey = u"sk-or-v1-existing-key-must-not-be-sent"_s;
        return c;
    }

    // What the browser does: open the consent page, follow its redirect to our listener.
    QNetworkReply *browse(const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        return m_browser.get(request);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.reset(); }

    void pkceHelpers() {
        // RFC 7636 appendix B
        QCOMPARE(OAuthFlow::challengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
                 u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
        const QString v = OAuthFlow::makeVerifier();
        QCOMPARE(v.size(), 43);
        for (QChar c : v)
            QVERIFY(c.isLetterOrNumber() || c == u'-' || c == u'_');
        QVERIFY(OAuthFlow::makeVerifier() != v);
    }

    void fullSignIn() {
        OpenRouterClient client(config());
        OAuthFlow flow(&client);
        QSignalSpy open(&flow, &OAuthFlow::openUrlRequested);
        QSignalSpy code(&flow, &OAuthFlow::codeReceived);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QString error;
        QVERIFY2(flow.start(&error), qPrintable(error));
        QCOMPARE(open.count(), 1);
        const QUrl url = open.first().first().toUrl();
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"callback_url"_s, QUrl::FullyDecoded),
                 flow.callbackUrl().toString());
        QVERIFY(flow.callbackUrl().toString().startsWith(u"http://localhost:"_s));

        QNetworkReply *page = browse(url);
        QVERIFY(finished.wait(10000));
        QCOMPARE(code.count(), 1);
        const QString key = finished.first().at(0).toString();
        const ApiError e = finished.first().at(1).value<ApiError>();
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        QVERIFY(key.startsWith(u"sk-or-"_s));
        QTRY_VERIFY(page->isFinished());
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(page->readAll().contains("close this tab"));
        page->deleteLater();

        const fake::RecordedRequest exchange = m_server.lastRequest();
        QCOMPARE(exchange.path, u"/api/v1/auth/keys"_s);
        QVERIFY(exchange.header("authorization").isEmpty()); // no key goes to the exchange
        QCOMPARE(OAuthFlow::challengeFor(exchange.json.value("code_verifier"_L1).toString()),
                 query.queryItemValue(u"code_challenge"_s));
        QVERIFY(!flow.isRunning());
        QVERIFY(!flow.start(&error) || flow.isRunning()); // a fresh start is allowed afterwards
        flow.cancel();
    }

    void wrongVerifierIsRefused() {
        OpenRouterClient client(config());
        OAuthFlow flow(&client);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QVERIFY(flow.start());
        // a code issued for someone else's challenge
        m_server.registerAuthCode(u"stolen-code"_s, OAuthFlow::challengeFor(u"x"_s.repeated(43)));
        QNetworkReply *page = browse(QUrl(flow.callbackUrl().toString() + u"?code=stolen-code"_s));
        QVERIFY(finished.wait(10000));
        const ApiError e = finished.first().at(1).value<ApiError>();
        QVERIFY(e.isError());
        QCOMPARE(e.httpStatus, 403);
        QVERIFY(finished.first().at(0).toString().isEmpty());
        page->deleteLater();
    }

    void badCallbackKeepsWaitingThenCancel() {
        OpenRouterClient client(config());
        OAuthFlow flow(&client);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QVERIFY(flow.start());
        QNetworkReply *page = browse(QUrl(flow.callbackUrl().toString() + u"?error=denied"_s));
        QTRY_VERIFY(page->isFinished());
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(flow.isRunning());
        QCOMPARE(finished.count(), 0);
        flow.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
        page->deleteLater();
    }

    void timesOut() {
        OpenRouterClient client(config());
        OAuthFlow flow(&client);
        flow.setTimeoutMs(200);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QVERIFY(flow.start());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"
