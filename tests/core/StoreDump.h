#pragma once

// A neutral JSON dump of everything a ConversationStore hands out (conversations, every message
// by id, threads, siblings, search hits). gen_conversations_v2 wrote
// tests/data/conversations-v2.json with it from the store of commit 58429e1 (schema 2);
// tst_conversationstore_legacy opens the matching .sqlite with today's store and compares the
// dumps, so a field lost by a migration shows up as a difference.

#include "store/ConversationStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace orc::test {

// Long data URLs are compared by hash to keep the expectation file small.
inline QJsonValue dumpText(const QString &text) {
    if (text.size() <= 160)
        return text;
    return QString(
        QStringLiteral("sha256:") +
        QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()) +
        QStringLiteral(" len:") + QString::number(text.size()));
}

inline QJsonObject dumpPart(const ContentPart &p) {
    return {{QStringLiteral("type"), int(p.type)},
            {QStringLiteral("text"), p.text},
            {QStringLiteral("url"), dumpText(p.url)},
            {QStringLiteral("detail"), p.detail},
            {QStringLiteral("filename"), p.filename},
            {QStringLiteral("audio_format"), p.audioFormat},
            {QStringLiteral("audio"), dumpText(QString::fromLatin1(p.audioBase64))}};
}

inline QJsonObject dumpMessage(const StoredMessage &m) {
    QJsonArray parts;
    for (const ContentPart &p : m.attachments)
        parts.append(dumpPart(p));
    QJsonObject usage;
    if (m.usage)
        usage = {{QStringLiteral("typed"), m.usage->toJson()},
                 {QStringLiteral("raw"), m.usage->raw}};
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("conversation"), m.conversationId},
            {QStringLiteral("parent"), m.parentId},
            {QStringLiteral("role"), m.role},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("reasoning"), m.reasoning},
            {QStringLiteral("attachments"), parts},
            {QStringLiteral("model"), m.model},
            {QStringLiteral("provider"), m.provider},
            {QStringLiteral("generation_id"), m.generationId},
            {QStringLiteral("state"), StoredMessage::stateName(m.state)},
            {QStringLiteral("error_text"), m.errorText},
            {QStringLiteral("error"), m.error},
            {QStringLiteral("usage"), m.usage ? QJsonValue(usage) : QJsonValue()},
            {QStringLiteral("cost"), m.cost ? QJsonValue(*m.cost) : QJsonValue()},
            {QStringLiteral("ttft_ms"), m.timeToFirstTokenMs},
            {QStringLiteral("duration_ms"), m.durationMs},
            {QStringLiteral("finish_reason"), m.finishReason},
            {QStringLiteral("created_ms"), m.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("updated_ms"), m.updatedAt.toMSecsSinceEpoch()},
            {QStringLiteral("sibling_index"), m.siblingIndex},
            {QStringLiteral("sibling_count"), m.siblingCount}};
}

inline QJsonObject dumpConversation(const ConversationInfo &c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("created_ms"), c.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("updated_ms"), c.updatedAt.toMSecsSinceEpoch()},
            {QStringLiteral("pinned"), c.pinned},
            {QStringLiteral("model"), c.model},
            {QStringLiteral("system_prompt"), c.systemPrompt},
            {QStringLiteral("params"), c.params},
            {QStringLiteral("total_cost"), c.totalCost},
            {QStringLiteral("active_leaf"), c.activeLeafId},
            {QStringLiteral("message_count"), c.messageCount},
            {QStringLiteral("deleted"), c.deleted}};
}

// Everything readable from `store`; `maxMessageId` bounds the walk over message ids.
inline QJsonObject dumpStore(const ConversationStore &store, qint64 maxMessageId,
                             const QStringList &searches) {
    QJsonArray conversations, threads, messages, hits;
    for (const ConversationInfo &c : store.conversations(true)) {
        conversations.append(dumpConversation(c));
        QJsonArray thread;
        for (const StoredMessage &m : store.thread(c.id))
            thread.append(dumpMessage(m));
        threads.append(QJsonObject{{QStringLiteral("conversation"), c.id},
                                   {QStringLiteral("thread"), thread}});
    }
    for (qint64 id = 1; id <= maxMessageId; ++id) {
        const auto m = store.message(id);
        if (!m)
            continue;
        QJsonArray siblings;
        for (qint64 s : store.siblings(id))
            siblings.append(s);
        QJsonObject o = dumpMessage(*m);
        o.insert(QStringLiteral("siblings"), siblings);
        messages.append(o);
    }
    for (const QString &text : searches) {
        QJsonArray found;
        for (const SearchHit &h : store.search(text))
            found.append(QJsonObject{{QStringLiteral("conversation"), h.conversationId},
                                     {QStringLiteral("message"), h.messageId},
                                     {QStringLiteral("title"), h.conversationTitle},
                                     {QStringLiteral("role"), h.role},
                                     {QStringLiteral("snippet"), h.snippet}});
        hits.append(QJsonObject{{QStringLiteral("query"), text}, {QStringLiteral("hits"), found}});
    }
    return {{QStringLiteral("conversations"), conversations},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("search"), hits}};
}

} // namespace orc::test
