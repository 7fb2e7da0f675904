#include "Database.h"

#include "Logging.h"
#include "Translate.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
QAtomicInt g_connectionCounter;
constexpr auto tr = fileTr<"orc::Database">;
} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connection(u"orc-db-"_s + QString::number(g_connectionCounter.fetchAndAddRelaxed(1))) {}

Database::~Database() {
    close();
}

void Database::close() {
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::userVersion() const {
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::exec(const QString &sql, const QVariantList &values, QString *error) {
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(orcStore).noquote() << QFileInfo(m_path).fileName()
                                  << "SQL failed:" << q.lastError().text() << sql.left(80);
    return false;
}

bool Database::execScript(QSqlDatabase &db, const QString &script, QString *error) {
    const QStringList statements = script.split(u";\n"_s, Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        const QString sql = statement.trimmed();
        if (sql.isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + u" in: "_s + sql.left(120);
            return false;
        }
    }
    return true;
}

bool Database::open(const QList<Migration> &migrations, QString *error) {
    return openAtVersion(migrations, int(migrations.size()), error);
}

bool Database::openAtVersion(const QList<Migration> &migrations, int targetVersion,
                             QString *error) {
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(orcStore).noquote() << message;
        close();
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(tr("The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite)."));
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create the data folder %1.").arg(folder));

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return fail(tr("Cannot open the database %1: %2").arg(m_path, m_db.lastError().text()));

    QString pragmaError;
    if (!execScript(m_db,
                    u"PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
                    "PRAGMA foreign_keys=ON;\nPRAGMA busy_timeout=3000"_s,
                    &pragmaError))
        return fail(tr("Cannot set up the database %1: %2").arg(m_path, pragmaError));

    const int current = userVersion();
    if (current < 0)
        return fail(tr("Cannot read the schema version of %1.").arg(m_path));
    if (current > migrations.size())
        return fail(tr("The database %1 was written by a newer OR Studio (schema %2; this "
                       "version knows up to %3). Update OR Studio or use another data folder.")
                        .arg(m_path)
                        .arg(current)
                        .arg(migrations.size()));
    // Migrations run with foreign keys off (a table can be rebuilt without its ON DELETE
    // actions firing), each checked before its commit, as SQLite's guide to schema changes says.
    if (current < targetVersion && !execScript(m_db, u"PRAGMA foreign_keys=OFF"_s, &pragmaError))
        return fail(tr("Cannot set up the database %1: %2").arg(m_path, pragmaError));
    for (int version = current; version < targetVersion; ++version) {
        if (!m_db.transaction())
            return fail(tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
        QString stepError;
        bool ok = migrations.at(version)(m_db, &stepError);
        if (ok) {
            QSqlQuery q(m_db);
            ok = q.exec(u"PRAGMA foreign_key_check"_s);
            if (ok && q.next()) {
                ok = false;
                stepError = tr("a row of %1 refers to a missing row").arg(q.value(0).toString());
            }
        }
        if (ok) {
            QSqlQuery q(m_db);
            ok = q.exec(u"PRAGMA user_version = %1"_s.arg(version + 1));
            if (!ok)
                stepError = q.lastError().text();
        }
        if (!ok || !m_db.commit()) {
            m_db.rollback();
            return fail(tr("Upgrading %1 to schema %2 failed: %3")
                            .arg(m_path)
                            .arg(version + 1)
                            .arg(stepError));
        }
        qCInfo(orcStore) << "migrated" << m_path << "to schema" << version + 1;
    }
    if (current < targetVersion && !execScript(m_db, u"PRAGMA foreign_keys=ON"_s, &pragmaError))
        return fail(tr("Cannot set up the database %1: %2").arg(m_path, pragmaError));
    return true;
}

} // namespace orc
