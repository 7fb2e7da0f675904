#include "CatalogCache.h"

#include "CacheFile.h"
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
    return CacheFile::write(filePath(), metaFilePath(), rawJson, fetchedAt, &err);
}

std::optional<QDateTime> CatalogCache::fetchedAtFor(const QByteArray &data) const {
    return CacheFile::fetchedAt(metaFilePath(), data);
}

std::optional<std::chrono::seconds> CatalogCache::ageAt(const std::optional<QDateTime> &fetchedAt,
                                                        const QDateTime &now) {
    return CacheFile::ageAt(fetchedAt, now);
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
    return CacheFile::remove({filePath(), metaFilePath()}, error);
}

} // namespace orc
