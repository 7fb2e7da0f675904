// SseParser on the real captured streams in the fixtures, in every way of splitting them.
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

// Facts read from the captures by hand (grep -c), to check the line-counting oracle below.
struct KnownCapture {
    int dataEvents;
    int comments;
    int jsonFragments; // Data payloads that are only a piece of a JSON object (see below)
    bool doneEvent;    // "data: [DONE]" followed by its blank line
};

const QHash<QString, KnownCapture> &knownCaptures() {
    // aisdk_claude35_bedrock_stream.sse was rebuilt from a recording in which one chunk arrived
    // as two network writes; the rebuild wrote each write as its own "data:" event, so two
    // consecutive payloads are halves of one JSON object. bugreport_bedrock_haiku45 ends with
    // "data: [DONE]\n" and no blank line.
    static const QHash<QString, KnownCapture> known = {
        {QStringLiteral("aisdk_claude35_bedrock_stream.sse"), {90, 2, 2, true}},
        {QStringLiteral("aisdk_claude37_text_stream.sse"), {14, 1, 0, true}},
        {QStringLiteral("aisdk_claude37_thinking_reasoning_stream.sse"), {49, 1, 0, true}},
        {QStringLiteral("aisdk_claude_sonnet45_stream.sse"), {22, 1, 0, true}},
        {QStringLiteral("bugreport_bedrock_haiku45_tool_call_stream.sse"), {5, 0, 0, false}},
        {QStringLiteral("pydantic_claude_sonnet45_reasoning_stream.sse"), {14, 4, 0, true}},
        {QStringLiteral("pydantic_gemini25_image_stream.elided.sse"), {3, 16, 0, true}},
        {QStringLiteral("pydantic_gpt4o_mini_many_processing_comments.sse"), {25, 30, 0, true}},
        {QStringLiteral("pydantic_minimax_stream_error.sse"), {4, 17, 0, true}},
        {QStringLiteral("pydantic_o3_reasoning_stream.sse"), {102, 7, 0, true}},
    };
    return known;
}

} // namespace

class TestSseParserCaptures : public QObject {
    Q_OBJECT

private slots:
    void captures_data();
    void captures();
};

void TestSseParserCaptures::captures_data() {
    QTest::addColumn<QString>("file");
    if (!orc::test::hasFixtures())
        QSKIP(orc::test::kNoFixturesMessage);
    const QDir dir(orc::test::fixturePath(QStringLiteral("sse")));
    const QStringList files = dir.entryList({QStringLiteral("*.sse")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.absolutePath()));
    // Every capture we know of must still be there (a rename must not silently drop a check).
    for (auto it = knownCaptures().cbegin(); it != knownCaptures().cend(); ++it)
        QVERIFY2(files.contains(it.key()), qPrintable(it.key()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestSseParserCaptures::captures() {
    QFETCH(QString, file);
    const QByteArray bytes = orc::test::readFixture(QStringLiteral("sse/") + file);
    QVERIFY(!bytes.isEmpty());

    // Oracle: the captures use LF only and one field per line, so splitting on '\n' is enough.
    QVERIFY2(!bytes.contains('\r'), "the line-counting oracle assumes LF-only captures");
    QList<QByteArray> expectedData;
    QList<QByteArray> expectedComments;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line == "data: [DONE]")
            break;
        if (line.startsWith("data: "))
            expectedData.append(line.mid(6));
        else if (line.startsWith(':'))
            expectedComments.append(line.startsWith(": ") ? line.mid(2) : line.mid(1));
    }
    const bool expectDoneEvent =
        bytes.startsWith("data: [DONE]\n\n") || bytes.contains("\n\ndata: [DONE]\n\n");

    const Run whole = parseChunks({bytes});
    QList<QByteArray> data;
    QList<QByteArray> comments;
    int doneEvents = 0;
    for (const SseEvent &ev : whole.events) {
        QVERIFY2(doneEvents == 0, "an event was reported after Done");
        switch (ev.kind) {
        case SseEvent::Kind::Data:
            QVERIFY(ev.event.isEmpty() && ev.id.isEmpty());
            data.append(ev.data);
            break;
        case SseEvent::Kind::Comment:
            comments.append(ev.data);
            break;
        case SseEvent::Kind::Done:
            ++doneEvents;
            break;
        }
    }
    QCOMPARE(data.size(), expectedData.size());
    QCOMPARE(data, expectedData);
    QCOMPARE(comments, expectedComments);
    QVERIFY2(whole.clean, "the stream must end with [DONE]");
    QCOMPARE(doneEvents, expectDoneEvent ? 1 : 0);

    // Every payload is a JSON object, except pieces of one object split over several events.
    int fragments = 0;
    QByteArray joined;
    int joinedParts = 0;
    for (const QByteArray &payload : data) {
        if (joined.isEmpty() && parsesAsJsonObject(payload))
            continue;
        joined += payload;
        ++joinedParts;
        if (parsesAsJsonObject(joined)) {
            QVERIFY2(joinedParts > 1, payload.left(200).constData());
            fragments += joinedParts;
            joined.clear();
            joinedParts = 0;
        }
    }
    QVERIFY2(joined.isEmpty(), qPrintable(QStringLiteral("payload is not JSON: ") +
                                          QString::fromUtf8(joined.left(200))));

    const auto known = knownCaptures().constFind(file);
    QCOMPARE(fragments, known != knownCaptures().cend() ? known->jsonFragments : 0);
    if (known != knownCaptures().cend()) {
        QCOMPARE(data.size(), known->dataEvents);
        QCOMPARE(comments.size(), known->comments);
        QCOMPARE(doneEvents, known->doneEvent ? 1 : 0);
    }

    // The same events however the bytes arrive and whatever the line ends.
    const QList<QByteArray> expected = render(whole.events);
    struct Variant {
        const char *name;
        Run run;
    };
    const QByteArray crlf = withLineEnds(bytes, "\r\n");
    const QByteArray cr = withLineEnds(bytes, "\r");
    const Variant variants[] = {
        {"bytewise", parseBytewise(bytes)},
        {"7-byte pieces", parseInPiecesOf(bytes, 7)},
        {"16 KiB pieces", parseInPiecesOf(bytes, kNetworkChunk)},
        {"CRLF", parseChunks({crlf})},
        {"CRLF bytewise", parseBytewise(crlf)},
        {"CR", parseChunks({cr})},
        {"CR in 5-byte pieces", parseInPiecesOf(cr, 5)},
    };
    for (const Variant &v : variants) {
        const QByteArray diff = mismatch(v.run, expected, true);
        QVERIFY2(diff.isEmpty(), qPrintable(QString::fromLatin1(v.name) + QStringLiteral(": ") +
                                            QString::fromLatin1(diff.left(2000))));
    }
}

QTEST_APPLESS_MAIN(TestSseParserCaptures)
#include "tst_sseparser_captures.moc"
