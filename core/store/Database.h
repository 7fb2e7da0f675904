#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>

namespace orc {

// One SQLite file opened through QtSql with WAL journaling and foreign keys, brought to the
// latest schema by numbered migrations recorded in PRAGMA user_version. Each instance owns
// its own named connection, so several stores (and tests) never share state by accident.
class Database {
public:
    using Migration = std::function<bool(QSqlDatabase &db, QString *error)>;

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the folder and file) and runs the migrations above the stored version,
    // each in its own transaction. `migrations[i]` brings version i to version i + 1.
    bool open(const QList<Migration> &migrations, QString *error);
    // Same, but stops at `targetVersion` (tests use it to build old schemas).
    bool openAtVersion(const QList<Migration> &migrations, int targetVersion, QString *error);
    void close();

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    int userVersion() const;
    bool isOpen() const { return m_db.isOpen(); }

    // Prepares `sql`, binds `values` in order and runs it; on failure logs the statement (never
    // the values) and stores the driver's message in `error`.
    bool exec(const QString &sql, const QVariantList &values, QString *error);

    // Runs every statement of `script` (separated by ";\n"), stopping at the first failure.
    static bool execScript(QSqlDatabase &db, const QString &script, QString *error);

private:
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace orc
