// orcli key, credits and generation as processes against the fake server.
#include "OrcliHarness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

class TestOrcliAccount : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void keyText() {
        const OrcliRun r = m_h.run({u"key"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText(),
                 u"Label:      sk-or-v1-01...9ab\n"
                 "Usage:      $25.50 (today $25.50, this week $25.50, this month $25.50)\n"
                 "BYOK usage: $17.38\n"
                 "Limit:      $100.00, resets monthly\n"
                 "Remaining:  $74.50\n"
                 "Free tier:  no\n"
                 "Expires:    2027-12-31T23:59:59Z\n"_s);
        QCOMPARE(m_h.server().lastRequest().path, u"/api/v1/key"_s);
    }

    void keyJson() {
        const OrcliRun r = m_h.run({u"key"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value("limit"_L1).toDouble(), 100.0);
        QCOMPARE(o.value("limit_remaining"_L1).toDouble(), 74.5);
        QCOMPARE(o.value("usage"_L1).toDouble(), 25.5);
        QCOMPARE(o.value("is_free_tier"_L1).toBool(true), false);
        QCOMPARE(o.value("label"_L1).toString(), u"sk-or-v1-01...9ab"_s);
    }

    void credits() {
        OrcliRun r = m_h.run({u"credits"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText(), u"Total credits: $100.50\n"
                              "Total usage:   $25.75\n"
                              "Balance:       $74.75\n"_s);
        r = m_h.run({u"credits"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.outJson(), QJsonObject({{u"total_credits"_s, 100.5},
                                           {u"total_usage"_s, 25.75},
                                           {u"balance"_s, 74.75}}));
    }

    void accountErrors_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("key 401") << u"key"_s << u"sk-or-bad-000000000"_s << 3;
        QTest::newRow("credits 401") << u"credits"_s << u"sk-or-bad-000000000"_s << 3;
        QTest::newRow("key missing") << u"key"_s << QString() << 3;
        QTest::newRow("credits missing") << u"credits"_s << QString() << 3;
        QTest::newRow("generation missing") << u"generation"_s << QString() << 3;
    }
    void accountErrors() {
        QFETCH(QString, command);
        QFETCH(QString, key);
        QFETCH(int, exitCode);
        if (key.isEmpty())
            m_h.environment().remove(u"OPENROUTER_API_KEY"_s);
        else
            m_h.environment().insert(u"OPENROUTER_API_KEY"_s, key);
        QStringList args{command};
        if (command == "generation"_L1)
            args << u"gen-1"_s;
        const OrcliRun r = m_h.run(args);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().startsWith("Error: "_L1), qPrintable(r.describe()));
    }

    void generationOfAPastCall() {
        OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString id = r.outJson().value("id"_L1).toString();
        QVERIFY(id.startsWith("gen-"_L1));
        const double cost = r.outJson().value("usage"_L1).toObject().value("cost"_L1).toDouble();

        // The first lookup is a 404 (the record is not ready yet): orcli retries it.
        r = m_h.run({u"generation"_s, id, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject g = r.outJson();
        QCOMPARE(g.value("id"_L1).toString(), id);
        QCOMPARE(g.value("model"_L1).toString(), u"fake/echo"_s);
        QCOMPARE(g.value("total_cost"_L1).toDouble(), cost);
        QVERIFY(m_h.server().requestCount(u"/generation"_s) >= 1);

        r = m_h.run({u"generation"_s, id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = r.outText();
        QVERIFY(text.startsWith(u"ID:              "_s + id + u'\n'));
        QVERIFY(text.contains("Model:           fake/echo\n"_L1));
        QVERIFY(text.contains("Cost:            $"_L1 + QString::number(cost, 'f', 6)));
        QVERIFY(text.contains("Latency:         120 ms\n"_L1));
        QVERIFY(text.contains("Generation time: 480 ms\n"_L1));
        QVERIFY(text.contains("Streamed:        no\n"_L1));
    }

    void unknownGeneration() {
        const OrcliRun r = m_h.run({u"generation"_s, u"gen-never-issued"_s}, {}, 30000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().startsWith("Error: OpenRouter error 404"_L1),
                 qPrintable(r.describe()));
    }

    void usage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("key extra") << QStringList{u"key"_s, u"x"_s};
        QTest::newRow("credits extra") << QStringList{u"credits"_s, u"x"_s};
        QTest::newRow("generation none") << QStringList{u"generation"_s};
        QTest::newRow("generation two") << QStringList{u"generation"_s, u"a"_s, u"b"_s};
    }
    void usage() {
        QFETCH(QStringList, args);
        const OrcliRun r = m_h.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().startsWith("Error: "_L1));
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void dryRuns() {
        OrcliRun r = m_h.run({u"key"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outJson().value("url"_L1).toString(), m_h.baseUrl() + u"/key"_s);
        QCOMPARE(r.outJson().value("method"_L1).toString(), u"GET"_s);
        r = m_h.run({u"generation"_s, u"gen-1 2"_s, u"--dry-run"_s});
        QCOMPARE(r.outJson().value("url"_L1).toString(),
                 m_h.baseUrl() + u"/generation?id=gen-1%202"_s);
        QCOMPARE(r.outJson().value("headers"_L1).toObject().value("Authorization"_L1).toString(),
                 u"Bearer [redacted]"_s);
        QCOMPARE(m_h.server().requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrcliAccount)
#include "tst_orcli_account.moc"
