#include "CostLedger.h"

#include "domain/Account.h"
#include "store/SqlRow.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("orc::CostLedger", text);
}

const QString kSchemaV1 = u"CREATE TABLE entries (\n"
                          "  id INTEGER PRIMARY KEY,\n"
                          "  generation_id TEXT UNIQUE,\n"
                          "  kind TEXT NOT NULL DEFAULT 'chat',\n"
                          "  origin TEXT NOT NULL DEFAULT 'app',\n"
                          "  model TEXT NOT NULL DEFAULT '',\n"
                          "  provider TEXT NOT NULL DEFAULT '',\n"
                          "  conversation_id INTEGER NOT NULL DEFAULT 0,\n"
                          "  at INTEGER NOT NULL,\n"
                          "  day INTEGER NOT NULL,\n"
                          "  prompt_tokens INTEGER NOT NULL DEFAULT 0,\n"
                          "  completion_tokens INTEGER NOT NULL DEFAULT 0,\n"
                          "  reasoning_tokens INTEGER NOT NULL DEFAULT 0,\n"
                          "  cached_tokens INTEGER NOT NULL DEFAULT 0,\n"
                          "  image_tokens INTEGER NOT NULL DEFAULT 0,\n"
                          "  cost_nusd INTEGER,\n"
                          "  cost_exact INTEGER NOT NULL DEFAULT 0,\n"
                          "  complete INTEGER NOT NULL DEFAULT 1);\n"
                          "CREATE INDEX entries_at ON entries(at);\n"
                          "CREATE INDEX entries_by_day ON entries(day, origin, cost_nusd, "
                          "prompt_tokens, completion_tokens, reasoning_tokens);\n"
                          "CREATE INDEX entries_by_model ON entries(model, origin, at, cost_nusd, "
                          "prompt_tokens, completion_tokens, reasoning_tokens);\n"
                          "CREATE INDEX entries_by_provider ON entries(provider, origin, at, "
                          "cost_nusd, prompt_tokens, completion_tokens, reasoning_tokens);\n"
                          "CREATE INDEX entries_unsettled ON entries(at) WHERE cost_exact = 0"_s;

const QString kColumns =
    u"id, generation_id, kind, origin, model, provider, conversation_id, at, prompt_tokens, "
    "completion_tokens, reasoning_tokens, cached_tokens, image_tokens, cost_nusd, cost_exact, "
    "complete"_s;

QVariant nullableText(const QString &s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

LedgerEntry entryFrom(const QSqlQuery &q) {
    LedgerEntry e;
    sql::readColumns(q, 0, e.id, e.generationId, e.kind);
    e.origin =
        LedgerEntry::originFromName(q.value(3).toString()).value_or(LedgerEntry::Origin::App);
    sql::readColumns(q, 4, e.model, e.provider, e.conversationId, e.at, e.promptTokens,
                     e.completionTokens, e.reasoningTokens, e.cachedTokens, e.imageTokens,
                     e.costNanoUsd, e.costExact, e.complete);
    return e;
}

// `stored` completed with what `incoming` knows: known values stay unless the newcomer knows
// better (an exact cost beats a reported one, any cost beats none).
LedgerEntry merged(LedgerEntry stored, const LedgerEntry &incoming) {
    const auto take = [](QString &mine, const QString &theirs) {
        if (!theirs.isEmpty())
            mine = theirs;
    };
    const auto takeCount = [](qint64 &mine, qint64 theirs) {
        if (theirs != 0)
            mine = theirs;
    };
    take(stored.model, incoming.model);
    take(stored.provider, incoming.provider);
    if (incoming.conversationId)
        stored.conversationId = incoming.conversationId;
    takeCount(stored.promptTokens, incoming.promptTokens);
    takeCount(stored.completionTokens, incoming.completionTokens);
    takeCount(stored.reasoningTokens, incoming.reasoningTokens);
    takeCount(stored.cachedTokens, incoming.cachedTokens);
    takeCount(stored.imageTokens, incoming.imageTokens);
    if (incoming.costNanoUsd && (incoming.costExact || !stored.costExact)) {
        stored.costNanoUsd = incoming.costNanoUsd;
        stored.costExact = incoming.costExact;
    }
    stored.complete = stored.complete || incoming.complete;
    return stored;
}

// The local day of `at` as yyyymmdd: the day the user lived it, fixed when recorded.
int localDay(const QDateTime &at) {
    const QDate d = at.toLocalTime().date();
    return d.year() * 10000 + d.month() * 100 + d.day();
}

QString dayName(int yyyymmdd) {
    return QDate(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100).toString(Qt::ISODate);
}

QVariantList bindings(const LedgerEntry &e) {
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    return {nullableText(e.generationId),
            e.kind.isEmpty() ? u"chat"_s : e.kind,
            LedgerEntry::originName(e.origin),
            sql::notNull(e.model),
            sql::notNull(e.provider),
            e.conversationId,
            at.toMSecsSinceEpoch(),
            localDay(at),
            e.promptTokens,
            e.completionTokens,
            e.reasoningTokens,
            e.cachedTokens,
            e.imageTokens,
            sql::bindable(e.costNanoUsd),
            e.costExact ? 1 : 0,
            e.complete ? 1 : 0};
}

} // namespace

CostLedger::CostLedger(QString path)
    : m_database(std::move(path)) {}

CostLedger::~CostLedger() = default;

QString CostLedger::pathIn(const QString &dataDir) {
    return QDir(dataDir).filePath(u"ledger.sqlite"_s);
}

bool CostLedger::fail(bool writing, const QString &message, QString *error) {
    if (error)
        *error = (writing ? tr("Cannot write to the cost ledger %1: %2")
                          : tr("Cannot read the cost ledger %1: %2"))
                     .arg(QDir::toNativeSeparators(path()), message);
    return false;
}

bool CostLedger::open(QString *error) {
    if (m_database.isOpen())
        return true;
    QList<Database::Migration> migrations{
        [](QSqlDatabase &db, QString *err) { return Database::execScript(db, kSchemaV1, err); }};
    return m_database.open(migrations, error);
}

qint64 CostLedger::record(const LedgerEntry &entry, QString *error) {
    if (!open(error))
        return 0;
    QSqlDatabase &db = m_database.db();
    db.transaction();
    if (!entry.generationId.isEmpty()) {
        if (const auto stored = find(entry.generationId)) {
            const LedgerEntry m = merged(*stored, entry);
            QVariantList values = bindings(m);
            values.append(m.id);
            QString message;
            if (!m_database.exec(u"UPDATE entries SET generation_id = ?, kind = ?, origin = ?, "
                                 "model = ?, provider = ?, conversation_id = ?, at = ?, day = ?, "
                                 "prompt_tokens = ?, completion_tokens = ?, "
                                 "reasoning_tokens = ?, cached_tokens = ?, image_tokens = ?, "
                                 "cost_nusd = ?, cost_exact = ?, complete = ? WHERE id = ?"_s,
                                 values, &message)) {
                db.rollback();
                fail(true, message, error);
                return 0;
            }
            db.commit();
            return m.id;
        }
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO entries (generation_id, kind, origin, model, provider, "
              "conversation_id, at, day, prompt_tokens, completion_tokens, reasoning_tokens, "
              "cached_tokens, image_tokens, cost_nusd, cost_exact, complete) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : bindings(entry))
        q.addBindValue(v);
    if (!q.exec()) {
        db.rollback();
        fail(true, q.lastError().text(), error);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    db.commit();
    return id;
}

bool CostLedger::settle(const GenerationInfo &info, QString *error) {
    if (info.id.isEmpty() || !open(error))
        return false;
    std::optional<LedgerEntry> stored = find(info.id);
    if (!stored) {
        if (error)
            *error = tr("No request with the generation id %1 is in the cost ledger.").arg(info.id);
        return false;
    }
    stored->settleWith(info);
    return record(*stored, error) != 0;
}

QList<LedgerEntry> CostLedger::select(const QString &tail, const QVariantList &values) {
    QList<LedgerEntry> out;
    if (!open())
        return out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u" FROM entries "_s + tail);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

std::optional<LedgerEntry> CostLedger::find(const QString &generationId) {
    const QList<LedgerEntry> found = select(u"WHERE generation_id = ?"_s, {generationId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<LedgerEntry> CostLedger::unsettled(int limit) {
    return select(u"WHERE cost_exact = 0 AND generation_id IS NOT NULL ORDER BY at DESC LIMIT ?"_s,
                  {limit});
}

QList<LedgerEntry> CostLedger::recent(int limit, std::optional<LedgerEntry::Origin> origin) {
    if (origin)
        return select(u"WHERE origin = ? ORDER BY at DESC, id DESC LIMIT ?"_s,
                      {LedgerEntry::originName(*origin), limit});
    return select(u"ORDER BY at DESC, id DESC LIMIT ?"_s, {limit});
}

qint64 CostLedger::count() {
    if (!open())
        return 0;
    QSqlQuery q(m_database.db());
    return q.exec(u"SELECT COUNT(*) FROM entries"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

namespace {

// The SQL key of each grouping and its order: days in order, the others by spend.
std::pair<QString, QString> grouping(UsageQuery::GroupBy by) {
    const QString byKey = u"k ASC"_s;
    const QString bySpend = u"cost DESC, k ASC"_s;
    switch (by) {
    case UsageQuery::GroupBy::UtcDay:
        return {u"date(at / 1000, 'unixepoch')"_s, byKey};
    case UsageQuery::GroupBy::Model:
        return {u"model"_s, bySpend};
    case UsageQuery::GroupBy::Provider:
        return {u"provider"_s, bySpend};
    case UsageQuery::GroupBy::Day:
        break;
    }
    return {u"day"_s, byKey};
}

} // namespace

std::optional<UsageReport> CostLedger::usage(const UsageQuery &query, QString *error) {
    if (!open(error))
        return std::nullopt;
    const auto [key, order] = grouping(query.by);
    QStringList where;
    QVariantList values;
    if (query.since.isValid()) {
        // The day bound lets the by-day index narrow the range; `at` keeps it exact.
        where << u"day >= ?"_s << u"at >= ?"_s;
        values << localDay(query.since) << query.since.toMSecsSinceEpoch();
    }
    if (query.until.isValid()) {
        where << u"at < ?"_s;
        values << query.until.toMSecsSinceEpoch();
    }
    if (query.origin) {
        where << u"origin = ?"_s;
        values << LedgerEntry::originName(*query.origin);
    }
    const QString sql = u"SELECT "_s + key +
                        u" AS k, COUNT(*), COALESCE(SUM(cost_nusd), 0) AS cost, "
                        "SUM(cost_nusd IS NULL), SUM(prompt_tokens), SUM(completion_tokens), "
                        "SUM(reasoning_tokens) FROM entries "_s +
                        (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)) +
                        u" GROUP BY k ORDER BY "_s + order;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(false, q.lastError().text(), error);
        return std::nullopt;
    }
    UsageReport report;
    while (q.next()) {
        UsageRow row;
        row.key = query.by == UsageQuery::GroupBy::Day ? dayName(q.value(0).toInt())
                                                       : q.value(0).toString();
        row.requests = q.value(1).toLongLong();
        row.costNanoUsd = q.value(2).toLongLong();
        row.unpriced = q.value(3).toLongLong();
        row.promptTokens = q.value(4).toLongLong();
        row.completionTokens = q.value(5).toLongLong();
        row.reasoningTokens = q.value(6).toLongLong();
        report.requests += row.requests;
        report.costNanoUsd += row.costNanoUsd;
        report.unpriced += row.unpriced;
        report.rows.append(row);
    }
    return report;
}

qint64 CostLedger::spentSince(const QDateTime &since) {
    if (!open())
        return 0;
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT COALESCE(SUM(cost_nusd), 0) FROM entries WHERE at >= ?"_s);
    q.addBindValue(since.toMSecsSinceEpoch());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace orc
