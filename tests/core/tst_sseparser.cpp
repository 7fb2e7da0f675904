#include "SseParserTestSupport.h"
#include "TestSupport.h"
#include "net/SseParser.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

using orc::SseEvent;
using orc::SseParser;

using namespace orc::test::sse;

namespace {

// §4.10 of the API notes: a faithful text stream (LF line ends).
const QByteArray kTextStream = QByteArrayLiteral(
    ": OPENROUTER PROCESSING\n\n"
    "data: "
    "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
    "\"content\":\"Ol\xC3\xA1\",\"role\":\"assistant\"},\"finish_reason\":null}]}\n\n"
    "data: "
    "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
    "\"content\":\"!\",\"role\":\"assistant\"},\"finish_reason\":null}]}\n\n"
    ": OPENROUTER PROCESSING\n\n"
    "data: "
    "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{"
    "\"content\":\"\",\"role\":\"assistant\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_"
    "tokens\":19,\"completion_tokens\":7,\"total_tokens\":26}}\n\n"
    "data: [DONE]\n\n");

} // namespace

class TestSseParser : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void realStreamEverySplit_data();
    void realStreamEverySplit();
    void bufferedBytesAndReuse();
    void nothingAfterDone();
    void hugeSingleLine_data();
    void hugeSingleLine();
    void utf8SplitMidCharacter();
};

void TestSseParser::parse_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<bool>("clean");

    using L = QList<QByteArray>;
    const QByteArray a = QByteArrayLiteral("data:a");
    const QByteArray b = QByteArrayLiteral("data:b");
    const QByteArray done = QByteArrayLiteral("done");

    // line ends
    QTest::newRow("LF") << QByteArrayLiteral("data: a\n\ndata: b\n\ndata: [DONE]\n\n")
                        << L{a, b, done} << true;
    QTest::newRow("CRLF") << QByteArrayLiteral("data: a\r\n\r\ndata: b\r\n\r\ndata: [DONE]\r\n\r\n")
                          << L{a, b, done} << true;
    QTest::newRow("CR") << QByteArrayLiteral("data: a\r\rdata: b\r\rdata: [DONE]\r\r")
                        << L{a, b, done} << true;
    QTest::newRow("mixed") << QByteArrayLiteral("data: a\r\n\rdata: b\n\r\ndata: [DONE]\r\r")
                           << L{a, b, done} << true;
    QTest::newRow("CRLF is one line end") << QByteArrayLiteral("data: a\r\ndata: b\r\n\r\n")
                                          << L{QByteArrayLiteral("data:a\nb")} << false;
    QTest::newRow("LF CR is two line ends")
        << QByteArrayLiteral("data: a\n\rdata: b\n\n") << L{a, b} << false;

    // comments
    QTest::newRow("keep-alive comments")
        << QByteArrayLiteral(": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\ndata: {}\n\n")
        << L{QByteArrayLiteral("comment:OPENROUTER PROCESSING"),
             QByteArrayLiteral("comment:OPENROUTER PROCESSING"), QByteArrayLiteral("data:{}")}
        << false;
    QTest::newRow("comment spacing")
        << QByteArrayLiteral(":x\n:  two\n:\n: \n")
        << L{QByteArrayLiteral("comment:x"), QByteArrayLiteral("comment: two"),
             QByteArrayLiteral("comment:"), QByteArrayLiteral("comment:")}
        << false;
    QTest::newRow("comment inside an event")
        << QByteArrayLiteral("data: a\n: ping\ndata: b\n\n")
        << L{QByteArrayLiteral("comment:ping"), QByteArrayLiteral("data:a\nb")} << false;
    QTest::newRow("comment without blank line does not poison")
        << QByteArrayLiteral(": OPENROUTER PROCESSING\ndata: {\"x\":1}\n\n: {\ndata: {}\n\n")
        << L{QByteArrayLiteral("comment:OPENROUTER PROCESSING"),
             QByteArrayLiteral("data:{\"x\":1}"), QByteArrayLiteral("comment:{"),
             QByteArrayLiteral("data:{}")}
        << false;

    // data lines and fields
    QTest::newRow("multi-line data")
        << QByteArrayLiteral("data: line1\ndata: line2\ndata:\ndata: line4\n\n")
        << L{QByteArrayLiteral("data:line1\nline2\n\nline4")} << false;
    QTest::newRow("event and id do not carry over")
        << QByteArrayLiteral("event: message\nid: 42\ndata: x\n\ndata: y\n\n")
        << L{QByteArrayLiteral("data[event=message][id=42]:x"), QByteArrayLiteral("data:y")}
        << false;
    QTest::newRow("last field value wins")
        << QByteArrayLiteral("event: a\nevent: b\nid: 1\nid: 2\ndata: x\n\n")
        << L{QByteArrayLiteral("data[event=b][id=2]:x")} << false;
    QTest::newRow("id with NUL is ignored") << QByteArrayLiteral("id: 7\nid: a\0b\ndata: x\n\n")
                                            << L{QByteArrayLiteral("data[id=7]:x")} << false;
    QTest::newRow("event without data is not dispatched and does not leak")
        << QByteArrayLiteral("event: ping\nid: 9\n\ndata: x\n\n") << L{QByteArrayLiteral("data:x")}
        << false;
    QTest::newRow("unknown fields and retry ignored")
        << QByteArrayLiteral("retry: 1000\nfoo: bar\nDATA: no\ndata : no\ndatax: no\ndata: yes\n\n")
        << L{QByteArrayLiteral("data:yes")} << false;
    QTest::newRow("field name without colon")
        << QByteArrayLiteral("data\n\ndata\ndata\n\n")
        << L{QByteArrayLiteral("data:"), QByteArrayLiteral("data:\n")} << false;
    QTest::newRow("no space after colon")
        << QByteArrayLiteral("data:x\n\n") << L{QByteArrayLiteral("data:x")} << false;
    QTest::newRow("only one space stripped")
        << QByteArrayLiteral("data:  x \n\n") << L{QByteArrayLiteral("data: x ")} << false;
    QTest::newRow("colons in value")
        << QByteArrayLiteral("data: a:b: c\n\n") << L{QByteArrayLiteral("data:a:b: c")} << false;
    QTest::newRow("empty data line")
        << QByteArrayLiteral("data:\n\ndata: \n\ndata: [DONE]\n\n")
        << L{QByteArrayLiteral("data:"), QByteArrayLiteral("data:"), done} << true;
    QTest::newRow("blank lines alone") << QByteArrayLiteral("\n\n\r\n\r\r") << L{} << false;
    QTest::newRow("empty input") << QByteArray() << L{} << false;
    QTest::newRow("byte order mark at start") << QByteArrayLiteral("\xEF\xBB\xBF"
                                                                   "data: a\n\n\xEF\xBB\xBF"
                                                                   "data: b\n\n")
                                              << L{a} << false;

    // [DONE] and the end of the stream
    QTest::newRow("[DONE] then garbage ignored")
        << QByteArrayLiteral("data: a\n\ndata: [DONE]\n\ndata: b\n\n: c\n\nevent: x\n\xFF\xFE\r")
        << L{a, done} << true;
    QTest::newRow("[DONE] CRLF then more")
        << QByteArrayLiteral("data: [DONE]\r\n\r\ndata: x\r\n\r\n") << L{done} << true;
    QTest::newRow("[DONE] needs the exact payload")
        << QByteArrayLiteral("data:  [DONE]\n\ndata: [DONE] \n\ndata: [done]\n\n")
        << L{QByteArrayLiteral("data: [DONE]"), QByteArrayLiteral("data:[DONE] "),
             QByteArrayLiteral("data:[done]")}
        << false;
    QTest::newRow("[DONE] inside multi-line data is data")
        << QByteArrayLiteral("data: [DONE]\ndata: x\n\n") << L{QByteArrayLiteral("data:[DONE]\nx")}
        << false;
    QTest::newRow("[DONE] with an event type")
        << QByteArrayLiteral("event: end\ndata:[DONE]\n\n") << L{done} << true;
    QTest::newRow("truncated: no [DONE]") << QByteArrayLiteral("data: a\n\n") << L{a} << false;
    QTest::newRow("truncated: partial last event dropped")
        << QByteArrayLiteral("data: a\n\ndata: b\n") << L{a} << false;
    QTest::newRow("truncated: partial last line dropped")
        << QByteArrayLiteral("data: a\n\ndata: [DO") << L{a} << false;
    QTest::newRow("truncated: [DONE] line without line end")
        << QByteArrayLiteral("data: a\n\ndata: [DONE]") << L{a} << false;
    QTest::newRow("truncated: [DONE] followed by a partial line")
        << QByteArrayLiteral("data: a\n\ndata: [DONE]\nx") << L{a} << false;
    QTest::newRow("final [DONE] line without blank line")
        << QByteArrayLiteral("data: a\n\ndata: [DONE]\n") << L{a} << true;
    QTest::newRow("final [DONE] line ended by CR")
        << QByteArrayLiteral("data: a\r\rdata: [DONE]\r") << L{a} << true;
    QTest::newRow("UTF-8 payload")
        << QByteArrayLiteral("data: Ol\xC3\xA1 \xF0\x9F\x99\x82\n\n")
        << L{QByteArrayLiteral("data:Ol\xC3\xA1 \xF0\x9F\x99\x82")} << false;
}

void TestSseParser::parse() {
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(bool, clean);

    const Run whole = parseChunks({input});
    QCOMPARE(render(whole.events), expected);
    QCOMPARE(whole.clean, clean);
    QCOMPARE(whole.bufferedAfterFinish, qsizetype(0));
    // A Done event is reported during feed(); the tolerated final "[DONE]" line only at finish().
    QCOMPARE(whole.doneBeforeFinish, expected.contains(QByteArrayLiteral("done")));

    for (qsizetype pos = 0; pos <= input.size(); ++pos) {
        const QByteArrayView view(input);
        const QByteArray diff =
            mismatch(parseChunks({view.first(pos), view.sliced(pos)}), expected, clean);
        QVERIFY2(
            diff.isEmpty(),
            qPrintable(QStringLiteral("split at %1: %2").arg(pos).arg(QString::fromLatin1(diff))));
    }
    const QByteArray diff = mismatch(parseBytewise(input), expected, clean);
    QVERIFY2(diff.isEmpty(), diff.constData());

    // A reset parser behaves like a fresh one.
    SseParser parser;
    parseWith(parser, {QByteArrayLiteral("data: stale\n\ndata: pending\nda")});
    parser.reset();
    const QByteArray reused = mismatch(parseWith(parser, {input}), expected, clean);
    QVERIFY2(reused.isEmpty(), reused.constData());
}

void TestSseParser::realStreamEverySplit_data() {
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArrayLiteral("\n");
    QTest::newRow("CRLF") << QByteArrayLiteral("\r\n");
    QTest::newRow("CR") << QByteArrayLiteral("\r");
}

void TestSseParser::realStreamEverySplit() {
    QFETCH(QByteArray, lineEnd);
    const QByteArray input = withLineEnds(kTextStream, lineEnd);

    const Run whole = parseChunks({input});
    QVERIFY(whole.clean);
    const QList<QByteArray> expected = render(whole.events);
    QCOMPARE(expected.size(), 6);
    QCOMPARE(expected.first(), QByteArrayLiteral("comment:OPENROUTER PROCESSING"));
    QCOMPARE(expected.at(3), QByteArrayLiteral("comment:OPENROUTER PROCESSING"));
    QCOMPARE(expected.last(), QByteArrayLiteral("done"));
    for (int i : {1, 2, 4}) {
        QCOMPARE(whole.events.at(i).kind, SseEvent::Kind::Data);
        QVERIFY2(parsesAsJsonObject(whole.events.at(i).data), whole.events.at(i).data.constData());
    }
    QVERIFY(whole.events.at(1).data.contains("\"content\":\"Ol\xC3\xA1\""));
    QVERIFY(whole.events.at(4).data.endsWith("\"total_tokens\":26}}"));

    const QByteArrayView view(input);
    for (qsizetype pos = 0; pos <= input.size(); ++pos) {
        const QByteArray diff =
            mismatch(parseChunks({view.first(pos), view.sliced(pos)}), expected, true);
        QVERIFY2(
            diff.isEmpty(),
            qPrintable(QStringLiteral("split at %1: %2").arg(pos).arg(QString::fromLatin1(diff))));
    }
    const QByteArray bytewise = mismatch(parseBytewise(input), expected, true);
    QVERIFY2(bytewise.isEmpty(), bytewise.constData());
    for (qsizetype size : {2, 3, 7, 64}) {
        const QByteArray diff = mismatch(parseInPiecesOf(input, size), expected, true);
        QVERIFY2(diff.isEmpty(),
                 qPrintable(
                     QStringLiteral("pieces of %1: %2").arg(size).arg(QString::fromLatin1(diff))));
    }
}

void TestSseParser::bufferedBytesAndReuse() {
    SseParser parser;
    QList<SseEvent> events;
    const SseParser::Sink sink = [&events](SseEvent &&ev) { events.append(std::move(ev)); };

    parser.feed("data: abc", sink);
    QCOMPARE(parser.bufferedBytes(), qsizetype(9)); // the unfinished line
    parser.feed("\r", sink);
    QCOMPARE(parser.bufferedBytes(), qsizetype(3)); // the pending event's data
    parser.feed("\n", sink);                        // LF of the CRLF: not a blank line
    QVERIFY(events.isEmpty());
    parser.feed("\n", sink);
    QCOMPARE(render(events), QList<QByteArray>{QByteArrayLiteral("data:abc")});
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
    QVERIFY(!parser.isDone());

    parser.feed("data: [DONE]\n\n", sink);
    QVERIFY(parser.isDone());
    QVERIFY(parser.finish());
    QVERIFY(parser.finish()); // idempotent

    parser.reset();
    QVERIFY(!parser.isDone());
    events.clear();
    parser.feed("data: again\n\n", sink);
    QCOMPARE(render(events), QList<QByteArray>{QByteArrayLiteral("data:again")});
    QVERIFY(!parser.finish());
    QVERIFY(!parser.finish());
}

void TestSseParser::nothingAfterDone() {
    SseParser parser;
    QList<SseEvent> events;
    const SseParser::Sink sink = [&events](SseEvent &&ev) { events.append(std::move(ev)); };
    parser.feed("data: a\n\ndata: [DONE]\n\ndata: partial-after-done", sink);
    QCOMPARE(parser.bufferedBytes(), qsizetype(0)); // nothing after [DONE] is kept
    parser.feed("\n\n: comment\n\ndata: b\n\n", sink);
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
    QCOMPARE(render(events),
             (QList<QByteArray>{QByteArrayLiteral("data:a"), QByteArrayLiteral("done")}));
    QVERIFY(parser.finish());
}

void TestSseParser::hugeSingleLine_data() {
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArrayLiteral("\n");
    QTest::newRow("CRLF, CR at a chunk end") << QByteArrayLiteral("\r\n");
}

void TestSseParser::hugeSingleLine() {
    QFETCH(QByteArray, lineEnd);

    // A 40 MB image chunk: "data: {...,"url":"data:image/png;base64,<base64>"}" on one line.
    const QByteArray head = QByteArrayLiteral(
        "{\"choices\":[{\"index\":0,\"delta\":{\"images\":[{\"type\":\"image_url\",\"image_url\":{"
        "\"url\":\"data:image/png;base64,");
    const QByteArray tail = QByteArrayLiteral("\"}}]},\"finish_reason\":\"stop\"}]}");
    const QByteArray prefix = QByteArrayLiteral("data: ");
    // About 40 MB, sized so that the byte after the line (CR or LF) ends a 16 KiB chunk.
    const qsizetype payloadSize = 40 * 1024 * 1024 - prefix.size() - 1;
    const qsizetype lineSize = prefix.size() + payloadSize;
    const qsizetype base64Size = payloadSize - head.size() - tail.size();

    QByteArray payload;
    payload.reserve(payloadSize);
    payload += head;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    quint32 state = 12345;
    for (qsizetype i = 0; i < base64Size; ++i) {
        state = state * 1664525u + 1013904223u;
        payload += alphabet[(state >> 24) & 63];
    }
    payload += tail;
    QCOMPARE(payload.size(), payloadSize);

    const QByteArray stream = prefix + payload + lineEnd + lineEnd +
                              QByteArrayLiteral("data: [DONE]") + lineEnd + lineEnd;
    QCOMPARE((lineSize + 1) % kNetworkChunk, qsizetype(0));

    SseParser parser;
    QList<SseEvent> events;
    const SseParser::Sink sink = [&events](SseEvent &&ev) { events.append(std::move(ev)); };
    const QByteArrayView view(stream);
    for (qsizetype pos = 0; pos < view.size(); pos += kNetworkChunk) {
        const qsizetype n = std::min(kNetworkChunk, view.size() - pos);
        parser.feed(view.sliced(pos, n), sink);
        if (pos + n <= lineSize) {
            // The whole unfinished line is held, nothing less, nothing more.
            QCOMPARE(parser.bufferedBytes(), pos + n);
            QVERIFY(events.isEmpty());
        }
    }
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, SseEvent::Kind::Data);
    QCOMPARE(events.at(0).data.size(), payload.size());
    QVERIFY(events.at(0).data == payload);
    QCOMPARE(events.at(1).kind, SseEvent::Kind::Done);
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
    QVERIFY(parser.finish());
    // Copied neither to grow (a stall of tens of ms on the UI thread) nor when complete.
    QCOMPARE(parser.longLineMoves(), 0);
    QCOMPARE(parser.linesTaken(), 1);
}

void TestSseParser::utf8SplitMidCharacter() {
    const QString text = QStringLiteral(u"Olá 🙂 — ü");
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(utf8.size(), qsizetype(16)); // 5 ASCII bytes + 2 + 4 + 3 + 2
    const QByteArray input = QByteArrayLiteral("data: ") + utf8 + QByteArrayLiteral("\n: ") + utf8 +
                             QByteArrayLiteral("\n\n");

    int midCharacterSplits = 0;
    const QByteArrayView view(input);
    for (qsizetype pos = 1; pos < input.size(); ++pos) {
        if ((quint8(input.at(pos)) & 0xC0) != 0x80)
            continue; // not inside a multi-byte character
        ++midCharacterSplits;
        const Run run = parseChunks({view.first(pos), view.sliced(pos)});
        QCOMPARE(run.events.size(), 2);
        QCOMPARE(run.events.at(0).kind, SseEvent::Kind::Comment);
        QCOMPARE(QString::fromUtf8(run.events.at(0).data), text);
        QCOMPARE(run.events.at(1).kind, SseEvent::Kind::Data);
        QCOMPARE(run.events.at(1).data, utf8);
        QCOMPARE(QString::fromUtf8(run.events.at(1).data), text);
    }
    QCOMPARE(midCharacterSplits, 2 * 7); // 1 + 3 + 2 + 1 continuation bytes, twice
}

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
