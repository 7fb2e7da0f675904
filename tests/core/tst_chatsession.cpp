#include "ChatSessionFixture.h"
#include "FakeOpenRouter.h"
#include "api/OpenRouterClient.h"
#include "chat/ChatSession.h"
#include "chat/GenerationCosts.h"
#include "store/ConversationStore.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

class TestChatSession : public ChatSessionFixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { QVERIFY(startSession(u"sk-or-v1-session-test"_s)); }
    void cleanup() { stopSession(); }

    void sendStreamsAndStores() {
        m_session->newConversation(u"fake/echo"_s);
        m_session->setSystemPrompt(u"Be brief."_s);
        ChatParams p;
        p.temperature = 0.2;
        p.maxTokens = 200;
        p.reasoningEffort = u"low"_s;
        m_session->setParams(p);
        QSignalSpy deltas(m_session.get(), &ChatSession::replyDelta);
        QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
        QVERIFY(m_session->send(u"hello world"_s));
        QVERIFY(m_session->isBusy());
        QVERIFY(!m_session->send(u"again"_s)); // one reply at a time
        QVERIFY(waitIdle());
        QCOMPARE(finished.count(), 1);
        QVERIFY(deltas.count() >= 2);
        const auto thread = m_session->thread();
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread[0].role, u"user"_s);
        QCOMPARE(thread[1].content, u"Echo: hello world"_s);
        QCOMPARE(thread[1].state, StoredMessage::State::Complete);
        QVERIFY(thread[1].cost.value_or(0) > 0);
        QVERIFY(thread[1].usage);
        QVERIFY(thread[1].timeToFirstTokenMs >= 0);
        QVERIFY(m_session->totalCost() > 0);
        // the request carried the system prompt, the params and the user message
        const QJsonObject sent = m_server.lastRequest().json;
        QCOMPARE(sent.value("model"_L1).toString(), u"fake/echo"_s);
        QCOMPARE(sent.value("temperature"_L1).toDouble(), 0.2);
        QCOMPARE(sent.value("max_tokens"_L1).toInt(), 200);
        QCOMPARE(sent.value("reasoning"_L1).toObject().value("effort"_L1).toString(), u"low"_s);
        const QJsonArray messages = sent.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].toObject().value("content"_L1).toString(), u"Be brief."_s);
        // a second turn sends the whole thread
        QVERIFY(m_session->send(u"second"_s));
        QVERIFY(waitIdle());
        QCOMPARE(m_server.lastRequest().json.value("messages"_L1).toArray().size(), 4);
        QCOMPARE(m_session->thread().size(), 4);
        // the conversation and its settings survive a reopen
        ChatSession other(m_client.get(), m_store.get());
        QVERIFY(other.openConversation(m_session->conversationId()));
        QCOMPARE(other.thread().size(), 4);
        QCOMPARE(other.systemPrompt(), u"Be brief."_s);
        QCOMPARE(other.params(), p);
        QCOMPARE(m_store->conversation(m_session->conversationId())->title, u"hello world"_s);
    }

    void stopKeepsPartialAndPersistsWhileStreaming() {
        m_server.setSlowDelayMs(60);
        m_session->newConversation(u"fault/slow"_s);
        QVERIFY(m_session->send(u"tell me slowly"_s));
        const qint64 replyId = m_session->streamingMessageId();
        QVERIFY(replyId > 0);
        // while streaming, the store catches up within the persist interval
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->message(replyId)->content.isEmpty(), 5000);
        QCOMPARE(m_store->message(replyId)->state, StoredMessage::State::Streaming);
        m_session->stop();
        QVERIFY(!m_session->isBusy());
        const StoredMessage stopped = *m_store->message(replyId);
        QCOMPARE(stopped.state, StoredMessage::State::Stopped);
        QVERIFY(!stopped.content.isEmpty());
        QCOMPARE(m_session->thread().last().content, stopped.content);
        m_server.setSlowDelayMs(200);
        // retry regenerates the stopped reply as a new branch
        m_server.setSlowDelayMs(1);
        QVERIFY(m_session->retryLast());
        QVERIFY(waitIdle());
        QCOMPARE(m_session->thread().last().siblingCount, 2);
        m_server.setSlowDelayMs(200);
    }

    void regenerateWithAnotherModelAndSwitchBack() {
        m_session->newConversation(u"fake/echo"_s);
        QVERIFY(m_session->send(u"pick a number"_s));
        QVERIFY(waitIdle());
        const qint64 first = m_session->thread().last().id;
        QVERIFY(m_session->regenerate(first, u"fake/reasoning"_s));
        QVERIFY(waitIdle());
        const StoredMessage second = m_session->thread().last();
        QVERIFY(second.id != first);
        QCOMPARE(second.siblingCount, 2);
        QCOMPARE(second.siblingIndex, 1);
        QVERIFY(!second.reasoning.isEmpty());
        QCOMPARE(m_server.lastRequest().json.value("model"_L1).toString(), u"fake/reasoning"_s);
        QVERIFY(m_session->switchToSibling(second.id, -1));
        QCOMPARE(m_session->thread().last().id, first);
        QVERIFY(!m_session->switchToSibling(first, -1)); // no branch before the first
    }

    void editKeepsOldBranch() {
        m_session->newConversation(u"fake/echo"_s);
        QVERIFY(m_session->send(u"first version"_s));
        QVERIFY(waitIdle());
        const qint64 userId = m_session->thread().first().id;
        QVERIFY(m_session->editAndResend(userId, u"second version"_s));
        QVERIFY(waitIdle());
        auto thread = m_session->thread();
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread[0].content, u"second version"_s);
        QCOMPARE(thread[0].siblingCount, 2);
        QCOMPARE(thread[1].content, u"Echo: second version"_s);
        QVERIFY(m_session->switchToSibling(thread[0].id, -1));
        thread = m_session->thread();
        QCOMPARE(thread[0].content, u"first version"_s);
        QCOMPARE(thread[1].content, u"Echo: first version"_s);
    }

    void attachmentsInRequest() {
        m_session->newConversation(u"fake/echo"_s);
        const QList<ContentPart> parts{
            ContentPart::makeImageData(QByteArray("\x89PNG\r\n\x1a\n", 8), u"image/png"_s),
            ContentPart::makePdf(u"doc.pdf"_s, "%PDF-1.7")};
        QVERIFY(m_session->send(u"what is this?"_s, parts));
        QVERIFY(waitIdle());
        const QJsonArray messages = m_server.lastRequest().json.value("messages"_L1).toArray();
        const QJsonArray content = messages.last().toObject().value("content"_L1).toArray();
        QCOMPARE(content.size(), 3);
        QCOMPARE(content[0].toObject().value("text"_L1).toString(), u"what is this?"_s);
        QVERIFY(content[1]
                    .toObject()
                    .value("image_url"_L1)
                    .toObject()
                    .value("url"_L1)
                    .toString()
                    .startsWith(u"data:image/png;base64,"_s));
        QCOMPARE(content[2].toObject().value("file"_L1).toObject().value("filename"_L1).toString(),
                 u"doc.pdf"_s);
        QCOMPARE(m_session->thread().first().attachments.size(), 2);

        ModelInfo textOnly = ModelInfo::fromJson(QJsonObject{
            {u"id"_s, u"x/text"_s},
            {u"name"_s, u"Text Model"_s},
            {u"architecture"_s, QJsonObject{{u"input_modalities"_s, QJsonArray{u"text"_s}}}}});
        const QString warning = ChatSession::attachmentWarning(textOnly, parts);
        QVERIFY2(warning.contains(u"images"_s), qPrintable(warning));
        ModelInfo vision = ModelInfo::fromJson(
            QJsonObject{{u"id"_s, u"x/vision"_s},
                        {u"architecture"_s,
                         QJsonObject{{u"input_modalities"_s, QJsonArray{u"text"_s, u"image"_s}}}}});
        QVERIFY(ChatSession::attachmentWarning(vision, parts).isEmpty());
    }

    void failuresAreStoredInline_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kind");
        QTest::newRow("401") << u"fake/echo"_s << u"sk-or-bad-1234567"_s << u"auth"_s;
        QTest::newRow("402") << u"fake/echo"_s << u"sk-or-broke-1234567"_s << u"credits"_s;
        QTest::newRow("403") << u"fault/moderation"_s << QString() << u"moderation"_s;
        QTest::newRow("midstream") << u"fault/midstream-error"_s << QString() << u"server"_s;
        QTest::newRow("network") << u"fault/drop"_s << QString() << QString();
    }
    void failuresAreStoredInline() {
        QFETCH(QString, model);
        QFETCH(QString, key);
        QFETCH(QString, kind);
        if (!key.isEmpty()) {
            ClientConfig c = m_client->config();
            c.apiKey = key;
            m_client->setConfig(c);
        }
        m_session->newConversation(model);
        QVERIFY(m_session->send(u"hi"_s));
        QVERIFY(waitIdle());
        const StoredMessage reply = m_session->thread().last();
        QCOMPARE(reply.state, StoredMessage::State::Failed);
        QVERIFY(!reply.errorText.isEmpty());
        if (!kind.isEmpty())
            QCOMPARE(reply.error.value("kind"_L1).toString(), kind);
        QVERIFY(!reply.errorText.contains(key.isEmpty() ? u"\x01"_s : key));
        if (model == u"fault/midstream-error"_s || model == u"fault/drop"_s)
            QVERIFY(!reply.content.isEmpty()); // partial output kept
    }

    void deleteUpdatesCost() {
        m_session->newConversation(u"fake/echo"_s);
        QVERIFY(m_session->send(u"one"_s));
        QVERIFY(waitIdle());
        const double cost = m_session->totalCost();
        QVERIFY(cost > 0);
        QVERIFY(m_session->deleteMessage(m_session->thread().last().id));
        QCOMPARE(m_session->thread().size(), 1);
        QCOMPARE(m_session->totalCost(), 0.0);
    }

    // A stopped reply gets its exact cost from /generation later (the fake's first lookup of an
    // id is a 404; the client retries). The session that asked is gone by then, another one
    // shows that conversation: the cost is stored by message id and that session reloads.
    void lateCostOutlivesTheSessionThatAskedForIt() {
        GenerationCosts costs(m_client.get(), m_store.get());
        const auto dropSession = qScopeGuard([this] { m_session.reset(); }); // before `costs`
        m_session = std::make_unique<ChatSession>(m_client.get(), m_store.get(), nullptr, &costs);
        m_server.setSlowDelayMs(60);
        const qint64 c = m_session->newConversation(u"fault/slow"_s);
        QVERIFY(m_session->send(u"a slow story "_s.repeated(20)));
        const qint64 replyId = m_session->streamingMessageId();
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->message(replyId)->content.isEmpty(), 15000);
        m_session->stop();
        QVERIFY(!m_store->message(replyId)->cost);
        QCOMPARE(costs.pendingCount(), 1);
        m_session.reset(); // the chat page replaces its session on "New chat"

        ChatSession other(m_client.get(), m_store.get(), nullptr, &costs);
        QVERIFY(other.openConversation(c));
        QSignalSpy totals(&other, &ChatSession::costChanged);
        QSignalSpy stored(&costs, &GenerationCosts::costStored);
        QVERIFY(stored.wait(15000));
        QCOMPARE(stored.first().at(0).toLongLong(), c);
        QCOMPARE(stored.first().at(1).toLongLong(), replyId);
        const double cost = stored.first().at(2).toDouble();
        QVERIFY(cost > 0);
        QCOMPARE(m_store->message(replyId)->cost, std::optional<double>(cost));
        QCOMPARE(other.thread().last().cost, std::optional<double>(cost));
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.first().at(0).toDouble(), cost);
        QCOMPARE(costs.pendingCount(), 0);
        m_server.setSlowDelayMs(200);
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
