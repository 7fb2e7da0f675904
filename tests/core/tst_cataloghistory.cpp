// CatalogHistory (the SQLite change history) and CatalogCache::update() (the refresh path):
// every accepted refresh records its differences; a truncated, empty or unreadable catalogue
// is refused and leaves the cache and the history exactly as they were.
#include "TestSupport.h"
#include "store/CatalogCache.h"
#include "store/CatalogHistory.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::CatalogCache;
using orc::CatalogChange;
using orc::CatalogHistory;

namespace {

const QDateTime kDay1(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
const QDateTime kDay2(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
const QDateTime kDay3(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);

// A catalogue of `n` models "m/0".."m/<n-1>" whose prompt price is `prompt` USD per token.
QByteArray catalogue(int n, const QString &prompt = u"0.000001"_s) {
    QByteArray json = R"({"data":[)";
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            json += ',';
        json += QStringLiteral(R"({"id":"m/%1","name":"Model %1","context_length":8192,)"
                               R"("pricing":{"prompt":"%2","completion":"0.000002"}})")
                    .arg(i)
                    .arg(prompt)
                    .toUtf8();
    }
    return json + "]}";
}

} // namespace

class TestCatalogHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPaths() {
        QVERIFY(CatalogHistory::defaultPath().endsWith("/catalog-history.sqlite"_L1));
        QVERIFY(CatalogHistory::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QCOMPARE(CatalogCache().historyPath(), CatalogHistory::defaultPath());
        QCOMPARE(CatalogCache(u"/c"_s).historyPath(), u"/c/catalog-history.sqlite"_s);
        QCOMPARE(CatalogCache(u"/c"_s, u"/d/h.sqlite"_s).historyPath(), u"/d/h.sqlite"_s);
    }

    void recordAndRead() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sqlite"_s);
        {
            CatalogHistory history(path);
            QString error;
            QVERIFY2(history.open(&error), qPrintable(error));
            QCOMPARE(history.refreshCount(), 0);
            QVERIFY(!history.lastRefresh());
            QVERIFY(history.record(kDay1, 10, {}, &error)); // a refresh that changed nothing
            const QList<CatalogChange> day2{
                {CatalogChange::Kind::Added, u"a/new"_s, u"New"_s, {}, {}, {}, {}},
                {CatalogChange::Kind::Changed, u"b/x"_s, u"X"_s, u"pricing.prompt"_s, u"0.000001"_s,
                 u"0.0000006"_s, kDay1}, // its own time is replaced
                {CatalogChange::Kind::Changed,
                 u"b/x"_s,
                 u"X"_s,
                 u"expiration_date"_s,
                 QString(),
                 u"2027-01-01"_s,
                 {}},
            };
            QVERIFY(history.record(kDay2, 11, day2, &error));
            QVERIFY(history.record(
                kDay3, 10, {{CatalogChange::Kind::Removed, u"a/new"_s, u"New"_s, {}, {}, {}, {}}},
                &error));
        }
        CatalogHistory history(path); // reopened: everything persisted
        QCOMPARE(history.refreshCount(), 3);
        QCOMPARE(history.lastRefresh(), std::optional<QDateTime>(kDay3));
        QString error = u"stale"_s;
        const QList<CatalogChange> all = history.changesSince(QDateTime(), QDateTime(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).kind, CatalogChange::Kind::Added);
        QCOMPARE(all.at(0).modelName, u"New"_s);
        QVERIFY(all.at(0).field.isEmpty());
        QVERIFY(all.at(0).oldValue.isNull());
        QCOMPARE(all.at(1).field, u"pricing.prompt"_s);
        QCOMPARE(all.at(1).oldValue, u"0.000001"_s);
        QCOMPARE(all.at(1).newValue, u"0.0000006"_s);
        QCOMPARE(all.at(1).seenAt, kDay2);
        QVERIFY(all.at(2).oldValue.isNull()); // null stays null, not ""
        QCOMPARE(all.at(2).newValue, u"2027-01-01"_s);
        QCOMPARE(all.at(3).kind, CatalogChange::Kind::Removed);
        QCOMPARE(all.at(3).seenAt, kDay3);

        QCOMPARE(history.changesSince(kDay3).size(), 1);
        QCOMPARE(history.changesSince(kDay2, kDay3).size(), 3);
        QCOMPARE(history.changesSince(kDay3.addSecs(1)).size(), 0);
        QCOMPARE(history.changesOf(u"a/new"_s).size(), 2);
        QCOMPARE(history.changesOf(u"b/x"_s).size(), 2);
        QVERIFY(history.changesOf(u"nobody"_s).isEmpty());
    }

    void unopenable() {
        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath(u"file"_s)).open(QIODevice::WriteOnly));
        CatalogHistory history(dir.filePath(u"file/h.sqlite"_s)); // a file is in the way
        QString error;
        QVERIFY(!history.record(kDay1, 1, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(history.changesSince(QDateTime(), QDateTime(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void updateRecordsEachRefresh() {
        QTemporaryDir dir;
        const CatalogCache cache(dir.filePath(u"cache"_s), dir.filePath(u"data/h.sqlite"_s));

        // The first refresh: accepted, nothing to compare with, one refresh recorded.
        CatalogCache::Update u = cache.update(catalogue(20), kDay1);
        QVERIFY(u.accepted);
        QVERIFY(u.refusal.isEmpty());
        QVERIFY2(u.warnings.isEmpty(), qPrintable(u.warnings.join(u'\n')));
        QCOMPARE(u.models.size(), 20);
        QVERIFY(u.changes.isEmpty());
        QCOMPARE(orc::test::fileBytes(cache.filePath()), catalogue(20));
        QCOMPARE(cache.load().fetchedAt, kDay1);

        // The second: one model more, every price cut.
        u = cache.update(catalogue(21, u"0.0000005"_s), kDay2);
        QVERIFY(u.accepted);
        QCOMPARE(u.changes.size(), 21);
        QCOMPARE(u.changes.at(0).kind, CatalogChange::Kind::Added);
        QCOMPARE(u.changes.at(0).modelId, u"m/20"_s);
        QCOMPARE(u.changes.at(1).field, u"pricing.prompt"_s);
        QCOMPARE(u.changes.at(1).newValue, u"0.0000005"_s);
        QCOMPARE(orc::test::fileBytes(cache.filePath()), catalogue(21, u"0.0000005"_s));

        CatalogHistory history(cache.historyPath());
        QCOMPARE(history.refreshCount(), 2);
        const QList<CatalogChange> recorded = history.changesSince(kDay2);
        QCOMPARE(recorded, u.changes);
    }

    void refusesTruncatedOrEmpty_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray full = catalogue(20);
        QTest::newRow("empty data") << QByteArray(R"({"data":[]})") << u"no models"_s;
        QTest::newRow("empty body") << QByteArray() << u"not a model list"_s;
        QTest::newRow("cut in half") << full.left(full.size() / 2) << u"not a model list"_s;
        QTest::newRow("no data") << QByteArray(R"({"error":{"code":502}})")
                                 << u"not a model list"_s;
        QTest::newRow("shrunk") << catalogue(3) << u"looks truncated"_s;
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << u"not a model list"_s;
    }
    void refusesTruncatedOrEmpty() {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const CatalogCache cache(dir.filePath(u"cache"_s));
        QVERIFY(cache.update(catalogue(20), kDay1).accepted);
        QVERIFY(cache.update(catalogue(20, u"0.000003"_s), kDay2).accepted);
        const QByteArray cachedBytes = orc::test::fileBytes(cache.filePath());
        const QByteArray metaBytes = orc::test::fileBytes(cache.metaFilePath());

        const CatalogCache::Update u = cache.update(body, kDay3);
        QVERIFY(!u.accepted);
        QVERIFY2(u.refusal.contains(reason), qPrintable(u.refusal));
        QVERIFY2(u.refusal.contains("cached catalogue stays in use"_L1), qPrintable(u.refusal));
        QVERIFY(u.changes.isEmpty());
        // The old cache serves, untouched, and the history did not move.
        QCOMPARE(u.models.size(), 20);
        QCOMPARE(u.models.at(0).pricing().prompt(), 0.000003);
        QCOMPARE(u.fetchedAt, kDay2);
        QCOMPARE(orc::test::fileBytes(cache.filePath()), cachedBytes);
        QCOMPARE(orc::test::fileBytes(cache.metaFilePath()), metaBytes);
        CatalogHistory history(cache.historyPath());
        QCOMPARE(history.refreshCount(), 2);
        QCOMPARE(history.lastRefresh(), std::optional<QDateTime>(kDay2));
        QCOMPARE(history.changesSince(QDateTime()).size(), 20);

        // A good catalogue afterwards is compared with the last accepted one.
        const CatalogCache::Update next = cache.update(catalogue(20, u"0.000003"_s), kDay3);
        QVERIFY(next.accepted);
        QVERIFY(next.changes.isEmpty());
    }

    void refusedWithoutCache() {
        QTemporaryDir dir;
        const CatalogCache cache(dir.filePath(u"cache"_s));
        const CatalogCache::Update u = cache.update(R"({"data":[]})", kDay1);
        QVERIFY(!u.accepted);
        QVERIFY(u.models.isEmpty());
        QVERIFY(u.refusal.contains("no models"_L1));
        QVERIFY(!u.refusal.contains("stays in use"_L1));
        QVERIFY(!QFile::exists(cache.filePath()));
        QVERIFY(!QFile::exists(cache.historyPath()));
    }

    void historyFailureKeepsTheCatalogue() {
        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath(u"blocker"_s)).open(QIODevice::WriteOnly));
        const CatalogCache cache(dir.filePath(u"cache"_s), dir.filePath(u"blocker/h.sqlite"_s));
        const CatalogCache::Update u = cache.update(catalogue(12), kDay1);
        QVERIFY(u.accepted);
        QCOMPARE(u.models.size(), 12);
        QCOMPARE(u.warnings.size(), 1);
        QVERIFY2(u.warnings.at(0).contains("Cannot"_L1), qPrintable(u.warnings.at(0)));
        QCOMPARE(cache.load().models.size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestCatalogHistory)
#include "tst_cataloghistory.moc"
