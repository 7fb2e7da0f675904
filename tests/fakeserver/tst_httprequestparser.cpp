#include "HttpRequestParser.h"

#include <QElapsedTimer>
#include <QTest>

using orc::fake::HttpRequest;
using orc::fake::HttpRequestParser;

namespace {

// A compact, comparable description of a parsed request.
QByteArray summary(const HttpRequest &r) {
    QByteArray s = r.method + ' ' + r.path;
    if (!r.query.isEmpty())
        s += '?' + r.query;
    s += " 1." + QByteArray::number(r.versionMinor);
    s += r.keepAlive ? " keep" : " close";
    if (r.chunked)
        s += " chunked";
    if (r.expectContinue)
        s += " expect";
    s += " [" + r.body + ']';
    return s;
}

struct Outcome {
    QByteArrayList requests;
    int error = 0;
};

Outcome run(HttpRequestParser &parser, const QList<QByteArrayView> &pieces) {
    Outcome out;
    for (QByteArrayView piece : pieces) {
        parser.feed(piece);
        while (parser.hasRequest())
            out.requests.append(summary(parser.takeRequest()));
    }
    out.error = parser.errorStatus();
    return out;
}

QByteArray crlf(QByteArray text) {
    return text.replace("\n", "\r\n");
}

} // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT

private slots:
    void splits_data();
    void splits();
    void headerAccess();
    void headerLimits();
    void requestLineLimit();
    void bodyLimitContentLength();
    void bodyLimitChunked();
    void expectContinue();
    void idleAndBuffered();
    void errorIsTerminal();
    void largeBodyFedInPieces();
    void resetClearsState();
};

void TestHttpRequestParser::splits_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<int>("error");

    const auto ok = [](const char *name, const QByteArray &input, const QByteArrayList &expected) {
        QTest::newRow(name) << input << expected << 0;
    };
    const auto bad = [](const char *name, const QByteArray &input, int status,
                        const QByteArrayList &before = {}) {
        QTest::newRow(name) << input << before << status;
    };

    ok("get", crlf("GET /api/v1/models HTTP/1.1\nHost: x\n\n"), {"GET /api/v1/models 1.1 keep []"});
    ok("query", crlf("GET /api/v1/models?output_modalities=all&limit=2 HTTP/1.1\nHost: x\n\n"),
       {"GET /api/v1/models?output_modalities=all&limit=2 1.1 keep []"});
    ok("fragment dropped", crlf("GET /a?b=1#frag HTTP/1.1\nHost: x\n\n"),
       {"GET /a?b=1 1.1 keep []"});
    ok("content-length body",
       crlf("POST /api/v1/chat/completions HTTP/1.1\nHost: x\nContent-Length: 13\n\n") +
           "{\"a\":\"b\\r\\n\"}",
       {"POST /api/v1/chat/completions 1.1 keep [{\"a\":\"b\\r\\n\"}]"});
    ok("body with CRLF bytes",
       crlf("POST /p HTTP/1.1\nHost: x\nContent-Length: 6\n\n") + "a\r\nb\r\n",
       {"POST /p 1.1 keep [a\r\nb\r\n]"});
    ok("content-length zero", crlf("POST /p HTTP/1.1\nHost: x\nContent-Length: 0\n\n"),
       {"POST /p 1.1 keep []"});
    ok("repeated identical content-length",
       crlf("POST /p HTTP/1.1\nHost: x\nContent-Length: 2, 2\nContent-Length: 2\n\nhi"),
       {"POST /p 1.1 keep [hi]"});
    ok("header names case-insensitive",
       crlf("POST /p HTTP/1.1\nhOsT: x\ncOnTeNt-LeNgTh: 3\nCONNECTION: Close\n\nabc"),
       {"POST /p 1.1 close [abc]"});
    ok("chunked body",
       crlf("POST /p HTTP/1.1\nHost: x\nTransfer-Encoding: chunked\n\n5\nhello\n7\n, world\n0\n\n"),
       {"POST /p 1.1 keep chunked [hello, world]"});
    ok("chunked with extensions and trailers",
       crlf("POST /p HTTP/1.1\nHost: x\nTransfer-Encoding: Chunked\n\n"
            "A;name=\"v\"\n0123456789\n1 ;x\nZ\n0\nX-Trailer: yes\nX-Other: 2\n\n"),
       {"POST /p 1.1 keep chunked [0123456789Z]"});
    ok("chunked upper-case hex",
       crlf("POST /p HTTP/1.1\nHost: x\nTransfer-Encoding: chunked\n\n") + "1A\r\n" +
           QByteArray(26, 'q') + "\r\n0\r\n\r\n",
       {"POST /p 1.1 keep chunked [" + QByteArray(26, 'q') + "]"});
    ok("pipelined three",
       crlf("GET /one HTTP/1.1\nHost: x\n\nPOST /two HTTP/1.1\nHost: x\nContent-Length: 3\n\n") +
           "abc" + crlf("GET /three HTTP/1.1\nHost: x\nConnection: close\n\n"),
       {"GET /one 1.1 keep []", "POST /two 1.1 keep [abc]", "GET /three 1.1 close []"});
    ok("pipelined chunked then get",
       crlf("POST /c HTTP/1.1\nHost: x\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n"
            "GET /d HTTP/1.1\nHost: x\n\n"),
       {"POST /c 1.1 keep chunked [abc]", "GET /d 1.1 keep []"});
    ok("http/1.0 defaults to close", "GET / HTTP/1.0\r\n\r\n", {"GET / 1.0 close []"});
    ok("http/1.0 keep-alive", "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
       {"GET / 1.0 keep []"});
    ok("connection list with close", crlf("GET / HTTP/1.1\nHost: x\nConnection: foo, close\n\n"),
       {"GET / 1.1 close []"});
    ok("bare LF line ends", "GET /lf HTTP/1.1\nHost: x\nContent-Length: 2\n\nok",
       {"GET /lf 1.1 keep [ok]"});
    ok("leading empty lines ignored", "\r\n\r\nGET /x HTTP/1.1\r\nHost: x\r\n\r\n",
       {"GET /x 1.1 keep []"});
    ok("absolute-form target",
       crlf("GET http://127.0.0.1:8080/api/v1/key?x=1 HTTP/1.1\nHost: x\n\n"),
       {"GET /api/v1/key?x=1 1.1 keep []"});
    ok("absolute-form without path", crlf("GET http://127.0.0.1:8080 HTTP/1.1\nHost: x\n\n"),
       {"GET / 1.1 keep []"});
    ok("asterisk-form", crlf("OPTIONS * HTTP/1.1\nHost: x\n\n"), {"OPTIONS * 1.1 keep []"});
    ok("expect continue",
       crlf("POST /e HTTP/1.1\nHost: x\nExpect: 100-Continue\nContent-Length: 1\n\n") + "z",
       {"POST /e 1.1 keep expect [z]"});
    ok("header value with tabs and utf-8",
       crlf("GET /h HTTP/1.1\nHost: x\nX-Title:\t  Ol\xc3\xa1 \t\n\n"), {"GET /h 1.1 keep []"});
    ok("empty header value", crlf("GET /h HTTP/1.1\nHost: x\nX-Empty:\n\n"),
       {"GET /h 1.1 keep []"});

    bad("garbage", "this is not http\r\n\r\n", 400);
    bad("missing version", "GET /\r\n\r\n", 400);
    bad("double space", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    bad("lower-case version", "GET / http/1.1\r\nHost: x\r\n\r\n", 400);
    bad("http/2 version", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505);
    bad("bad method char", "G(T / HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    bad("relative target", "GET api HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    bad("missing host", "GET / HTTP/1.1\r\n\r\n", 400);
    bad("two hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400);
    bad("space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400);
    bad("no colon", "GET / HTTP/1.1\r\nHost x\r\n\r\n", 400);
    bad("obs-fold", "GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  continued\r\n\r\n", 400);
    bad("control char in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n", 400);
    bad("negative content-length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400);
    bad("non-numeric content-length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n",
        400);
    bad("conflicting content-length",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400);
    bad("te and cl",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
        "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        400);
    bad("te not chunked", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501);
    bad("chunked not last",
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", 400);
    bad("chunked twice",
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", 400);
    bad("te in http/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
    bad("bad chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        400);
    bad("chunk data overrun",
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
        400);
    bad("huge chunk size",
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n",
        400);
    bad("good then bad", crlf("GET /ok HTTP/1.1\nHost: x\n\nBROKEN\n\n"), 400,
        {"GET /ok 1.1 keep []"});
}

void TestHttpRequestParser::splits() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, expected);
    QFETCH(int, error);

    {
        HttpRequestParser parser;
        const Outcome whole = run(parser, {input});
        QCOMPARE(whole.requests, expected);
        QCOMPARE(whole.error, error);
        if (error == 0)
            QVERIFY(parser.isIdle());
    }
    {
        HttpRequestParser parser;
        QList<QByteArrayView> bytes;
        for (qsizetype i = 0; i < input.size(); ++i)
            bytes.append(QByteArrayView(input).sliced(i, 1));
        const Outcome byByte = run(parser, bytes);
        QCOMPARE(byByte.requests, expected);
        QCOMPARE(byByte.error, error);
    }
    for (qsizetype split = 0; split <= input.size(); ++split) {
        HttpRequestParser parser;
        const QByteArrayView v(input);
        const Outcome two = run(parser, {v.first(split), v.sliced(split)});
        if (two.requests != expected || two.error != error)
            QFAIL(qPrintable(QStringLiteral("differs when split at byte %1").arg(split)));
    }
    for (qsizetype a = 1; a < input.size(); a += 7) {
        for (qsizetype b = a; b <= input.size(); b += 5) {
            HttpRequestParser parser;
            const QByteArrayView v(input);
            const Outcome three = run(parser, {v.first(a), v.sliced(a, b - a), v.sliced(b)});
            if (three.requests != expected || three.error != error)
                QFAIL(qPrintable(QStringLiteral("differs when split at %1 and %2").arg(a).arg(b)));
        }
    }
}

void TestHttpRequestParser::headerAccess() {
    HttpRequestParser parser;
    parser.feed(crlf("GET / HTTP/1.1\nHost: h\nAuthorization:   Bearer sk-or-v1-abc  \n"
                     "X-Multi: a\nx-multi: b\nACCEPT: text/event-stream\n\n"));
    QVERIFY(parser.hasRequest());
    const HttpRequest r = parser.takeRequest();
    QCOMPARE(r.header("authorization"), QByteArray("Bearer sk-or-v1-abc"));
    QCOMPARE(r.header("AUTHORIZATION"), QByteArray("Bearer sk-or-v1-abc"));
    QCOMPARE(r.header("x-multi"), QByteArray("a, b"));
    QCOMPARE(r.header("accept"), QByteArray("text/event-stream"));
    QVERIFY(r.hasHeader("Host"));
    QVERIFY(!r.hasHeader("content-type"));
    QCOMPARE(r.header("content-type"), QByteArray());
    QCOMPARE(r.headers.size(), 5);
    QCOMPARE(r.headers.at(3).first, QByteArray("x-multi")); // names are lower-cased, order kept
}

void TestHttpRequestParser::headerLimits() {
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 256;
    limits.maxHeaderCount = 4;
    {
        HttpRequestParser parser(limits);
        parser.feed(QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(300, 'a')));
        QVERIFY(parser.hasError()); // detected before the line even ends
        QCOMPARE(parser.errorStatus(), 431);
    }
    {
        HttpRequestParser parser(limits);
        QByteArray req = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 4; ++i)
            req += "X-" + QByteArray::number(i) + ": v\r\n";
        parser.feed(QByteArray(req + "\r\n"));
        QCOMPARE(parser.errorStatus(), 431);
    }
    {
        HttpRequestParser parser(limits);
        QByteArray req = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 3; ++i)
            req += "X-" + QByteArray::number(i) + ": v\r\n";
        parser.feed(QByteArray(req + "\r\n"));
        QVERIFY(!parser.hasError());
        QVERIFY(parser.hasRequest());
    }
}

void TestHttpRequestParser::requestLineLimit() {
    HttpRequestParser::Limits limits;
    limits.maxRequestLineBytes = 64;
    HttpRequestParser parser(limits);
    QVERIFY(!parser.feed(QByteArray("GET /" + QByteArray(100, 'a'))));
    QCOMPARE(parser.errorStatus(), 414);
    QVERIFY(!parser.errorMessage().isEmpty());
}

void TestHttpRequestParser::bodyLimitContentLength() {
    HttpRequestParser::Limits limits;
    limits.maxBodyBytes = 10;
    HttpRequestParser ok(limits);
    ok.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789");
    QVERIFY(ok.hasRequest());
    HttpRequestParser tooBig(limits);
    tooBig.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n");
    QCOMPARE(tooBig.errorStatus(), 413); // refused before any body byte arrives
}

void TestHttpRequestParser::bodyLimitChunked() {
    HttpRequestParser::Limits limits;
    limits.maxBodyBytes = 10;
    HttpRequestParser parser(limits);
    parser.feed("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                "6\r\nabcdef\r\n");
    QVERIFY(!parser.hasError());
    parser.feed("5\r\n");
    QCOMPARE(parser.errorStatus(), 413);
}

void TestHttpRequestParser::expectContinue() {
    HttpRequestParser parser;
    parser.feed("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
    QVERIFY(!parser.hasRequest());
    QVERIFY(parser.takeContinueRequest());
    QVERIFY(!parser.takeContinueRequest()); // reported once
    parser.feed("body");
    QVERIFY(parser.hasRequest());
    QVERIFY(parser.takeRequest().expectContinue);

    // a request whose body is already complete needs no interim response
    parser.feed("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nz");
    QVERIFY(parser.hasRequest());
    QVERIFY(!parser.takeContinueRequest());
}

void TestHttpRequestParser::idleAndBuffered() {
    HttpRequestParser parser;
    QVERIFY(parser.isIdle());
    parser.feed("GET / HT");
    QVERIFY(!parser.isIdle());
    QCOMPARE(parser.bufferedBytes(), 8);
    parser.feed("TP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(parser.isIdle());
    QCOMPARE(parser.readyCount(), 1);
}

void TestHttpRequestParser::errorIsTerminal() {
    HttpRequestParser parser;
    QVERIFY(!parser.feed("NOPE\r\n"));
    QVERIFY(parser.hasError());
    QVERIFY(!parser.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(!parser.hasRequest());
    QCOMPARE(parser.errorStatus(), 400);
}

void TestHttpRequestParser::largeBodyFedInPieces() {
    // 8 MiB body in 1 KiB pieces: linear time, exact bytes
    const qsizetype size = 8 * 1024 * 1024;
    QByteArray body(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        body[i] = static_cast<char>('a' + i % 26);
    const QByteArray wire =
        "POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(size) +
        "\r\n\r\n" + body + "GET /after HTTP/1.1\r\nHost: x\r\n\r\n";
    HttpRequestParser parser;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < wire.size(); i += 1024)
        parser.feed(QByteArrayView(wire).sliced(i, std::min<qsizetype>(1024, wire.size() - i)));
    QVERIFY2(timer.elapsed() < 5000, "parsing must be linear");
    QCOMPARE(parser.readyCount(), 2);
    const HttpRequest big = parser.takeRequest();
    QCOMPARE(big.body.size(), size);
    QVERIFY(big.body == body);
    QCOMPARE(parser.takeRequest().path, QByteArray("/after"));
}

void TestHttpRequestParser::resetClearsState() {
    HttpRequestParser::Limits limits;
    limits.maxBodyBytes = 5;
    HttpRequestParser parser(limits);
    parser.feed("garbage\r\n");
    QVERIFY(parser.hasError());
    parser.reset();
    QVERIFY(!parser.hasError());
    QCOMPARE(parser.errorStatus(), 0);
    QCOMPARE(parser.limits().maxBodyBytes, 5);
    parser.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(parser.hasRequest());
}

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
