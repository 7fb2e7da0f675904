#include "ConversationSchema.h"

#include "LegacyMessages.h"
#include "MessageFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace orc::ConversationSchema {

namespace {

// v1: conversations and message trees.
const char *const kSchemaV1 = R"SQL(
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    deleted_at INTEGER,
    model TEXT NOT NULL DEFAULT '',
    system_prompt TEXT NOT NULL DEFAULT '',
    params TEXT NOT NULL DEFAULT '{}',
    total_cost REAL NOT NULL DEFAULT 0,
    active_leaf INTEGER
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '[]',
    model TEXT NOT NULL DEFAULT '',
    provider TEXT NOT NULL DEFAULT '',
    generation_id TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'complete',
    error_text TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '{}',
    usage TEXT,
    cost REAL,
    ttft_ms INTEGER NOT NULL DEFAULT -1,
    duration_ms INTEGER NOT NULL DEFAULT -1,
    finish_reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
CREATE INDEX messages_by_parent ON messages(parent_id);
CREATE INDEX messages_by_state ON messages(state)
)SQL";

// v2: full-text search over message text, kept in sync by triggers, back-filled.
const char *const kSchemaV2 = R"SQL(
CREATE VIRTUAL TABLE messages_fts USING fts5(content, reasoning, content='messages',
    content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, content, reasoning) VALUES (new.id, new.content, new.reasoning);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content, reasoning)
        VALUES ('delete', old.id, old.content, old.reasoning);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, reasoning ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content, reasoning)
        VALUES ('delete', old.id, old.content, old.reasoning);
    INSERT INTO messages_fts(rowid, content, reasoning) VALUES (new.id, new.content, new.reasoning);
END;
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')
)SQL";

// Splits on ";\n" except inside trigger bodies (which end with "END;").
bool runSchema(QSqlDatabase &db, const char *schema, QString *error) {
    QStringList statements;
    QString current;
    for (const QString &line : QString::fromUtf8(schema).split(u'\n')) {
        current += line + u'\n';
        const QString trimmed = line.trimmed();
        const bool inTrigger = current.trimmed().startsWith("CREATE TRIGGER"_L1);
        if ((trimmed.endsWith(u';') && !inTrigger) || trimmed == "END;"_L1) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text() + u" in: "_s + sql.left(80);
            return false;
        }
    }
    return true;
}

// v3: a message's structured fields leave the chat API's wire shapes (columns attachments and
// usage) for the store's own versioned JSON in `body` (MessageFormat), with the error object.
// Rows are converted in place, in id order, a batch at a time; the old columns go.
bool migrateToV3(QSqlDatabase &db, QString *error) {
    if (!runSchema(db, "ALTER TABLE messages ADD COLUMN body TEXT NOT NULL DEFAULT '{\"v\":1}'",
                   error))
        return false;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT id, attachments, usage, error FROM messages WHERE id > ? AND "
                   "(attachments <> '[]' OR usage IS NOT NULL OR error <> '{}') "
                   "ORDER BY id LIMIT 256"_s);
    QSqlQuery update(db);
    update.prepare(u"UPDATE messages SET body = ? WHERE id = ?"_s);
    for (qint64 last = 0;;) {
        select.bindValue(0, last);
        if (!select.exec()) {
            *error = select.lastError().text();
            return false;
        }
        QVariantList ids, bodies;
        while (select.next()) {
            StoredMessage m;
            m.attachments = LegacyMessages::parts(
                QJsonDocument::fromJson(select.value(1).toString().toUtf8()).array());
            if (!select.value(2).isNull())
                m.usage = Usage::fromJson(
                    QJsonDocument::fromJson(select.value(2).toString().toUtf8()).object());
            m.error = QJsonDocument::fromJson(select.value(3).toString().toUtf8()).object();
            last = select.value(0).toLongLong();
            ids << last;
            bodies << MessageFormat::encodeBodyText(m);
        }
        select.finish();
        if (ids.isEmpty())
            break;
        update.bindValue(0, bodies);
        update.bindValue(1, ids);
        if (!update.execBatch()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return runSchema(db,
                     "ALTER TABLE messages DROP COLUMN attachments;\n"
                     "ALTER TABLE messages DROP COLUMN usage;\n"
                     "ALTER TABLE messages DROP COLUMN error",
                     error);
}

} // namespace

QList<Database::Migration> migrations() {
    return {
        [](QSqlDatabase &db, QString *error) { return runSchema(db, kSchemaV1, error); },
        [](QSqlDatabase &db, QString *error) { return runSchema(db, kSchemaV2, error); },
        migrateToV3,
    };
}

} // namespace orc::ConversationSchema
