// Every fault mode of the fake OpenRouter server (model ids "fault/..."), seen from
// QNetworkAccessManager: status sequences, Retry-After, in-band errors, cut streams, garbage,
// huge images, hangs, and fixture replays.
#include "FakeOpenRouter.h"
#include "HttpProbe.h"
#include "TestSupport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using orc::fake::FakeOpenRouter;
using orc::fake::test::HttpProbe;
using orc::fake::test::ProbeResult;
using orc::fake::test::SseEvent;

namespace {

QString errorMessage(const QJsonObject &o) {
    return o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QList<QJsonObject> chunks(const QByteArray &body) {
    QList<QJsonObject> out;
    for (const SseEvent &e : HttpProbe::sse(body)) {
        if (!e.comment && e.data != "[DONE]")
            out.append(e.json());
    }
    return out;
}

QString content(const QList<QJsonObject> &list) {
    QString text;
    for (const QJsonObject &c : list) {
        const QJsonArray choices = c.value(QStringLiteral("choices")).toArray();
        if (!choices.isEmpty())
            text += choices[0]
                        .toObject()
                        .value(QStringLiteral("delta"))
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString();
    }
    return text;
}

} // namespace

class TestFakeServerFaults : public QObject {
    Q_OBJECT

    FakeOpenRouter m_server;
    std::unique_ptr<HttpProbe> m_probe;

    ProbeResult chat(const QString &model, bool stream, int timeoutMs = 15000) {
        return m_probe->chat(HttpProbe::chatBody(model, stream), HttpProbe::kKey, timeoutMs);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_probe = std::make_unique<HttpProbe>(m_server.baseUrl());
    }
    void init() {
        m_server.reset();
        m_server.setFixturesDir(QString());
        m_server.setTokenDelayMs(0);
        m_server.setPaddingDelayMs(10);
        m_server.setSlowDelayMs(200);
    }

    void statusSequences_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QByteArray>("retryAfter"); // of the first answer; "" = absent
        QTest::newRow("429") << QStringLiteral("fault/429") << QList<int>{429, 429, 429}
                             << QByteArray("1");
        QTest::newRow("429-once") << QStringLiteral("fault/429-once") << QList<int>{429, 200, 200}
                                  << QByteArray("1");
        QTest::newRow("429-twice")
            << QStringLiteral("fault/429-twice") << QList<int>{429, 429, 200} << QByteArray("1");
        QTest::newRow("503-once") << QStringLiteral("fault/503-once") << QList<int>{503, 200}
                                  << QByteArray();
        QTest::newRow("500") << QStringLiteral("fault/500") << QList<int>{500, 500} << QByteArray();
        QTest::newRow("502") << QStringLiteral("fault/502") << QList<int>{502, 502} << QByteArray();
        QTest::newRow("408-once") << QStringLiteral("fault/408-once") << QList<int>{408, 200}
                                  << QByteArray();
        QTest::newRow("400") << QStringLiteral("fault/400") << QList<int>{400, 400} << QByteArray();
        QTest::newRow("404") << QStringLiteral("fault/404") << QList<int>{404} << QByteArray();
        QTest::newRow("moderation")
            << QStringLiteral("fault/moderation") << QList<int>{403} << QByteArray();
        QTest::newRow("unknown fault")
            << QStringLiteral("fault/nope") << QList<int>{400} << QByteArray();
    }
    void statusSequences() {
        QFETCH(QString, model);
        QFETCH(QList<int>, statuses);
        QFETCH(QByteArray, retryAfter);
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            const ProbeResult r = chat(model, i % 2 == 0);
            QCOMPARE(r.status, statuses[i]);
            if (r.status == 200) { // served normally once the fault is used up
                const QString text = i % 2 == 0 ? content(chunks(r.body))
                                                : r.json()
                                                      .value(QStringLiteral("choices"))
                                                      .toArray()
                                                      .first()
                                                      .toObject()
                                                      .value(QStringLiteral("message"))
                                                      .toObject()
                                                      .value(QStringLiteral("content"))
                                                      .toString();
                QCOMPARE(text, QStringLiteral("Echo: hello big world"));
                continue;
            }
            QVERIFY(r.header("content-type").startsWith("application/json")); // even for streams
            const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toInt(), r.status);
            QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
            if (i == 0)
                QCOMPARE(r.header("retry-after"), retryAfter);
        }
        m_server.reset(); // counters start over
        QCOMPARE(chat(model, false).status, statuses.first());
    }

    void rateLimitDetails() {
        ProbeResult r = chat(QStringLiteral("fault/429"), false);
        const qint64 reset = r.header("x-ratelimit-reset").toLongLong();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(reset > now - 5000 && reset < now + 5000, "epoch milliseconds");
        QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(r.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("metadata"))
                    .toObject()
                    .contains(QStringLiteral("headers")));

        r = chat(QStringLiteral("fault/429-date"), true);
        QCOMPARE(r.status, 429);
        const QDateTime when =
            QLocale::c().toDateTime(QString::fromLatin1(r.header("retry-after")),
                                    QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY2(when.isValid(), r.header("retry-after").constData());
        QDateTime utc = when;
        utc.setTimeSpec(Qt::UTC); // the date is GMT
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(utc);
        QVERIFY2(ahead >= 1 && ahead <= 3, qPrintable(QString::number(ahead)));
        QCOMPARE(chat(QStringLiteral("fault/429-date"), true).status, 200);
    }

    void moderationMetadata() {
        const QString longPrompt = QString(150, QLatin1Char('x'));
        const ProbeResult r = m_probe->chat(
            HttpProbe::chatBody(QStringLiteral("fault/moderation"), false, longPrompt));
        QCOMPARE(r.status, 403);
        const QJsonObject metadata = r.json()
                                         .value(QStringLiteral("error"))
                                         .toObject()
                                         .value(QStringLiteral("metadata"))
                                         .toObject();
        QCOMPARE(metadata.value(QStringLiteral("reasons")).toArray(),
                 QJsonArray{QStringLiteral("violence")});
        const QString flagged = metadata.value(QStringLiteral("flagged_input")).toString();
        QCOMPARE(flagged.size(), 100);
        QVERIFY(flagged.contains(QStringLiteral("...")));
        QCOMPARE(metadata.value(QStringLiteral("model_slug")).toString(),
                 QStringLiteral("fault/moderation"));
        QVERIFY(!metadata.value(QStringLiteral("provider_name")).toString().isEmpty());
        QCOMPARE(errorMessage(chat(QStringLiteral("fault/404"), false).json()),
                 QStringLiteral("No endpoints found for fault/404."));
    }

    void midstreamError() {
        const ProbeResult r = chat(QStringLiteral("fault/midstream-error"), true);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        const QList<QJsonObject> list = chunks(r.body);
        QVERIFY(!content(list).isEmpty());
        const QJsonObject last = list.last();
        QCOMPARE(
            last.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
            502);
        QCOMPARE(last.value(QStringLiteral("choices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("finish_reason"))
                     .toString(),
                 QStringLiteral("error"));

        const QJsonObject choice = chat(QStringLiteral("fault/midstream-error"), false)
                                       .json()
                                       .value(QStringLiteral("choices"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("error"));
        QCOMPARE(
            choice.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
            502);
        QVERIFY(!choice.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString()
                     .isEmpty());
    }

    void dropMidStream() {
        // Qt 6.4 reports a chunked body cut by a close as a success, so a client has to notice
        // the missing [DONE]; on the wire the terminating chunk is missing.
        ProbeResult r = chat(QStringLiteral("fault/drop"), true);
        QCOMPARE(r.status, 200);
        QVERIFY(!content(chunks(r.body)).isEmpty());
        QVERIFY(!r.body.contains("[DONE]"));
        r = chat(QStringLiteral("fault/drop"), false);
        QVERIFY(r.body.trimmed().isEmpty()); // padding only, never the JSON

        QJsonObject body = HttpProbe::chatBody(QStringLiteral("fault/drop"), true);
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        bool closed = false;
        const QByteArray wire = HttpProbe::raw(
            m_server.port(),
            "POST /api/v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
            "Content-Length: " +
                QByteArray::number(json.size()) + "\r\n\r\n" + json,
            5000, {}, &closed);
        QVERIFY(closed);
        QVERIFY(wire.contains("transfer-encoding: chunked"));
        QVERIFY(wire.contains("connection: close"));
        QVERIFY(wire.contains("\"content\":\"Echo:\""));
        QVERIFY(!wire.endsWith("0\r\n\r\n"));
        QCOMPARE(chat(QStringLiteral("fake/echo"), true).status, 200); // server still serves
    }

    void dropBefore() {
        QCOMPARE(m_server.dropBeforeCount(), 2);
        // On the wire: the first two requests see the connection close before a single byte.
        const QByteArray request =
            "POST /api/v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
            "Authorization: Bearer k\r\nContent-Length: 86\r\n\r\n"
            R"({"model":"fault/drop-before","stream":true,"messages":[{"role":"user","content":"x"}]})";
        for (int i = 0; i < 2; ++i) {
            bool closed = false;
            QCOMPARE(HttpProbe::raw(m_server.port(), request, 5000, {}, &closed), QByteArray());
            QVERIFY(closed);
        }
        QVERIFY(HttpProbe::raw(m_server.port(), request, 5000, [](const QByteArray &b) {
                    return b.contains("[DONE]");
                }).startsWith("HTTP/1.1 200 OK"));

        // Through QNAM (which resends once by itself): one network error, then success.
        m_server.reset();
        HttpProbe fresh(m_server.baseUrl());
        ProbeResult r = fresh.chat(HttpProbe::chatBody(QStringLiteral("fault/drop-before"), true));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_server.requestCount(), 2);
        r = fresh.chat(HttpProbe::chatBody(QStringLiteral("fault/drop-before"), true));
        QCOMPARE(r.status, 200);
        QCOMPARE(content(chunks(r.body)), QStringLiteral("Echo: hello big world"));

        // With a single drop, Qt's own resend hides the fault completely.
        m_server.reset();
        m_server.setDropBeforeCount(1);
        HttpProbe another(m_server.baseUrl());
        r = another.chat(HttpProbe::chatBody(QStringLiteral("fault/drop-before"), true));
        m_server.setDropBeforeCount(2);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_server.requestCount(), 2);
    }

    void garbage() {
        ProbeResult r = chat(QStringLiteral("fault/garbage"), false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QJsonParseError error{};
        QJsonDocument::fromJson(r.body.trimmed(), &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        r = chat(QStringLiteral("fault/garbage"), true);
        QCOMPARE(r.status, 200);
        int invalid = 0;
        for (const SseEvent &e : HttpProbe::sse(r.body)) {
            if (!e.comment && e.data != "[DONE]" && QJsonDocument::fromJson(e.data).isNull())
                ++invalid;
        }
        QCOMPARE(invalid, 1);
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        QCOMPARE(content(chunks(r.body)), QStringLiteral("Echo: hello big world"));
    }

    void slow() {
        m_server.setSlowDelayMs(100);
        const ProbeResult r = chat(QStringLiteral("fault/slow"), true);
        QCOMPARE(r.status, 200);
        QVERIFY(r.readAtMs.size() >= 4);
        for (qsizetype i = 2; i < r.readAtMs.size(); ++i)
            QVERIFY2(r.readAtMs[i] - r.readAtMs[i - 1] >= 70, "tokens every slowDelayMs");
        QVERIFY(r.finishedAtMs >= 400);
        m_server.setPaddingUnits(2);
        const ProbeResult plain = chat(QStringLiteral("fault/slow"), false);
        QVERIFY(plain.finishedAtMs - plain.headersAtMs >= 200);
        m_server.setPaddingUnits(3);
    }

    void emptyChoices() {
        QJsonObject o = chat(QStringLiteral("fault/empty-choices"), false).json();
        QVERIFY(o.value(QStringLiteral("choices")).isArray());
        QVERIFY(o.value(QStringLiteral("choices")).toArray().isEmpty());
        QVERIFY(o.contains(QStringLiteral("usage")));
        const ProbeResult r = chat(QStringLiteral("fault/empty-choices"), true);
        const QList<QJsonObject> list = chunks(r.body);
        QVERIFY(!list.isEmpty());
        for (const QJsonObject &c : list)
            QVERIFY(c.value(QStringLiteral("choices")).toArray().isEmpty());
        QVERIFY(list.last().contains(QStringLiteral("usage")));
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    }

    void errorWith200() {
        m_server.setPaddingUnits(5);
        ProbeResult r = chat(QStringLiteral("fault/error-200"), false);
        m_server.setPaddingUnits(3);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith(QByteArray("\n         \n").repeated(5)));
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 429);
        QVERIFY(!r.json().contains(QStringLiteral("choices")));
        r = chat(QStringLiteral("fault/error-200"), true);
        QCOMPARE(r.status, 200);
        const QList<QJsonObject> list = chunks(r.body);
        QCOMPARE(list.size(), 1); // a bare error event without id or choices
        QVERIFY(list[0].contains(QStringLiteral("error")));
        QVERIFY(!list[0].contains(QStringLiteral("choices")));
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    }

    void hugeImage_data() {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("stream") << true << qint64(3 * 1024 * 1024);
        QTest::newRow("non-stream") << false << qint64(2 * 1024 * 1024 + 1);
    }
    void hugeImage() {
        QFETCH(bool, stream);
        QFETCH(qint64, bytes);
        m_server.setHugeImageBytes(bytes);
        QCOMPARE(m_server.hugeImageBytes(), bytes);
        const ProbeResult r = chat(QStringLiteral("fault/huge-image"), stream, 60000);
        QCOMPARE(r.status, 200);
        QString url;
        if (stream) {
            const QList<QByteArray> lines = r.body.split('\n');
            const auto longest = std::max_element(
                lines.begin(), lines.end(),
                [](const QByteArray &a, const QByteArray &b) { return a.size() < b.size(); });
            QVERIFY(longest->size() > bytes); // the whole image is one SSE line
            for (const QJsonObject &c : chunks(r.body)) {
                const QJsonArray images = c.value(QStringLiteral("choices"))
                                              .toArray()
                                              .first()
                                              .toObject()
                                              .value(QStringLiteral("delta"))
                                              .toObject()
                                              .value(QStringLiteral("images"))
                                              .toArray();
                if (!images.isEmpty())
                    url = images[0]
                              .toObject()
                              .value(QStringLiteral("image_url"))
                              .toObject()
                              .value(QStringLiteral("url"))
                              .toString();
            }
        } else {
            url = r.json()
                      .value(QStringLiteral("choices"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("message"))
                      .toObject()
                      .value(QStringLiteral("images"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("image_url"))
                      .toObject()
                      .value(QStringLiteral("url"))
                      .toString();
        }
        QVERIFY2(url.size() >= bytes && url.size() <= bytes + 3,
                 qPrintable(QString::number(url.size())));
        QVERIFY(url.startsWith(QStringLiteral("data:image/png;base64,")));
        const QImage image =
            QImage::fromData(QByteArray::fromBase64(url.mid(22).toLatin1()), "PNG");
        QCOMPARE(image.size(), QSize(64, 64));
    }

    void hang() {
        const ProbeResult r = chat(QStringLiteral("fault/hang"), true, 400);
        QVERIFY(r.timedOut);
        QCOMPARE(r.status, 0);
        QVERIFY(r.headersAtMs < 0); // not one byte
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(chat(QStringLiteral("fake/echo"), false).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.connectionCount(), 1, 5000); // the aborted one closed
    }

    void fixtureReplay() {
        if (!orc::test::hasFixtures())
            QSKIP(orc::test::kNoFixturesMessage);
        QCOMPARE(chat(QStringLiteral("fixture/aisdk_claude37_text_stream"), true).status,
                 400); // no dir set
        m_server.setFixturesDir(orc::test::fixturesDir());
        m_server.setTokenDelayMs(5);
        const ProbeResult r = chat(QStringLiteral("fixture/aisdk_claude37_text_stream"), true);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/event-stream"));
        QCOMPARE(r.body,
                 orc::test::readFixture(QStringLiteral("sse/aisdk_claude37_text_stream.sse")));
        QVERIFY(r.readAtMs.size() >= 5); // event by event, not in one go
        const ProbeResult plain =
            chat(QStringLiteral("fixture/aisdk_claude_sonnet4_nonstream_padded"), false);
        QCOMPARE(plain.body, orc::test::readFixture(
                                 QStringLiteral("chat/aisdk_claude_sonnet4_nonstream_padded.raw")));
        QCOMPARE(chat(QStringLiteral("fixture/does_not_exist"), true).status, 400);
        QCOMPARE(chat(QStringLiteral("fixture/..%2Fkey"), true).status, 400);
        QCOMPARE(chat(QStringLiteral("fixture/../key"), true).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestFakeServerFaults)
#include "tst_fakeserver_faults.moc"
