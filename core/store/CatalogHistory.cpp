#include "CatalogHistory.h"

#include "Translate.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr auto tr = fileTr<"orc::CatalogHistory">;

const QString kSchemaV1 =
    u"CREATE TABLE refreshes (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  seen_at INTEGER NOT NULL,\n"
    "  model_count INTEGER NOT NULL);\n"
    "CREATE INDEX refreshes_seen_at ON refreshes(seen_at);\n"
    "CREATE TABLE changes (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  refresh_id INTEGER NOT NULL REFERENCES refreshes(id) ON DELETE CASCADE,\n"
    "  seen_at INTEGER NOT NULL,\n"
    "  kind TEXT NOT NULL,\n"
    "  model_id TEXT NOT NULL,\n"
    "  model_name TEXT NOT NULL DEFAULT '',\n"
    "  field TEXT NOT NULL DEFAULT '',\n"
    "  old_value TEXT,\n"
    "  new_value TEXT);\n"
    "CREATE INDEX changes_seen_at ON changes(seen_at);\n"
    "CREATE INDEX changes_model ON changes(model_id, seen_at)"_s;

QList<Database::Migration> migrations() {
    return {[](QSqlDatabase &db, QString *error) {
        return Database::execScript(db, kSchemaV1, error);
    }};
}

QVariant nullable(const QString &s) {
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString fromNullable(const QVariant &v) {
    return v.isNull() ? QString() : v.toString();
}

} // namespace

CatalogHistory::CatalogHistory(QString path)
    : m_database(path.isEmpty() ? defaultPath() : std::move(path)) {}

CatalogHistory::~CatalogHistory() = default;

QString CatalogHistory::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"catalog-history.sqlite"_s);
}

bool CatalogHistory::open(QString *error) {
    if (m_database.isOpen())
        return true;
    return m_database.open(migrations(), error);
}

bool CatalogHistory::record(const QDateTime &seenAt, qsizetype modelCount,
                            const QList<CatalogChange> &changes, QString *error) {
    if (!open(error))
        return false;
    QSqlDatabase &db = m_database.db();
    const auto fail = [&](const QString &message) {
        db.rollback();
        if (error)
            *error = tr("Cannot record the catalogue changes in %1: %2")
                         .arg(QDir::toNativeSeparators(path()), message);
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    const qint64 at = seenAt.toMSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO refreshes (seen_at, model_count) VALUES (?, ?)"_s);
    q.addBindValue(at);
    q.addBindValue(qint64(modelCount));
    if (!q.exec())
        return fail(q.lastError().text());
    const qint64 refreshId = q.lastInsertId().toLongLong();
    if (!changes.isEmpty()) {
        q.prepare(u"INSERT INTO changes (refresh_id, seen_at, kind, model_id, model_name, field, "
                  "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const CatalogChange &c : changes) {
            q.addBindValue(refreshId);
            q.addBindValue(at);
            q.addBindValue(CatalogDiff::kindName(c.kind));
            q.addBindValue(c.modelId);
            q.addBindValue(c.modelName.isNull() ? u""_s : c.modelName);
            q.addBindValue(c.field.isNull() ? u""_s : c.field);
            q.addBindValue(nullable(c.oldValue));
            q.addBindValue(nullable(c.newValue));
            if (!q.exec())
                return fail(q.lastError().text());
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

QList<CatalogChange> CatalogHistory::select(const QString &where, const QVariantList &values,
                                            QString *error) {
    QList<CatalogChange> result;
    if (!open(error))
        return result;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seen_at, kind, model_id, model_name, field, old_value, new_value "
              "FROM changes WHERE "_s +
              where + u" ORDER BY seen_at, id"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the catalogue changes from %1: %2")
                         .arg(QDir::toNativeSeparators(path()), q.lastError().text());
        return result;
    }
    // Rows come ordered by time and a refresh's changes share theirs: one QDateTime per
    // refresh instead of one per row (building a QDateTime is the dearest step of the loop).
    qint64 lastMs = -1;
    QDateTime seenAt;
    while (q.next()) {
        const std::optional<CatalogChange::Kind> kind =
            CatalogDiff::kindFromName(q.value(1).toString());
        if (!kind)
            continue; // written by a newer version
        if (const qint64 ms = q.value(0).toLongLong(); ms != lastMs) {
            lastMs = ms;
            seenAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        }
        result.append({*kind, q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                       fromNullable(q.value(5)), fromNullable(q.value(6)), seenAt});
    }
    if (error)
        error->clear();
    return result;
}

QList<CatalogChange> CatalogHistory::changesSince(const QDateTime &since, const QDateTime &until,
                                                  QString *error) {
    const qint64 from = since.isValid() ? since.toMSecsSinceEpoch() : 0;
    if (until.isValid())
        return select(u"seen_at >= ? AND seen_at < ?"_s, {from, until.toMSecsSinceEpoch()}, error);
    return select(u"seen_at >= ?"_s, {from}, error);
}

QList<CatalogChange> CatalogHistory::changesOf(const QString &modelId, QString *error) {
    return select(u"model_id = ?"_s, {modelId}, error);
}

std::optional<QDateTime> CatalogHistory::lastRefresh() {
    if (!open())
        return std::nullopt;
    QSqlQuery q(m_database.db());
    if (!q.exec(u"SELECT MAX(seen_at) FROM refreshes"_s) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

qsizetype CatalogHistory::refreshCount() {
    if (!open())
        return 0;
    QSqlQuery q(m_database.db());
    if (!q.exec(u"SELECT COUNT(*) FROM refreshes"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace orc
