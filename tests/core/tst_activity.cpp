#include "ClientFixture.h"
#include "domain/Ledger.h"
#include "store/CostLedger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace orc::test;
using namespace Qt::StringLiterals;

namespace {
const QString kManagementKey = u"sk-or-v1-mgmt-0123456789abcdef0123456789abcdef"_s;
}

class TestActivity : public QObject, public ClientFixture {
    Q_OBJECT

    QList<ActivityItem> fetch(OpenRouterClient &client, const QDate &date, ApiError *error) {
        QList<ActivityItem> items;
        bool done = false;
        client.fetchActivity(date, this, [&](const QList<ActivityItem> &value, const ApiError &e) {
            items = value;
            *error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer from /activity");
        return items;
    }

private slots:
    void initTestCase() { QVERIFY(startServer()); }

    void ordinaryKeyIsRefused() {
        OpenRouterClient client(config());
        ApiError error;
        const QList<ActivityItem> items = fetch(client, {}, &error);
        QVERIFY(items.isEmpty());
        QCOMPARE(error.httpStatus, 403);
        QVERIFY2(error.message.contains(u"management key"_s), qPrintable(error.message));
    }

    // What the fake served yesterday comes back summed per day, model and provider, and the
    // comparison with the ledger shows the difference.
    void servedGenerationsComeBackAndCompare() {
        OpenRouterClient client(config());
        QTemporaryDir dir;
        CostLedger ledger(CostLedger::pathIn(dir.path()));
        QVERIFY(ledger.open());
        qint64 recordedNano = 0;
        for (int i = 0; i < 3; ++i) {
            const ChatResult r = run(client, request(u"fake/echo"_s, true, u"hello %1"_s.arg(i)));
            QVERIFY(r.ok());
            QVERIFY(r.usage && r.usage->cost);
            if (i < 2) { // the third one happened "on another device": not in this ledger
                LedgerEntry e = LedgerEntry::fromUsage(r.id, *r.usage);
                e.at = QDateTime::currentDateTimeUtc().addDays(-1);
                QVERIFY(ledger.record(e) > 0);
                recordedNano += *e.costNanoUsd;
            }
        }
        m_server.backdateGenerations(24LL * 3600 * 1000);
        const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);

        OpenRouterClient management(config(kManagementKey));
        ApiError error;
        QList<ActivityItem> items = fetch(management, {}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        qint64 requests = 0;
        for (const ActivityItem &item : items) {
            QCOMPARE(item.date, yesterday);
            requests += item.requests;
        }
        QVERIFY(requests >= 3);
        // One day asked for: only that day; a day outside the window: a 400.
        items = fetch(management, yesterday, &error);
        QVERIFY(!error.isError());
        QVERIFY(!items.isEmpty());
        fetch(management, QDateTime::currentDateTimeUtc().date(), &error);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(m_server.lastRequest().query.queryItemValue(u"date"_s),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));

        UsageQuery byUtcDay;
        byUtcDay.by = UsageQuery::GroupBy::UtcDay;
        const QList<ActivityComparison> days =
            ActivityComparison::compare(*ledger.usage(byUtcDay), fetch(management, {}, &error));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].day, yesterday.toString(Qt::ISODate));
        QCOMPARE(days[0].ledgerNanoUsd, recordedNano);
        QCOMPARE(days[0].ledgerRequests, 2);
        QVERIFY(days[0].accountRequests >= 3);
        QVERIFY(days[0].differenceNanoUsd() > 0);
    }

    void parseTolerates() {
        QList<ActivityItem> items;
        QString error;
        QVERIFY(!ActivityItem::parseList("[]", &items, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(ActivityItem::parseList(
            R"({"data":[{"date":"2026-11-30 00:00:00","model":"a/b","usage":0.5,"requests":2},
                        {"model":"no-date"}]})",
            &items, &error));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].date, QDate(2026, 11, 30));
        QCOMPARE(items[0].requests, 2);
    }

    void compareKeepsDaysOfEither() {
        UsageReport ledger;
        ledger.rows = {UsageRow{u"2026-12-01"_s, 2, 100, 0, 0, 0, 0},
                       UsageRow{u"2026-12-03"_s, 1, 50, 0, 0, 0, 0}};
        ActivityItem a;
        a.date = QDate(2026, 12, 2);
        a.usageUsd = 0.000000200;
        a.requests = 4;
        const QList<ActivityComparison> days = ActivityComparison::compare(ledger, {a});
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[1].day, u"2026-12-02"_s);
        QCOMPARE(days[1].differenceNanoUsd(), 200);
        QCOMPARE(days[2].differenceNanoUsd(), -50);
    }
};

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
