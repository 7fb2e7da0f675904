#pragma once

#include "domain/Conversation.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace orc {

// Conversations and their message trees in SQLite, with full-text search (FTS5). Replies are
// written while they stream (updateStreaming), so a killed app loses at most the last
// moments of a reply; the next start marks such messages Interrupted.
class ConversationStore {
public:
    static constexpr int kSchemaVersion = 3; // see ConversationSchema.h

    explicit ConversationStore(const QString &path = defaultPath());
    static QString defaultPath(); // <Settings::dataDir()>/conversations.sqlite
    // <dataDir>/conversations.sqlite
    static QString pathIn(const QString &dataDir);
    // A store that lives in memory only (nothing is kept: orcli's --no-history).
    static QString memoryPath() { return QStringLiteral(":memory:"); }
    bool isInMemory() const { return path() == memoryPath(); }

    bool open(QString *error = nullptr);
    // Opens at an older schema (tests of migrations build v1 files this way).
    bool openAtVersion(int version, QString *error = nullptr);
    bool isOpen() const { return m_database.isOpen(); }
    int schemaVersion() const { return m_database.userVersion(); }
    QString lastError() const { return m_lastError; }
    const QString &path() const { return m_database.path(); }
    // SQLite's PRAGMA data_version: changes when another connection (orcli, a second store on
    // the same file) commits, never for this one's own writes. A cheap poll; -1 when closed.
    qint64 dataVersion() const;

    // --- conversations
    qint64 createConversation(const QString &title = {}, const QString &model = {},
                              const QString &systemPrompt = {});
    // Newest first, pinned ones on top; soft-deleted ones only when asked.
    QList<ConversationInfo> conversations(bool includeDeleted = false) const;
    std::optional<ConversationInfo> conversation(qint64 id) const;
    bool renameConversation(qint64 id, const QString &title);
    bool setPinned(qint64 id, bool pinned);
    bool setConversationSettings(qint64 id, const QString &model, const QString &systemPrompt,
                                 const QJsonObject &params);
    bool deleteConversation(qint64 id); // soft: restoreConversation() undoes it
    bool restoreConversation(qint64 id);
    int purgeDeleted(); // removes soft-deleted conversations for good

    // --- messages
    // Adds a message under `message.parentId` and makes it the conversation's active leaf.
    // The first user message names an untitled conversation. Times left invalid are now (an
    // import passes the exported ones).
    qint64 appendMessage(qint64 conversationId, StoredMessage message);
    bool updateStreaming(qint64 messageId, const QString &content, const QString &reasoning);
    // Final state, usage, cost and timings; the cost is added to the conversation's total.
    // The attachments stay as they were stored.
    bool finishMessage(qint64 messageId, const StoredMessage &final);
    // A cost learnt later (from /generation): replaces the message's cost, whichever
    // conversation it belongs to, and corrects that conversation's total.
    bool setMessageCost(qint64 messageId, double cost);
    int markInterrupted(); // Streaming -> Interrupted; call once at start-up
    std::optional<StoredMessage> message(qint64 id) const;
    // The visible thread: from the first message to the active leaf, with sibling positions.
    QList<StoredMessage> thread(qint64 conversationId) const;
    QList<qint64> siblings(qint64 messageId) const; // including itself, oldest first
    // Shows the branch through `messageId`: the active leaf becomes its newest descendant.
    bool switchBranch(qint64 messageId);
    // Deletes the message and everything below it; the active leaf moves to its parent.
    bool deleteMessage(qint64 messageId);
    int messageCount(qint64 conversationId) const;

    // --- search over every message of every (not deleted) conversation
    // Best matches first (bm25). Words found in more than kSearchWindow messages are ranked
    // among their newest kSearchWindow matches, so a common word stays fast in a large history.
    static constexpr int kSearchWindow = 2000;
    QList<SearchHit> search(const QString &text, int limit = 50) const;
    static QString ftsQuery(const QString &text); // user words -> a safe FTS5 MATCH expression

    // --- export / import (ConversationExport.cpp)
    static constexpr int kExportVersion = 2;
    QString exportMarkdown(qint64 conversationId) const;
    // {"format": "orstudio.conversation", "version": 2, "title", "model", "system_prompt",
    //  "created_at", "params", "messages": [MessageFormat full form, the visible thread]}
    QJsonObject exportJson(qint64 conversationId) const;
    // Reads version 2 exports, and version 1 exports and API requests ({"messages": [...]} in
    // the chat API's shape, see LegacyMessages.h).
    qint64 importJson(const QJsonObject &json, QString *error = nullptr);

    static QString titleFromPrompt(const QString &prompt);

private:
    bool exec(const QString &sql, const QVariantList &values = {});
    qint64 newestLeafUnder(qint64 messageId) const;
    bool setActiveLeaf(qint64 conversationId, qint64 leafId);
    void addCost(qint64 conversationId, double delta);
    qint64 importMessages(const QJsonObject &json, const QString &systemPrompt,
                          const QList<StoredMessage> &messages, QString *error);
    void touch(qint64 conversationId);

    mutable Database m_database;
    mutable QString m_lastError;
};

} // namespace orc
