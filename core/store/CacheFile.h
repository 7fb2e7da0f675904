#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace orc::CacheFile {

// A cached download: the bytes as received in `dataPath`, and a sidecar `metaPath` with the fetch
// time plus the size and SHA-256 of those bytes, both written atomically (QSaveFile). Shared by
// the catalogue cache and the routing listings cache.

// A fetch time this far in the future (clock changes) is trusted as "just now"; further than
// that the age is unknown.
inline constexpr std::chrono::seconds kClockSkewTolerance{300};

// Writes `data` atomically; false with a translated `error` when it cannot.
bool writeAtomically(const QString &path, QByteArrayView data, QString *error);
// Creates the folder, writes the data then its sidecar.
bool write(const QString &dataPath, const QString &metaPath, QByteArrayView data,
           const QDateTime &fetchedAt, QString *error);
// The fetch time the sidecar records for exactly these bytes; nullopt when the sidecar is
// missing, unreadable or describes other bytes.
std::optional<QDateTime> fetchedAt(const QString &metaPath, QByteArrayView data);
// Seconds from `fetchedAt` to `now` (the current time when invalid); see kClockSkewTolerance.
std::optional<std::chrono::seconds> ageAt(const std::optional<QDateTime> &fetchedAt,
                                          const QDateTime &now);
// Removes the files; true when none of them is left.
bool remove(const QStringList &paths, QString *error);

} // namespace orc::CacheFile
