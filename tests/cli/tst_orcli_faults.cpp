// orcli under faults (issue 13, "hardening found by fault tests"): signals other than Ctrl-C,
// empty replies, internal lines on stderr, image options the server would refuse, the 401 hint,
// Ctrl-C during a batch back-off, web pages, invalid UTF-8, streams without [DONE], the overall
// time limit, and the wording of option errors. Each case failed before its fix.
#include "OrcliHarness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using orc::test::jsonl;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

class TestOrcliFaults : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    struct Interrupted {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QByteArray out;
        QByteArray err;
        qint64 msAfterSignal = -1;
    };

    // Starts orcli, waits until `ready` holds for what it printed so far, sends `signalNumber`
    // and collects the rest.
    Interrupted
    interrupt(const QStringList &args, int signalNumber,
              const std::function<bool(const QByteArray &, const QByteArray &)> &ready) {
        Interrupted result;
        std::unique_ptr<QProcess> p(m_h.start(args));
        if (!p->waitForStarted(10000))
            return result;
        p->closeWriteChannel();
        QObject::connect(p.get(), &QProcess::readyReadStandardOutput, p.get(),
                         [&] { result.out += p->readAllStandardOutput(); });
        QObject::connect(p.get(), &QProcess::readyReadStandardError, p.get(),
                         [&] { result.err += p->readAllStandardError(); });
        QElapsedTimer waited;
        waited.start();
        while (!ready(result.out, result.err) && waited.elapsed() < 20000 &&
               p->state() == QProcess::Running)
            QTest::qWait(20);
        QSignalSpy finished(p.get(), &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p->processId()), signalNumber);
        if (!finished.wait(30000)) {
            p->kill();
            p->waitForFinished(5000);
            return result;
        }
        result.msAfterSignal = clock.elapsed();
        result.out += p->readAllStandardOutput();
        result.err += p->readAllStandardError();
        result.status = p->exitStatus();
        result.exitCode = p->exitCode();
        return result;
    }

    static void streamedOrNot() {
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("stream") << QStringList{u"--stream"_s};
        QTest::newRow("no stream") << QStringList{u"--no-stream"_s};
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
        m_h.server().setSlowDelayMs(100);
    }
    void cleanupTestCase() { QVERIFY2(!m_h.keyLeaked(), "the API key appeared in orcli output"); }

    // SIGTERM and SIGHUP are handled like Ctrl-C: what arrived is flushed whole, the result is
    // reported, and the exit code is 128 + the signal.
    void termAndHupAreHandledLikeCtrlC_data() {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
        QTest::newRow("SIGHUP") << int(SIGHUP) << 129;
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
    }
    void termAndHupAreHandledLikeCtrlC() {
        QFETCH(int, signalNumber);
        QFETCH(int, exitCode);
        const QStringList chat{u"chat"_s,     u"fault/slow"_s, u"hi"_s,
                               u"--stream"_s, u"-m"_s,         u"200"_s};
        Interrupted r =
            interrupt(chat, signalNumber,
                      [](const QByteArray &out, const QByteArray &) { return out.size() >= 4; });
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.startsWith("Echo:"), r.out.constData()); // what arrived is kept
        QVERIFY(r.out.endsWith('\n'));
        QVERIFY2(r.err.contains("Cancelled."), r.err.constData());

        // --format json: the result object still comes, its state "cancelled".
        m_h.server().reset();
        r = interrupt(chat + QStringList{u"--format"_s, u"json"_s}, signalNumber,
                      [this](const QByteArray &, const QByteArray &) {
                          return m_h.server().requestCount(u"/chat/completions"_s) > 0;
                      });
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!o.isEmpty(), r.out.constData());
        QCOMPARE(o.value("state"_L1).toString(), u"cancelled"_s);

        // ndjson: the last event reports the same exit code.
        m_h.server().reset();
        r = interrupt(
            chat + QStringList{u"--format"_s, u"ndjson"_s}, signalNumber,
            [](const QByteArray &out, const QByteArray &) { return out.contains("\"delta\""); });
        QCOMPARE(r.exitCode, exitCode);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        const QJsonObject done = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(done.value("type"_L1).toString(), u"done"_s);
        QCOMPARE(done.value("exit_code"_L1).toInt(), exitCode);
    }

    // A reply with no choice fails the same way however it was asked for, without blaming the
    // base URL.
    void emptyReplyFailsInEveryMode_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("no stream") << QStringList{};
        QTest::newRow("stream") << QStringList{u"--stream"_s};
        QTest::newRow("ndjson") << QStringList{u"--format"_s, u"ndjson"_s};
        QTest::newRow("json") << QStringList{u"--format"_s, u"json"_s};
    }
    void emptyReplyFailsInEveryMode() {
        QFETCH(QStringList, flags);
        const OrcliRun r =
            m_h.run(QStringList{u"chat"_s, u"fault/empty-choices"_s, u"hi"_s} + flags);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains("no choices"_L1), qPrintable(r.describe()));
        QVERIFY2(!r.errText().contains("base URL"_L1), qPrintable(r.describe()));
    }

    // Qt's warnings and the orc.* logging categories stay off stderr unless asked for.
    void noInternalLinesOnStderr() {
        // An idle timeout used to read the aborted reply ("QIODevice::read ... device not open").
        OrcliRun r = m_h.run({u"chat"_s, u"fault/hang"_s, u"hi"_s, u"--timeout"_s, u"0.3"_s,
                              u"--retries"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.errText().startsWith("Error: No data arrived"_L1), qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
        r = m_h.run({u"chat"_s, u"fault/slow"_s, u"hi"_s, u"--stream"_s, u"--timeout"_s, u"0.05"_s,
                     u"--retries"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(!r.err.contains("QIODevice"), qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);

        // A stream event that is not JSON: skipped quietly; --format json keeps stderr empty.
        r = m_h.run({u"chat"_s, u"fault/garbage"_s, u"hi"_s, u"--stream"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.err, QByteArray());
        r = m_h.run(
            {u"chat"_s, u"fault/garbage"_s, u"hi"_s, u"--stream"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.err, QByteArray());
        // ... and shown when asked for.
        r = m_h.run({u"-v"_s, u"chat"_s, u"fault/garbage"_s, u"hi"_s, u"--stream"_s});
        QVERIFY2(r.errText().contains("stream event is not JSON"_L1), qPrintable(r.describe()));
        m_h.environment().insert(u"QT_LOGGING_RULES"_s, u"orc.api.warning=true"_s);
        r = m_h.run({u"chat"_s, u"fault/garbage"_s, u"hi"_s, u"--stream"_s});
        QVERIFY2(r.errText().contains("stream event is not JSON"_L1), qPrintable(r.describe()));
    }

    // Image options the model does not take are refused before anything is sent.
    void imageOptionsCheckedLocally_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString gemini = u"google/gemini-2.5-flash-image"_s;
        QTest::newRow("chat, documented ratios")
            << QStringList{gemini, u"p"_s, u"-a"_s, u"7:3"_s}
            << u"does not take the aspect ratio \"7:3\"; the documented ratios are 1:1"_s;
        QTest::newRow("dry run") << QStringList{u"--dry-run"_s, gemini, u"p"_s, u"-a"_s, u"7:3"_s}
                                 << u"\"7:3\""_s;
        QTest::newRow("chat, 0.5K is one model's")
            << QStringList{gemini, u"p"_s, u"-z"_s, u"0.5K"_s} << u"the documented sizes"_s;
        QTest::newRow("unknown model: documented ratios")
            << QStringList{u"nope/painter"_s, u"p"_s, u"-a"_s, u"7:3"_s} << u"\"7:3\""_s;
        // fake/image is listed by GET /images/models with its own enums.
        QTest::newRow("images API, declared ratios")
            << QStringList{u"fake/image"_s, u"p"_s, u"-a"_s, u"7:3"_s}
            << u"does not accept aspect_ratio \"7:3\""_s;
        QTest::newRow("images API, declared count")
            << QStringList{u"black-forest-labs/flux.2-pro"_s,
                           u"p"_s,
                           u"--api"_s,
                           u"images"_s,
                           u"--count"_s,
                           u"6"_s}
            << u"at most 4 images"_s;
    }
    void imageOptionsCheckedLocally() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QStringList full = args;
        full.insert(args.startsWith(u"--dry-run"_s) ? 1 : 0, u"image"_s);
        const OrcliRun r = m_h.run(full + QStringList{u"-o"_s, m_h.path(u"img/out.png"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().startsWith("Error: "_L1) && r.errText().contains(expected),
                 qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 0);
        QCOMPARE(m_h.server().requestCount(u"/images"_s), 0);
    }
    void imageOptionsThatFitAreSent() {
        // The four extra ratios are documented for one model only.
        const OrcliRun r =
            m_h.run({u"--dry-run"_s, u"image"_s, u"google/gemini-3.1-flash-image-preview"_s, u"p"_s,
                     u"-a"_s, u"1:4"_s, u"-z"_s, u"0.5K"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject config =
            r.outJson().value("body"_L1).toObject().value("image_config"_L1).toObject();
        QCOMPARE(config.value("aspect_ratio"_L1).toString(), u"1:4"_s);
    }

    // orcli reads the key from the environment only: its 401 hint says so.
    void authHintNamesTheEnvironment() {
        m_h.environment().insert(u"OPENROUTER_API_KEY"_s, u"sk-or-bad-0000000000"_s);
        OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains("OPENROUTER_API_KEY"_L1) &&
                     r.errText().contains("in the environment"_L1),
                 qPrintable(r.describe()));
        QVERIFY2(!r.errText().contains("settings"_L1), qPrintable(r.describe()));
        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hi"_s, u"--format"_s, u"json"_s});
        const QString hint = r.errJson().value("error"_L1).toObject().value("hint"_L1).toString();
        QVERIFY2(hint.contains("in the environment"_L1) && !hint.contains("settings"_L1),
                 qPrintable(r.describe()));
    }

    // Ctrl-C during a back-off ends the batch at once, whatever the Retry-After.
    void batchCtrlCDuringBackoff_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("503 Retry-After 20") << u"fault/503-20"_s;
        QTest::newRow("429 Retry-After 20") << u"fault/429-20"_s;
    }
    void batchCtrlCDuringBackoff() {
        QFETCH(QString, model);
        const QString in =
            m_h.writeFile(u"batch/in.jsonl"_s,
                          jsonl({{{u"id"_s, u"a"_s}, {u"model"_s, model}, {u"prompt"_s, u"x"_s}},
                                 {{u"id"_s, u"b"_s}, {u"model"_s, model}, {u"prompt"_s, u"y"_s}}}));
        const Interrupted r =
            interrupt({u"batch"_s, in}, SIGINT, [](const QByteArray &, const QByteArray &err) {
                return err.contains("retrying in");
            });
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(r.msAfterSignal >= 0 && r.msAfterSignal < 5000,
                 qPrintable(QString::number(r.msAfterSignal)));
        QVERIFY2(r.err.contains("cancelled"), r.err.constData());
    }

    // A web page answering a chat request is not OpenRouter: exit 1, not a retryable cut-off.
    void htmlAnswerIsNotOpenRouter_data() { streamedOrNot(); }
    void htmlAnswerIsNotOpenRouter() {
        QFETCH(QStringList, flags);
        const OrcliRun r = m_h.run(QStringList{u"chat"_s, u"fault/html-200"_s, u"hi"_s} + flags);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains("Hotel Wi-Fi Login"_L1) &&
                     r.errText().contains("check the base URL or proxy"_L1),
                 qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 1); // not retried
    }

    // Invalid UTF-8 in a delta costs one character, not the event.
    void invalidUtf8KeepsTheText_data() { streamedOrNot(); }
    void invalidUtf8KeepsTheText() {
        QFETCH(QStringList, flags);
        const OrcliRun r =
            m_h.run(QStringList{u"chat"_s, u"fault/bad-utf8"_s, u"hello there"_s} + flags);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText(), u"Echo: caf\uFFFD hello there\n"_s);
    }

    // A stream that ends cleanly after its finish reason and usage is complete without [DONE];
    // one cut off before its finish reason stays a failure.
    void streamWithoutDoneAfterFinishIsComplete() {
        OrcliRun r = m_h.run({u"chat"_s, u"fault/no-done"_s, u"hi"_s, u"--stream"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: hi\n"_ba);
        QCOMPARE(r.err, QByteArray());
        r = m_h.run(
            {u"chat"_s, u"fault/no-done"_s, u"hi"_s, u"--format"_s, u"json"_s, u"--stream"_s});
        QCOMPARE(r.outJson().value("state"_L1).toString(), u"completed"_s);
        QVERIFY(r.outJson().value("usage"_L1).isObject());
        r = m_h.run({u"chat"_s, u"fault/drop"_s, u"hi"_s, u"--stream"_s, u"--retries"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
    }

    // Keep-alive comments reset the idle timeout; --max-time bounds the whole call.
    void maxTimeBoundsAKeepAliveOnlyStream() {
        QElapsedTimer clock;
        clock.start();
        OrcliRun r = m_h.run({u"chat"_s, u"fault/keepalive-only"_s, u"hi"_s, u"--stream"_s,
                              u"--timeout"_s, u"0.5"_s, u"--max-time"_s, u"1.5"_s},
                             {}, 20000);
        QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains("overall time limit of 1.5 s"_L1), qPrintable(r.describe()));
        QVERIFY(clock.elapsed() < 10000);
        // Across retries: the limit counts the waits too.
        m_h.server().reset();
        r = m_h.run({u"--max-time"_s, u"0.8"_s, u"chat"_s, u"fault/429"_s, u"hi"_s}, {}, 20000);
        QVERIFY2(r.exitCode == 7, qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 1);
        // A global option: every command takes it, and checks it.
        r = m_h.run({u"models"_s, u"--max-time"_s, u"30"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_h.run({u"key"_s, u"--max-time"_s, u"0"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains("Invalid --max-time \"0\""_L1), qPrintable(r.describe()));
        r = m_h.run({u"help"_s, u"batch"_s});
        QVERIFY(r.outText().contains("--max-time SECONDS"_L1));
    }

    // Errors about the command line say what is wrong, in plain English.
    void optionErrorsSayWhatIsWrong_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QStringList chat{u"chat"_s, u"fake/echo"_s, u"hi"_s};
        QTest::newRow("base url")
            << chat + QStringList{u"--base-url"_s, u"http://[::1"_s}
            << u"The base URL \"http://[::1\" is not a valid URL (Expected ']' to match '[' in "
               "hostname)."_s;
        QTest::newRow("temperature")
            << chat + QStringList{u"-t"_s, u"3"_s}
            << u"Invalid --temperature \"3\": give a number from 0 to 2."_s;
        QTest::newRow("top-p") << chat + QStringList{u"--top-p"_s, u"0"_s}
                               << u"Invalid --top-p \"0\": give a number above 0 and at most 1."_s;
    }
    void optionErrorsSayWhatIsWrong() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const OrcliRun r = m_h.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(expected), qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrcliFaults)
#include "tst_orcli_faults.moc"
