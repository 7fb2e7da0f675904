#include "ConversationSchema.h"

#include "Logging.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace orc::ConversationSchema {

namespace {

// The messages table `name` as every version defines it: the columns between reasoning and
// model (`first`) and between error_text and cost (`second`) are the version's own.
QString messagesTable(const QString &name, const QString &first, const QString &second) {
    return uR"SQL(
CREATE TABLE %1 (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES %1(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',%2
    model TEXT NOT NULL DEFAULT '',
    provider TEXT NOT NULL DEFAULT '',
    generation_id TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'complete',
    error_text TEXT NOT NULL DEFAULT '',%3
    cost REAL,
    ttft_ms INTEGER NOT NULL DEFAULT -1,
    duration_ms INTEGER NOT NULL DEFAULT -1,
    finish_reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
))SQL"_s.arg(name, first, second);
}

// v1: conversations and message trees.
const QString kSchemaV1 = uR"SQL(
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
%2;
%1
)SQL"_s;

const QString kMessageIndexes = uR"SQL(
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
CREATE INDEX messages_by_parent ON messages(parent_id);
CREATE INDEX messages_by_state ON messages(state)
)SQL"_s;

// v2: full-text search over message text, kept in sync by triggers, back-filled.
const QString kFtsTable = uR"SQL(
CREATE VIRTUAL TABLE messages_fts USING fts5(content, reasoning, content='messages',
    content_rowid='id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')
)SQL"_s;

const QString kFtsTriggers = uR"SQL(
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
END
)SQL"_s;

// v3: the messages table rebuilt with `body` (MessageFormat v1) in place of schema 2's
// wire-shaped attachments, usage and error columns; every row converted by one INSERT ... SELECT
// (SQLite's JSON functions), so that 100,000 messages take seconds. Numbers are copied as their
// JSON text, so nothing is rounded. The full-text index is kept: ids and text do not change.
const QString kMessagesV3 =
    messagesTable(u"messages_v3"_s, {}, u"\n    body TEXT NOT NULL DEFAULT '{\"v\":1}',"_s);

// The SQL of one schema-2 part (`p.value` of json_each over attachments) in format v1; null
// members are dropped by json_patch.
const QString kPartV1 = uR"SQL(json_patch('{}', CASE json_extract(p.value, '$.type')
    WHEN 'text' THEN json_object('kind', 'text', 'text', NULLIF(json_extract(p.value, '$.text'), ''))
    WHEN 'image_url' THEN json_object('kind', 'image',
        'url', NULLIF(CASE json_type(p.value, '$.image_url') WHEN 'text'
                      THEN json_extract(p.value, '$.image_url')
                      ELSE json_extract(p.value, '$.image_url.url') END, ''),
        'detail', NULLIF(json_extract(p.value, '$.image_url.detail'), ''))
    WHEN 'file' THEN json_object('kind', 'file',
        'name', NULLIF(json_extract(p.value, '$.file.filename'), ''),
        'url', NULLIF(json_extract(p.value, '$.file.file_data'), ''))
    WHEN 'input_audio' THEN json_object('kind', 'audio',
        'format', NULLIF(json_extract(p.value, '$.input_audio.format'), ''),
        'base64', NULLIF(json_extract(p.value, '$.input_audio.data'), ''))
    END))SQL"_s;

// A token count of schema 2's usage object as Usage::fromJson reads it (numbers truncated,
// integer strings accepted, anything else 0).
QString usageCount(const char *path) {
    return uR"SQL(CASE json_type(usage, '%1') WHEN 'integer' THEN json_extract(usage, '%1')
        WHEN 'real' THEN CAST(json_extract(usage, '%1') AS INTEGER)
        WHEN 'text' THEN CASE WHEN trim(json_extract(usage, '%1')) GLOB '[0-9]*'
                              AND NOT trim(json_extract(usage, '%1')) GLOB '*[^0-9]*'
                         THEN CAST(json_extract(usage, '%1') AS INTEGER) ELSE 0 END
        ELSE 0 END)SQL"_s.arg(QLatin1String(path));
}

QString usageV1() {
    const QString prompt = usageCount("$.prompt_tokens");
    const QString completion = usageCount("$.completion_tokens");
    const QString total = usageCount("$.total_tokens");
    // The typed counts (zeros left out), the cost as its JSON text (a string cost as the number
    // it spells, 0 when it spells none), BYOK, then the object as reported.
    return uR"SQL(json_remove(json_set(json_patch('{}', json_object(
        'prompt', NULLIF(%1, 0), 'completion', NULLIF(%2, 0),
        'total', NULLIF(CASE WHEN %3 = 0 THEN %1 + %2 ELSE %3 END, 0),
        'reasoning', NULLIF(%4, 0), 'cached', NULLIF(%5, 0), 'cache_write', NULLIF(%6, 0),
        'image', NULLIF(%7, 0),
        'cost', CASE json_type(usage, '$.cost')
            WHEN 'integer' THEN json(usage -> '$.cost') WHEN 'real' THEN json(usage -> '$.cost')
            WHEN 'text' THEN CASE WHEN json_extract(usage, '$.cost') = '' THEN NULL
                WHEN json_valid(json_extract(usage, '$.cost'))
                     AND json_type(json_extract(usage, '$.cost')) IN ('integer', 'real')
                THEN json(json_extract(usage, '$.cost')) ELSE 0 END END,
        'byok', CASE json_type(usage, '$.is_byok') WHEN 'true' THEN json('true') END)),
        CASE WHEN usage <> '{}' THEN '$.as_reported' ELSE '$.unset' END, json(usage)),
        '$.unset'))SQL"_s.arg(prompt, completion, total,
                              usageCount("$.completion_tokens_details.reasoning_tokens"),
                              usageCount("$.prompt_tokens_details.cached_tokens"),
                              usageCount("$.prompt_tokens_details.cache_write_tokens"),
                              usageCount("$.completion_tokens_details.image_tokens"));
}

QString copyToV3() {
    const QString columns = u"id, conversation_id, parent_id, role, content, reasoning, model, "
                            "provider, generation_id, state, error_text, cost, ttft_ms, "
                            "duration_ms, finish_reason, created_at, updated_at"_s;
    // Parts, usage and error only when there are some: a value not wanted goes to "unset",
    // removed at the end (json_set would keep a null).
    return uR"SQL(INSERT INTO messages_v3 (%1, body) SELECT %1, json_remove(json_set('{"v":1}',
        CASE WHEN attachments <> '[]' AND json_valid(attachments) THEN '$.parts' ELSE '$.unset' END,
        json((SELECT json_group_array(json(%2)) FROM json_each(attachments) p
              WHERE json_valid(attachments)
                AND json_extract(p.value, '$.type') IN ('text', 'image_url', 'file', 'input_audio'))),
        CASE WHEN usage IS NOT NULL AND json_valid(usage) THEN '$.usage' ELSE '$.unset' END,
        CASE WHEN usage IS NOT NULL AND json_valid(usage) THEN json(%3) END,
        CASE WHEN error <> '{}' AND json_valid(error) THEN '$.error' ELSE '$.unset' END,
        CASE WHEN json_valid(error) THEN json(error) END), '$.unset')
    FROM messages)SQL"_s.arg(columns, kPartV1, usageV1());
}

// Splits on ";\n" except inside trigger bodies (which end with "END;").
bool runSchema(QSqlDatabase &db, const QString &schema, QString *error) {
    QStringList statements;
    QString current;
    for (const QString &line : schema.split(u'\n')) {
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

bool migrateToV3(QSqlDatabase &db, QString *error) {
    QElapsedTimer timer;
    timer.start();
    // Foreign keys are off during migrations (Database), so dropping the old table deletes
    // nothing through ON DELETE CASCADE; the rename points the self-reference back at messages.
    const bool ok = runSchema(db, kMessagesV3, error) &&
                    Database::execScript(db, copyToV3(), error) &&
                    runSchema(db,
                              u"DROP TABLE messages;\n"
                              "ALTER TABLE messages_v3 RENAME TO messages"_s,
                              error) &&
                    runSchema(db, kMessageIndexes, error) && runSchema(db, kFtsTriggers, error);
    if (ok)
        qCInfo(orcStore) << "converted the messages to the store's format in" << timer.elapsed()
                         << "ms";
    return ok;
}

} // namespace

QList<Database::Migration> migrations() {
    return {
        [](QSqlDatabase &db, QString *error) {
            return runSchema(
                db,
                kSchemaV1.arg(kMessageIndexes.trimmed(),
                              messagesTable(u"messages"_s,
                                            u"\n    attachments TEXT NOT NULL DEFAULT '[]',"_s,
                                            u"\n    error TEXT NOT NULL DEFAULT '{}',"
                                            "\n    usage TEXT,"_s)),
                error);
        },
        [](QSqlDatabase &db, QString *error) {
            return runSchema(db, kFtsTable, error) && runSchema(db, kFtsTriggers, error);
        },
        migrateToV3,
    };
}

} // namespace orc::ConversationSchema
