// The chat session's ledger: every reply with a generation id is recorded once, as the app and
// orcli spend it; a stopped reply is recorded incomplete and settled by the late /generation.

#include "ChatSessionFixture.h"
#include "chat/GenerationCosts.h"
#include "domain/ChatResult.h"
#include "store/CostLedger.h"

#include <QSignalSpy>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

class TestChatSessionLedger : public ChatSessionFixture {
    Q_OBJECT

    std::unique_ptr<CostLedger> m_ledger;

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() {
        QVERIFY(startSession(u"sk-or-v1-session-test"_s));
        m_ledger =
            std::make_unique<CostLedger>(m_dir.filePath(u"ledger%1.sqlite"_s.arg(m_dbCounter)));
        QVERIFY(m_ledger->open());
    }
    void cleanup() {
        stopSession();
        m_ledger.reset();
    }

    void finishedReplyIsRecordedOnce() {
        m_session->setLedger(m_ledger.get(), LedgerEntry::Origin::Cli);
        const qint64 c = m_session->newConversation(u"fake/echo"_s);
        QVERIFY(m_session->send(u"hello ledger"_s));
        QVERIFY(waitIdle());
        const StoredMessage reply = m_session->thread().last();
        QVERIFY(!reply.generationId.isEmpty());
        QCOMPARE(m_ledger->count(), 1);
        const auto entry = m_ledger->find(reply.generationId);
        QVERIFY(entry);
        QCOMPARE(entry->kind, u"chat"_s);
        QCOMPARE(entry->origin, LedgerEntry::Origin::Cli);
        QCOMPARE(entry->conversationId, c);
        QCOMPARE(entry->model, reply.model);
        QCOMPARE(entry->provider, reply.provider);
        QVERIFY(entry->complete);
        QVERIFY(reply.usage);
        QCOMPARE(entry->promptTokens, reply.usage->promptTokens);
        QCOMPARE(entry->completionTokens, reply.usage->completionTokens);
        QCOMPARE(entry->costNanoUsd, std::optional<qint64>(Money::fromUsd(*reply.cost)));
        QVERIFY(entry->at.isValid());
        // a second turn is a second entry; nothing is recorded twice
        QVERIFY(m_session->send(u"again"_s));
        QVERIFY(waitIdle());
        QCOMPARE(m_ledger->count(), 2);
    }

    void withoutLedgerNothingIsRecorded() {
        m_session->newConversation(u"fake/echo"_s);
        QVERIFY(m_session->send(u"no ledger"_s));
        QVERIFY(waitIdle());
        QCOMPARE(m_ledger->count(), 0);
    }

    void failureAfterBillingIsRecorded() {
        m_session->setLedger(m_ledger.get(), LedgerEntry::Origin::App);
        m_session->newConversation(u"fault/midstream-error"_s);
        QVERIFY(m_session->send(u"break"_s));
        QVERIFY(waitIdle());
        const StoredMessage reply = m_session->thread().last();
        QCOMPARE(reply.state, StoredMessage::State::Failed);
        QVERIFY(!reply.generationId.isEmpty());
        const auto entry = m_ledger->find(reply.generationId);
        QVERIFY(entry);
        QCOMPARE(entry->origin, LedgerEntry::Origin::App);
        QCOMPARE(entry->model, u"fault/midstream-error"_s);
    }

    // Stopped mid-stream: recorded incomplete at once, settled with the exact cost when the
    // session's own GenerationCosts fetches /generation.
    void stoppedReplyIsSettledByGeneration() {
        m_session->setLedger(m_ledger.get(), LedgerEntry::Origin::App);
        m_server.setSlowDelayMs(60);
        m_session->newConversation(u"fault/slow"_s);
        QVERIFY(m_session->send(u"a slow story "_s.repeated(20)));
        const qint64 replyId = m_session->streamingMessageId();
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->message(replyId)->content.isEmpty(), 15000);
        m_session->stop();
        m_server.setSlowDelayMs(200);
        const QString gen = m_store->message(replyId)->generationId;
        QVERIFY(!gen.isEmpty());
        auto entry = m_ledger->find(gen);
        QVERIFY(entry);
        QVERIFY(!entry->complete);
        QVERIFY(!entry->costExact);
        QCOMPARE(m_ledger->unsettled().size(), 1);
        QSignalSpy stored(m_session->costs(), &GenerationCosts::costStored);
        QVERIFY(stored.wait(15000));
        entry = m_ledger->find(gen);
        QVERIFY(entry->complete);
        QVERIFY(entry->costExact);
        QCOMPARE(entry->costNanoUsd,
                 std::optional<qint64>(Money::fromUsd(stored.first().at(2).toDouble())));
        QCOMPARE(m_ledger->count(), 1);
        QVERIFY(m_ledger->unsettled().isEmpty());
    }

    // A reply whose usage carries no cost: recorded complete without a cost, then settled
    // with /generation's exact cost.
    void replyWithoutCostIsSettled() {
        m_session->setLedger(m_ledger.get(), LedgerEntry::Origin::App);
        m_session->newConversation(u"fake/no-cost"_s);
        QVERIFY(m_session->send(u"what does it cost"_s));
        QVERIFY(waitIdle());
        const QString gen = m_session->thread().last().generationId;
        auto entry = m_ledger->find(gen);
        QVERIFY(entry);
        QVERIFY(entry->complete);
        QVERIFY(!entry->costNanoUsd);
        QSignalSpy stored(m_session->costs(), &GenerationCosts::costStored);
        QVERIFY(stored.wait(15000));
        entry = m_ledger->find(gen);
        QVERIFY(entry->costExact);
        QVERIFY(entry->costNanoUsd.value_or(0) > 0);
        QCOMPARE(m_session->thread().last().cost,
                 std::optional<double>(Money::toUsd(*entry->costNanoUsd)));
    }

    // A GenerationCosts shared by several sessions settles the ledger it was given, also for a
    // reply that has no stored message (messageId 0).
    void sharedCostsSettleWithoutAMessage() {
        GenerationCosts costs(m_client.get(), m_store.get());
        costs.setLedger(m_ledger.get());
        m_session = std::make_unique<ChatSession>(m_client.get(), m_store.get(), nullptr, &costs);
        m_session->setLedger(m_ledger.get(), LedgerEntry::Origin::Cli);
        m_session->newConversation(u"fake/echo"_s);
        QVERIFY(m_session->send(u"priced"_s));
        QVERIFY(waitIdle());
        const QString gen = m_session->thread().last().generationId;
        QVERIFY(!m_ledger->find(gen)->costExact);
        QSignalSpy ended(&costs, &GenerationCosts::fetchEnded);
        costs.fetch(0, gen);
        QVERIFY(ended.wait(15000));
        QVERIFY(m_ledger->find(gen)->costExact);
        m_session.reset(); // before `costs`
    }

    // The request adjuster sees the session's request and may change it before it is sent.
    void requestAdjusterChangesTheRequest() {
        m_session->setRequestAdjuster([](ChatRequest &r) {
            r.stop = {u"END"_s};
            r.model = u"fake/echo"_s;
        });
        m_session->newConversation(u"openai/gpt-4o-mini"_s);
        QVERIFY(m_session->send(u"adjusted"_s));
        QVERIFY(waitIdle());
        const QJsonObject sent = m_server.lastRequest().json;
        QCOMPARE(sent.value("model"_L1).toString(), u"fake/echo"_s);
        QCOMPARE(sent.value("stop"_L1).toString(), u"END"_s); // one stop sequence: a string
        QCOMPARE(m_session->thread().last().content, u"Echo: adjusted"_s);
    }

    void memoryStoreRecordsNoConversation() {
        m_store = std::make_unique<ConversationStore>(ConversationStore::memoryPath());
        QVERIFY(m_store->open());
        QVERIFY(m_store->isInMemory());
        m_session = std::make_unique<ChatSession>(m_client.get(), m_store.get());
        m_session->setLedger(m_ledger.get(), LedgerEntry::Origin::Cli);
        m_session->newConversation(u"fake/echo"_s);
        QVERIFY(m_session->send(u"forget me"_s));
        QVERIFY(waitIdle());
        const auto entry = m_ledger->find(m_session->thread().last().generationId);
        QVERIFY(entry);
        QCOMPARE(entry->conversationId, 0);
    }
};

QTEST_GUILESS_MAIN(TestChatSessionLedger)
#include "tst_chatsession_ledger.moc"
