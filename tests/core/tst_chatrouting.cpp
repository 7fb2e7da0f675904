// Per-conversation routing: ChatRouting (profile + the chat's own preferences + privacy), stored
// with the conversation's params, sent as the request's `provider`/`models` by ChatSession with no
// extra request, fallbacks recorded per reply, and "no endpoint" relaxed in one step.
#include "ChatSessionFixture.h"
#include "FakeOpenRouter.h"
#include "api/OpenRouterClient.h"
#include "chat/ChatSession.h"
#include "store/ConversationStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {
const QString kR1 = u"deepseek/deepseek-r1"_s;
}

class TestChatRouting : public ChatSessionFixture {
    Q_OBJECT

    bool sendAndWait(const QString &text) { return m_session->send(text) && waitIdle(); }

    static RoutingProfile userProfile() {
        RoutingProfile p;
        p.id = u"openai-or-else"_s;
        p.name = u"OpenAI or else"_s;
        p.preferences.only = {u"openai"_s};
        p.fallbackModels = {u"openai/gpt-4o-mini"_s};
        return p;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { QVERIFY(startSession(u"sk-or-v1-routing-test"_s)); }
    void cleanup() { stopSession(); }

    void routingResolvesProfileOverridesAndPrivacy() {
        const QList<RoutingProfile> profiles = RoutingProfile::withBuiltIns({userProfile()});
        ChatRouting r;
        QVERIFY(r.resolve(profiles).isEmpty());
        r.profileId = u"cheapest"_s;
        QCOMPARE(r.resolve(profiles).sort.by, u"price"_s);
        r.overrides.order = {u"fireworks"_s};
        r.overrides.sort.by = u"latency"_s;
        r.privateMode = true;
        const RoutingPreferences p = r.resolve(profiles);
        QCOMPARE(p.sort.by, u"latency"_s);
        QCOMPARE(p.order, QStringList{u"fireworks"_s});
        QVERIFY(p.isPrivate());
        // stored and read back, and an unknown profile is the default
        QCOMPARE(ChatRouting::fromJson(r.toJson()), r);
        QVERIFY(ChatRouting().toJson().isEmpty());
        r = {};
        r.profileId = u"gone"_s;
        QVERIFY(r.resolve(profiles).isEmpty());
        // the profile's fallback models, without the model itself
        r.profileId = u"openai-or-else"_s;
        QCOMPARE(r.fallbackModels(profiles, kR1), QStringList{u"openai/gpt-4o-mini"_s});
        QVERIFY(r.fallbackModels(profiles, u"openai/gpt-4o-mini"_s).isEmpty());
    }

    void relaxLiftsExactlyTheConstraint() {
        const QList<RoutingProfile> profiles = RoutingProfile::builtIns();
        ChatRouting r;
        r.privateMode = true;
        r.overrides.maxPrice.prompt = 0.01;
        r.overrides.only = {u"novita"_s};
        auto relaxed = r.relaxed(u"zdr"_s, profiles);
        QVERIFY(relaxed);
        QVERIFY(!relaxed->privateMode);
        QCOMPARE(relaxed->overrides.maxPrice.prompt, 0.01); // the rest is kept
        QCOMPARE(relaxed->overrides.only, QStringList{u"novita"_s});
        relaxed = r.relaxed(u"max_price"_s, profiles);
        QVERIFY(relaxed && relaxed->overrides.maxPrice.isEmpty() && relaxed->privateMode);
        relaxed = r.relaxed(u"providers"_s, profiles);
        QVERIFY(relaxed && relaxed->overrides.only.isEmpty());
        QCOMPARE(relaxed->overrides.allowFallbacks, std::optional<bool>(true));
        // the profile sets it: the chat falls back to the default profile
        ChatRouting privateProfile;
        privateProfile.profileId = u"private"_s;
        relaxed = privateProfile.relaxed(u"data_policy"_s, profiles);
        QVERIFY(relaxed && !relaxed->resolve(profiles).isPrivate());
        // nothing routing can lift
        QVERIFY(!r.relaxed(u"modalities"_s, profiles));
        QVERIFY(!ChatRouting().relaxed(u"quantizations"_s, profiles));
        QVERIFY(ChatRouting::relaxLabel(u"modalities"_s).isEmpty());
        QVERIFY(!ChatRouting::relaxLabel(u"zdr"_s).isEmpty());
    }

    void fallbackComparesModelsAndProviders() {
        RoutingPreferences asked;
        asked.order = {u"google-vertex/fp8"_s, u"fireworks"_s};
        auto f = RoutingFallback::compare(kR1, asked, kR1, u"Google Vertex"_s);
        QVERIFY(!f.isFallback());
        f = RoutingFallback::compare(kR1, asked, kR1, u"Fireworks"_s);
        QVERIFY(f.otherProvider && !f.otherModel);
        QCOMPARE(f.askedProvider, u"google-vertex/fp8"_s);
        f = RoutingFallback::compare(u"openai/gpt-4o"_s, {}, u"openai/gpt-4o-2024-08-06"_s,
                                     u"OpenAI"_s);
        QVERIFY(!f.isFallback()); // a dated id is the same model
        f = RoutingFallback::compare(u"openai/gpt-4o"_s, {}, u"openai/gpt-4o-mini"_s, {});
        QVERIFY(f.otherModel);
        f = RoutingFallback::compare(u"@preset/cheap-r1"_s, {}, kR1, u"DeepInfra"_s);
        QVERIFY(!f.isFallback());
        QCOMPARE(RoutingFallback::fromJson(f.toJson()).askedModel, f.askedModel);
    }

    void sessionSendsTheRoutingWithoutExtraRequests() {
        m_session->setRoutingProfiles(RoutingProfile::withBuiltIns({userProfile()}));
        const qint64 id = m_session->newConversation(kR1);
        ChatParams params;
        params.temperature = 0.5;
        params.routing.profileId = u"fastest"_s;
        params.routing.privateMode = true;
        m_session->setParams(params);
        QVERIFY(sendAndWait(u"hello"_s));
        const QJsonObject sent = m_server.lastRequest().json;
        QCOMPARE(sent.value("provider"_L1).toObject(),
                 (QJsonObject{{u"sort"_s, u"throughput"_s},
                              {u"zdr"_s, true},
                              {u"data_collection"_s, u"deny"_s}}));
        QVERIFY(!sent.contains("models"_L1));
        QCOMPARE(m_session->thread().last().provider, u"SambaNova"_s);
        // routing costs nothing at send time: one request, the chat itself (plus the cost lookup)
        QCOMPARE(m_server.requestCount(u"/chat/completions"_s), 1);
        QCOMPARE(m_server.requestCount(u"/providers"_s), 0);
        QCOMPARE(m_server.requestCount(u"/endpoints/zdr"_s), 0);

        // kept with the conversation
        ChatSession other(m_client.get(), m_store.get());
        QVERIFY(other.openConversation(id));
        QCOMPARE(other.params(), params);
    }

    void oldConversationsLoadWithoutRouting() {
        const qint64 id = m_store->createConversation(u"old"_s, kR1, QString());
        QVERIFY(m_store->setConversationSettings(id, kR1, QString(),
                                                 QJsonObject{{u"temperature"_s, 0.3}}));
        QVERIFY(m_session->openConversation(id));
        QCOMPARE(m_session->params().temperature, std::optional<double>(0.3));
        QVERIFY(m_session->params().routing.isEmpty());
        QVERIFY(m_session->resolvedRouting().isEmpty());
        QVERIFY(sendAndWait(u"hi"_s));
        QVERIFY(!m_server.lastRequest().json.contains("provider"_L1) ||
                m_server.lastRequest().json.value("provider"_L1).toObject().isEmpty());
    }

    void fallbacksAreRecordedPerReply() {
        m_session->setRoutingProfiles(RoutingProfile::withBuiltIns({userProfile()}));
        const qint64 id = m_session->newConversation(kR1);
        // a pinned provider that does not serve the model: another one answers
        ChatRouting routing;
        routing.overrides.order = {u"openai"_s};
        m_session->setRouting(routing);
        QVERIFY(sendAndWait(u"one"_s));
        const StoredMessage first = m_session->thread().last();
        QCOMPARE(first.state, StoredMessage::State::Complete);
        auto fallback = m_session->fallbackOf(first.id);
        QVERIFY(fallback && fallback->otherProvider && !fallback->otherModel);
        QCOMPARE(fallback->askedProvider, u"openai"_s);

        // the profile allows only OpenAI, which does not serve R1: its fallback model answers
        routing = {};
        routing.profileId = u"openai-or-else"_s;
        m_session->setRouting(routing);
        QVERIFY(sendAndWait(u"two"_s));
        QCOMPARE(m_server.lastRequest().json.value("models"_L1).toArray(),
                 QJsonArray{u"openai/gpt-4o-mini"_s});
        const StoredMessage second = m_session->thread().last();
        QCOMPARE(second.model, u"openai/gpt-4o-mini"_s);
        fallback = m_session->fallbackOf(second.id);
        QVERIFY(fallback && fallback->otherModel);
        QCOMPARE(fallback->askedModel, kR1);

        // what was asked is kept with the conversation, the first reply's too
        ChatSession other(m_client.get(), m_store.get());
        QVERIFY(other.openConversation(id));
        QVERIFY(other.fallbackOf(first.id));
        QVERIFY(other.fallbackOf(second.id)->otherModel);
        // a reply served as asked is no fallback
        routing = {};
        m_session->setRouting(routing);
        QVERIFY(sendAndWait(u"three"_s));
        QVERIFY(!m_session->fallbackOf(m_session->thread().last().id));
    }

    void noEndpointIsRelaxedAndResent() {
        m_session->newConversation(kR1);
        ChatRouting routing;
        routing.privateMode = true;
        routing.overrides.only = {u"novita"_s};
        m_session->setRouting(routing);
        QVERIFY(sendAndWait(u"keep me"_s));
        const StoredMessage failed = m_session->thread().last();
        QCOMPARE(failed.state, StoredMessage::State::Failed);
        QCOMPARE(failed.error.value("constraint"_L1).toString(), u"zdr"_s);
        QVERIFY(!m_session->relaxAndRetry(u"modalities"_s)); // nothing routing can change

        QVERIFY(m_session->relaxAndRetry(u"zdr"_s));
        QVERIFY(waitIdle());
        QVERIFY(!m_session->params().routing.privateMode);
        QCOMPARE(m_session->params().routing.overrides.only, QStringList{u"novita"_s});
        const QList<StoredMessage> thread = m_session->thread();
        QCOMPARE(thread.last().state, StoredMessage::State::Complete);
        QCOMPARE(thread.last().provider, u"Novita"_s);
        QCOMPARE(thread.first().content, u"keep me"_s); // the user's message is the same one
        QCOMPARE(thread.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChatRouting)
#include "tst_chatrouting.moc"
