#include "DataFolderMove.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

QString cleanAbsolute(const QString &path) {
    return QDir::cleanPath(QDir(path).absolutePath());
}

bool isInside(const QString &path, const QString &folder) {
    return path == folder || path.startsWith(folder + u'/');
}

QByteArray digest(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return hash.addData(&file) ? hash.result() : QByteArray();
}

// Copies `source` (a file or a folder tree) to `target` and checks every copied file.
bool copyVerified(const QString &source, const QString &target, QString *error) {
    auto copyFile = [error](const QString &from, const QString &to) {
        const QFileInfo info(from);
        QFile::remove(to);
        if (!QFile::copy(from, to)) {
            *error =
                DataFolderMove::tr("%1 could not be copied to %2.").arg(native(from), native(to));
            return false;
        }
        if (QFileInfo(to).size() != info.size() || digest(from) != digest(to)) {
            *error =
                DataFolderMove::tr("The copy of %1 differs from the original.").arg(native(from));
            return false;
        }
        return true;
    };
    if (!QFileInfo(source).isDir())
        return copyFile(source, target);
    if (!QDir().mkpath(target)) {
        *error = DataFolderMove::tr("The folder %1 could not be created.").arg(native(target));
        return false;
    }
    QDirIterator it(source, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + u'/' + QDir(source).relativeFilePath(from);
        const bool ok = it.fileInfo().isDir() && !it.fileInfo().isSymLink() ? QDir().mkpath(to)
                                                                            : copyFile(from, to);
        if (!ok) {
            if (error->isEmpty())
                *error = DataFolderMove::tr("The folder %1 could not be created.").arg(native(to));
            return false;
        }
    }
    return true;
}

bool removeEntry(const QString &path) {
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}

} // namespace

QStringList DataFolderMove::knownEntries() {
    QStringList entries;
    for (const QString &database : {u"conversations.sqlite"_s, u"gallery.sqlite"_s,
                                    u"catalog-history.sqlite"_s, u"ledger.sqlite"_s})
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            entries << database + suffix;
    entries << u"images"_s;
    return entries;
}

QStringList DataFolderMove::present(const QString &from) {
    QStringList found;
    const QDir dir(from);
    for (const QString &entry : knownEntries())
        if (QFileInfo::exists(dir.filePath(entry)))
            found << entry;
    return found;
}

QString DataFolderMove::problem(const QString &from, const QString &to) {
    const QString source = cleanAbsolute(from);
    const QString target = cleanAbsolute(to);
    if (source == target)
        return tr("The data is already in %1.").arg(native(target));
    const QFileInfo info(target);
    if (info.exists() && !info.isDir())
        return tr("%1 is a file, not a folder.").arg(native(target));
    for (const QString &entry : present(source)) {
        if (isInside(target, source + u'/' + entry))
            return tr("The new folder cannot be inside the data it receives (%1).")
                .arg(native(source + u'/' + entry));
        if (QFileInfo::exists(target + u'/' + entry))
            return tr("%1 already holds OR Studio data (%2); choose an empty folder or move it "
                      "away first.")
                .arg(native(target), entry);
    }
    return {};
}

DataFolderMove::Result DataFolderMove::move(const QString &from, const QString &to,
                                            const std::function<bool()> &commit) {
    Result result;
    const QString source = cleanAbsolute(from);
    const QString target = cleanAbsolute(to);
    result.error = problem(source, target);
    if (!result.error.isEmpty())
        return result;
    const QStringList entries = present(source);

    // 1. Copy into a temporary folder beside the target (same file system: renames are atomic).
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent)) {
        result.error = tr("The folder %1 could not be created.").arg(native(parent));
        return result;
    }
    QTemporaryDir staging(parent + u"/."_s + QFileInfo(target).fileName() + u".moving-XXXXXX"_s);
    if (!staging.isValid()) {
        result.error = tr("No temporary folder can be made in %1: %2")
                           .arg(native(parent), staging.errorString());
        return result;
    }
    for (const QString &entry : entries) {
        if (!copyVerified(source + u'/' + entry, staging.filePath(entry), &result.error))
            return result; // the staging folder goes with `staging`
    }

    // 2. Rename into place: the whole folder when the target is new, else entry by entry
    //    (undone on the first failure).
    QStringList placed;
    auto undo = [&] {
        for (const QString &entry : std::as_const(placed))
            QFile::rename(target + u'/' + entry, staging.filePath(entry));
        placed.clear();
    };
    const bool fresh = !QFileInfo::exists(target);
    if (fresh) {
        if (!QFile::rename(staging.path(), target)) {
            result.error = tr("The data could not be put in place in %1.").arg(native(target));
            return result;
        }
        staging.setAutoRemove(false);
    } else {
        for (const QString &entry : entries) {
            if (!QFile::rename(staging.filePath(entry), target + u'/' + entry)) {
                undo();
                result.error = tr("%1 could not be put in place in %2.").arg(entry, native(target));
                return result;
            }
            placed << entry;
        }
    }

    // 3. Switch over; a refusal takes the new copy back out.
    if (commit && !commit()) {
        if (fresh)
            QDir(target).removeRecursively();
        else
            for (const QString &entry : entries)
                removeEntry(target + u'/' + entry);
        result.error = tr("The new data folder could not be saved in the settings.");
        return result;
    }
    result.moved = true;

    // 4. Only now the old copy goes.
    for (const QString &entry : entries) {
        if (!removeEntry(source + u'/' + entry)) {
            result.leftBehind << source + u'/' + entry;
            qCWarning(orcStore) << "could not remove the old data" << entry;
        }
    }
    return result;
}

} // namespace orc
