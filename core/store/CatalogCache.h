#pragma once

#include "domain/ModelInfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace orc {

// Disk cache of the last model catalogue: `<dir>/models.json` holds the raw GET /models bytes
// exactly as received, `<dir>/models.meta.json` the fetch time plus the size and SHA-256 of the
// bytes it describes. Both are written atomically (QSaveFile). A sidecar that does not match the
// data (e.g. a crash between the two writes) makes the age unknown, and the cache stale, but the
// models stay usable. A corrupt data file reads as an empty cache with an error, never a crash.
// `<dir>` is QStandardPaths::CacheLocation unless given (tests pass a temporary directory).
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

    explicit CatalogCache(const QString &directory = QString());

    static QString defaultDirectory(); // QStandardPaths::CacheLocation
    const QString &directory() const { return m_directory; }
    QString filePath() const;     // <dir>/models.json
    QString metaFilePath() const; // <dir>/models.meta.json

    // Refuses bytes that are not a model list (the previous cache then stays as it was).
    bool save(QByteArrayView rawJson, const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc(),
              QString *error = nullptr) const;
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
    std::optional<QDateTime> fetchedAtFor(const QByteArray &data) const;
    static std::optional<std::chrono::seconds> ageAt(const std::optional<QDateTime> &fetchedAt,
                                                     const QDateTime &now);

    QString m_directory;
};

} // namespace orc
