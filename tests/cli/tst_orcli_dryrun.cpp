// orcli --dry-run prints exactly the request the same command sends: for every command that
// sends, the dry run is compared with what the fake server received from the real run.
#include "OrcliHarness.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using orc::fake::RecordedRequest;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

namespace {

// Headers Qt's transport adds by itself; everything else on the wire comes from the builder.
const QSet<QByteArray> kTransportHeaders = {"host", "connection", "content-length",
                                            "accept-encoding", "accept-language"};

} // namespace

class TestOrcliDryRun : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    // The last request the server got whose path ends with `path`.
    RecordedRequest lastTo(const QString &path) {
        const QList<RecordedRequest> all = m_h.server().requests();
        for (qsizetype i = all.size() - 1; i >= 0; --i)
            if (all.at(i).path.endsWith(path))
                return all.at(i);
        return {};
    }

    // Fails unless `dry` (a dry run's JSON) describes `sent` exactly, the key redacted.
    // `streamUnknown`: an image dry run cannot know whether an Images API model streams (only
    // GET /images/models says, and a dry run asks nothing): it shows the request unstreamed, so
    // Accept and the body's "stream" are not compared.
    static void compare(const QJsonObject &dry, const RecordedRequest &sent,
                        bool streamUnknown = false) {
        QVERIFY2(!sent.method.isEmpty(), "the real run sent nothing to compare with");
        QCOMPARE(dry.value("method"_L1).toString(), QString::fromLatin1(sent.method));
        const QUrl url(dry.value("url"_L1).toString());
        QCOMPARE(url.path(), sent.path);
        QCOMPARE(QUrlQuery(url).toString(QUrl::FullyDecoded),
                 sent.query.toString(QUrl::FullyDecoded));

        const QJsonObject headers = dry.value("headers"_L1).toObject();
        QVERIFY(!headers.isEmpty());
        QSet<QByteArray> described;
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QByteArray name = it.key().toLatin1().toLower();
            described.insert(name);
            QByteArray expected = it.value().toString().toUtf8();
            if (name == "authorization") {
                QCOMPARE(expected, "Bearer [redacted]"_ba);
                expected = "Bearer " + OrcliHarness::kKey.toUtf8();
            }
            QVERIFY2(sent.headers.contains(name), name.constData());
            if (streamUnknown && name == "accept")
                continue;
            QCOMPARE(sent.header(name), expected);
        }
        for (auto it = sent.headers.begin(); it != sent.headers.end(); ++it)
            QVERIFY2(
                described.contains(it.key()) || kTransportHeaders.contains(it.key()),
                qPrintable("sent but not in the dry run: "_L1 + QString::fromLatin1(it.key())));

        if (sent.body.isEmpty())
            QVERIFY(!dry.contains("body"_L1));
        else if (streamUnknown)
            QCOMPARE(dry.value("body"_L1).toObject(),
                     QJsonObject(sent.json).value("stream"_L1).toBool()
                         ? [&] {
                               QJsonObject o = sent.json;
                               o.remove(u"stream"_s);
                               return o;
                           }()
                         : sent.json);
        else
            QCOMPARE(dry.value("body"_L1).toObject(), sent.json);
    }

    // Runs `args` with --dry-run (nothing may be sent), then for real, and compares the dry
    // run with the last request to `path`.
    void dryRunMatchesRealRequest(const QStringList &args, const QString &path,
                                  bool streamUnknown = false) {
        m_h.server().clearRequests();
        const OrcliRun dry = m_h.run(QStringList{u"--dry-run"_s} + args);
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QCOMPARE(m_h.server().requestCount(path), 0);
        const QJsonObject described = dry.outJson();
        const OrcliRun real = m_h.run(args);
        QVERIFY2(real.exitCode == 0, qPrintable(real.describe()));
        compare(described, lastTo(path), streamUnknown);
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void chat() {
        dryRunMatchesRealRequest({u"chat"_s, u"fake/echo"_s, u"hi"_s, u"-m"_s, u"5"_s},
                                 u"/chat/completions"_s);
    }

    void chatStreamed() {
        // Streaming changes Accept and the body's "stream".
        dryRunMatchesRealRequest(
            {u"chat"_s, u"fake/echo"_s, u"hi"_s, u"--stream"_s, u"--system"_s, u"be brief"_s},
            u"/chat/completions"_s);
        QCOMPARE(lastTo(u"/chat/completions"_s).header("accept"), "text/event-stream"_ba);
    }

    void imageThroughChat() {
        dryRunMatchesRealRequest({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"a fox"_s,
                                  u"-o"_s, m_h.path(u"d1/fox.png"_s), u"-a"_s, u"16:9"_s},
                                 u"/chat/completions"_s);
    }

    void imageThroughImagesApi() {
        // A dry run asks nothing (not even GET /images/models): --api images names the route.
        dryRunMatchesRealRequest({u"image"_s, u"fake/image"_s, u"dots"_s, u"-o"_s,
                                  m_h.path(u"d2/d.png"_s), u"--api"_s, u"images"_s},
                                 u"/images"_s, true);
    }

    // An image dry run reaches the server not at all: no catalogue, no GET /images/models,
    // whatever the model, the API or the options; options are checked locally all the same.
    void imageDryRunAsksNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("catalogue model")
            << QStringList{u"google/gemini-2.5-flash-image"_s, u"a fox"_s, u"-a"_s, u"16:9"_s} << 0;
        QTest::newRow("unknown model") << QStringList{u"fake/image"_s, u"dots"_s} << 0;
        QTest::newRow("images api") << QStringList{u"fake/image"_s, u"dots"_s,      u"--api"_s,
                                                   u"images"_s,     u"--quality"_s, u"high"_s}
                                    << 0;
        QTest::newRow("bad aspect")
            << QStringList{u"google/gemini-2.5-flash-image"_s, u"p"_s, u"-a"_s, u"7:3"_s} << 2;
    }
    void imageDryRunAsksNothing() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        m_h.server().clearRequests();
        const OrcliRun dry = m_h.run(QStringList{u"--dry-run"_s, u"image"_s} + args +
                                     QStringList{u"-o"_s, m_h.path(u"d3/x.png"_s)});
        QVERIFY2(dry.exitCode == exitCode, qPrintable(dry.describe()));
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void key() { dryRunMatchesRealRequest({u"key"_s}, u"/key"_s); }

    void credits() { dryRunMatchesRealRequest({u"credits"_s}, u"/credits"_s); }

    void generation() {
        const OrcliRun chat =
            m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--format"_s, u"json"_s});
        QVERIFY2(chat.exitCode == 0, qPrintable(chat.describe()));
        const QString id = chat.outJson().value("id"_L1).toString();
        QVERIFY(!id.isEmpty());
        dryRunMatchesRealRequest({u"generation"_s, id}, u"/generation"_s);
    }

    void modelsRefresh() {
        dryRunMatchesRealRequest({u"models"_s, u"--refresh"_s}, u"/models"_s);
        dryRunMatchesRealRequest({u"find"_s, u"echo"_s, u"--refresh"_s}, u"/models"_s);
        dryRunMatchesRealRequest({u"show"_s, u"fake/echo"_s, u"--refresh"_s}, u"/models"_s);
        dryRunMatchesRealRequest({u"models"_s, u"--changes"_s, u"--refresh"_s}, u"/models"_s);
    }

    void batch() {
        const QString input =
            m_h.writeFile(u"batch.jsonl"_s, "{\"id\":\"a\",\"prompt\":\"one\",\"seed\":3}\n"
                                            "{\"id\":\"b\",\"prompt\":\"two\"}\n");
        const QStringList args{u"batch"_s,         input,         u"--model"_s,
                               u"fake/echo"_s,     u"--output"_s, m_h.path(u"batch.out.jsonl"_s),
                               u"--concurrency"_s, u"1"_s};
        const OrcliRun dry = m_h.run(QStringList{u"--dry-run"_s} + args);
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QCOMPARE(m_h.server().requestCount(), 0);
        const QList<QJsonObject> lines = dry.outLines();
        QCOMPARE(lines.size(), 2);
        const OrcliRun real = m_h.run(args);
        QVERIFY2(real.exitCode == 0, qPrintable(real.describe()));
        const QList<RecordedRequest> sent = m_h.server().requests();
        QCOMPARE(sent.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QJsonObject line = lines.at(i);
            QCOMPARE(line.take("id"_L1).toString(), i == 0 ? u"a"_s : u"b"_s);
            compare(line, sent.at(i));
        }
    }

    void noKeyMeansNoAuthorization() {
        // Without a key the dry run shows no Authorization header: none would be sent.
        m_h.environment().remove(u"OPENROUTER_API_KEY"_s);
        const OrcliRun r = m_h.run({u"--dry-run"_s, u"models"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject headers = r.outJson().value("headers"_L1).toObject();
        QVERIFY(!headers.contains("Authorization"_L1));
        QVERIFY(headers.value("User-Agent"_L1).toString().startsWith("ORStudio/"_L1));
        QCOMPARE(headers.value("X-OpenRouter-Title"_L1).toString(), u"OR Studio"_s);
    }

    void verboseLogsTheSameHeaders() {
        const OrcliRun dry = m_h.run({u"--dry-run"_s, u"key"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        const OrcliRun r = m_h.run({u"key"_s, u"-v"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject headers = dry.outJson().value("headers"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QString line = u"> "_s + it.key() + u": "_s + it.value().toString();
            QVERIFY2(r.errText().contains(line), qPrintable(line + u"\n"_s + r.errText()));
        }
        QVERIFY(!r.err.contains(OrcliHarness::kKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestOrcliDryRun)
#include "tst_orcli_dryrun.moc"
