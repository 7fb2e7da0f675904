#include "FakeOpenRouter.h"
#include "TestSupport.h"
#include "api/AccountMonitor.h"
#include "api/OpenRouterClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

class TestAccountMonitor : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;

    ClientConfig config(const QString &key = u"sk-or-v1-account"_s) const {
        ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        c.apiKey = key;
        c.retry.maxAttempts = 1;
        return c;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_server.setFixturesDir(test::fixturesDir());
    }

    void spendableIsTheSmallerFigure() {
        KeyInfo key = KeyInfo::fromJson(QJsonObject{
            {u"data"_s,
             QJsonObject{{u"limit"_s, 100}, {u"limit_remaining"_s, 74.5}, {u"usage"_s, 25.5}}}});
        Credits credits{100.5, 25.75};
        QCOMPARE(spendable(key, credits).value(), 74.5);
        credits = Credits{50, 20};
        QCOMPARE(spendable(key, credits).value(), 30.0);
        KeyInfo unlimited = KeyInfo::fromJson(
            QJsonObject{{u"data"_s, QJsonObject{{u"limit"_s, QJsonValue::Null}}}});
        QCOMPARE(spendable(unlimited, credits).value(), 30.0);
        QVERIFY(!spendable(unlimited, std::nullopt));
        // a limit without limit_remaining is derived from usage
        KeyInfo derived = KeyInfo::fromJson(QJsonObject{{u"limit"_s, 10}, {u"usage"_s, 4}});
        QCOMPARE(derived.limitRemaining.value(), 6.0);
    }

    void refreshAndCostUpdates() {
        OpenRouterClient client(config());
        AccountMonitor monitor(&client);
        monitor.setRefreshDelayMs(50);
        QSignalSpy updated(&monitor, &AccountMonitor::updated);
        monitor.refresh();
        QVERIFY(updated.wait(5000));
        const AccountStatus s = monitor.status();
        QVERIFY(s.isValid());
        QVERIFY(s.credits);
        QVERIFY(s.spendable);
        QVERIFY(!s.error.isError());
        if (test::hasFixtures()) { // the documented /key and /credits examples
            QCOMPARE(s.key->limitRemaining.value_or(-1), 74.5);
            QCOMPARE(s.credits->balance(), 100.5 - 25.75);
            QCOMPARE(s.spendable.value(), 74.5);
        }
        const double before = *s.spendable;
        m_server.clearRequests();
        monitor.noteCost(0.5);
        QCOMPARE(monitor.status().spendable.value(), before - 0.5);           // shown at once
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/key"_s), 1, 5000); // then confirmed
    }

    void badKeyReportsError() {
        OpenRouterClient client(config(u"sk-or-bad-account"_s));
        AccountMonitor monitor(&client);
        QSignalSpy updated(&monitor, &AccountMonitor::updated);
        monitor.refresh();
        QVERIFY(updated.wait(5000));
        QVERIFY(!monitor.status().isValid());
        QCOMPARE(monitor.status().error.kind, ApiError::Kind::Auth);
    }
};

QTEST_GUILESS_MAIN(TestAccountMonitor)
#include "tst_accountmonitor.moc"
