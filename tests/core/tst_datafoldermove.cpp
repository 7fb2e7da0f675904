#include "store/DataFolderMove.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

class TestDataFolderMove : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_old;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    static void write(const QString &file, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray read(const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // Everything under `dir`, relative, sorted: what a folder holds.
    static QStringList listing(const QString &dir) {
        QStringList out;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QDir(dir).relativeFilePath(it.next());
        out.sort();
        return out;
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_old = path(u"old"_s);
        write(m_old + u"/conversations.sqlite"_s, QByteArray(100000, 'c'));
        write(m_old + u"/conversations.sqlite-wal"_s, "wal");
        write(m_old + u"/conversations.sqlite-shm"_s, "shm");
        write(m_old + u"/gallery.sqlite"_s, "gallery");
        write(m_old + u"/images/2026/fox.png"_s, "png bytes");
        write(m_old + u"/unrelated.txt"_s, "the user's own file"); // not ours: stays
    }

    void movesEverythingIntoANewFolder() {
        const QString target = path(u"new/data"_s);
        bool committed = false;
        const DataFolderMove::Result result = DataFolderMove::move(m_old, target, [&] {
            committed = true;
            // When the setting switches, the data is already complete in the new place.
            return QFile::exists(target + u"/images/2026/fox.png"_s);
        });
        QVERIFY2(result.moved, qPrintable(result.error));
        QVERIFY(committed);
        QVERIFY(result.leftBehind.isEmpty());
        QCOMPARE(listing(target),
                 (QStringList{u"conversations.sqlite"_s, u"conversations.sqlite-shm"_s,
                              u"conversations.sqlite-wal"_s, u"gallery.sqlite"_s,
                              u"images/2026/fox.png"_s}));
        QCOMPARE(read(target + u"/conversations.sqlite"_s), QByteArray(100000, 'c'));
        QCOMPARE(read(target + u"/images/2026/fox.png"_s), QByteArray("png bytes"));
        QCOMPARE(listing(m_old), QStringList{u"unrelated.txt"_s});
        QCOMPARE(
            QDir(path(u"new"_s)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{u"data"_s}); // no staging folder left
    }

    void movesIntoAnExistingFolderKeepingItsFiles() {
        const QString target = path(u"existing"_s);
        write(target + u"/notes.txt"_s, "mine");
        const DataFolderMove::Result result = DataFolderMove::move(m_old, target);
        QVERIFY2(result.moved, qPrintable(result.error));
        QCOMPARE(read(target + u"/notes.txt"_s), QByteArray("mine"));
        QCOMPARE(read(target + u"/gallery.sqlite"_s), QByteArray("gallery"));
        QVERIFY(!QFile::exists(m_old + u"/gallery.sqlite"_s));
    }

    void refusedCommitChangesNothing() {
        const QString target = path(u"refused"_s);
        const QStringList before = listing(m_old);
        const DataFolderMove::Result result =
            DataFolderMove::move(m_old, target, [] { return false; });
        QVERIFY(!result.moved);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(listing(m_old), before);
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{u"old"_s});
    }

    void targetWithDataOfItsOwnIsRefused() {
        const QString target = path(u"other"_s);
        write(target + u"/conversations.sqlite"_s, "someone else's");
        const DataFolderMove::Result result = DataFolderMove::move(m_old, target);
        QVERIFY(!result.moved);
        QVERIFY2(result.error.contains(u"conversations.sqlite"_s), qPrintable(result.error));
        QCOMPARE(read(target + u"/conversations.sqlite"_s), QByteArray("someone else's"));
        QVERIFY(QFile::exists(m_old + u"/conversations.sqlite"_s));
    }

    void unwritableTargetChangesNothing() {
        if (QFileInfo(u"/root"_s).isWritable())
            QSKIP("running as root: permissions do not stop writes");
        const QString locked = path(u"locked"_s);
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QStringList before = listing(m_old);
        const DataFolderMove::Result result = DataFolderMove::move(m_old, locked + u"/data"_s);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QVERIFY(!result.moved);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(listing(m_old), before);
        QVERIFY(QDir(locked).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void problems() {
        QVERIFY(!DataFolderMove::problem(m_old, m_old).isEmpty());
        QVERIFY(!DataFolderMove::problem(m_old, m_old + u"/images/sub"_s).isEmpty());
        write(path(u"afile"_s), "x");
        QVERIFY(!DataFolderMove::problem(m_old, path(u"afile"_s)).isEmpty());
        QVERIFY(DataFolderMove::problem(m_old, path(u"fine"_s)).isEmpty());
        QCOMPARE(DataFolderMove::present(m_old),
                 (QStringList{u"conversations.sqlite"_s, u"conversations.sqlite-wal"_s,
                              u"conversations.sqlite-shm"_s, u"gallery.sqlite"_s, u"images"_s}));
    }
};

QTEST_APPLESS_MAIN(TestDataFolderMove)
#include "tst_datafoldermove.moc"
