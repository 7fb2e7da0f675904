#pragma once

#include "domain/CatalogDiff.h"
#include "domain/ModelInfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace orc {

// Disk cache of the last model catalogue: `<dir>/models.json` holds the raw GET /models bytes
// exactly as received, `<dir>/models.meta.json` the fetch time plus the size and SHA-256 of the
// bytes it describes. Both are written atomically (QSaveFile). A sidecar that does not match the
// data (e.g. a crash between the two writes) makes the age unknown, and the cache stale, but the
// models stay usable. A corrupt data file reads as an empty cache with an error, never a crash.
// `<dir>` is QStandardPaths::CacheLocation unless given (tests pass a temporary directory).
// update() is the refresh path: it refuses a catalogue that looks truncated or empty, and records
// what changed since the cached catalogue in the change history (CatalogHistory).
class CatalogCache {
public:
    enum class Status {
        Ok,      // models loaded (the list may be empty if the catalogue was empty)
        Missing, // nothing cached yet: not an error
        Corrupt, // the data file is not a model list
        IoError, // the data file exists but cannot be read
    };

    struct Entry {
        Status status = Status::Missing;
        QString errorString; // translated, for the user; empty for Ok and Missing
        QList<ModelInfo> models;
        QByteArray raw;                          // the bytes as stored
        QDateTime fetchedAt;                     // UTC; invalid when unknown
        std::optional<std::chrono::seconds> age; // nullopt when fetchedAt is unknown

        bool isOk() const { return status == Status::Ok; }
        // Not loaded, age unknown, or older than maxAge.
        bool isStale(std::chrono::seconds maxAge) const { return !isOk() || !age || *age > maxAge; }
    };

    // A fetch time this far in the future (clock changes) is trusted as "just now"; further
    // than that the age is unknown.
    static constexpr std::chrono::seconds kClockSkewTolerance{300};

    // What update() did with a freshly fetched catalogue.
    struct Update {
        bool accepted = false;
        QString refusal;         // translated, when refused: the cache and history are untouched
        QList<ModelInfo> models; // accepted: the new list; refused: the cached one (may be empty)
        QDateTime fetchedAt;     // of `models`; invalid when unknown
        QList<CatalogChange> changes; // accepted: the differences from the cached catalogue
        QStringList warnings;         // translated: the cache or the history could not be written
    };

    // `historyPath` is the change history's file; empty: CatalogHistory::defaultPath() with the
    // default directory, `<directory>/catalog-history.sqlite` with another one.
    explicit CatalogCache(const QString &directory = QString(),
                          const QString &historyPath = QString());

    static QString defaultDirectory(); // QStandardPaths::CacheLocation
    const QString &directory() const { return m_directory; }
    QString filePath() const;     // <dir>/models.json
    QString metaFilePath() const; // <dir>/models.meta.json
    const QString &historyPath() const { return m_historyPath; }

    // Refuses bytes that are not a model list (the previous cache then stays as it was).
    bool save(QByteArrayView rawJson, const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc(),
              QString *error = nullptr) const;
    // Parses a freshly fetched catalogue and checks it against the cached one (CatalogGuard):
    // refused, nothing is written and the cached models are returned; accepted, the cache is
    // replaced and the differences are recorded in the history, with `fetchedAt` as their time.
    // Runs on any thread (one at a time per history file).
    Update update(QByteArrayView rawJson,
                  const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc()) const;

    // `now` defaults to the current time.
    Entry load(const QDateTime &now = QDateTime()) const;

    // Cheaper than load(): no JSON parsing. nullopt when nothing is cached or the age is unknown.
    std::optional<QDateTime> fetchedAt() const;
    std::optional<std::chrono::seconds> age(const QDateTime &now = QDateTime()) const;
    // True when nothing is cached, the age is unknown, or the cache is older than maxAge.
    bool isStale(std::chrono::seconds maxAge, const QDateTime &now = QDateTime()) const;

    // Removes both files; true when none is left.
    bool clear(QString *error = nullptr) const;

private:
    // save() without checking that the bytes are a model list.
    bool writeFiles(QByteArrayView rawJson, const QDateTime &fetchedAt, QString &err) const;
    std::optional<QDateTime> fetchedAtFor(const QByteArray &data) const;
    static std::optional<std::chrono::seconds> ageAt(const std::optional<QDateTime> &fetchedAt,
                                                     const QDateTime &now);

    QString m_directory;
    QString m_historyPath;
};

} // namespace orc
