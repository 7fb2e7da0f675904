// ChatChunkScanner, the fast path of ChatCodec::decodeChunk, against the general decoder:
// whenever the scanner answers, its chunk equals the general one, field by field; it answers
// for the common chunk shapes (so the fast path is really taken); and it declines what it does
// not model. Inputs: handwritten edge cases, every data payload of the real captures, and
// thousands of deterministic byte mutations of them.
#include "TestSupport.h"
#include "api/ChatChunkScanner.h"
#include "api/ChatCodec.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace orc;

namespace {

QString describe(const ChatChunk &c) {
    return u"id=%1 model=%2 provider=%3 choice=%4 role=%5 content=[%6] reasoning=[%7] "
           "finish=%8/%9 details=%10 tools=%11 images=%12 annotations=%13 usage=%14 error=%15"_s
               .arg(c.id, c.model, c.provider)
               .arg(c.hasChoice)
               .arg(c.role, c.content, c.reasoning, c.finishReason, c.nativeFinishReason)
               .arg(c.reasoningDetails.size())
               .arg(c.toolCalls.size())
               .arg(c.images.size())
               .arg(c.annotations.size())
               .arg(c.usage.has_value())
               .arg(c.error.has_value());
}

bool same(const ChatChunk &a, const ChatChunk &b) {
    return a.id == b.id && a.model == b.model && a.provider == b.provider &&
           a.hasChoice == b.hasChoice && a.role == b.role && a.content == b.content &&
           a.reasoning == b.reasoning && a.reasoningDetails == b.reasoningDetails &&
           a.toolCalls.size() == b.toolCalls.size() && a.images == b.images &&
           a.annotations == b.annotations && a.finishReason == b.finishReason &&
           a.nativeFinishReason == b.nativeFinishReason && a.usage == b.usage &&
           a.error.has_value() == b.error.has_value();
}

// Fails the test when the scanner answers differently from the general decoder.
bool agrees(const QByteArray &json, QString *why) {
    const std::optional<ChatChunk> fast = ChatChunkScanner::scan(json);
    if (!fast)
        return true;
    const std::optional<ChatChunk> general = ChatCodec::decodeChunkGeneral(json);
    if (!general) {
        *why = u"the scanner accepted what the general decoder rejects: "_s +
               QString::fromUtf8(json.toPercentEncoding(" {}[]\":,_-./"));
        return false;
    }
    if (!same(*fast, *general)) {
        *why = u"different chunks for %1\n fast:    %2\n general: %3"_s.arg(
            QString::fromUtf8(json.toPercentEncoding(" {}[]\":,_-./")), describe(*fast),
            describe(*general));
        return false;
    }
    return true;
}

QList<QByteArray> capturedPayloads() {
    QList<QByteArray> out;
    if (!orc::test::hasFixtures())
        return out;
    const QDir dir(orc::test::fixturePath(u"sse"_s));
    for (const QString &name : dir.entryList({u"*.sse"_s}, QDir::Files)) {
        const QByteArray bytes = orc::test::readFixture(u"sse/"_s + name);
        for (QByteArray line : bytes.split('\n')) {
            line = line.trimmed();
            if (line.startsWith("data:") && !line.contains("[DONE]"))
                out << line.mid(5).trimmed();
        }
    }
    return out;
}

// Test JSON written with single quotes (turned into double quotes), to keep raw string
// literals out of a file that moc reads.
QByteArray j(const char *text) {
    QByteArray out(text);
    out.replace('\'', '"');
    return out;
}

const QByteArray kTypical =
    j("{'id':'gen-1795611539-GTPZc6hAXyjlsiGlE67c','provider':'Fake','model':'fake/"
      "tokens','object':'chat.completion.chunk','created':1795611539,'choices':[{'index':0,'delta':"
      "{'role':'assistant','content':'t1 "
      "'},'finish_reason':null,'native_finish_reason':null,'logprobs':null}]}");

// One random edit at `at`: a byte replaced, inserted or removed, drawn from bytes that matter
// to JSON (structure, escapes, digits, literals' letters, invalid UTF-8).
void mutateAt(QByteArray &m, int at, QRandomGenerator &random) {
    static const char alphabet[] = "{}[]\",:\\u0aA9 -.etrnfl\x80\xc3\xff";
    const char c = alphabet[random.bounded(quint32(sizeof alphabet - 1))];
    switch (random.bounded(3)) {
    case 0:
        m[at] = c;
        break;
    case 1:
        m.insert(at, c);
        break;
    default:
        m.remove(at, 1);
        break;
    }
}

} // namespace

class TestChatChunkScanner : public QObject {
    Q_OBJECT

private slots:
    void takesTheFastPath_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reasoning");
        QTest::newRow("typical") << kTypical << u"t1 "_s << QString();
        QTest::newRow("first chunk")
            << j("{'id':'g','choices':[{'delta':{'role':'assistant','content':''}}]}") << QString()
            << QString();
        QTest::newRow("escapes")
            << j("{'choices':[{'delta':{'content':'a\\'b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00'}}]}")
            << u"a\"b\\c/d\n\t\u00e9\U0001F600"_s << QString();
        QTest::newRow("raw utf-8")
            << QByteArray(
                   "{\"choices\":[{\"delta\":{\"content\":\"caf\xc3\xa9 \xf0\x9f\x98\x80\"}}]}")
            << u"caf\u00e9 \U0001F600"_s << QString();
        QTest::newRow("reasoning") << j("{'choices':[{'delta':{'role':'assistant','content':null,'"
                                        "reasoning':'think','reasoning_details':[]}}]}")
                                   << QString() << u"think"_s;
        QTest::newRow("reasoning_content")
            << j("{'choices':[{'delta':{'reasoning_content':'hm','content':''}}]}") << QString()
            << u"hm"_s;
        QTest::newRow("finish with text")
            << j(" {'choices':[{'delta':{'content':'.'},'finish_reason':'stop','native_finish_"
                 "reason':'STOP'}],'usage':null} ")
            << u"."_s << QString();
        QTest::newRow("unknown keys")
            << j("{'x':{'y':[1,-2.5,true,false,null,{'z':'w'}]},'choices':[{'delta':{'content':'k',"
                 "'refusal':null,'extra':{'a':[]}}},{'delta':{'content':'ignored'}}]}")
            << u"k"_s << QString();
    }
    void takesTheFastPath() {
        QFETCH(QByteArray, json);
        QFETCH(QString, content);
        QFETCH(QString, reasoning);
        const auto fast = ChatChunkScanner::scan(json);
        QVERIFY2(fast.has_value(), json.constData());
        QCOMPARE(fast->content, content);
        QCOMPARE(fast->reasoning, reasoning);
        QString why;
        QVERIFY2(agrees(json, &why), qPrintable(why));
        // decodeChunk gives the same through whichever path it takes.
        const auto viaCodec = ChatCodec::decodeChunk(json);
        QVERIFY(viaCodec && same(*viaCodec, *fast));
    }

    void declinesWhatItDoesNotModel_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("tool calls") << j("{'choices':[{'delta':{'tool_calls':[{'index':0,'function'"
                                         ":{'name':'f','arguments':'{}'}}]}}]}");
        QTest::newRow("images") << j("{'choices':[{'delta':{'content':'','images':[{'image_url':{'"
                                     "url':'data:image/png;base64,AA=='}}]}}]}");
        QTest::newRow("usage") << j("{'choices':[],'usage':{'prompt_tokens':1,'completion_tokens':"
                                    "2,'total_tokens':3,'cost':0.1}}");
        QTest::newRow("error") << j("{'error':{'code':502,'message':'upstream'},'choices':[{'delta'"
                                    ":{'content':''},'finish_reason':'error'}]}");
        QTest::newRow("choice error")
            << j("{'choices':[{'delta':{'content':'x'},'error':{'message':'m'}}]}");
        QTest::newRow("content parts")
            << j("{'choices':[{'delta':{'content':[{'type':'text','text':'a'}]}}]}");
        QTest::newRow("reasoning details") << j("{'choices':[{'delta':{'reasoning_details':[{'type'"
                                                ":'reasoning.text','text':'a','index':0}]}}]}");
        QTest::newRow("empty delta") << j("{'choices':[{'delta':{},'finish_reason':'stop'}]}");
        QTest::newRow("message") << j("{'choices':[{'message':{'content':'x'}}]}");
        QTest::newRow("duplicate key")
            << j("{'choices':[{'delta':{'content':'a','content':'b'}}]}");
        QTest::newRow("lone surrogate") << j("{'choices':[{'delta':{'content':'\\ud83d'}}]}");
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"\xff\"}}]}");
        QTest::newRow("overlong utf-8")
            << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"\xc0\xaf\"}}]}");
        QTest::newRow("utf-8 surrogate")
            << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"\xed\xa0\x80\"}}]}");
        QTest::newRow("control char")
            << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"a\x01\"}}]}");
        QTest::newRow("exponent") << j("{'created':1e400,'choices':[{'delta':{'content':'a'}}]}");
        QTest::newRow("garbage after") << j("{'choices':[{'delta':{'content':'a'}}]} x");
        QTest::newRow("truncated") << kTypical.left(kTypical.size() / 2);
        QTest::newRow("not an object") << j("['a']");
        QTest::newRow("deep") << QByteArray(QByteArray("{\"x\":") + QByteArray(100, '[') +
                                            QByteArray(100, ']') + "}");
    }
    void declinesWhatItDoesNotModel() {
        QFETCH(QByteArray, json);
        QVERIFY2(!ChatChunkScanner::scan(json).has_value(), json.constData());
        // decodeChunk still handles them, through the general decoder.
        const auto viaCodec = ChatCodec::decodeChunk(json);
        const auto general = ChatCodec::decodeChunkGeneral(json);
        QCOMPARE(viaCodec.has_value(), general.has_value());
        if (viaCodec)
            QVERIFY(same(*viaCodec, *general));
    }

    void agreesOnRealCaptures() {
        if (!orc::test::hasFixtures())
            QSKIP(orc::test::kNoFixturesMessage);
        const QList<QByteArray> payloads = capturedPayloads();
        QVERIFY(payloads.size() > 100);
        int fast = 0;
        for (const QByteArray &p : payloads) {
            QString why;
            QVERIFY2(agrees(p, &why), qPrintable(why));
            fast += ChatChunkScanner::scan(p).has_value();
        }
        // Most real chunks are plain text deltas: the fast path must serve them.
        QVERIFY2(fast * 2 > payloads.size(),
                 qPrintable(u"%1 of %2"_s.arg(fast).arg(payloads.size())));
    }

    // One scanner and one reused chunk for a whole stream, as ChatStream uses them. A chunk
    // that repeats the previous one's bytes around its text takes the shortcut; whatever path
    // is taken, each chunk must equal the general decoding and be accepted exactly when a
    // fresh scanner accepts it, so nothing is carried over from the chunk before.
    void agreesAcrossAStream() {
        QList<QByteArray> stream;
        const QByteArray pre = j("{'id':'gen-1','model':'m/x','provider':'P','choices':[{'index':"
                                 "0,'delta':{'role':'assistant','content':'");
        const QByteArray post = j("'},'finish_reason':null}]}");
        const char *texts[] = {"a",
                               "bc",
                               "\\u00e9",
                               "caf\xc3\xa9",
                               "x\\\\",
                               "\\\"",
                               "q\",\"content\":\"z",
                               "end\\",
                               "",
                               "\\n",
                               "w",
                               "\xff",
                               "\\ud83d",
                               "\\ud83d\\ude00",
                               "tab\there",
                               "\",\"role\":\"",
                               "1",
                               "2"};
        for (const char *text : texts)
            stream << pre + text + post;
        // The same text in another shape, then changes around the text.
        stream << j("{'id':'gen-1','choices':[{'delta':{'content':'k'}}]}")
               << j("{'id':'gen-1','choices':[{'delta':{'content':'l'}}]}")
               << j("{'id':'gen-2','choices':[{'delta':{'content':'l'}}]}")
               << j("{'id':'gen-2','choices':[{'delta':{'content':'m'},'finish_reason':'stop'}]}")
               << j("{'id':'gen-2','choices':[{'delta':{'content':'n'},'finish_reason':'stop'}]}")
               << j("{'id':'gen-2','choices':[{'delta':{'content':'n'}}],'usage':{'cost':1}}")
               << j("{'id':'gen-2','choices':[{'delta':{'content':'o'}}]}")
               << j("{'id':'gen-2','choices':[]}") << j("{'id':'gen-2','choices':[]}")
               << j("{'choices':[{'delta':{'role':'','content':'p'}}]}")
               << j("{'choices':[{'delta':{'role':'','content':''}}]}")
               << j("{'choices':[{'delta':{'role':'assistant','content':''}}]}");
        // Thinking: the reasoning changes, the content stays empty, then content follows.
        for (const char *text : {"th", "ink", "", "ing", "\\"})
            stream << j("{'id':'r','choices':[{'delta':{'content':'','reasoning':'") + text +
                          j("'}}]}");
        stream << j("{'id':'r','choices':[{'delta':{'content':'x','reasoning':'ing'}}]}")
               << j("{'id':'r','choices':[{'delta':{'content':'y','reasoning':'ing'}}]}")
               << j("{'id':'r','choices':[{'delta':{'content':null,'reasoning_content':'a'}}]}")
               << j("{'id':'r','choices':[{'delta':{'content':null,'reasoning_content':'b'}}]}");
        stream += capturedPayloads();
        // Mutations of a typical chunk, each after an intact one so that it is compared with
        // the bytes remembered from that one: edits near the text, in it, around it.
        QRandomGenerator random(20261126);
        for (int i = 0; i < 3000; ++i) {
            const QByteArray base = pre + QByteArray::number(i) + post;
            QByteArray m = base;
            mutateAt(m, pre.size() - 4 + int(random.bounded(12)), random);
            stream << base << m;
        }

        ChatChunkScanner scanner;
        ChatChunk chunk;
        int accepted = 0;
        for (const QByteArray &json : std::as_const(stream)) {
            const bool read = scanner.read(json, chunk);
            const bool fresh = ChatChunkScanner::scan(json).has_value();
            QVERIFY2(read == fresh, json.constData());
            if (!read)
                continue;
            ++accepted;
            const auto general = ChatCodec::decodeChunkGeneral(json);
            QVERIFY2(general, json.constData());
            QVERIFY2(same(chunk, *general),
                     qPrintable(u"%1\n read:    %2\n general: %3"_s.arg(
                         QString::fromUtf8(json), describe(chunk), describe(*general))));
        }
        QVERIFY(accepted > 3000);
    }

    void agreesOnMutations() {
        QList<QByteArray> bases{
            kTypical,
            j("{'id':'g','choices':[{'delta':{'content':'a\\'b\\\\c\\u00e9\\ud83d\\ude00','"
              "reasoning':null},'finish_reason':'stop'}],'usage':null}"),
            "{\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"caf\xc3\xa9\","
            "\"reasoning_content\":\"r\"}}]}",
        };
        bases += capturedPayloads().mid(0, 40);
        QRandomGenerator random(20261125);
        int checked = 0;
        for (const QByteArray &base : std::as_const(bases)) {
            for (int i = 0; i < 1500; ++i) {
                QByteArray m = base;
                const int edits = 1 + int(random.bounded(3));
                for (int e = 0; e < edits && !m.isEmpty(); ++e)
                    mutateAt(m, int(random.bounded(quint32(m.size()))), random);
                QString why;
                QVERIFY2(agrees(m, &why), qPrintable(why));
                ++checked;
            }
        }
        QVERIFY(checked >= 4500);
    }
};

QTEST_APPLESS_MAIN(TestChatChunkScanner)
#include "tst_chatchunkscanner.moc"
