// The fake server's model catalogue: the built-in set and its capability coverage, the /models
// filters and paging, /models/count, and the fixture listing (gzip-encoded).
#include "FakeOpenRouter.h"
#include "HttpProbe.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using orc::fake::FakeOpenRouter;
using orc::fake::RecordedRequest;
using orc::fake::test::HttpProbe;
using orc::fake::test::ProbeResult;
using orc::fake::test::SseEvent;

class TestFakeServerModels : public QObject {
    Q_OBJECT

    FakeOpenRouter m_server;
    std::unique_ptr<HttpProbe> m_probe;

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_probe = std::make_unique<HttpProbe>(m_server.baseUrl());
    }
    void init() {
        m_server.reset();
        m_server.setFixturesDir(QString());
        m_server.setTokenDelayMs(0);
        m_server.setPaddingUnits(3);
        m_server.setPaddingDelayMs(10);
    }

    void builtinModels() {
        QVERIFY(!m_server.servesFixtureModels());
        const ProbeResult r = m_probe->get(QStringLiteral("/models"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        const QJsonObject o = r.json();
        const QStringList text = HttpProbe::modelIds(o);
        QCOMPARE(text.size(), 11); // the image-only and the embeddings model need a filter
        QVERIFY(!text.contains(QStringLiteral("black-forest-labs/flux.2-pro")));
        QCOMPARE(o.value(QStringLiteral("total_count")).toInt(), 11);
        QVERIFY(o.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).isNull());
        QVERIFY(r.header("authorization").isEmpty());

        const QJsonObject all =
            m_probe->get(QStringLiteral("/models?output_modalities=all")).json();
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : all.value(QStringLiteral("data")).toArray())
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        QCOMPARE(byId.size(), 13);
        const auto arch = [&](const char *id, const char *key) {
            return byId.value(QLatin1String(id))
                .value(QStringLiteral("architecture"))
                .toObject()
                .value(QLatin1String(key))
                .toArray();
        };
        // every capability a client gates on is covered
        QCOMPARE(arch("black-forest-labs/flux.2-pro", "output_modalities"),
                 QJsonArray{QStringLiteral("image")});
        QVERIFY(arch("google/gemini-2.5-flash-image", "output_modalities")
                    .contains(QStringLiteral("image")));
        QVERIFY(arch("openai/gpt-4o-audio-preview", "input_modalities")
                    .contains(QStringLiteral("audio")));
        QVERIFY(arch("openai/gpt-4o-mini", "input_modalities").contains(QStringLiteral("file")));
        QVERIFY(arch("openai/gpt-4o-mini", "input_modalities").contains(QStringLiteral("image")));
        QCOMPARE(arch("openai/text-embedding-3-small", "output_modalities"),
                 QJsonArray{QStringLiteral("embeddings")});
        const QJsonObject router = byId.value(QStringLiteral("openrouter/auto"));
        QCOMPARE(router.value(QStringLiteral("pricing"))
                     .toObject()
                     .value(QStringLiteral("prompt"))
                     .toString(),
                 QStringLiteral("-1"));
        QVERIFY(router.value(QStringLiteral("hugging_face_id")).isNull());
        const QJsonObject free =
            byId.value(QStringLiteral("meta-llama/llama-3.3-70b-instruct:free"));
        QCOMPARE(free.value(QStringLiteral("pricing"))
                     .toObject()
                     .value(QStringLiteral("completion"))
                     .toString(),
                 QStringLiteral("0"));
        QVERIFY(byId.value(QStringLiteral("deepseek/deepseek-r1"))
                    .value(QStringLiteral("reasoning"))
                    .toObject()
                    .value(QStringLiteral("mandatory"))
                    .toBool());
        QVERIFY(byId.value(QStringLiteral("google/gemini-2.5-pro"))
                    .value(QStringLiteral("context_length"))
                    .toInt() >= 1000000);
        const QJsonObject sparse = byId.value(QStringLiteral("mistralai/mistral-small-3.2"));
        QVERIFY(sparse.value(QStringLiteral("context_length")).isNull());
        QVERIFY(!sparse.contains(QStringLiteral("default_parameters")));
        QVERIFY(byId.value(QStringLiteral("~anthropic/claude-sonnet-latest"))
                    .contains(QStringLiteral("alias_target")));
        QVERIFY(!byId.value(QStringLiteral("openai/gpt-4o-audio-preview"))
                     .value(QStringLiteral("supported_voices"))
                     .toArray()
                     .isEmpty());
    }

    void modelFilters_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("image") << QStringLiteral("output_modalities=image")
                               << QStringList{QStringLiteral("google/gemini-2.5-flash-image"),
                                              QStringLiteral("black-forest-labs/flux.2-pro"),
                                              QStringLiteral("openrouter/auto")};
        QTest::newRow("embeddings") << QStringLiteral("output_modalities=embeddings")
                                    << QStringList{QStringLiteral("openai/text-embedding-3-small")};
        QTest::newRow("image,embeddings")
            << QStringLiteral("output_modalities=image,embeddings")
            << QStringList{QStringLiteral("google/gemini-2.5-flash-image"),
                           QStringLiteral("black-forest-labs/flux.2-pro"),
                           QStringLiteral("openrouter/auto"),
                           QStringLiteral("openai/text-embedding-3-small")};
        QTest::newRow("audio in") << QStringLiteral("input_modalities=audio")
                                  << QStringList{QStringLiteral("openai/gpt-4o-audio-preview"),
                                                 QStringLiteral("openrouter/auto"),
                                                 QStringLiteral("google/gemini-2.5-pro")};
        QTest::newRow("tools+structured")
            << QStringLiteral("supported_parameters=tools,structured_outputs")
            << QStringList{QStringLiteral("openai/gpt-4o-mini"),
                           QStringLiteral("anthropic/claude-sonnet-4.5"),
                           QStringLiteral("openrouter/auto"),
                           QStringLiteral("google/gemini-2.5-pro")};
        QTest::newRow("image+file in, all out")
            << QStringLiteral("input_modalities=image,file&output_modalities=all&supported_"
                              "parameters=reasoning")
            << QStringList{QStringLiteral("anthropic/claude-sonnet-4.5"),
                           QStringLiteral("openrouter/auto"),
                           QStringLiteral("google/gemini-2.5-pro"),
                           QStringLiteral("~anthropic/claude-sonnet-latest")};
    }
    void modelFilters() {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const ProbeResult r = m_probe->get(QStringLiteral("/models?") + query);
        QCOMPARE(r.status, 200);
        QCOMPARE(HttpProbe::modelIds(r.json()), expected);
        const ProbeResult count = m_probe->get(QStringLiteral("/models/count?") + query);
        QCOMPARE(count.json()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 expected.size());
    }

    void modelPaging() {
        const QStringList all = HttpProbe::modelIds(m_probe->get(QStringLiteral("/models")).json());
        const QJsonObject page = m_probe->get(QStringLiteral("/models?offset=2&limit=3")).json();
        QCOMPARE(HttpProbe::modelIds(page), all.mid(2, 3));
        QCOMPARE(page.value(QStringLiteral("total_count")).toInt(), all.size());
        const QString next =
            page.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).toString();
        QVERIFY2(next.startsWith(QStringLiteral("/api/v1/models?")), qPrintable(next));
        const QJsonObject page2 = m_probe->get(next.mid(int(qstrlen("/api/v1")))).json();
        QCOMPARE(HttpProbe::modelIds(page2), all.mid(5, 3));
        const QJsonObject last = m_probe->get(QStringLiteral("/models?offset=9&limit=3")).json();
        QCOMPARE(HttpProbe::modelIds(last), all.mid(9));
        QVERIFY(
            last.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).isNull());
        QCOMPARE(m_probe->get(QStringLiteral("/models?limit=0")).status, 400);
        QCOMPARE(m_probe->get(QStringLiteral("/models?limit=1001")).status, 400);
        QCOMPARE(m_probe->get(QStringLiteral("/models?offset=x")).status, 400);
    }

    void fixtureModelsGzipped() {
        if (!orc::test::hasFixtures())
            QSKIP(orc::test::kNoFixturesMessage);
        m_server.setFixturesDir(orc::test::fixturesDir());
        QVERIFY(m_server.servesFixtureModels());
        const ProbeResult r = m_probe->get(QStringLiteral("/models"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-encoding"), QByteArray("gzip")); // QNAM asked and decoded it
        const QJsonObject capture =
            QJsonDocument::fromJson(orc::test::readFixture(QStringLiteral("models.json"))).object();
        const QJsonArray served = r.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(served.size(), 414);
        QCOMPARE(served, capture.value(QStringLiteral("data")).toArray());
        QCOMPARE(r.json().value(QStringLiteral("total_count")).toInt(), 414);
        QCOMPARE(HttpProbe::modelIds(
                     m_probe->get(QStringLiteral("/models?output_modalities=image")).json())
                     .size(),
                 11);
        // built-in ids still work for chat while the capture is listed
        QCOMPARE(m_probe->chat(HttpProbe::chatBody(QStringLiteral("fake/echo"), false)).status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestFakeServerModels)
#include "tst_fakeserver_models.moc"
