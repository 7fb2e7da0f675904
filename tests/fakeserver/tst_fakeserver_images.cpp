// Image generation on the fake server: through chat completions (real PNGs sized by
// image_config, output-modality rules of image-only models) and the Images API (/images,
// /images/models with capability descriptors).
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

class TestFakeServerImages : public QObject {
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

    void chatImages_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("modalities");
        QTest::addColumn<QString>("aspect");
        QTest::addColumn<QString>("size");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QSize>("pixels");
        const QStringList both{QStringLiteral("image"), QStringLiteral("text")};
        const QStringList image{QStringLiteral("image")};
        QTest::newRow("default") << QStringLiteral("google/gemini-2.5-flash-image") << both
                                 << QString() << QString() << true << QSize(1024, 1024);
        QTest::newRow("16:9") << QStringLiteral("google/gemini-2.5-flash-image") << both
                              << QStringLiteral("16:9") << QString() << false << QSize(1344, 768);
        QTest::newRow("2:3 2K") << QStringLiteral("fake/image") << both << QStringLiteral("2:3")
                                << QStringLiteral("2K") << true << QSize(1664, 2496);
        QTest::newRow("21:9 4K") << QStringLiteral("black-forest-labs/flux.2-pro") << image
                                 << QStringLiteral("21:9") << QStringLiteral("4K") << false
                                 << QSize(6144, 2688);
        QTest::newRow("9:16 0.5K")
            << QStringLiteral("black-forest-labs/flux.2-pro") << image << QStringLiteral("9:16")
            << QStringLiteral("0.5K") << true << QSize(384, 672);
        QTest::newRow("4:5") << QStringLiteral("fake/image") << image << QStringLiteral("4:5")
                             << QStringLiteral("1K") << false << QSize(896, 1152);
    }
    void chatImages() {
        QFETCH(QString, model);
        QFETCH(QStringList, modalities);
        QFETCH(QString, aspect);
        QFETCH(QString, size);
        QFETCH(bool, stream);
        QFETCH(QSize, pixels);
        QJsonObject body = HttpProbe::chatBody(model, stream, QStringLiteral("a lighthouse"));
        body.insert(QStringLiteral("modalities"), QJsonArray::fromStringList(modalities));
        QJsonObject config;
        if (!aspect.isEmpty())
            config.insert(QStringLiteral("aspect_ratio"), aspect);
        if (!size.isEmpty())
            config.insert(QStringLiteral("image_size"), size);
        body.insert(QStringLiteral("image_config"), config);
        const ProbeResult r = m_probe->chat(body, HttpProbe::kKey, 60000);
        QCOMPARE(r.status, 200);
        QJsonObject holder; // delta (stream) or message
        QString text;
        if (stream) {
            const QList<QJsonObject> chunks = HttpProbe::dataChunks(r.body);
            text = HttpProbe::deltaText(chunks);
            for (const QJsonObject &c : chunks) {
                const QJsonObject choice = HttpProbe::firstChoice(c);
                if (choice.value(QStringLiteral("delta"))
                        .toObject()
                        .contains(QStringLiteral("images"))) {
                    holder = choice.value(QStringLiteral("delta")).toObject();
                    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(),
                             QStringLiteral("stop"));
                }
            }
        } else {
            holder = HttpProbe::firstChoice(r.json()).value(QStringLiteral("message")).toObject();
            text = holder.value(QStringLiteral("content")).toString();
        }
        const QJsonObject image =
            holder.value(QStringLiteral("images")).toArray().first().toObject();
        QCOMPARE(image.value(QStringLiteral("type")).toString(), QStringLiteral("image_url"));
        const QString url = image.value(QStringLiteral("image_url"))
                                .toObject()
                                .value(QStringLiteral("url"))
                                .toString();
        QVERIFY(url.startsWith(QStringLiteral("data:image/png;base64,iVBORw0KGgo")));
        QCOMPARE(HttpProbe::pngSize(url), pixels);
        QCOMPARE(text.isEmpty(), !modalities.contains(QStringLiteral("text")));
    }

    void chatImageModalities() {
        const auto ask = [&](const QString &model, const QStringList &modalities,
                             const QJsonObject &config = {}) {
            QJsonObject body = HttpProbe::chatBody(model, false);
            if (!modalities.isEmpty())
                body.insert(QStringLiteral("modalities"), QJsonArray::fromStringList(modalities));
            if (!config.isEmpty())
                body.insert(QStringLiteral("image_config"), config);
            return m_probe->chat(body);
        };
        const QStringList both{QStringLiteral("image"), QStringLiteral("text")};
        ProbeResult r = ask(QStringLiteral("black-forest-labs/flux.2-pro"), both);
        QCOMPARE(r.status, 404);
        QCOMPARE(
            r.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString(),
            QStringLiteral(
                "No endpoints found that support the requested output modalities: image, text"));
        QCOMPARE(ask(QStringLiteral("black-forest-labs/flux.2-pro"), {}).status, 404);
        QCOMPARE(ask(QStringLiteral("openai/gpt-4o-mini"), both).status, 404);
        r = ask(QStringLiteral("google/gemini-2.5-flash-image"), {}); // no modalities: text only
        QCOMPARE(r.status, 200);
        QVERIFY(!HttpProbe::firstChoice(r.json())
                     .value(QStringLiteral("message"))
                     .toObject()
                     .contains(QStringLiteral("images")));
        QCOMPARE(ask(QStringLiteral("fake/image"), both,
                     {{QStringLiteral("aspect_ratio"), QStringLiteral("7:3")}})
                     .status,
                 400);
        QCOMPARE(ask(QStringLiteral("fake/image"), both,
                     {{QStringLiteral("image_size"), QStringLiteral("8K")}})
                     .status,
                 400);
    }

    void imagesApi() {
        const ProbeResult models = m_probe->get(QStringLiteral("/images/models"));
        QCOMPARE(models.status, 200);
        QJsonObject seedream;
        for (const QJsonValue &m : models.json().value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = m.toObject();
            QVERIFY(o.contains(QStringLiteral("supports_streaming")));
            QVERIFY(o.value(QStringLiteral("endpoints"))
                        .toString()
                        .startsWith(QStringLiteral("/api/v1/images/models/")));
            if (o.value(QStringLiteral("id")).toString() ==
                QLatin1String("bytedance-seed/seedream-4.5"))
                seedream = o;
        }
        const QJsonObject params =
            seedream.value(QStringLiteral("supported_parameters")).toObject();
        QCOMPARE(params.value(QStringLiteral("n")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("range")},
                              {QStringLiteral("min"), 1},
                              {QStringLiteral("max"), 10}}));
        QCOMPARE(params.value(QStringLiteral("resolution"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("enum"));
        QCOMPARE(params.value(QStringLiteral("seed"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("boolean"));

        const HttpProbe::Headers auth{{"Authorization", HttpProbe::auth()}};
        const auto generate = [&](const QJsonObject &extra, const HttpProbe::Headers &headers) {
            QJsonObject body{
                {QStringLiteral("model"), QStringLiteral("bytedance-seed/seedream-4.5")},
                {QStringLiteral("prompt"), QStringLiteral("a fox")}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return m_probe->post(QStringLiteral("/images"), body, headers, 60000);
        };
        const ProbeResult r = generate({{QStringLiteral("n"), 2},
                                        {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
                                        {QStringLiteral("resolution"), QStringLiteral("2K")}},
                                       auth);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 2);
        for (const QJsonValue &d : data) {
            QCOMPARE(d.toObject().value(QStringLiteral("media_type")).toString(),
                     QStringLiteral("image/png"));
            QCOMPARE(QImage::fromData(
                         QByteArray::fromBase64(
                             d.toObject().value(QStringLiteral("b64_json")).toString().toLatin1()))
                         .size(),
                     QSize(2688, 1536));
        }
        QVERIFY(qAbs(r.json()
                         .value(QStringLiteral("usage"))
                         .toObject()
                         .value(QStringLiteral("cost"))
                         .toDouble() -
                     0.08) < 1e-9);
        QCOMPARE(generate({{QStringLiteral("n"), 11}}, auth).status, 400);
        QCOMPARE(generate({{QStringLiteral("n"), 1.5}}, auth).status, 400);
        QCOMPARE(generate({{QStringLiteral("aspect_ratio"), QStringLiteral("7:3")}}, auth).status,
                 400);
        QCOMPARE(generate({{QStringLiteral("resolution"), QStringLiteral("8K")}}, auth).status,
                 400);
        QCOMPARE(generate({{QStringLiteral("model"), QStringLiteral("openai/gpt-4o-mini")}}, auth)
                     .status,
                 404);
        QCOMPARE(generate({{QStringLiteral("model"), QStringLiteral("no/such")}}, auth).status,
                 400);
        QCOMPARE(generate({{QStringLiteral("stream"), true}}, auth).status,
                 400); // not a streaming model
        QCOMPARE(generate({}, {}).status, 401);
        QCOMPARE(generate({}, {{"Authorization", HttpProbe::auth("sk-or-broke-1")}}).status, 402);

        const ProbeResult s = generate({{QStringLiteral("model"), QStringLiteral("fake/image")},
                                        {QStringLiteral("stream"), true},
                                        {QStringLiteral("resolution"), QStringLiteral("512")}},
                                       auth);
        QCOMPARE(s.status, 200);
        QCOMPARE(s.header("content-type"), QByteArray("text/event-stream"));
        QStringList types;
        for (const SseEvent &e : HttpProbe::sse(s.body)) {
            if (!e.comment)
                types.append(e.data == "[DONE]"
                                 ? QStringLiteral("[DONE]")
                                 : e.json().value(QStringLiteral("type")).toString());
        }
        QCOMPARE(types, (QStringList{QStringLiteral("image_generation.partial_image"),
                                     QStringLiteral("image_generation.completed"),
                                     QStringLiteral("[DONE]")}));
    }
};

QTEST_GUILESS_MAIN(TestFakeServerImages)
#include "tst_fakeserver_images.moc"
