#include "ConversationStore.h"

#include "ConversationSchema.h"
#include "Logging.h"
#include "MessageFormat.h"
#include "Settings.h"
#include "SqlRow.h"
#include "domain/EnumNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString json(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QDateTime utcMs(const QVariant &v) {
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QVariant nullable(qint64 id) {
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kMessageColumns =
    u"id, conversation_id, parent_id, role, created_at, updated_at, content, reasoning, model, "
    "provider, generation_id, state, error_text, body, cost, ttft_ms, duration_ms, "
    "finish_reason"_s;

// The columns a reply's end rewrites (after id .. updated_at above), in the order of
// messageValues().
const QString kWritableMessageColumns =
    u"content, reasoning, model, provider, generation_id, state, error_text, body, cost, "
    "ttft_ms, duration_ms, finish_reason"_s;

QVariantList messageValues(const StoredMessage &m) {
    return {sql::notNull(m.content),
            sql::notNull(m.reasoning),
            sql::notNull(m.model),
            sql::notNull(m.provider),
            sql::notNull(m.generationId),
            StoredMessage::stateName(m.state),
            sql::notNull(m.errorText),
            MessageFormat::encodeBodyText(m),
            m.cost ? QVariant(*m.cost) : QVariant(QMetaType(QMetaType::Double)),
            m.timeToFirstTokenMs,
            m.durationMs,
            sql::notNull(m.finishReason)};
}

// Reads a result row's columns left to right.
struct Row {
    const QSqlQuery &q;
    int column = 0;
    QVariant next() { return q.value(column++); }
    QString text() { return next().toString(); }
    qint64 integer() { return next().toLongLong(); }
    QDateTime time() { return utcMs(next()); }
};

StoredMessage readMessage(const QSqlQuery &q) {
    StoredMessage m;
    Row row{q};
    for (qint64 StoredMessage::*id :
         {&StoredMessage::id, &StoredMessage::conversationId, &StoredMessage::parentId})
        m.*id = row.integer();
    m.role = row.text();
    m.createdAt = row.time();
    m.updatedAt = row.time();
    for (QString StoredMessage::*text :
         {&StoredMessage::content, &StoredMessage::reasoning, &StoredMessage::model,
          &StoredMessage::provider, &StoredMessage::generationId})
        m.*text = row.text();
    m.state = StoredMessage::stateFromName(row.text());
    m.errorText = row.text();
    QString error;
    if (!MessageFormat::decodeBodyText(row.text(), m, &error))
        qCWarning(orcStore).noquote() << "message" << m.id << error;
    if (const QVariant cost = row.next(); !cost.isNull())
        m.cost = cost.toDouble();
    m.timeToFirstTokenMs = row.integer();
    m.durationMs = row.integer();
    m.finishReason = row.text();
    return m;
}

const QString kConversationColumns =
    u"c.id, c.title, c.created_at, c.updated_at, c.pinned, c.model, c.system_prompt, c.params, "
    "c.total_cost, c.active_leaf, c.deleted_at, "
    "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id)"_s;

ConversationInfo readConversation(const QSqlQuery &q) {
    ConversationInfo c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.createdAt = utcMs(q.value(2));
    c.updatedAt = utcMs(q.value(3));
    c.pinned = q.value(4).toBool();
    c.model = q.value(5).toString();
    c.systemPrompt = q.value(6).toString();
    c.params = parseObject(q.value(7));
    c.totalCost = q.value(8).toDouble();
    c.activeLeafId = q.value(9).toLongLong();
    c.deleted = !q.value(10).isNull();
    c.messageCount = q.value(11).toInt();
    return c;
}

// The row of `sql` (one `?` bound to `id`) read by `read`, or nothing.
template<typename T>
std::optional<T> selectOne(QSqlDatabase &db, const QString &sql, qint64 id,
                           T (*read)(const QSqlQuery &)) {
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

constexpr EnumName<StoredMessage::State> kStateNames[] = {
    {StoredMessage::State::Complete, "complete"_L1},
    {StoredMessage::State::Streaming, "streaming"_L1},
    {StoredMessage::State::Interrupted, "interrupted"_L1},
    {StoredMessage::State::Stopped, "stopped"_L1},
    {StoredMessage::State::Failed, "failed"_L1},
};
} // namespace

QString StoredMessage::stateName(State state) {
    return enumName(kStateNames, state, "complete"_L1);
}

StoredMessage::State StoredMessage::stateFromName(const QString &name) {
    return enumFromName(kStateNames, name).value_or(State::Complete);
}

ChatMessage StoredMessage::toChatMessage() const {
    ChatMessage m;
    m.role = role;
    m.parts = {ContentPart::makeText(content)};
    m.parts += attachments;
    return m;
}

ConversationStore::ConversationStore(const QString &path)
    : m_database(path) {}

QString ConversationStore::defaultPath() {
    return pathIn(Settings().dataDir());
}

QString ConversationStore::pathIn(const QString &dataDir) {
    return QDir(dataDir).absoluteFilePath(u"conversations.sqlite"_s);
}

qint64 ConversationStore::dataVersion() const {
    if (!m_database.isOpen())
        return -1;
    QSqlQuery q(m_database.db());
    return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

bool ConversationStore::open(QString *error) {
    return openAtVersion(kSchemaVersion, error);
}

bool ConversationStore::openAtVersion(int version, QString *error) {
    const bool ok =
        m_database.openAtVersion(ConversationSchema::migrations(), version, &m_lastError);
    if (!ok && error)
        *error = m_lastError;
    return ok;
}

bool ConversationStore::exec(const QString &sql, const QVariantList &values) {
    return m_database.exec(sql, values, &m_lastError);
}

void ConversationStore::touch(qint64 conversationId) {
    exec(u"UPDATE conversations SET updated_at = ? WHERE id = ?"_s, {nowMs(), conversationId});
}

QString ConversationStore::titleFromPrompt(const QString &prompt) {
    QString line = prompt.trimmed().section(u'\n', 0, 0).simplified();
    if (line.size() > 60)
        line = line.left(57).trimmed() + u"…"_s;
    return line;
}

qint64 ConversationStore::createConversation(const QString &title, const QString &model,
                                             const QString &systemPrompt) {
    const qint64 now = nowMs();
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO conversations (title, created_at, updated_at, model, system_prompt) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(sql::notNull(title));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::notNull(model));
    q.addBindValue(sql::notNull(systemPrompt));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<ConversationInfo> ConversationStore::conversations(bool includeDeleted) const {
    QSqlQuery q(m_database.db());
    q.exec(u"SELECT "_s + kConversationColumns + u" FROM conversations c"_s +
           (includeDeleted ? QString() : u" WHERE c.deleted_at IS NULL"_s) +
           u" ORDER BY c.pinned DESC, c.updated_at DESC, c.id DESC"_s);
    QList<ConversationInfo> list;
    while (q.next())
        list << readConversation(q);
    return list;
}

std::optional<ConversationInfo> ConversationStore::conversation(qint64 id) const {
    return selectOne(m_database.db(),
                     u"SELECT "_s + kConversationColumns +
                         u" FROM conversations c WHERE c.id = ?"_s,
                     id, readConversation);
}

bool ConversationStore::renameConversation(qint64 id, const QString &title) {
    return exec(u"UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?"_s,
                {sql::notNull(title.trimmed()), nowMs(), id});
}

bool ConversationStore::setPinned(qint64 id, bool pinned) {
    return exec(u"UPDATE conversations SET pinned = ? WHERE id = ?"_s, {pinned ? 1 : 0, id});
}

bool ConversationStore::setConversationSettings(qint64 id, const QString &model,
                                                const QString &systemPrompt,
                                                const QJsonObject &params) {
    return exec(u"UPDATE conversations SET model = ?, system_prompt = ?, params = ? WHERE id = ?"_s,
                {sql::notNull(model), sql::notNull(systemPrompt), json(params), id});
}

bool ConversationStore::deleteConversation(qint64 id) {
    return exec(u"UPDATE conversations SET deleted_at = ? WHERE id = ?"_s, {nowMs(), id});
}

bool ConversationStore::restoreConversation(qint64 id) {
    return exec(u"UPDATE conversations SET deleted_at = NULL WHERE id = ?"_s, {id});
}

int ConversationStore::purgeDeleted() {
    QSqlQuery q(m_database.db());
    if (!q.exec(u"DELETE FROM conversations WHERE deleted_at IS NOT NULL"_s))
        return 0;
    return q.numRowsAffected();
}

bool ConversationStore::setActiveLeaf(qint64 conversationId, qint64 leafId) {
    return exec(u"UPDATE conversations SET active_leaf = ? WHERE id = ?"_s,
                {nullable(leafId), conversationId});
}

qint64 ConversationStore::appendMessage(qint64 conversationId, StoredMessage m) {
    const qint64 now = nowMs();
    QSqlQuery q(m_database.db());
    q.prepare(
        u"INSERT INTO messages (conversation_id, parent_id, role, created_at, updated_at, "_s +
        kWritableMessageColumns +
        u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         QVariantList{conversationId, nullable(m.parentId), sql::notNull(m.role),
                      m.createdAt.isValid() ? m.createdAt.toMSecsSinceEpoch() : now,
                      m.updatedAt.isValid() ? m.updatedAt.toMSecsSinceEpoch() : now} +
             messageValues(m))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(orcStore).noquote() << "cannot store message:" << m_lastError;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    setActiveLeaf(conversationId, id);
    if (m.cost)
        addCost(conversationId, *m.cost);
    if (m.role == "user"_L1)
        exec(u"UPDATE conversations SET title = ? WHERE id = ? AND title = ''"_s,
             {titleFromPrompt(m.content), conversationId});
    touch(conversationId);
    return id;
}

bool ConversationStore::updateStreaming(qint64 messageId, const QString &content,
                                        const QString &reasoning) {
    return exec(u"UPDATE messages SET content = ?, reasoning = ?, updated_at = ? WHERE id = ?"_s,
                {sql::notNull(content), sql::notNull(reasoning), nowMs(), messageId});
}

bool ConversationStore::finishMessage(qint64 messageId, const StoredMessage &f) {
    const auto before = message(messageId);
    if (!before)
        return false;
    StoredMessage final = f;
    final.attachments = before->attachments; // a reply's end never changes what was sent
    QString assignments = kWritableMessageColumns;
    assignments.replace(u", "_s, u" = ?, "_s);
    const bool ok =
        exec(u"UPDATE messages SET "_s + assignments + u" = ?, updated_at = ? WHERE id = ?"_s,
             messageValues(final) + QVariantList{nowMs(), messageId});
    if (ok && f.cost)
        addCost(before->conversationId, *f.cost - before->cost.value_or(0.0));
    if (ok)
        touch(before->conversationId);
    return ok;
}

bool ConversationStore::setMessageCost(qint64 messageId, double cost) {
    const auto before = message(messageId);
    if (!before)
        return false;
    if (!exec(u"UPDATE messages SET cost = ? WHERE id = ?"_s, {cost, messageId}))
        return false;
    addCost(before->conversationId, cost - before->cost.value_or(0.0));
    return true;
}

void ConversationStore::addCost(qint64 conversationId, double delta) {
    if (delta != 0.0)
        exec(u"UPDATE conversations SET total_cost = MAX(0, total_cost + ?) WHERE id = ?"_s,
             {delta, conversationId});
}

int ConversationStore::markInterrupted() {
    QSqlQuery q(m_database.db());
    if (!q.exec(u"UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"_s))
        return 0;
    return q.numRowsAffected();
}

std::optional<StoredMessage> ConversationStore::message(qint64 id) const {
    return selectOne(m_database.db(),
                     u"SELECT "_s + kMessageColumns + u" FROM messages WHERE id = ?"_s, id,
                     readMessage);
}

QList<qint64> ConversationStore::siblings(qint64 messageId) const {
    const auto m = message(messageId);
    if (!m)
        return {};
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id FROM messages WHERE conversation_id = ? AND "
              "COALESCE(parent_id, 0) = ? ORDER BY id"_s);
    q.addBindValue(m->conversationId);
    q.addBindValue(m->parentId);
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

QList<StoredMessage> ConversationStore::thread(qint64 conversationId) const {
    const auto info = conversation(conversationId);
    if (!info || !info->activeLeafId)
        return {};
    // Every message of the conversation in one query, then walk up from the active leaf.
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT "_s + kMessageColumns +
              u" FROM messages WHERE conversation_id = ? ORDER BY id"_s);
    q.addBindValue(conversationId);
    q.setForwardOnly(true);
    QHash<qint64, StoredMessage> byId;
    QHash<qint64, QList<qint64>> children;
    if (q.exec()) {
        while (q.next()) {
            StoredMessage m = readMessage(q);
            children[m.parentId] << m.id;
            byId.insert(m.id, std::move(m));
        }
    }
    QList<StoredMessage> path;
    for (qint64 id = info->activeLeafId; id && byId.contains(id); id = byId.value(id).parentId) {
        StoredMessage m = byId.value(id);
        const QList<qint64> &sibs = children.value(m.parentId);
        m.siblingCount = int(sibs.size());
        m.siblingIndex = int(sibs.indexOf(m.id));
        path.prepend(std::move(m));
        if (path.size() > byId.size())
            break; // a cycle cannot happen through the API, but never loop forever
    }
    return path;
}

qint64 ConversationStore::newestLeafUnder(qint64 messageId) const {
    qint64 current = messageId;
    for (int depth = 0; depth < 100000; ++depth) {
        QSqlQuery q(m_database.db());
        q.prepare(u"SELECT id FROM messages WHERE parent_id = ? ORDER BY id DESC LIMIT 1"_s);
        q.addBindValue(current);
        if (!q.exec() || !q.next())
            return current;
        current = q.value(0).toLongLong();
    }
    return current;
}

bool ConversationStore::switchBranch(qint64 messageId) {
    const auto m = message(messageId);
    if (!m)
        return false;
    return setActiveLeaf(m->conversationId, newestLeafUnder(messageId));
}

bool ConversationStore::deleteMessage(qint64 messageId) {
    const auto m = message(messageId);
    if (!m)
        return false;
    // Costs of the removed subtree leave the conversation total.
    QSqlQuery cost(m_database.db());
    cost.prepare(u"WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT m.id FROM messages m "
                 "JOIN sub ON m.parent_id = sub.id) "
                 "SELECT COALESCE(SUM(cost), 0) FROM messages WHERE id IN sub"_s);
    cost.addBindValue(messageId);
    const double removed = cost.exec() && cost.next() ? cost.value(0).toDouble() : 0.0;
    if (!exec(u"DELETE FROM messages WHERE id = ?"_s, {messageId}))
        return false;
    addCost(m->conversationId, -removed);
    // Show a remaining sibling's branch if there is one, else the parent.
    const qint64 leaf = m->parentId ? newestLeafUnder(m->parentId) : 0;
    qint64 target = leaf;
    if (!m->parentId) {
        QSqlQuery q(m_database.db());
        q.prepare(u"SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS NULL "
                  "ORDER BY id DESC LIMIT 1"_s);
        q.addBindValue(m->conversationId);
        if (q.exec() && q.next())
            target = newestLeafUnder(q.value(0).toLongLong());
    }
    setActiveLeaf(m->conversationId, target);
    touch(m->conversationId);
    return true;
}

int ConversationStore::messageCount(qint64 conversationId) const {
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT COUNT(*) FROM messages WHERE conversation_id = ?"_s);
    q.addBindValue(conversationId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString ConversationStore::ftsQuery(const QString &text) {
    QStringList terms;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString clean = word;
        clean.replace(u'"', u' ');
        clean = clean.trimmed();
        if (!clean.isEmpty())
            terms << u'"' + clean + u'"';
    }
    if (!terms.isEmpty())
        terms.last() += u'*'; // prefix match while typing
    return terms.join(u' ');
}

QList<SearchHit> ConversationStore::search(const QString &text, int limit) const {
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return {};
    // Ranks the newest kSearchWindow matches only (all of them for most words): ranking costs
    // per match, and a common word matches most of a large history (bench_store: 100,000
    // messages).
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT m.conversation_id, m.id, c.title, m.role, "
              "snippet(messages_fts, -1, '[', ']', '…', 12) "
              "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
              "JOIN conversations c ON c.id = m.conversation_id "
              "WHERE messages_fts MATCH ? AND messages_fts.rowid >= coalesce((SELECT rowid "
              "FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT 1 "
              "OFFSET ?), 0) AND c.deleted_at IS NULL "
              "ORDER BY bm25(messages_fts) LIMIT ?"_s);
    q.addBindValue(match);
    q.addBindValue(match);
    q.addBindValue(kSearchWindow - 1);
    q.addBindValue(limit);
    QList<SearchHit> hits;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return hits;
    }
    while (q.next())
        hits << SearchHit{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
    return hits;
}

} // namespace orc
