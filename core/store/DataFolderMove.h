#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace orc {

// Moves the app's data from one data folder to another, all or nothing: the conversations and
// gallery databases with their -wal/-shm/-journal files and the default images folder. The
// data is copied into a temporary folder beside the target, verified (size and SHA-256 of
// every file), renamed into place, and only then is `commit` called (it switches the setting)
// and the old copy removed. On any failure before that the target is as it was, the old data
// is untouched, and the reason is a translated sentence. The databases must be closed.
class DataFolderMove {
    Q_DECLARE_TR_FUNCTIONS(orc::DataFolderMove)
public:
    struct Result {
        bool moved = false;
        QString error;          // why nothing was moved (translated), when !moved
        QStringList leftBehind; // old copies that could not be removed after the move
    };

    // File and folder names that make up the data, relative to the data folder.
    static QStringList knownEntries();
    // Those of knownEntries() present in `from`.
    static QStringList present(const QString &from);
    // Why `from` cannot move to `to` (translated), or empty.
    static QString problem(const QString &from, const QString &to);
    // `commit` returns false to refuse at the last step; the target is then cleaned again.
    static Result move(const QString &from, const QString &to,
                       const std::function<bool()> &commit = {});
};

} // namespace orc
