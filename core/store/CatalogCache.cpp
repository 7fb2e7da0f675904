#include "CatalogCache.h"

#include "CatalogHistory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr int kMetaFormat = 1;

QByteArray sha256Hex(QByteArrayView data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool writeAtomically(const QString &path, QByteArrayView data, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("orc::CatalogCache", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(data.data(), data.size()) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("orc::CatalogCache", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace

CatalogCache::CatalogCache(const QString &directory, const QString &historyPath)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_historyPath(!historyPath.isEmpty() ? historyPath
                    : directory.isEmpty()  ? CatalogHistory::defaultPath()
                                          : QDir(directory).filePath(u"catalog-history.sqlite"_s)) {
}

QString CatalogCache::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString CatalogCache::filePath() const {
    return QDir(m_directory).filePath(u"models.json"_s);
}

QString CatalogCache::metaFilePath() const {
    return QDir(m_directory).filePath(u"models.meta.json"_s);
}

bool CatalogCache::save(QByteArrayView rawJson, const QDateTime &fetchedAt, QString *error) const {
    QString localError;
    QString &err = error ? *error : localError;
    err.clear();

    QString parseError;
    ModelInfo::parseList(rawJson, &parseError);
    if (!parseError.isEmpty()) {
        err = QCoreApplication::translate("orc::CatalogCache", "Not caching the model list: %1")
                  .arg(parseError);
        return false;
    }
    return writeFiles(rawJson, fetchedAt, err);
}

bool CatalogCache::writeFiles(QByteArrayView rawJson, const QDateTime &fetchedAt,
                              QString &err) const {
    if (!fetchedAt.isValid()) {
        err = QCoreApplication::translate("orc::CatalogCache",
                                          "Not caching the model list: no fetch time.");
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        err = QCoreApplication::translate("orc::CatalogCache", "Cannot create the cache folder %1.")
                  .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }

    if (!writeAtomically(filePath(), rawJson, &err))
        return false;

    const QJsonObject meta{
        {u"format"_s, kMetaFormat},
        {u"fetched_at"_s, fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"size"_s, static_cast<qint64>(rawJson.size())},
        {u"sha256"_s, QString::fromLatin1(sha256Hex(rawJson))},
    };
    return writeAtomically(metaFilePath(), QJsonDocument(meta).toJson(QJsonDocument::Compact),
                           &err);
}

std::optional<QDateTime> CatalogCache::fetchedAtFor(const QByteArray &data) const {
    QFile file(metaFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject meta = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (meta.value(u"format").toInt() != kMetaFormat)
        return std::nullopt;
    if (meta.value(u"size").toInteger(-1) != data.size())
        return std::nullopt;
    if (meta.value(u"sha256").toString().toLatin1() != sha256Hex(data))
        return std::nullopt;
    QDateTime at = QDateTime::fromString(meta.value(u"fetched_at").toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

std::optional<std::chrono::seconds> CatalogCache::ageAt(const std::optional<QDateTime> &fetchedAt,
                                                        const QDateTime &now) {
    if (!fetchedAt)
        return std::nullopt;
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const qint64 secs = fetchedAt->secsTo(reference);
    if (secs < 0) {
        if (-secs > kClockSkewTolerance.count())
            return std::nullopt;
        return std::chrono::seconds(0);
    }
    return std::chrono::seconds(secs);
}

CatalogCache::Entry CatalogCache::load(const QDateTime &now) const {
    Entry entry;
    QFile file(filePath());
    if (!file.exists())
        return entry; // Missing
    if (!file.open(QIODevice::ReadOnly)) {
        entry.status = Status::IoError;
        entry.errorString =
            QCoreApplication::translate("orc::CatalogCache", "Cannot read the model cache %1: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return entry;
    }
    const QByteArray data = file.readAll();

    QString parseError;
    QList<ModelInfo> models = ModelInfo::parseList(data, &parseError);
    if (!parseError.isEmpty()) {
        entry.status = Status::Corrupt;
        entry.errorString =
            QCoreApplication::translate("orc::CatalogCache", "The model cache %1 is corrupt: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), parseError);
        return entry;
    }

    entry.status = Status::Ok;
    entry.models = std::move(models);
    entry.raw = data;
    const std::optional<QDateTime> at = fetchedAtFor(data);
    if (at)
        entry.fetchedAt = *at;
    entry.age = ageAt(at, now);
    return entry;
}

std::optional<QDateTime> CatalogCache::fetchedAt() const {
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fetchedAtFor(file.readAll());
}

std::optional<std::chrono::seconds> CatalogCache::age(const QDateTime &now) const {
    return ageAt(fetchedAt(), now);
}

bool CatalogCache::isStale(std::chrono::seconds maxAge, const QDateTime &now) const {
    const std::optional<std::chrono::seconds> a = age(now);
    return !a || *a > maxAge;
}

bool CatalogCache::clear(QString *error) const {
    bool ok = true;
    for (const QString &path : {filePath(), metaFilePath()}) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            ok = false;
            if (error) {
                *error = QCoreApplication::translate("orc::CatalogCache", "Cannot remove %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
            }
        }
    }
    if (ok && error)
        error->clear();
    return ok;
}

} // namespace orc
