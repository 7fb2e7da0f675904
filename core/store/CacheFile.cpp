#include "CacheFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace orc::CacheFile {

namespace {

constexpr int kMetaFormat = 1;

QByteArray sha256Hex(QByteArrayView data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString cannotWrite(const QString &path, const QString &reason) {
    return QCoreApplication::translate("orc::CatalogCache", "Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

bool writeAtomically(const QString &path, QByteArrayView data, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    if (file.write(data.data(), data.size()) != data.size() || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool write(const QString &dataPath, const QString &metaPath, QByteArrayView data,
           const QDateTime &fetchedAt, QString *error) {
    const QString folder = QFileInfo(dataPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error =
            QCoreApplication::translate("orc::CatalogCache", "Cannot create the cache folder %1.")
                .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!writeAtomically(dataPath, data, error))
        return false;
    const QJsonObject meta{
        {u"format"_s, kMetaFormat},
        {u"fetched_at"_s, fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"size"_s, static_cast<qint64>(data.size())},
        {u"sha256"_s, QString::fromLatin1(sha256Hex(data))},
    };
    return writeAtomically(metaPath, QJsonDocument(meta).toJson(QJsonDocument::Compact), error);
}

std::optional<QDateTime> fetchedAt(const QString &metaPath, QByteArrayView data) {
    QFile file(metaPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject meta = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (meta.value(u"format").toInt() != kMetaFormat)
        return std::nullopt;
    if (meta.value(u"size").toInteger(-1) != data.size())
        return std::nullopt;
    if (meta.value(u"sha256").toString().toLatin1() != sha256Hex(data))
        return std::nullopt;
    const QDateTime at =
        QDateTime::fromString(meta.value(u"fetched_at").toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

std::optional<std::chrono::seconds> ageAt(const std::optional<QDateTime> &fetchedAt,
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

bool remove(const QStringList &paths, QString *error) {
    bool ok = true;
    for (const QString &path : paths) {
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

} // namespace orc::CacheFile
