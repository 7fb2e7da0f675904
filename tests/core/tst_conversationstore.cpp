#include "TestSupport.h"
#include "store/ConversationStore.h"
#include "store/MessageFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

StoredMessage msg(const QString &role, const QString &content, qint64 parent = 0) {
    StoredMessage m;
    m.role = role;
    m.content = content;
    m.parentId = parent;
    return m;
}

// Child-process mode: stream a reply into the store, printing the committed length after each
// write, until killed.
int runStreamingWriter(const QString &path) {
    ConversationStore store(path);
    if (!store.open())
        return 3;
    const qint64 c = store.createConversation(u"crash"_s);
    const qint64 u = store.appendMessage(c, msg(u"user"_s, u"tell me a long story"_s));
    StoredMessage reply = msg(u"assistant"_s, QString(), u);
    reply.state = StoredMessage::State::Streaming;
    const qint64 a = store.appendMessage(c, reply);
    QTextStream out(stdout);
    QString content;
    for (int i = 0; i < 100000; ++i) {
        content += u"word%1 "_s.arg(i);
        if (!store.updateStreaming(a, content, QString()))
            return 4;
        out << content.size() << Qt::endl;
        QThread::msleep(5);
    }
    return 0;
}

} // namespace

class TestConversationStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString dbPath(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void schemaAndTitles() {
        ConversationStore store(dbPath(u"a/b/schema.sqlite"_s)); // folders are created
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ConversationStore::kSchemaVersion);
        const qint64 c = store.createConversation();
        QVERIFY(c > 0);
        store.appendMessage(c, msg(u"user"_s, u"  Explain   SSE framing\nin detail please"_s));
        QCOMPARE(store.conversation(c)->title, u"Explain SSE framing"_s);
        store.appendMessage(c, msg(u"user"_s, u"second prompt does not rename"_s));
        QCOMPARE(store.conversation(c)->title, u"Explain SSE framing"_s);
        QCOMPARE(ConversationStore::titleFromPrompt(QString(100, u'x')).size(), 58);
        QVERIFY(store.renameConversation(c, u" Renamed "_s));
        QCOMPARE(store.conversation(c)->title, u"Renamed"_s);
    }

    // A schema-1 file (rows as that version wrote them: wire-shaped attachments and usage) is
    // brought to the current schema: search back-filled, attachments and usage converted.
    void migrationFromV1BackfillsSearchAndConvertsMessages() {
        const QString path = dbPath(u"migrate.sqlite"_s);
        qint64 c = 0;
        {
            ConversationStore v1(path);
            QVERIFY(v1.openAtVersion(1));
            QCOMPARE(v1.schemaVersion(), 1);
            c = v1.createConversation(u"old"_s);
            QVERIFY(v1.search(u"fox"_s).isEmpty()); // no FTS table in v1
        }
        // A row as version 1 wrote it.
        QCOMPARE(test::sqliteColumn(
                     path,
                     u"INSERT INTO messages (conversation_id, role, content, attachments, usage, "
                     "cost, created_at, updated_at) "
                     "VALUES (?, 'user', 'the quick brown fox', ?, ?, 0.5, 1, 2)"_s,
                     {c,
                      u"[{\"type\":\"image_url\",\"image_url\":{\"url\":"
                      "\"https://x/y.png\",\"detail\":\"low\"}}]"_s,
                      u"{\"prompt_tokens\":3,\"completion_tokens\":4,\"cost\":0.5}"_s}),
                 QStringList());
        ConversationStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ConversationStore::kSchemaVersion);
        const auto hits = store.search(u"fox"_s);
        QCOMPARE(hits.size(), 1); // existing messages were indexed by the migration
        QCOMPARE(hits.first().conversationTitle, u"old"_s);
        const auto m = store.message(hits.first().messageId);
        QCOMPARE(m->attachments,
                 QList<ContentPart>{ContentPart::makeImageUrl(u"https://x/y.png"_s, u"low"_s)});
        QCOMPARE(m->usage->promptTokens, 3);
        QCOMPARE(m->usage->totalTokens, 7);
        QCOMPARE(m->usage->cost, std::optional<double>(0.5));
        QCOMPARE(m->cost, std::optional<double>(0.5));
    }

    void refusesNewerSchema() {
        const QString path = dbPath(u"future.sqlite"_s);
        {
            ConversationStore store(path);
            QVERIFY(store.open());
        }
        QCOMPARE(test::sqliteColumn(path, u"PRAGMA user_version = 99"_s), QStringList());
        ConversationStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"newer OR Studio"_s), qPrintable(error));
    }

    void branchesFromEditAndRegenerate() {
        ConversationStore store(dbPath(u"branches.sqlite"_s));
        QVERIFY(store.open());
        const qint64 c = store.createConversation(u"t"_s, u"m1"_s);
        const qint64 u1 = store.appendMessage(c, msg(u"user"_s, u"hi"_s));
        const qint64 a1 = store.appendMessage(c, msg(u"assistant"_s, u"hello 1"_s, u1));
        // regenerate: a sibling of a1
        const qint64 a2 = store.appendMessage(c, msg(u"assistant"_s, u"hello 2"_s, u1));
        auto thread = store.thread(c);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.last().id, a2);
        QCOMPARE(thread.last().siblingCount, 2);
        QCOMPARE(thread.last().siblingIndex, 1);
        QCOMPARE(store.siblings(a1), (QList<qint64>{a1, a2}));
        // continue on the a2 branch, then edit the first user message (new root sibling)
        const qint64 u2 = store.appendMessage(c, msg(u"user"_s, u"more"_s, a2));
        const qint64 u1b = store.appendMessage(c, msg(u"user"_s, u"hi (edited)"_s));
        thread = store.thread(c);
        QCOMPARE(thread.size(), 1);
        QCOMPARE(thread.first().content, u"hi (edited)"_s);
        QCOMPARE(thread.first().siblingCount, 2);
        // switch back to the old branch: its newest leaf shows
        QVERIFY(store.switchBranch(u1));
        thread = store.thread(c);
        QCOMPARE(thread.size(), 3);
        QCOMPARE(thread.last().id, u2);
        QVERIFY(store.switchBranch(a1));
        QCOMPARE(store.thread(c).last().id, a1);
        // delete a subtree: a2 and u2 go, the view falls back to a remaining branch
        QVERIFY(store.deleteMessage(a2));
        QVERIFY(!store.message(u2));
        QCOMPARE(store.thread(c).last().id, a1);
        QCOMPARE(store.messageCount(c), 3); // u1, a1, u1b
        QVERIFY(store.deleteMessage(u1));
        QCOMPARE(store.thread(c).first().id, u1b);
    }

    void streamingFinishAndCost() {
        ConversationStore store(dbPath(u"stream.sqlite"_s));
        QVERIFY(store.open());
        const qint64 c = store.createConversation();
        const qint64 u = store.appendMessage(c, msg(u"user"_s, u"q"_s));
        StoredMessage s = msg(u"assistant"_s, QString(), u);
        s.state = StoredMessage::State::Streaming;
        const qint64 a = store.appendMessage(c, s);
        QVERIFY(store.updateStreaming(a, u"partial"_s, u"thinking"_s));
        QCOMPARE(store.message(a)->content, u"partial"_s);
        StoredMessage f = *store.message(a);
        f.content = u"partial and done"_s;
        f.state = StoredMessage::State::Complete;
        f.cost = 0.25;
        f.usage =
            Usage::fromJson(QJsonObject{{u"prompt_tokens"_s, 3}, {u"completion_tokens"_s, 5}});
        f.model = u"openai/gpt-4o"_s;
        f.timeToFirstTokenMs = 120;
        QVERIFY(store.finishMessage(a, f));
        const StoredMessage back = *store.message(a);
        QCOMPARE(back.state, StoredMessage::State::Complete);
        QCOMPARE(back.usage->totalTokens, 8);
        QCOMPARE(back.timeToFirstTokenMs, 120);
        QCOMPARE(store.conversation(c)->totalCost, 0.25);
        f.cost = 0.5; // finishing again (e.g. /generation's exact cost) adjusts, not adds
        QVERIFY(store.finishMessage(a, f));
        QCOMPARE(store.conversation(c)->totalCost, 0.5);
        QCOMPARE(store.markInterrupted(), 0);
    }

    void killedWriterLosesAtMostTheLastMoment() {
        const QString path = dbPath(u"killed.sqlite"_s);
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {u"--stream-writer"_s, path});
        QVERIFY(writer.waitForStarted());
        QString lastLine;
        QElapsedTimer t;
        t.start();
        int lines = 0;
        while (lines < 40 && t.elapsed() < 20000) {
            writer.waitForReadyRead(1000);
            while (writer.canReadLine()) {
                lastLine = QString::fromUtf8(writer.readLine()).trimmed();
                ++lines;
            }
        }
        QVERIFY2(lines >= 40, "the writer did not stream");
        writer.kill(); // SIGKILL: no destructor, no close
        QVERIFY(writer.waitForFinished(5000));
        const int committed = lastLine.toInt();
        QVERIFY(committed > 0);

        ConversationStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.markInterrupted(), 1);
        const auto conversations = store.conversations();
        QCOMPARE(conversations.size(), 1);
        const auto thread = store.thread(conversations.first().id);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.last().state, StoredMessage::State::Interrupted);
        // every write the writer had reported is there
        QVERIFY2(thread.last().content.size() >= committed,
                 qPrintable(u"%1 < %2"_s.arg(thread.last().content.size()).arg(committed)));
        QVERIFY(thread.last().content.startsWith(u"word0 word1 "_s));
    }

    void fullTextSearch() {
        ConversationStore store(dbPath(u"search.sqlite"_s));
        QVERIFY(store.open());
        const qint64 c1 = store.createConversation(u"Cooking"_s);
        const qint64 m1 = store.appendMessage(c1, msg(u"user"_s, u"How long to boil an egg?"_s));
        store.appendMessage(
            c1, msg(u"assistant"_s, u"About nine minutes for a hard-boiled égg."_s, m1));
        const qint64 c2 = store.createConversation(u"Code"_s);
        store.appendMessage(c2, msg(u"user"_s, u"Explain Server-Sent Events"_s));
        QCOMPARE(store.search(u"egg"_s).size(), 2); // diacritics folded
        QCOMPARE(store.search(u"boi"_s).size(), 2); // prefix while typing
        QCOMPARE(store.search(u"nine minutes"_s).size(), 1);
        QCOMPARE(store.search(u"\"unbalanced"_s).size(), 0); // quotes cannot break the query
        QCOMPARE(store.search(u"AND OR NOT"_s).size(), 0);
        const auto hits = store.search(u"server"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().conversationId, c2);
        QVERIFY(hits.first().snippet.contains(u"[Server]"_s));
        // updates while streaming are searchable, deleted conversations are not
        const qint64 m3 = store.appendMessage(c2, msg(u"assistant"_s, QString(), m1));
        store.updateStreaming(m3, u"zeppelin"_s, QString());
        QCOMPARE(store.search(u"zeppelin"_s).size(), 1);
        QVERIFY(store.deleteConversation(c2));
        QCOMPARE(store.search(u"zeppelin"_s).size(), 0);
        QCOMPARE(store.conversations().size(), 1);
        QVERIFY(store.restoreConversation(c2)); // undo
        QCOMPARE(store.search(u"zeppelin"_s).size(), 1);
        QVERIFY(store.deleteConversation(c2));
        QCOMPARE(store.purgeDeleted(), 1);
        QCOMPARE(store.conversations(true).size(), 1);
    }

    // A word in more messages than the search window is ranked among its newest matches: the
    // old message that repeats it most is not shown, a newer one that does is first; a word
    // only the old messages hold is still found.
    void commonWordsRankTheNewestMatches() {
        ConversationStore store(dbPath(u"window.sqlite"_s));
        QVERIFY(store.open());
        const qint64 c = store.createConversation(u"window"_s);
        qint64 parent = store.appendMessage(c, msg(u"user"_s, u"common common common old"_s));
        const int n = ConversationStore::kSearchWindow + 10;
        for (int i = 0; i < n; ++i)
            parent = store.appendMessage(c, msg(u"user"_s, u"common filler words here"_s, parent));
        const qint64 newest =
            store.appendMessage(c, msg(u"user"_s, u"common common new"_s, parent));
        const auto hits = store.search(u"common"_s, 5);
        QCOMPARE(hits.size(), 5);
        QCOMPARE(hits.first().messageId, newest);
        for (const SearchHit &h : hits)
            QVERIFY(!h.snippet.contains(u"old"_s));
        QCOMPARE(store.search(u"old"_s).size(), 1);
    }

    void pinnedFirstThenNewest() {
        ConversationStore store(dbPath(u"order.sqlite"_s));
        QVERIFY(store.open());
        const qint64 a = store.createConversation(u"a"_s);
        QTest::qWait(5);
        const qint64 b = store.createConversation(u"b"_s);
        QTest::qWait(5);
        const qint64 c = store.createConversation(u"c"_s);
        QVERIFY(store.setPinned(a, true));
        const auto list = store.conversations();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].id, a);
        QCOMPARE(list[1].id, c);
        QCOMPARE(list[2].id, b);
    }

    void exportAndImport() {
        ConversationStore store(dbPath(u"export.sqlite"_s));
        QVERIFY(store.open());
        const qint64 c = store.createConversation(u"Trip"_s, u"openai/gpt-4o"_s, u"Be brief."_s);
        StoredMessage u = msg(u"user"_s, u"Describe this photo"_s);
        u.attachments = {ContentPart::makeImageData("\x89PNG", u"image/png"_s)};
        const qint64 uid = store.appendMessage(c, u);
        StoredMessage a = msg(u"assistant"_s, u"| a | b |\n|---|---|\n| 1 | 2 |"_s, uid);
        a.model = u"openai/gpt-4o"_s;
        a.reasoning = u"look closely"_s;
        store.appendMessage(c, a);
        QVERIFY(store.setConversationSettings(c, u"openai/gpt-4o"_s, u"Be brief."_s,
                                              QJsonObject{{u"temperature"_s, 0.3}}));

        const QString md = store.exportMarkdown(c);
        QVERIFY(md.startsWith(u"# Trip\n"_s));
        QVERIFY(md.contains(u"Be brief."_s));
        QVERIFY(md.contains(u"## Assistant (openai/gpt-4o)"_s));
        QVERIFY(md.contains(u"| 1 | 2 |"_s));
        QVERIFY(md.contains(u"<details><summary>Reasoning</summary>"_s));

        const QJsonObject json = store.exportJson(c);
        QCOMPARE(json.value("version"_L1).toInt(), 2);
        QCOMPARE(json.value("system_prompt"_L1).toString(), u"Be brief."_s);
        const QJsonArray messages = json.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 2); // user + assistant: the system prompt is its own key
        const QJsonObject first = messages.at(0).toObject();
        QCOMPARE(first.value("role"_L1).toString(), u"user"_s);
        QCOMPARE(first.value("content"_L1).toString(), u"Describe this photo"_s);
        const QJsonArray parts = first.value("parts"_L1).toArray();
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.at(0).toObject().value("kind"_L1).toString(), u"image"_s);
        QCOMPARE(messages.at(1).toObject().value("reasoning"_L1).toString(), u"look closely"_s);

        QString error;
        const qint64 imported = store.importJson(json, &error);
        QVERIFY2(imported > 0, qPrintable(error));
        const auto copy = store.conversation(imported);
        QCOMPARE(copy->title, u"Trip"_s);
        QCOMPARE(copy->systemPrompt, u"Be brief."_s);
        QCOMPARE(copy->params.value("temperature"_L1).toDouble(), 0.3);
        const auto thread = store.thread(imported);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread[0].attachments.size(), 1);
        QCOMPARE(thread[0].attachments[0].url, u.attachments[0].url);
        QCOMPARE(thread[1].content, a.content);
        QCOMPARE(thread[1].model, u"openai/gpt-4o"_s);
        QCOMPARE(store.exportJson(imported).value("messages"_L1), json.value("messages"_L1));

        QVERIFY(!store.importJson(QJsonObject{{u"title"_s, u"x"_s}}, &error));
        QVERIFY(error.contains(u"messages"_s));
        QVERIFY(!store.importJson(QJsonObject{{u"messages"_s, QJsonArray{1, 2}}}, &error));
        QJsonObject newer = json;
        newer.insert(u"version"_s, 3);
        QVERIFY(!store.importJson(newer, &error));
        QVERIFY2(error.contains(u"newer OR Studio"_s), qPrintable(error));
        QJsonObject unknownPart = json;
        QJsonArray changed = messages;
        QJsonObject user = first;
        user.insert(u"parts"_s, QJsonArray{QJsonObject{{u"kind"_s, u"hologram"_s}}});
        changed.replace(0, user);
        unknownPart.insert(u"messages"_s, changed);
        QVERIFY(!store.importJson(unknownPart, &error));
        QVERIFY2(error.contains(u"hologram"_s), qPrintable(error));
    }

    // Exports of version 1 (and API requests) list messages in the chat API's shape.
    void importsVersionOneExportsAndApiRequests() {
        ConversationStore store(dbPath(u"import-v1.sqlite"_s));
        QVERIFY(store.open());
        const QString png = ContentPart::dataUrl("\x89PNG", u"image/png"_s);
        const QJsonObject v1 =
            QJsonDocument::fromJson(test::readData(u"conversation-export-v1.json"_s)).object();
        QString error;
        const qint64 id = store.importJson(v1, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(store.conversation(id)->systemPrompt, u"Be brief."_s);
        QCOMPARE(store.conversation(id)->params.value("seed"_L1).toInt(), 7);
        const auto thread = store.thread(id);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread[0].content, u"Look"_s);
        QCOMPARE(thread[0].attachments.size(), 3);
        QCOMPARE(thread[0].attachments[0], ContentPart::makeImageUrl(png, u"low"_s));
        QCOMPARE(thread[0].attachments[1], ContentPart::makeFile(u"a.pdf"_s, u"data:x"_s));
        QCOMPARE(thread[0].attachments[2].type, ContentPart::Type::Audio);
        QCOMPARE(thread[0].attachments[2].audioBase64, QByteArray("UklGRg=="));
        QCOMPARE(thread[0].attachments[2].audioFormat, u"wav"_s);
        QCOMPARE(thread[1].reasoning, u"tiny"_s);
        QCOMPARE(thread[1].model, u"openai/gpt-4o"_s);

        // A bare API request: no format, string content.
        const qint64 request = store.importJson(
            QJsonObject{{u"messages"_s,
                         QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"hi"_s}}}}},
            &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(store.thread(request).at(0).content, u"hi"_s);
    }

    // Everything a message holds goes through the store's format and back unchanged.
    void messageFormatKeepsEveryField() {
        StoredMessage m = msg(u"assistant"_s, u"done"_s);
        m.reasoning = u"thinking"_s;
        m.attachments = {ContentPart::makeImageData("\x89PNG", u"image/png"_s, u"high"_s),
                         ContentPart::makePdf(u"r.pdf"_s, "%PDF-1.4"),
                         ContentPart::makeAudio("RIFF", u"wav"_s), ContentPart::makeText(u"t"_s)};
        ToolCall call;
        call.index = 0;
        call.id = u"call_1"_s;
        call.name = u"weather"_s;
        call.arguments = u"{\"location\":\"Florence\"}"_s;
        m.toolCalls = {call};
        m.reasoningDetails = QJsonArray{QJsonObject{{u"type"_s, u"reasoning.text"_s},
                                                    {u"text"_s, u"thinking"_s},
                                                    {u"signature"_s, u"abc"_s}}};
        m.usage = Usage::fromJson(
            QJsonObject{{u"prompt_tokens"_s, 10},
                        {u"completion_tokens"_s, 20},
                        {u"total_tokens"_s, 30},
                        {u"cost"_s, 0.5},
                        {u"is_byok"_s, true},
                        {u"prompt_tokens_details"_s,
                         QJsonObject{{u"cached_tokens"_s, 4}, {u"cache_write_tokens"_s, 2}}},
                        {u"completion_tokens_details"_s,
                         QJsonObject{{u"reasoning_tokens"_s, 5}, {u"image_tokens"_s, 1}}}});
        m.cost = 0.5;
        m.model = u"openai/o3"_s;
        m.provider = u"OpenAI"_s;
        m.generationId = u"gen-1"_s;
        m.state = StoredMessage::State::Failed;
        m.errorText = u"cut"_s;
        m.error = QJsonObject{{u"kind"_s, u"truncated"_s}};
        m.timeToFirstTokenMs = 12;
        m.durationMs = 345;
        m.finishReason = u"length"_s;
        m.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000123, QTimeZone::utc());
        m.updatedAt = QDateTime::fromMSecsSinceEpoch(1700000009876, QTimeZone::utc());

        const QJsonObject json = MessageFormat::encode(m);
        QCOMPARE(json.value("v"_L1).toInt(), MessageFormat::kVersion);
        QCOMPARE(json.value("usage"_L1).toObject().value("reasoning"_L1).toInt(), 5);
        const auto back = MessageFormat::decode(json);
        QVERIFY(back);
        QCOMPARE(back->attachments, m.attachments);
        QCOMPARE(back->toolCalls, m.toolCalls);
        QCOMPARE(back->reasoningDetails, m.reasoningDetails);
        QCOMPARE(back->usage, m.usage);
        for (auto field :
             {&StoredMessage::role, &StoredMessage::content, &StoredMessage::reasoning,
              &StoredMessage::model, &StoredMessage::provider, &StoredMessage::generationId,
              &StoredMessage::errorText, &StoredMessage::finishReason})
            QCOMPARE((*back).*field, m.*field);
        QCOMPARE(back->state, m.state);
        QCOMPARE(back->error, m.error);
        QCOMPARE(back->cost, m.cost);
        QCOMPARE(back->timeToFirstTokenMs, 12);
        QCOMPARE(back->durationMs, 345);
        QCOMPARE(back->createdAt, m.createdAt);
        QCOMPARE(back->updatedAt, m.updatedAt);

        // Through the database too.
        ConversationStore store(dbPath(u"format.sqlite"_s));
        QVERIFY(store.open());
        const qint64 c = store.createConversation();
        const qint64 id = store.appendMessage(c, m);
        const auto stored = store.message(id);
        QCOMPARE(stored->attachments, m.attachments);
        QCOMPARE(stored->toolCalls, m.toolCalls);
        QCOMPARE(stored->reasoningDetails, m.reasoningDetails);
        QCOMPARE(stored->usage, m.usage);
        QCOMPARE(stored->error, m.error);

        // A body of a newer format is refused with a reason, not misread.
        StoredMessage target;
        QString error;
        QVERIFY(!MessageFormat::decodeBody(QJsonObject{{u"v"_s, 99}}, target, &error));
        QVERIFY2(error.contains(u"99"_s), qPrintable(error));
    }

    void lateCostUpdatesMessageAndTotal() {
        ConversationStore store(dbPath(u"latecost.sqlite"_s));
        QVERIFY(store.open());
        const qint64 c = store.createConversation();
        StoredMessage a = msg(u"assistant"_s, u"x"_s);
        a.cost = 0.25;
        store.appendMessage(c, a);
        const qint64 stopped = store.appendMessage(c, msg(u"assistant"_s, u"partial"_s));
        QCOMPARE(store.conversation(c)->totalCost, 0.25);
        QVERIFY(store.setMessageCost(stopped, 0.5));
        QCOMPARE(store.message(stopped)->cost, std::optional<double>(0.5));
        QCOMPARE(store.conversation(c)->totalCost, 0.75);
        QVERIFY(store.setMessageCost(stopped, 0.625)); // replaced, not added
        QCOMPARE(store.conversation(c)->totalCost, 0.875);
        QVERIFY(!store.setMessageCost(999999, 1.0));
    }
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--stream-writer")
        return runStreamingWriter(QString::fromLocal8Bit(argv[2]));
    TestConversationStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_conversationstore.moc"
