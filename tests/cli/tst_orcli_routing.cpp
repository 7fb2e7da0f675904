// orcli's provider routing against the fake server: every routing flag as the `provider`
// object the server received, profiles (built-in and saved), the served-by line and the JSON
// `provider`, exit code 9 with the server's reason and the flag to relax, the warnings about
// unknown providers and impossible prices (checked before sending), no extra request on the
// send path otherwise, and the endpoints / providers listings.
#include "OrcliHarness.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace orc::test;
using orc::fake::RecordedRequest;

namespace {
const QString kModel = u"deepseek/deepseek-r1"_s; // 10 providers in the fake
}

class TestOrcliRouting : public QObject {
    Q_OBJECT

    OrcliHarness m_h;

    QJsonObject sentProvider() {
        return m_h.server().lastRequest().json.value("provider"_L1).toObject();
    }
    OrcliRun chat(const QStringList &flags) {
        m_h.server().clearRequests();
        return m_h.run(QStringList{u"chat"_s, kModel, u"hi"_s} + flags);
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void everyFlagReachesTheProviderObject() {
        const OrcliRun r =
            chat({u"--provider-order"_s, u"fireworks,together"_s, u"--provider-only"_s,
                  u"fireworks,together,baseten"_s, u"--provider-ignore"_s, u"novita"_s,
                  u"--no-fallbacks"_s, u"--provider-sort"_s, u"throughput"_s, u"--zdr"_s,
                  u"--deny-data-collection"_s, u"--max-price-prompt"_s, u"5"_s,
                  u"--max-price-completion"_s, u"10"_s, u"--quantizations"_s, u"fp8,fp4"_s,
                  u"--require-parameters"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<RecordedRequest> sent = m_h.server().requests();
        RecordedRequest chatRequest;
        for (const RecordedRequest &q : sent)
            if (q.path.endsWith("/chat/completions"_L1))
                chatRequest = q;
        const QJsonObject p = chatRequest.json.value("provider"_L1).toObject();
        QCOMPARE(p.value("order"_L1).toArray(), QJsonArray({u"fireworks"_s, u"together"_s}));
        QCOMPARE(p.value("only"_L1).toArray(),
                 QJsonArray({u"fireworks"_s, u"together"_s, u"baseten"_s}));
        QCOMPARE(p.value("ignore"_L1).toArray(), QJsonArray({u"novita"_s}));
        QCOMPARE(p.value("allow_fallbacks"_L1), QJsonValue(false));
        QCOMPARE(p.value("sort"_L1).toString(), u"throughput"_s);
        QCOMPARE(p.value("zdr"_L1), QJsonValue(true));
        QCOMPARE(p.value("data_collection"_L1).toString(), u"deny"_s);
        QCOMPARE(p.value("require_parameters"_L1), QJsonValue(true));
        QCOMPARE(p.value("quantizations"_L1).toArray(), QJsonArray({u"fp8"_s, u"fp4"_s}));
        QCOMPARE(p.value("max_price"_L1).toObject().value("prompt"_L1).toDouble(), 5.0);
        QCOMPARE(p.value("max_price"_L1).toObject().value("completion"_L1).toDouble(), 10.0);
        // The names were checked (GET /providers) and the prices (the model's endpoints).
        QCOMPARE(m_h.server().requestCount(u"/providers"_s), 1);
        QCOMPARE(m_h.server().requestCount(u"/models/deepseek/deepseek-r1/endpoints"_s), 1);
        QVERIFY2(r.errText().contains(u"served by Fireworks"_s), qPrintable(r.errText()));
        QVERIFY2(!r.errText().contains(u"Warning"_s), qPrintable(r.errText()));
    }

    void noExtraRequestWithoutNamesOrPrices() {
        const OrcliRun r = chat({u"--zdr"_s, u"--provider-sort"_s, u"price"_s, u"--quantizations"_s,
                                 u"fp8"_s, u"--require-parameters"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(), 1);
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 1);
    }

    void servedProviderInJsonAndStderr() {
        OrcliRun r = chat({u"--provider-only"_s, u"together"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outJson().value("provider"_L1).toString(), u"Together"_s);
        r = chat({u"--provider-only"_s, u"together"_s, u"--format"_s, u"ndjson"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outLines().constLast().value("result"_L1).toObject().value("provider"_L1),
                 QJsonValue(u"Together"_s));
        r = chat({u"--provider-only"_s, u"together"_s});
        QVERIFY2(r.errText().contains(u"served by Together\n"_s), qPrintable(r.errText()));
        r = chat({u"--provider-only"_s, u"together"_s, u"--quiet"_s});
        QVERIFY2(!r.errText().contains(u"served by"_s), qPrintable(r.errText()));
        // Without routing options the seed-compatible run keeps stderr empty; -v shows it.
        r = chat({});
        QCOMPARE(r.err, QByteArray());
        r = chat({u"-v"_s});
        QVERIFY2(r.errText().contains(u"served by DeepSeek"_s), qPrintable(r.errText()));
    }

    void fallbackModelIsNoted() {
        const OrcliRun r =
            chat({u"--provider-only"_s, u"openai"_s, u"--models"_s, u"openai/gpt-4o-mini"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sentProvider().value("only"_L1).toArray(), QJsonArray({u"openai"_s}));
        QVERIFY2(r.errText().contains(u"served by OpenAI (fallback model openai/gpt-4o-mini"_s),
                 qPrintable(r.errText()));
    }

    void noEndpointExitsWith9_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("relax");
        QTest::newRow("only") << QStringList{u"--provider-only"_s, u"openai"_s}
                              << u"--provider-only"_s;
        QTest::newRow("quantizations")
            << QStringList{u"--quantizations"_s, u"int4"_s} << u"--quantizations"_s;
    }
    void noEndpointExitsWith9() {
        QFETCH(QStringList, flags);
        QFETCH(QString, relax);
        OrcliRun r = chat(flags);
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(r.errText().contains(relax), qPrintable(r.errText()));
        QVERIFY(r.errText().startsWith(u"Error: OpenRouter error 404"_s));
        r = chat(flags + QStringList{u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 9);
        QCOMPARE(r.errJson().value("exit_code"_L1).toInt(), 9);
    }

    void unknownProviderIsWarnedAndSent() {
        const OrcliRun r = chat({u"--provider-order"_s, u"nosuchprovider,fireworks"_s,
                                 u"--provider-ignore"_s, u"Together"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(u"Warning: unknown provider \"nosuchprovider\""_s),
                 qPrintable(r.errText()));
        QVERIFY2(!r.errText().contains(u"\"Together\""_s), qPrintable(r.errText())); // a name
        QCOMPARE(sentProvider().value("order"_L1).toArray(),
                 QJsonArray({u"nosuchprovider"_s, u"fireworks"_s}));
    }

    void maxPriceBelowEveryEndpointIsRefusedBeforeSending() {
        const OrcliRun r = chat({u"--max-price-prompt"_s, u"0.01"_s});
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(r.errText().contains(u"below the cheapest endpoint"_s), qPrintable(r.errText()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 0);
        QCOMPARE(chat({u"--max-price-completion"_s, u"-1"_s}).exitCode, 2);
    }

    void dryRunShowsTheProviderObjectAndSendsNothing() {
        m_h.server().clearRequests();
        const OrcliRun r = m_h.run({u"--dry-run"_s, u"chat"_s, kModel, u"hi"_s, u"--zdr"_s,
                                    u"--provider-only"_s, u"fireworks"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject p =
            r.outJson().value("body"_L1).toObject().value("provider"_L1).toObject();
        QCOMPARE(p.value("zdr"_L1), QJsonValue(true));
        QCOMPARE(p.value("only"_L1).toArray(), QJsonArray({u"fireworks"_s}));
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void profilesSaveUseRemove() {
        OrcliRun r = m_h.run({u"routing"_s, u"save"_s, u"My Fast"_s, u"--provider-only"_s,
                              u"fireworks,together"_s, u"--zdr"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_h.run({u"routing"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonObject mine;
        QStringList ids;
        for (const QJsonValue &v : r.outArray()) {
            ids << v.toObject().value("id"_L1).toString();
            if (v.toObject().value("id"_L1) == "my-fast"_L1)
                mine = v.toObject();
        }
        QVERIFY2(ids.contains(u"cheapest"_s) && ids.contains(u"private"_s),
                 qPrintable(ids.join(u' ')));
        QCOMPARE(mine.value("name"_L1).toString(), u"My Fast"_s);
        QCOMPARE(mine.value("built_in"_L1), QJsonValue(false));

        // Used by id or name; an explicit flag overrides the profile's field.
        r = chat({u"--routing"_s, u"My Fast"_s, u"--provider-sort"_s, u"price"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sentProvider().value("only"_L1).toArray(),
                 QJsonArray({u"fireworks"_s, u"together"_s}));
        QCOMPARE(sentProvider().value("zdr"_L1), QJsonValue(true));
        QCOMPARE(sentProvider().value("sort"_L1).toString(), u"price"_s);
        r = chat({u"--routing"_s, u"my-fast"_s, u"--provider-only"_s, u"together"_s});
        QCOMPARE(sentProvider().value("only"_L1).toArray(), QJsonArray({u"together"_s}));
        QVERIFY2(r.errText().contains(u"served by Together"_s), qPrintable(r.errText()));

        r = chat({u"--routing"_s, u"cheapest"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sentProvider().value("sort"_L1).toString(), u"price"_s);

        QCOMPARE(m_h.run({u"routing"_s, u"remove"_s, u"cheapest"_s}).exitCode, 2);
        QCOMPARE(m_h.run({u"routing"_s, u"save"_s, u"private"_s, u"--zdr"_s}).exitCode, 2);
        QCOMPARE(m_h.run({u"routing"_s, u"save"_s, u"empty"_s}).exitCode, 2);
        r = m_h.run({u"routing"_s, u"remove"_s, u"my-fast"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = chat({u"--routing"_s, u"my-fast"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"Unknown --routing \"my-fast\""_s), qPrintable(r.errText()));
    }

    void batchLinesGetTheFlagsAndReportTheProvider() {
        const QString in =
            m_h.writeFile(u"routing.jsonl"_s,
                          "{\"id\":\"a\",\"model\":\"deepseek/deepseek-r1\",\"prompt\":\"hi\"}\n"
                          "{\"id\":\"b\",\"model\":\"deepseek/deepseek-r1\",\"prompt\":\"hi\","
                          "\"provider\":{\"only\":[\"together\"]}}\n");
        m_h.server().clearRequests();
        const OrcliRun r = m_h.run({u"batch"_s, in, u"--provider-only"_s, u"fireworks"_s,
                                    u"--zdr"_s, u"--concurrency"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QHash<QString, QString> served;
        for (const QJsonObject &line : r.outLines())
            served.insert(line.value("id"_L1).toString(), line.value("provider"_L1).toString());
        QCOMPARE(served.value(u"a"_s), u"Fireworks"_s);
        QCOMPARE(served.value(u"b"_s), u"Together"_s); // the line's own keys win
        for (const RecordedRequest &q : m_h.server().requests())
            if (q.path.endsWith("/chat/completions"_L1))
                QCOMPARE(q.json.value("provider"_L1).toObject().value("zdr"_L1), QJsonValue(true));
    }

    void endpointsListing() {
        OrcliRun r = m_h.run({u"endpoints"_s, kModel});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11); // header + 10 endpoints
        QVERIFY(lines.constFirst().startsWith(u"PROVIDER"_s));
        QVERIFY2(r.outText().contains(u"Fireworks"_s), qPrintable(r.outText()));
        r = m_h.run({u"endpoints"_s, kModel, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray endpoints = r.outJson().value("endpoints"_L1).toArray();
        QCOMPARE(endpoints.size(), 10);
        int zdr = 0;
        for (const QJsonValue &e : endpoints)
            zdr += e.toObject().value("zdr"_L1).toBool() ? 1 : 0;
        QCOMPARE(zdr, 5); // deepinfra, together, fireworks, sambanova, baseten
        m_h.environment().remove(u"OPENROUTER_API_KEY"_s); // no key needed
        QCOMPARE(m_h.run({u"endpoints"_s, kModel}).exitCode, 0);
        QCOMPARE(m_h.run({u"endpoints"_s, u"no/such-model"_s}).exitCode, 1);
        QCOMPARE(m_h.run({u"endpoints"_s}).exitCode, 2);
    }

    void providersListing() {
        OrcliRun r = m_h.run({u"providers"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.outText().startsWith(u"SLUG"_s));
        QVERIFY2(r.outText().contains(QRegularExpression(u"\nfireworks +Fireworks +US +US\n"_s)),
                 qPrintable(r.outText()));
        r = m_h.run({u"providers"_s, u"--format"_s, u"json"_s});
        QStringList slugs;
        for (const QJsonValue &v : r.outArray())
            slugs << v.toObject().value("slug"_L1).toString();
        QVERIFY2(slugs.contains(u"deepinfra"_s), qPrintable(slugs.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestOrcliRouting)
#include "tst_orcli_routing.moc"
