// orcli as a process against the fake server: chat (seed-compatible output and flags, stdin
// prompts, attachments, streaming, output formats, dry runs), errors, exit codes, help, Ctrl-C.
#include "OrcliHarness.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

class TestOrcli : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    QJsonObject lastChatBody() {
        const auto requests = m_h.server().requests();
        for (qsizetype i = requests.size() - 1; i >= 0; --i)
            if (requests.at(i).path.endsWith("/chat/completions"_L1))
                return requests.at(i).json;
        return {};
    }
    int chatRequests() { return m_h.server().requestCount(u"/chat/completions"_s); }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
    }
    void cleanupTestCase() { QVERIFY2(!m_h.keyLeaked(), "the API key appeared in orcli output"); }

    void seedCompatibleReply() {
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello world"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: hello world\n"_ba); // print(response): reply plus one newline
        QCOMPARE(r.err, QByteArray());
        const QJsonObject body = lastChatBody();
        QCOMPARE(body.value("model"_L1).toString(), u"fake/echo"_s);
        QCOMPARE(body.value("stream"_L1).toBool(true), false); // stdout is not a terminal
        const QJsonArray messages = body.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value("role"_L1).toString(), u"user"_s);
        QCOMPARE(messages.at(0).toObject().value("content"_L1).toString(), u"hello world"_s);
        QVERIFY(!body.contains("response_format"_L1));
        const auto request = m_h.server().lastRequest();
        QCOMPARE(request.header("authorization"), "Bearer " + OrcliHarness::kKey.toUtf8());
    }

    void seedFlags_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("short") << QStringList{u"-s"_s, u"Be brief"_s, u"-m"_s, u"50"_s,
                                              u"-t"_s, u"0.3"_s,      u"-j"_s};
        QTest::newRow("long") << QStringList{u"--system"_s, u"Be brief"_s,      u"--max-tokens"_s,
                                             u"50"_s,       u"--temperature"_s, u"0.3"_s,
                                             u"--json"_s};
    }
    void seedFlags() {
        QFETCH(QStringList, flags);
        const OrcliRun r = m_h.run(QStringList{u"chat"_s, u"fake/echo"_s, u"hi"_s} + flags);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: hi\n"_ba);
        const QJsonObject body = lastChatBody();
        const QJsonArray messages = body.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value("role"_L1).toString(), u"system"_s);
        QCOMPARE(messages.at(0).toObject().value("content"_L1).toString(), u"Be brief"_s);
        QCOMPARE(body.value("max_tokens"_L1).toInt(), 50);
        QCOMPARE(body.value("temperature"_L1).toDouble(), 0.3);
        QCOMPARE(body.value("response_format"_L1).toObject(),
                 QJsonObject({{u"type"_s, u"json_object"_s}}));
    }

    void skillKeyWorks() {
        m_h.environment().remove(u"OPENROUTER_API_KEY"_s);
        m_h.environment().insert(u"SKILL_OPENROUTER_API_KEY"_s, OrcliHarness::kKey);
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hi"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_h.server().lastRequest().header("authorization"),
                 "Bearer " + OrcliHarness::kKey.toUtf8());
    }

    void missingKey() {
        m_h.environment().remove(u"OPENROUTER_API_KEY"_s);
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().contains("SKILL_OPENROUTER_API_KEY"_L1), qPrintable(r.describe()));
        QVERIFY(r.errText().contains("Get your key at: https://openrouter.ai/keys"_L1));
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void promptFromStdin_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("dash") << QStringList{u"chat"_s, u"fake/echo"_s, u"-"_s};
        QTest::newRow("omitted") << QStringList{u"chat"_s, u"fake/echo"_s};
    }
    void promptFromStdin() {
        QFETCH(QStringList, args);
        const OrcliRun r = m_h.run(args, "from stdin");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: from stdin\n"_ba);
    }

    void emptyStdinIsUsageError() {
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"-"_s}, "  \n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().startsWith("Error: The prompt is empty"_L1));
        QCOMPARE(chatRequests(), 0);
    }

    void imageAttachments() {
        const QString png = m_h.writeFile(u"in/pixel.png"_s, orc::test::tinyPng());
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"what is this"_s, u"--image"_s, png,
                                    u"--image"_s, u"https://example.com/cat.jpg"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray parts = lastChatBody()
                                     .value("messages"_L1)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value("content"_L1)
                                     .toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).toObject().value("type"_L1).toString(), u"text"_s);
        QCOMPARE(parts.at(0).toObject().value("text"_L1).toString(), u"what is this"_s);
        QCOMPARE(parts.at(1).toObject().value("image_url"_L1).toObject().value("url"_L1).toString(),
                 u"data:image/png;base64,"_s +
                     QString::fromLatin1(orc::test::tinyPng().toBase64()));
        QCOMPARE(parts.at(2).toObject().value("image_url"_L1).toObject().value("url"_L1).toString(),
                 u"https://example.com/cat.jpg"_s);
    }

    void fileAttachment() {
        const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
        const QString path = m_h.writeFile(u"in/report.pdf"_s, pdf);
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"summarise"_s, u"--file"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray parts = lastChatBody()
                                     .value("messages"_L1)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value("content"_L1)
                                     .toArray();
        QCOMPARE(parts.size(), 2);
        const QJsonObject file = parts.at(1).toObject().value("file"_L1).toObject();
        QCOMPARE(parts.at(1).toObject().value("type"_L1).toString(), u"file"_s);
        QCOMPARE(file.value("filename"_L1).toString(), u"report.pdf"_s);
        QCOMPARE(file.value("file_data"_L1).toString(),
                 u"data:application/pdf;base64,"_s + QString::fromLatin1(pdf.toBase64()));
    }

    void badAttachments_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing image")
            << u"--image"_s << u"nowhere/missing.png"_s << u"Cannot read --image"_s;
        QTest::newRow("not an image")
            << u"--image"_s << u"notes.txt"_s << u"is not a PNG, JPEG, WebP or GIF image"_s;
        QTest::newRow("folder") << u"--image"_s << u"in"_s << u"it is a folder"_s;
        QTest::newRow("missing file")
            << u"--file"_s << u"nowhere/missing.pdf"_s << u"Cannot read --file"_s;
        QTest::newRow("ftp url") << u"--image"_s << u"ftp://host/x.png"_s
                                 << u"Unsupported --image URL"_s;
    }
    void badAttachments() {
        QFETCH(QString, option);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        m_h.writeFile(u"notes.txt"_s, "just text");
        m_h.writeFile(u"in/keep.txt"_s, "x");
        const QString arg = file.contains("://"_L1) ? file : m_h.path(file);
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hi"_s, option, arg});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().startsWith("Error: "_L1) && r.errText().contains(expected),
                 qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1); // one clear line
        QCOMPARE(chatRequests(), 0);
    }

    void streamingFlags_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<bool>("stream");
        QTest::newRow("default (pipe)") << QStringList{} << false;
        QTest::newRow("--stream") << QStringList{u"--stream"_s} << true;
        QTest::newRow("--no-stream") << QStringList{u"--no-stream"_s} << false;
        QTest::newRow("ndjson") << QStringList{u"--format"_s, u"ndjson"_s} << true;
        QTest::newRow("ndjson --no-stream")
            << QStringList{u"--format"_s, u"ndjson"_s, u"--no-stream"_s} << false;
    }
    void streamingFlags() {
        QFETCH(QStringList, flags);
        QFETCH(bool, stream);
        const OrcliRun r =
            m_h.run(QStringList{u"chat"_s, u"fake/echo"_s, u"one two three"_s} + flags);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(lastChatBody().value("stream"_L1).toBool(), stream);
        if (!flags.contains(u"ndjson"_s))
            QCOMPARE(r.out, "Echo: one two three\n"_ba);
    }

    void terminalStreamsByDefault() {
        // Under a pseudo-terminal (util-linux `script`), stdout is a terminal: the reply streams.
        QProcess p;
        p.setProcessEnvironment(m_h.environment());
        const QString command = OrcliHarness::program() + u" chat fake/echo 'one two'"_s;
        p.start(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s});
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardOutput().contains("Echo: one two"), "no reply on the terminal");
        QCOMPARE(lastChatBody().value("stream"_L1).toBool(), true);
    }

    void streamAndNoStreamExclude() {
        const OrcliRun r =
            m_h.run({u"chat"_s, u"fake/echo"_s, u"x"_s, u"--stream"_s, u"--no-stream"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(chatRequests(), 0);
    }

    void jsonFormat() {
        const OrcliRun r =
            m_h.run({u"--format"_s, u"json"_s, u"chat"_s, u"fake/echo"_s, u"hi there"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value("content"_L1).toString(), u"Echo: hi there"_s);
        QCOMPARE(o.value("model"_L1).toString(), u"fake/echo"_s);
        QVERIFY(o.value("id"_L1).toString().startsWith("gen-"_L1));
        QCOMPARE(o.value("finish_reason"_L1).toString(), u"stop"_s);
        QCOMPARE(o.value("state"_L1).toString(), u"completed"_s);
        const QJsonObject usage = o.value("usage"_L1).toObject();
        QVERIFY(usage.value("total_tokens"_L1).toInt() > 0);
        QVERIFY(usage.value("cost"_L1).toDouble() > 0);
        QVERIFY(o.contains("provider"_L1) && o.contains("reasoning"_L1));
    }

    void ndjsonEvents() {
        const OrcliRun r =
            m_h.run({u"chat"_s, u"fake/echo"_s, u"alpha beta gamma"_s, u"--format"_s, u"ndjson"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QJsonObject> events = r.outLines();
        QVERIFY(events.size() >= 3);
        QString text;
        int deltas = 0;
        bool sawUsage = false;
        for (const QJsonObject &e : events) {
            if (e.value("type"_L1) == "delta"_L1) {
                text += e.value("text"_L1).toString();
                ++deltas;
            }
            sawUsage |= e.value("type"_L1) == "usage"_L1;
        }
        QCOMPARE(text, u"Echo: alpha beta gamma"_s);
        QVERIFY(deltas > 1); // streamed word by word
        QVERIFY(sawUsage);
        const QJsonObject done = events.last();
        QCOMPARE(done.value("type"_L1).toString(), u"done"_s);
        QCOMPARE(done.value("exit_code"_L1).toInt(-1), 0);
        QCOMPARE(done.value("result"_L1).toObject().value("content"_L1).toString(), text);
    }

    void ndjsonToolCall() {
        const OrcliRun r =
            m_h.run({u"chat"_s, u"fake/tools"_s, u"weather?"_s, u"--format"_s, u"ndjson"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QString name, arguments;
        for (const QJsonObject &e : r.outLines()) {
            if (e.value("type"_L1) != "tool_call"_L1)
                continue;
            if (e.contains("name"_L1))
                name = e.value("name"_L1).toString();
            arguments += e.value("arguments"_L1).toString();
        }
        QCOMPARE(name, u"weather"_s);
        QCOMPARE(QJsonDocument::fromJson(arguments.toUtf8()).object(),
                 QJsonObject({{u"location"_s, u"Florence, Italy"_s}}));
    }

    void ndjsonError() {
        const OrcliRun r =
            m_h.run({u"chat"_s, u"nope/nope"_s, u"hi"_s, u"--format"_s, u"ndjson"_s});
        QCOMPARE(r.exitCode, 1);
        const QList<QJsonObject> events = r.outLines();
        QVERIFY(events.size() >= 2);
        QCOMPARE(events.at(events.size() - 2).value("type"_L1).toString(), u"error"_s);
        QCOMPARE(events.last().value("type"_L1).toString(), u"done"_s);
        QCOMPARE(events.last().value("exit_code"_L1).toInt(), 1);
    }

    void reasoning() {
        OrcliRun r = m_h.run({u"chat"_s, u"fake/reasoning"_s, u"why"_s, u"--show-reasoning"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(!r.out.contains(r.err.trimmed()));
        const QByteArray reasoning = r.err;
        r = m_h.run({u"chat"_s, u"fake/reasoning"_s, u"why"_s});
        QCOMPARE(r.err, QByteArray()); // hidden unless asked for
        r = m_h.run({u"chat"_s, u"fake/reasoning"_s, u"why"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.outJson().value("reasoning"_L1).toString().trimmed(),
                 QString::fromUtf8(reasoning).trimmed());
    }

    void dryRunRedactsKeyAndSendsNothing() {
        const OrcliRun r =
            m_h.run({u"--dry-run"_s, u"chat"_s, u"fake/echo"_s, u"hi"_s, u"-m"_s, u"5"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(), 0);
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value("method"_L1).toString(), u"POST"_s);
        QCOMPARE(o.value("url"_L1).toString(), m_h.baseUrl() + u"/chat/completions"_s);
        QCOMPARE(o.value("headers"_L1).toObject().value("Authorization"_L1).toString(),
                 u"Bearer [redacted]"_s);
        const QJsonObject body = o.value("body"_L1).toObject();
        QCOMPARE(body.value("model"_L1).toString(), u"fake/echo"_s);
        QCOMPARE(body.value("max_tokens"_L1).toInt(), 5);
        QVERIFY(!r.out.contains(OrcliHarness::kKey.toUtf8()));
    }

    void advancedOptions() {
        const QString schema = m_h.writeFile(
            u"colours.schema.json"_s,
            "{\"type\":\"object\",\"properties\":{\"colours\":{\"type\":\"array\"}}}");
        const OrcliRun r =
            m_h.run({u"chat"_s,       u"fake/echo"_s, u"hi"_s,       u"--top-p"_s,
                     u"0.9"_s,        u"--seed"_s,    u"42"_s,       u"--stop"_s,
                     u"END"_s,        u"--stop"_s,    u"STOP"_s,     u"--reasoning-effort"_s,
                     u"high"_s,       u"--models"_s,  u"a/b,c/d"_s,  u"--provider-sort"_s,
                     u"throughput"_s, u"--web"_s,     u"--schema"_s, schema});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject body = lastChatBody();
        QCOMPARE(body.value("top_p"_L1).toDouble(), 0.9);
        QCOMPARE(body.value("seed"_L1).toInt(), 42);
        QCOMPARE(body.value("stop"_L1).toArray(), QJsonArray({u"END"_s, u"STOP"_s}));
        QCOMPARE(body.value("reasoning"_L1).toObject().value("effort"_L1).toString(), u"high"_s);
        QCOMPARE(body.value("models"_L1).toArray(), QJsonArray({u"a/b"_s, u"c/d"_s}));
        QCOMPARE(body.value("provider"_L1).toObject().value("sort"_L1).toString(), u"throughput"_s);
        QCOMPARE(body.value("plugins"_L1).toArray().at(0).toObject().value("id"_L1).toString(),
                 u"web"_s);
        const QJsonObject format = body.value("response_format"_L1).toObject();
        QCOMPARE(format.value("type"_L1).toString(), u"json_schema"_s);
        const QJsonObject jsonSchema = format.value("json_schema"_L1).toObject();
        QCOMPARE(jsonSchema.value("name"_L1).toString(), u"colours_schema"_s);
        QCOMPARE(jsonSchema.value("schema"_L1).toObject().value("type"_L1).toString(), u"object"_s);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QStringList base{u"chat"_s, u"fake/echo"_s, u"hi"_s};
        QTest::newRow("temperature") << base + QStringList{u"-t"_s, u"3"_s} << u"--temperature"_s;
        QTest::newRow("top-p") << base + QStringList{u"--top-p"_s, u"0"_s} << u"--top-p"_s;
        QTest::newRow("max-tokens") << base + QStringList{u"-m"_s, u"0"_s} << u"--max-tokens"_s;
        QTest::newRow("seed") << base + QStringList{u"--seed"_s, u"x"_s} << u"--seed"_s;
        QTest::newRow("effort") << base + QStringList{u"--reasoning-effort"_s, u"huge"_s}
                                << u"Accepted: max, xhigh"_s;
        QTest::newRow("sort") << base + QStringList{u"--provider-sort"_s, u"random"_s}
                              << u"price, throughput, latency"_s;
        QTest::newRow("unknown option")
            << base + QStringList{u"--frobnicate"_s} << u"Unknown option 'frobnicate'"_s;
        QTest::newRow("json+schema")
            << base + QStringList{u"-j"_s, u"--schema"_s, u"x.json"_s} << u"exclude each other"_s;
        QTest::newRow("schema missing")
            << base + QStringList{u"--schema"_s, u"missing.json"_s} << u"Cannot read --schema"_s;
        QTest::newRow("too many") << QStringList{u"chat"_s, u"m/x"_s, u"a"_s, u"b"_s}
                                  << u"Too many arguments"_s;
        QTest::newRow("no model") << QStringList{u"chat"_s} << u"Missing MODEL"_s;
        QTest::newRow("format") << base + QStringList{u"--format"_s, u"yaml"_s}
                                << u"Accepted formats: text, json, ndjson"_s;
        QTest::newRow("timeout") << base + QStringList{u"--timeout"_s, u"-1"_s} << u"--timeout"_s;
        QTest::newRow("retries") << base + QStringList{u"--retries"_s, u"many"_s} << u"--retries"_s;
        QTest::newRow("unknown command") << QStringList{u"chatt"_s} << u"Unknown command"_s;
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const OrcliRun r = m_h.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().startsWith("Error: "_L1) && r.errText().contains(expected),
                 qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void apiErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QString good = OrcliHarness::kKey;
        QTest::newRow("401") << QStringList{u"fake/echo"_s} << u"sk-or-bad-0000000000"_s << 3
                             << u"OpenRouter error 401"_s;
        QTest::newRow("402") << QStringList{u"fake/echo"_s} << u"sk-or-broke-000000000"_s << 4
                             << u"OpenRouter error 402"_s;
        QTest::newRow("403") << QStringList{u"fault/moderation"_s} << good << 5
                             << u"OpenRouter error 403"_s;
        QTest::newRow("429") << QStringList{u"fault/429"_s, u"--retries"_s, u"1"_s} << good << 6
                             << u"OpenRouter error 429"_s;
        QTest::newRow("unknown model") << QStringList{u"nope/nope"_s} << good << 1
                                       << u"OpenRouter error 400: nope/nope is not a valid model "
                                          "ID. Check the model id: \"orcli find TERM\""_s;
        QTest::newRow("500") << QStringList{u"fault/500"_s, u"--retries"_s, u"0"_s} << good << 1
                             << u"OpenRouter error 500"_s;
        QTest::newRow("timeout") << QStringList{u"fault/hang"_s, u"--timeout"_s, u"0.5"_s,
                                                u"--retries"_s, u"0"_s}
                                 << good << 7 << u"No data arrived"_s;
    }
    void apiErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, key);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        m_h.environment().insert(u"OPENROUTER_API_KEY"_s, key);
        const OrcliRun r = m_h.run(QStringList{u"chat"_s, args.at(0), u"hi"_s} + args.mid(1));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.errText().contains("Error: "_L1 + expected), qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray());
        QVERIFY(!r.err.contains(key.toUtf8()));
    }

    void networkErrorExit7() {
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hi"_s, u"--base-url"_s,
                                    u"http://127.0.0.1:1/api/v1"_s, u"--retries"_s, u"0"_s});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.errText().startsWith("Error: Network error"_L1), qPrintable(r.describe()));
    }

    void insecureBaseUrlRefused() {
        const OrcliRun r = m_h.run(
            {u"chat"_s, u"fake/echo"_s, u"hi"_s, u"--base-url"_s, u"http://example.com/api"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains("Refusing to send the API key over plain http"_L1),
                 qPrintable(r.describe()));
    }

    void jsonErrorOnStderr() {
        m_h.environment().insert(u"OPENROUTER_API_KEY"_s, u"sk-or-bad-0000000000"_s);
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hi"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray());
        const QJsonObject e = r.errJson();
        QCOMPARE(e.value("exit_code"_L1).toInt(), 3);
        QCOMPARE(e.value("error"_L1).toObject().value("kind"_L1).toString(), u"auth"_s);
        QCOMPARE(e.value("error"_L1).toObject().value("status"_L1).toInt(), 401);
    }

    void retriesAreNoted() {
        OrcliRun r = m_h.run({u"chat"_s, u"fault/429-once"_s, u"hi"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.errText().startsWith("Retrying in "_L1), qPrintable(r.describe()));
        QVERIFY(r.errText().contains("(attempt 1/4)"_L1));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 2);
        m_h.server().reset();
        r = m_h.run({u"chat"_s, u"fault/429-once"_s, u"hi"_s, u"--quiet"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
    }

    void midStreamFailureKeepsPartialOutput_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("in-band error") << u"fault/midstream-error"_s << 1;
        QTest::newRow("dropped") << u"fault/drop"_s << 7; // cut off: a network failure
    }
    void midStreamFailureKeepsPartialOutput() {
        QFETCH(QString, model);
        QFETCH(int, exitCode);
        const OrcliRun r = m_h.run({u"chat"_s, model, u"hi"_s, u"--stream"_s});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(!r.out.trimmed().isEmpty(), qPrintable(r.describe())); // what arrived is kept
        QVERIFY2(r.errText().contains("Error: "_L1), qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void ctrlCCancelsAndKeepsPartialOutput() {
        m_h.server().setSlowDelayMs(100);
        std::unique_ptr<QProcess> p(
            m_h.start({u"chat"_s, u"fault/slow"_s, u"hi"_s, u"--stream"_s, u"-m"_s, u"200"_s}));
        QVERIFY(p->waitForStarted(10000));
        p->closeWriteChannel();
        QByteArray out;
        QObject::connect(p.get(), &QProcess::readyReadStandardOutput, p.get(),
                         [&] { out += p->readAllStandardOutput(); });
        QTRY_VERIFY_WITH_TIMEOUT(out.size() >= 4, 20000);
        QSignalSpy finished(p.get(), &QProcess::finished);
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(finished.wait(20000));
        out += p->readAllStandardOutput();
        const QByteArray err = p->readAllStandardError();
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 130);
        QVERIFY(out.startsWith("t0") || out.size() >= 4);
        QVERIFY(out.endsWith('\n'));
        QVERIFY2(err.contains("Cancelled."), err.constData());
        m_h.server().setSlowDelayMs(200);
    }

    void verboseLogRedactsKey() {
        const OrcliRun r = m_h.run({u"-v"_s, u"chat"_s, u"fake/echo"_s, u"hi"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: hi\n"_ba);
        QVERIFY2(r.errText().contains("> POST "_L1 + m_h.baseUrl() + "/chat/completions"_L1),
                 qPrintable(r.describe()));
        QVERIFY(r.errText().contains("Bearer [redacted]"_L1));
        QVERIFY(r.errText().contains("< HTTP 200"_L1));
        QVERIFY(r.errText().contains("\"model\":\"fake/echo\""_L1));
        QVERIFY(!r.err.contains(OrcliHarness::kKey.toUtf8()));
    }

    void help() {
        OrcliRun r = m_h.run({u"chat"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith("Usage: orcli chat MODEL [PROMPT] [options]"_L1));
        for (const char *option : {"--system", "--max-tokens", "--temperature", "--json", "--image",
                                   "--file", "--schema", "--stream", "--format"})
            QVERIFY2(r.outText().contains(QLatin1String(option)), option);
        const QByteArray chatHelp = r.out;
        r = m_h.run({u"help"_s, u"chat"_s});
        QCOMPARE(r.out, chatHelp);
        r = m_h.run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"chat", "image", "models", "find", "key", "credits",
                                    "generation", "batch", "Exit codes"})
            QVERIFY2(r.outText().contains(QLatin1String(command)), command);
        r = m_h.run({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().startsWith("Usage: orcli"_L1));
        r = m_h.run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("orcli " ORC_VERSION "\n"));
    }
};

QTEST_GUILESS_MAIN(TestOrcli)
#include "tst_orcli.moc"
