// orcli batch as a process against the fake server: JSONL in and out, concurrency, shared
// backoff on 429, resuming, stopping on 401, progress and summary, and bad input files.
#include "OrcliHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using orc::test::jsonl;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

namespace {

QList<QJsonObject> readLines(const QString &path) {
    QFile f(path);
    QList<QJsonObject> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

QHash<QString, QJsonObject> byId(const QList<QJsonObject> &lines) {
    QHash<QString, QJsonObject> out;
    for (const QJsonObject &o : lines)
        out.insert(o.value("id"_L1).toString(), o);
    return out;
}

} // namespace

class TestOrcliBatch : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
        m_h.server().setTokenDelayMs(0);
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void resultsToStdout() {
        const QString in = m_h.writeFile(
            u"b1/in.jsonl"_s,
            jsonl({{{u"id"_s, u"a"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"one"_s}},
                   {{u"id"_s, 2},
                    {u"model"_s, u"fake/echo"_s},
                    {u"prompt"_s, u"two"_s},
                    {u"system"_s, u"terse"_s},
                    {u"max_tokens"_s, 7},
                    {u"temperature"_s, 0.5}},
                   {{u"id"_s, u"c"_s},
                    {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                                           {u"content"_s, u"three"_s}}}}}}) +
                "\n");
        const OrcliRun r = m_h.run({u"batch"_s, in, u"--model"_s, u"fake/echo"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const auto results = byId(r.outLines());
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.value(u"a"_s).value("content"_L1).toString(), u"Echo: one"_s);
        QCOMPARE(results.value(u"2"_s).value("content"_L1).toString(), u"Echo: two"_s);
        QCOMPARE(results.value(u"c"_s).value("content"_L1).toString(), u"Echo: three"_s);
        const QJsonObject a = results.value(u"a"_s);
        QCOMPARE(a.value("ok"_L1).toBool(), true);
        QCOMPARE(a.value("model"_L1).toString(), u"fake/echo"_s);
        QVERIFY(a.value("cost"_L1).toDouble() > 0);
        QVERIFY(a.value("usage"_L1).toObject().value("total_tokens"_L1).toInt() > 0);
        QVERIFY(a.value("generation_id"_L1).toString().startsWith("gen-"_L1));
        // The parameters of line 2 were sent as given, without streaming.
        bool sawTwo = false;
        for (const auto &req : m_h.server().requests()) {
            const QJsonObject body = req.json;
            QCOMPARE(body.value("stream"_L1).toBool(true), false);
            const QJsonArray messages = body.value("messages"_L1).toArray();
            if (messages.last().toObject().value("content"_L1).toString() == "two"_L1) {
                sawTwo = true;
                QCOMPARE(body.value("max_tokens"_L1).toInt(), 7);
                QCOMPARE(body.value("temperature"_L1).toDouble(), 0.5);
                QCOMPARE(messages.first().toObject().value("content"_L1).toString(), u"terse"_s);
            }
        }
        QVERIFY(sawTwo);
        QVERIFY2(r.errText().contains("Batch: 3 done, 0 failed, 0 skipped"_L1),
                 qPrintable(r.describe()));
        QVERIFY(r.errText().contains("cost $"_L1));
    }

    void concurrencyIsRespected() {
        m_h.server().setSlowDelayMs(30);
        QList<QJsonObject> lines;
        for (int i = 0; i < 9; ++i)
            lines << QJsonObject{{u"id"_s, i},
                                 {u"model"_s, u"fault/slow"_s},
                                 {u"prompt"_s, u"x"_s},
                                 {u"max_tokens"_s, 5}};
        const QString in = m_h.writeFile(u"b2/in.jsonl"_s, jsonl(lines));
        int open = 0, peak = 0;
        // Requests are answered slowly, so the connections in use at once show the concurrency.
        QObject ctx;
        connect(&m_h.server(), &orc::fake::FakeOpenRouter::requestReceived, &ctx, [&] {
            open = m_h.server().connectionCount();
            peak = std::max(peak, open);
        });
        const OrcliRun r = m_h.run(
            {u"batch"_s, in, u"--concurrency"_s, u"3"_s, u"-o"_s, m_h.path(u"b2/out.jsonl"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(readLines(m_h.path(u"b2/out.jsonl"_s)).size(), 9);
        QVERIFY2(peak <= 3 && peak >= 2, qPrintable(QString::number(peak)));
        m_h.server().setSlowDelayMs(200);
    }

    void resumeSkipsSucceededIds() {
        const QString in = m_h.writeFile(
            u"b3/in.jsonl"_s,
            jsonl({{{u"id"_s, u"ok1"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"a"_s}},
                   {{u"id"_s, u"bad"_s}, {u"model"_s, u"fault/400"_s}, {u"prompt"_s, u"b"_s}},
                   {{u"id"_s, u"ok2"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"c"_s}}}));
        const QString out = m_h.path(u"b3/deeper/out.jsonl"_s); // parent folders are created
        OrcliRun r = m_h.run({u"batch"_s, in, u"-o"_s, out});
        QCOMPARE(r.exitCode, 1); // the code of the failed line
        QCOMPARE(r.out, QByteArray());
        auto results = byId(readLines(out));
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.value(u"bad"_s).value("ok"_L1).toBool(true), false);
        QCOMPARE(results.value(u"bad"_s).value("exit_code"_L1).toInt(), 1);
        QVERIFY(results.value(u"bad"_s).value("error"_L1).toObject().contains("message"_L1));
        QVERIFY(r.errText().contains("Batch: 2 done, 1 failed, 0 skipped"_L1));

        // Re-run: only the failed id is sent again; its old line is replaced, not duplicated.
        m_h.server().clearRequests();
        r = m_h.run({u"batch"_s, in, u"-o"_s, out});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 1);
        QCOMPARE(m_h.server().lastRequest().json.value("model"_L1).toString(), u"fault/400"_s);
        QVERIFY(r.errText().contains("2 request(s) already succeeded"_L1));
        QVERIFY(r.errText().contains("Batch: 0 done, 1 failed, 2 skipped"_L1));
        const QList<QJsonObject> lines = readLines(out);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(byId(lines).size(), 3);

        // Fixed input: everything succeeds, nothing is sent twice.
        m_h.server().clearRequests();
        m_h.writeFile(
            u"b3/in.jsonl"_s,
            jsonl({{{u"id"_s, u"ok1"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"a"_s}},
                   {{u"id"_s, u"bad"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"b"_s}},
                   {{u"id"_s, u"ok2"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"c"_s}}}));
        r = m_h.run({u"batch"_s, in, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 1);
        results = byId(readLines(out));
        QCOMPARE(readLines(out).size(), 3);
        for (const QJsonObject &o : results)
            QVERIFY(o.value("ok"_L1).toBool());
    }

    void brokenTailOfOutputIsRepaired() {
        const QString in = m_h.writeFile(
            u"b4/in.jsonl"_s,
            jsonl({{{u"id"_s, u"x"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"a"_s}},
                   {{u"id"_s, u"y"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"b"_s}}}));
        // A run killed while writing its last line.
        const QString out = m_h.writeFile(
            u"b4/out.jsonl"_s,
            "{\"id\":\"x\",\"ok\":true,\"content\":\"Echo: a\"}\n{\"id\":\"y\",\"ok\":tr");
        const OrcliRun r = m_h.run({u"batch"_s, in, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QJsonObject> lines = readLines(out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(byId(lines).value(u"y"_s).value("content"_L1).toString(), u"Echo: b"_s);
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 1);
    }

    void sharedBackoffOn429() {
        const QString in = m_h.writeFile(
            u"b5/in.jsonl"_s,
            jsonl({{{u"id"_s, u"limited"_s},
                    {u"model"_s, u"fault/429-once"_s},
                    {u"prompt"_s, u"a"_s}},
                   {{u"id"_s, u"e1"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"b"_s}},
                   {{u"id"_s, u"e2"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"c"_s}}}));
        QList<qint64> times;
        QList<QString> models;
        QElapsedTimer clock;
        clock.start();
        QObject ctx;
        connect(&m_h.server(), &orc::fake::FakeOpenRouter::requestReceived, &ctx,
                [&](const orc::fake::RecordedRequest &req) {
                    times << clock.elapsed();
                    models << req.json.value("model"_L1).toString();
                });
        const OrcliRun r = m_h.run({u"batch"_s, in, u"--concurrency"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(models, (QList<QString>{u"fault/429-once"_s, u"fault/429-once"_s, u"fake/echo"_s,
                                         u"fake/echo"_s}));
        // Retry-After: 1 paused everything, not only the limited request.
        QVERIFY2(times.at(1) - times.at(0) >= 900, qPrintable(QString::number(times.at(1))));
        QVERIFY(r.errText().contains("limited: retrying in 1s (attempt 1/4)... [HTTP 429]"_L1));
        QCOMPARE(byId(r.outLines()).value(u"limited"_s).value("attempts"_L1).toInt(), 2);
    }

    void stillRateLimitedFails() {
        const QString in = m_h.writeFile(
            u"b6/in.jsonl"_s,
            jsonl({{{u"id"_s, u"l"_s}, {u"model"_s, u"fault/429"_s}, {u"prompt"_s, u"a"_s}}}));
        const OrcliRun r = m_h.run({u"batch"_s, in, u"--retries"_s, u"1"_s});
        QCOMPARE(r.exitCode, 6);
        const QJsonObject line = r.outLines().value(0);
        QCOMPARE(line.value("ok"_L1).toBool(true), false);
        QCOMPARE(line.value("exit_code"_L1).toInt(), 6);
        QCOMPARE(line.value("attempts"_L1).toInt(), 2);
        QCOMPARE(line.value("error"_L1).toObject().value("kind"_L1).toString(), u"rate_limited"_s);
    }

    void authErrorStopsTheRun() {
        QList<QJsonObject> lines;
        for (int i = 0; i < 6; ++i)
            lines << QJsonObject{{u"id"_s, i}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"x"_s}};
        const QString in = m_h.writeFile(u"b7/in.jsonl"_s, jsonl(lines));
        const QString out = m_h.path(u"b7/out.jsonl"_s);
        m_h.environment().insert(u"OPENROUTER_API_KEY"_s, u"sk-or-bad-0000000000"_s);
        OrcliRun r = m_h.run({u"batch"_s, in, u"-o"_s, out, u"--concurrency"_s, u"2"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(m_h.server().requestCount(u"/chat/completions"_s) <= 2);
        QVERIFY2(r.errText().contains("Error: OpenRouter error 401"_L1), qPrintable(r.describe()));
        QVERIFY(r.errText().contains("6 request(s) not run"_L1));
        QCOMPARE(readLines(out).size(), 0);
        // With a good key the same command finishes the job.
        m_h.resetEnvironment();
        r = m_h.run({u"batch"_s, in, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(readLines(out).size(), 6);
    }

    void progressAndJsonSummary() {
        const QString in = m_h.writeFile(
            u"b8/in.jsonl"_s,
            jsonl({{{u"id"_s, u"p"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"a"_s}}}));
        OrcliRun r = m_h.run({u"batch"_s, in, u"--progress"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains("] 1/1 done, 0 failed, 0 running"_L1),
                 qPrintable(r.describe()));
        QVERIFY(r.err.contains("\r\x1b[K"));
        r = m_h.run({u"batch"_s, in}); // stderr is a pipe: no bar
        QVERIFY(!r.errText().contains("running"_L1));
        r = m_h.run({u"batch"_s, in, u"--format"_s, u"json"_s});
        const QJsonObject summary = r.errJson().value("summary"_L1).toObject();
        QCOMPARE(summary.value("done"_L1).toInt(), 1);
        QCOMPARE(summary.value("failed"_L1).toInt(), 0);
        QVERIFY(summary.value("tokens"_L1).toInt() > 0);
        QVERIFY(summary.value("cost"_L1).toDouble() > 0);
        QVERIFY(summary.contains("wall_ms"_L1));
    }

    void stdinInputAndDryRun() {
        const QByteArray input =
            jsonl({{{u"id"_s, u"s"_s}, {u"prompt"_s, u"from stdin"_s}, {u"seed"_s, 3}}});
        OrcliRun r = m_h.run({u"batch"_s, u"-"_s, u"--model"_s, u"fake/echo"_s}, input);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outLines().value(0).value("content"_L1).toString(), u"Echo: from stdin"_s);
        m_h.server().clearRequests();
        r = m_h.run({u"batch"_s, u"-"_s, u"--model"_s, u"fake/echo"_s, u"--dry-run"_s}, input);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_h.server().requestCount(), 0);
        const QJsonObject dry = r.outLines().value(0);
        QCOMPARE(dry.value("id"_L1).toString(), u"s"_s);
        QCOMPARE(dry.value("body"_L1).toObject().value("seed"_L1).toInt(), 3);
        QCOMPARE(dry.value("body"_L1).toObject().value("model"_L1).toString(), u"fake/echo"_s);
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "{\"id\":\"1\",\"model\":\"fake/echo\",\"prompt\":\"hi\"}\n";
        QTest::newRow("invalid json")
            << QByteArray(good + "{\"id\":\"2\",\"model\":\"fake/echo\",\"prompt\":\"hi\"\n")
            << u"in.jsonl:2: invalid JSON"_s;
        QTest::newRow("not an object")
            << QByteArray(good + "[1,2]\n") << u"in.jsonl:2: the line is not a JSON object"_s;
        QTest::newRow("no model") << QByteArray("{\"id\":\"1\",\"prompt\":\"hi\"}\n")
                                  << u"in.jsonl:1: no \"model\""_s;
        QTest::newRow("no prompt")
            << QByteArray("{\"id\":\"1\",\"model\":\"m/x\"}\n") << u"either \"prompt\""_s;
        QTest::newRow("both") << QByteArray("{\"model\":\"m/x\",\"prompt\":\"a\",\"messages\":[]}")
                              << u"not both"_s;
        QTest::newRow("bad messages")
            << QByteArray("{\"model\":\"m/x\",\"messages\":[\"hi\"]}") << u"\"messages\" must be"_s;
        QTest::newRow("duplicate id") << QByteArray(good + good) << u"used twice"_s;
        QTest::newRow("empty") << QByteArray("\n\n") << u"holds no requests"_s;
    }
    void badInput() {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QDir(m_h.path(u"b9"_s)).removeRecursively();
        const QString in = m_h.writeFile(u"b9/in.jsonl"_s, input);
        const QString out = m_h.path(u"b9/out/results.jsonl"_s);
        const OrcliRun r = m_h.run({u"batch"_s, in, u"-o"_s, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().startsWith("Error: "_L1) && r.errText().contains(expected),
                 qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(m_h.server().requestCount(), 0);
        QVERIFY(!QFileInfo::exists(out)); // nothing written
        QVERIFY(!QFileInfo::exists(m_h.path(u"b9/out"_s)));
    }

    void unwritableOutput() {
        const QString in = m_h.writeFile(
            u"b10/in.jsonl"_s,
            jsonl({{{u"id"_s, u"1"_s}, {u"model"_s, u"fake/echo"_s}, {u"prompt"_s, u"a"_s}}}));
        for (const QString &out : {u"/sys/kernel/orcli-results.jsonl"_s,
                                   u"/proc/version/results.jsonl"_s, m_h.path(u"b10"_s)}) {
            const OrcliRun r = m_h.run({u"batch"_s, in, u"-o"_s, out});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().startsWith("Error: Cannot "_L1), qPrintable(r.describe()));
            QCOMPARE(m_h.server().requestCount(), 0);
        }
    }

    void ctrlCStopsAndResumes() {
        m_h.server().setSlowDelayMs(300);
        QList<QJsonObject> lines;
        for (int i = 0; i < 4; ++i)
            lines << QJsonObject{{u"id"_s, i},
                                 {u"model"_s, u"fault/slow"_s},
                                 {u"prompt"_s, u"x"_s},
                                 {u"max_tokens"_s, 40}};
        const QString in = m_h.writeFile(u"b11/in.jsonl"_s, jsonl(lines));
        const QString out = m_h.path(u"b11/out.jsonl"_s);
        std::unique_ptr<QProcess> p(m_h.start({u"batch"_s, in, u"-o"_s, out}));
        QVERIFY(p->waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_h.server().requestCount(u"/chat/completions"_s) >= 4, 20000);
        QSignalSpy finished(p.get(), &QProcess::finished);
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(finished.wait(20000));
        QCOMPARE(p->exitCode(), 130);
        QVERIFY(QString::fromUtf8(p->readAllStandardError()).contains("cancelled"_L1));
        QCOMPARE(readLines(out).size(), 0); // cancelled requests are not recorded
        m_h.server().setSlowDelayMs(1);
        const OrcliRun r = m_h.run({u"batch"_s, in, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(readLines(out).size(), 4);
        m_h.server().setSlowDelayMs(200);
    }
};

QTEST_GUILESS_MAIN(TestOrcliBatch)
#include "tst_orcli_batch.moc"
