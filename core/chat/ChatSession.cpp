#include "ChatSession.h"

#include "Logging.h"
#include "api/OpenRouterClient.h"
#include "chat/GenerationCosts.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace orc {

QJsonObject ChatParams::toJson() const {
    QJsonObject o;
    if (temperature)
        o.insert(u"temperature"_s, *temperature);
    if (maxTokens)
        o.insert(u"max_tokens"_s, *maxTokens);
    if (topP)
        o.insert(u"top_p"_s, *topP);
    if (!reasoningEffort.isEmpty())
        o.insert(u"reasoning_effort"_s, reasoningEffort);
    if (seed)
        o.insert(u"seed"_s, *seed);
    if (!routing.isEmpty())
        o.insert(u"routing"_s, routing.toJson());
    return o;
}

ChatParams ChatParams::fromJson(const QJsonObject &o) {
    ChatParams p;
    if (o.value("temperature"_L1).isDouble())
        p.temperature = o.value("temperature"_L1).toDouble();
    if (o.value("max_tokens"_L1).isDouble())
        p.maxTokens = o.value("max_tokens"_L1).toInt();
    if (o.value("top_p"_L1).isDouble())
        p.topP = o.value("top_p"_L1).toDouble();
    p.reasoningEffort = o.value("reasoning_effort"_L1).toString();
    if (o.value("seed"_L1).isDouble())
        p.seed = static_cast<qint64>(o.value("seed"_L1).toDouble());
    p.routing = ChatRouting::fromJson(o.value("routing"_L1).toObject());
    return p;
}

ChatSession::ChatSession(OpenRouterClient *client, ConversationStore *store, QObject *parent,
                         GenerationCosts *costs)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_costs(costs ? costs : new GenerationCosts(client, store, this)) {
    connect(m_costs, &GenerationCosts::costStored, this,
            [this](qint64 conversationId) { onCostStored(conversationId); });
    m_persistTimer.setInterval(kPersistIntervalMs);
    connect(&m_persistTimer, &QTimer::timeout, this, &ChatSession::persistPartial);
}

ChatSession::~ChatSession() {
    // Keep what arrived: a window closed mid-reply stores it as stopped.
    stop();
}

void ChatSession::setLedger(CostLedger *ledger, LedgerEntry::Origin origin) {
    m_ledger = ledger;
    m_origin = origin;
    if (m_costs->parent() == this)
        m_costs->setLedger(ledger);
}

bool ChatSession::openConversation(qint64 id) {
    if (isBusy())
        return false;
    const auto info = m_store->conversation(id);
    if (!info)
        return false;
    m_conversationId = id;
    m_model = info->model;
    m_systemPrompt = info->systemPrompt;
    m_params = ChatParams::fromJson(info->params);
    m_fallbacks = info->params.value("fallbacks"_L1).toObject();
    reloadThread();
    emit costChanged(info->totalCost);
    return true;
}

qint64 ChatSession::newConversation(const QString &model) {
    if (isBusy())
        return 0;
    const qint64 id = m_store->createConversation({}, model, m_systemPrompt);
    if (!id)
        return 0;
    m_fallbacks = {};
    m_store->setConversationSettings(id, model, m_systemPrompt, m_params.toJson());
    openConversation(id);
    return id;
}

void ChatSession::setModel(const QString &model) {
    m_model = model;
    saveSettings();
}

void ChatSession::setSystemPrompt(const QString &prompt) {
    m_systemPrompt = prompt;
    saveSettings();
}

void ChatSession::setParams(const ChatParams &params) {
    m_params = params;
    saveSettings();
}

void ChatSession::setRoutingProfiles(const QList<RoutingProfile> &profiles) {
    m_profiles = profiles;
}

void ChatSession::setRouting(const ChatRouting &routing) {
    m_params.routing = routing;
    saveSettings();
}

std::optional<RoutingFallback> ChatSession::fallbackOf(qint64 messageId) const {
    const QJsonValue v = m_fallbacks.value(QString::number(messageId));
    if (!v.isObject())
        return std::nullopt;
    return RoutingFallback::fromJson(v.toObject());
}

void ChatSession::saveSettings() {
    if (!m_conversationId)
        return;
    QJsonObject params = m_params.toJson();
    if (!m_fallbacks.isEmpty())
        params.insert(u"fallbacks"_s, m_fallbacks);
    m_store->setConversationSettings(m_conversationId, m_model, m_systemPrompt, params);
}

double ChatSession::totalCost() const {
    const auto info = m_conversationId ? m_store->conversation(m_conversationId) : std::nullopt;
    return info ? info->totalCost : 0.0;
}

void ChatSession::reloadThread() {
    m_thread = m_conversationId ? m_store->thread(m_conversationId) : QList<StoredMessage>();
    emit threadChanged();
}

ChatRequest ChatSession::buildRequest(const QList<StoredMessage> &history) const {
    ChatRequest r;
    r.model = m_model;
    r.stream = true;
    r.messages = messagesFor(m_systemPrompt, history);
    r.temperature = m_params.temperature;
    r.maxTokens = m_params.maxTokens;
    r.topP = m_params.topP;
    r.seed = m_params.seed;
    r.reasoning.effort = m_params.reasoningEffort;
    r.provider = resolvedRouting();
    r.models = m_params.routing.fallbackModels(m_profiles, m_model);
    r.sessionId = m_conversationId ? u"orstudio-%1"_s.arg(m_conversationId) : QString();
    return r;
}

QList<ChatMessage> ChatSession::messagesFor(const QString &systemPrompt,
                                            const QList<StoredMessage> &history) {
    QList<ChatMessage> messages;
    if (!systemPrompt.trimmed().isEmpty())
        messages << ChatMessage::system(systemPrompt);
    for (const StoredMessage &m : history) {
        if (m.role == "assistant"_L1 && m.content.isEmpty() && m.attachments.isEmpty())
            continue; // a failed reply with nothing in it says nothing to the model
        messages << m.toChatMessage();
    }
    return messages;
}

bool ChatSession::send(const QString &text, const QList<ContentPart> &attachments) {
    if (isBusy() || (text.trimmed().isEmpty() && attachments.isEmpty()))
        return false;
    if (!m_conversationId && !newConversation(m_model))
        return false;
    StoredMessage user;
    user.role = u"user"_s;
    user.content = text;
    user.attachments = attachments;
    user.parentId = m_thread.isEmpty() ? 0 : m_thread.last().id;
    const qint64 userId = m_store->appendMessage(m_conversationId, user);
    if (!userId)
        return false;
    return startReply(userId, m_model);
}

bool ChatSession::regenerate(qint64 assistantMessageId, const QString &model) {
    if (isBusy())
        return false;
    const auto old = m_store->message(assistantMessageId);
    if (!old || old->role != "assistant"_L1 || !old->parentId)
        return false;
    return startReply(old->parentId, model.isEmpty() ? m_model : model);
}

bool ChatSession::editAndResend(qint64 userMessageId, const QString &text) {
    if (isBusy() || text.trimmed().isEmpty())
        return false;
    const auto old = m_store->message(userMessageId);
    if (!old || old->role != "user"_L1)
        return false;
    StoredMessage edited;
    edited.role = u"user"_s;
    edited.content = text;
    edited.attachments = old->attachments;
    edited.parentId = old->parentId; // a sibling: the old branch stays reachable
    const qint64 id = m_store->appendMessage(m_conversationId, edited);
    return id && startReply(id, m_model);
}

bool ChatSession::retryLast() {
    if (isBusy() || m_thread.isEmpty())
        return false;
    const StoredMessage &last = m_thread.last();
    if (last.role == "user"_L1)
        return startReply(last.id, m_model);
    if (last.role == "assistant"_L1 && last.state != StoredMessage::State::Complete)
        return regenerate(last.id);
    return false;
}

bool ChatSession::relaxAndRetry(const QString &constraint) {
    if (isBusy())
        return false;
    const std::optional<ChatRouting> relaxed = m_params.routing.relaxed(constraint, m_profiles);
    if (!relaxed)
        return false;
    setRouting(*relaxed);
    return retryLast();
}

bool ChatSession::switchToSibling(qint64 messageId, int delta) {
    if (isBusy())
        return false;
    const QList<qint64> siblings = m_store->siblings(messageId);
    const qsizetype index = siblings.indexOf(messageId) + delta;
    if (index < 0 || index >= siblings.size())
        return false;
    if (!m_store->switchBranch(siblings.at(index)))
        return false;
    reloadThread();
    return true;
}

bool ChatSession::deleteMessage(qint64 messageId) {
    if (isBusy() || !m_store->deleteMessage(messageId))
        return false;
    reloadThread();
    emit costChanged(totalCost());
    return true;
}

bool ChatSession::startReply(qint64 parentId, const QString &model) {
    if (!m_client)
        return false;
    StoredMessage reply;
    reply.role = u"assistant"_s;
    reply.parentId = parentId;
    reply.model = model;
    reply.state = StoredMessage::State::Streaming;
    m_replyId = m_store->appendMessage(m_conversationId, reply);
    if (!m_replyId)
        return false;
    reloadThread();
    // The thread now ends with the empty reply; the request carries everything before it.
    QList<StoredMessage> history = m_thread;
    history.removeLast();
    ChatRequest request = buildRequest(history);
    request.model = model;
    request.models = m_params.routing.fallbackModels(m_profiles, model);
    if (m_adjust)
        m_adjust(request);
    m_replyModel = request.model;
    m_replyRouting = request.provider;
    m_content.clear();
    m_reasoning.clear();
    m_dirty = false;

    m_stream = m_client->chat(request);
    m_stream->setParent(this);
    connect(m_stream, &ChatStream::contentDelta, this, [this](const QString &t) {
        m_content += t;
        m_dirty = true;
        emit replyDelta(m_replyId, t, QString());
    });
    connect(m_stream, &ChatStream::reasoningDelta, this, [this](const QString &t) {
        m_reasoning += t;
        m_dirty = true;
        emit replyDelta(m_replyId, QString(), t);
    });
    connect(m_stream, &ChatStream::retrying, this, &ChatSession::retrying);
    connect(m_stream, &ChatStream::finished, this, &ChatSession::onStreamFinished);
    m_persistTimer.start();
    emit busyChanged(true);
    emit replyStarted(m_replyId);
    return true;
}

void ChatSession::persistPartial() {
    if (!m_dirty || !m_replyId)
        return;
    m_store->updateStreaming(m_replyId, m_content, m_reasoning);
    m_dirty = false;
}

void ChatSession::stop() {
    if (m_stream)
        m_stream->cancel(); // finished() follows synchronously
}

void ChatSession::onStreamFinished() {
    ChatStream *stream = m_stream;
    if (!stream)
        return;
    m_persistTimer.stop();
    const ChatResult &r = stream->result();
    StoredMessage final;
    final.content = r.content;
    final.reasoning = r.reasoning;
    final.model = r.model.isEmpty() ? m_replyModel : r.model;
    final.provider = r.provider;
    final.generationId = r.id;
    final.usage = r.usage;
    final.toolCalls = r.toolCalls;
    final.reasoningDetails = r.reasoningDetails;
    if (r.usage && r.usage->cost)
        final.cost = r.usage->cost;
    final.timeToFirstTokenMs = r.timeToFirstTokenMs;
    final.durationMs = r.durationMs;
    final.finishReason = r.finishReason;
    switch (r.state) {
    case ChatResult::State::Completed:
        final.state = StoredMessage::State::Complete;
        break;
    case ChatResult::State::Cancelled:
        final.state = StoredMessage::State::Stopped;
        break;
    default:
        final.state = StoredMessage::State::Failed;
        final.errorText = r.error.toString();
        final.error = r.error.toJson();
        break;
    }
    if (r.state == ChatResult::State::Completed && r.finishReason == "length"_L1 &&
        r.content.isEmpty() && !r.reasoning.isEmpty())
        final.errorText = QCoreApplication::translate(
            "orc::ChatSession",
            "The model ran out of tokens while thinking. Raise max tokens or lower the "
            "reasoning effort.");
    const qint64 id = m_replyId;
    if (r.state == ChatResult::State::Completed || !r.provider.isEmpty()) {
        const RoutingFallback fallback =
            RoutingFallback::compare(m_replyModel, m_replyRouting, r.model, r.provider);
        if (fallback.isFallback()) {
            m_fallbacks.insert(QString::number(id), fallback.toJson());
            saveSettings();
        }
    }
    m_store->finishMessage(id, final);
    record(r);
    m_stream = nullptr;
    m_replyId = 0;
    stream->deleteLater();
    reloadThread();
    emit busyChanged(false);
    if (const auto stored = m_store->message(id))
        emit replyFinished(*stored);
    emit costChanged(totalCost());

    // The exact cost comes from /generation when the stream did not carry it.
    if (!final.cost && !r.id.isEmpty())
        m_costs->fetch(id, r.id);
}

void ChatSession::record(const ChatResult &result) {
    if (!m_ledger || result.id.isEmpty())
        return; // nothing was billed without a generation id
    LedgerEntry entry = LedgerEntry::fromChatResult(result, u"chat"_s, m_origin);
    if (entry.model.isEmpty())
        entry.model = m_replyModel;
    // A conversation of a memory store (orcli --no-history) is none the user can open.
    entry.conversationId = m_store->isInMemory() ? 0 : m_conversationId;
    m_ledger->record(entry);
}

void ChatSession::onCostStored(qint64 conversationId) {
    if (conversationId != m_conversationId)
        return; // stored; shown when that conversation opens
    reloadThread();
    emit costChanged(totalCost());
}

QString ChatSession::attachmentWarning(const ModelInfo &model, const QList<ContentPart> &parts) {
    // PDFs need no check: OpenRouter parses them for models that cannot read files.
    bool image = false, audio = false;
    for (const ContentPart &p : parts) {
        image |= p.type == ContentPart::Type::Image;
        audio |= p.type == ContentPart::Type::Audio;
    }
    QStringList problems;
    if (image && !model.supportsVision())
        problems << QCoreApplication::translate("orc::ChatSession", "images");
    if (audio && !model.supportsAudioInput())
        problems << QCoreApplication::translate("orc::ChatSession", "audio");
    if (problems.isEmpty())
        return {};
    return QCoreApplication::translate("orc::ChatSession",
                                       "%1 does not accept %2; choose a model that does, or "
                                       "remove the attachment.")
        .arg(model.displayName(), problems.join(u", "_s));
}

} // namespace orc
