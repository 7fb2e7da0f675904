#include "TestSupport.h"
#include "store/CatalogCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using orc::CatalogCache;

namespace {

const QByteArray kSmallList = R"json({"data":[
  {"id":"openai/gpt-4o-mini","name":"OpenAI: GPT-4o mini",
   "pricing":{"prompt":"0.00000015","completion":"0.0000006"},"context_length":128000},
  {"id":"meta-llama/llama-3-8b:free","name":"Llama 3 8B (free)",
   "pricing":{"prompt":"0","completion":"0"}}
]})json";

const QByteArray kOtherList = R"({"data":[{"id":"anthropic/claude-sonnet","name":"Claude"}]})";

const QDateTime kFetched = QDateTime(QDate(2026, 8, 19), QTime(10, 0), Qt::UTC);

bool writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// True when the process can create files in a directory despite its permissions (root).
bool canWriteInto(const QString &dir) {
    QFile probe(QDir(dir).filePath(u".probe"_s));
    const bool ok = probe.open(QIODevice::WriteOnly);
    if (ok) {
        probe.close();
        probe.remove();
    }
    return ok;
}

} // namespace

class TestCatalogCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultLocation();
    void missing();
    void saveAndLoad();
    void saveAndLoadRealCatalog();
    void staleness();
    void futureFetchTime();
    void overwrite();
    void corruptData_data();
    void corruptData();
    void sidecarProblems();
    void refusesInvalidInput();
    void failureLeavesNoPartialFile();
    void readOnlyDirectory();
    void unreadableData();
    void clear();
};

void TestCatalogCache::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalogCache::defaultLocation() {
    const CatalogCache cache;
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(cache.directory(), expected);
    QCOMPARE(cache.filePath(), expected + u"/models.json"_s);
    QCOMPARE(CatalogCache::defaultDirectory(), expected);

    const CatalogCache custom(u"/some/where"_s);
    QCOMPARE(custom.filePath(), u"/some/where/models.json"_s);
    QCOMPARE(custom.metaFilePath(), u"/some/where/models.meta.json"_s);
}

void TestCatalogCache::missing() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CatalogCache cache(dir.filePath(u"not-created-yet"_s));
    const CatalogCache::Entry entry = cache.load();
    QCOMPARE(entry.status, CatalogCache::Status::Missing);
    QVERIFY(entry.errorString.isEmpty());
    QVERIFY(entry.models.isEmpty());
    QVERIFY(!entry.age.has_value());
    QVERIFY(entry.isStale(24h));
    QVERIFY(cache.isStale(24h));
    QVERIFY(!cache.fetchedAt().has_value());
    QVERIFY(!cache.age().has_value());
}

void TestCatalogCache::saveAndLoad() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folder is created on demand.
    const CatalogCache cache(dir.filePath(u"a/b"_s));
    QString error = u"stale"_s;
    QVERIFY2(cache.save(kSmallList, kFetched, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readFile(cache.filePath()), kSmallList); // the raw API bytes, unchanged

    const CatalogCache::Entry entry = cache.load(kFetched.addSecs(90));
    QCOMPARE(entry.status, CatalogCache::Status::Ok);
    QVERIFY(entry.isOk());
    QVERIFY(entry.errorString.isEmpty());
    QCOMPARE(entry.raw, kSmallList);
    QCOMPARE(entry.models.size(), 2);
    QCOMPARE(entry.models.at(0).id(), u"openai/gpt-4o-mini"_s);
    QCOMPARE(entry.models.at(0).pricing().prompt(), 0.00000015);
    QVERIFY(entry.models.at(1).isFree());
    QCOMPARE(entry.fetchedAt, kFetched);
    QCOMPARE(entry.age, std::optional<std::chrono::seconds>(90s));
    QCOMPARE(cache.fetchedAt(), std::optional<QDateTime>(kFetched));
    QCOMPARE(cache.age(kFetched.addSecs(3600)), std::optional<std::chrono::seconds>(3600s));

    // A fetch time in another zone is stored as the same instant.
    QVERIFY(cache.save(kSmallList, kFetched.toOffsetFromUtc(2 * 3600)));
    QCOMPARE(cache.fetchedAt(), std::optional<QDateTime>(kFetched));

    // Without `now`, the age is measured against the clock.
    const QDateTime justNow = QDateTime::currentDateTimeUtc().addSecs(-5);
    QVERIFY(cache.save(kSmallList, justNow));
    const std::optional<std::chrono::seconds> age = cache.load().age;
    QVERIFY(age.has_value());
    QVERIFY2(*age >= 4s && *age < 120s, qPrintable(QString::number(age->count())));
    QVERIFY(!cache.isStale(1h));
}

void TestCatalogCache::saveAndLoadRealCatalog() {
    if (!orc::test::hasFixtures())
        QSKIP(orc::test::kNoFixturesMessage);
    const QByteArray raw = orc::test::readFixture(u"models.json"_s);
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    QString error;
    QVERIFY2(cache.save(raw, kFetched, &error), qPrintable(error));
    const CatalogCache::Entry entry = cache.load(kFetched.addDays(1));
    QVERIFY2(entry.isOk(), qPrintable(entry.errorString));
    QCOMPARE(entry.models.size(), 414);
    QCOMPARE(entry.raw, raw);
    QCOMPARE(entry.models, orc::ModelInfo::parseList(raw));
    QCOMPARE(entry.age, std::optional<std::chrono::seconds>(24h));
}

void TestCatalogCache::staleness() {
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    QVERIFY(cache.save(kSmallList, kFetched));
    const QDateTime now = kFetched.addSecs(90);
    QVERIFY(cache.isStale(60s, now));
    QVERIFY(!cache.isStale(120s, now));
    QVERIFY(!cache.isStale(90s, now)); // exactly maxAge old is still fresh
    const CatalogCache::Entry entry = cache.load(now);
    QVERIFY(entry.isStale(60s));
    QVERIFY(!entry.isStale(120s));
}

void TestCatalogCache::futureFetchTime() {
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    // Slightly in the future (clock skew): trusted as "just now".
    QVERIFY(cache.save(kSmallList, kFetched.addSecs(60)));
    QCOMPARE(cache.age(kFetched), std::optional<std::chrono::seconds>(0s));
    QVERIFY(!cache.isStale(1h, kFetched));
    // Far in the future (clock was wrong when saving): age unknown, so stale.
    QVERIFY(cache.save(kSmallList, kFetched.addDays(2)));
    QVERIFY(!cache.age(kFetched).has_value());
    QVERIFY(cache.isStale(24h * 365, kFetched));
    const CatalogCache::Entry entry = cache.load(kFetched);
    QVERIFY(entry.isOk()); // the models are still usable
    QCOMPARE(entry.models.size(), 2);
    QVERIFY(!entry.age.has_value());
}

void TestCatalogCache::overwrite() {
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    QVERIFY(cache.save(kSmallList, kFetched));
    QVERIFY(cache.save(kOtherList, kFetched.addSecs(600)));
    const CatalogCache::Entry entry = cache.load(kFetched.addSecs(660));
    QCOMPARE(entry.models.size(), 1);
    QCOMPARE(entry.models.first().id(), u"anthropic/claude-sonnet"_s);
    QCOMPARE(entry.age, std::optional<std::chrono::seconds>(60s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no leftovers
}

void TestCatalogCache::corruptData_data() {
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("garbage") << QByteArray("\x00\x01\x02 not json", 14);
    QTest::newRow("truncated") << kSmallList.left(kSmallList.size() / 2);
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("no data array") << QByteArray(R"({"models":[]})");
    QTest::newRow("error body") << QByteArray(R"({"error":{"message":"boom","code":500}})");
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
}

void TestCatalogCache::corruptData() {
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    QVERIFY(cache.save(kSmallList, kFetched));
    QVERIFY(writeFile(cache.filePath(), contents));

    const CatalogCache::Entry entry = cache.load(kFetched);
    QCOMPARE(entry.status, CatalogCache::Status::Corrupt);
    QVERIFY(!entry.isOk());
    QVERIFY(entry.models.isEmpty());
    QVERIFY(entry.raw.isEmpty());
    QVERIFY2(entry.errorString.contains(u"corrupt"_s), qPrintable(entry.errorString));
    QVERIFY2(entry.errorString.contains(QDir::toNativeSeparators(cache.filePath())),
             qPrintable(entry.errorString));
    QVERIFY(entry.isStale(24h * 365));
    QVERIFY(cache.isStale(24h * 365, kFetched)); // the sidecar no longer matches
    // A good save repairs it.
    QVERIFY(cache.save(kSmallList, kFetched));
    QVERIFY(cache.load(kFetched).isOk());
}

void TestCatalogCache::sidecarProblems() {
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());

    // Missing sidecar: models usable, age unknown, stale.
    QVERIFY(cache.save(kSmallList, kFetched));
    QVERIFY(QFile::remove(cache.metaFilePath()));
    CatalogCache::Entry entry = cache.load(kFetched);
    QVERIFY(entry.isOk());
    QCOMPARE(entry.models.size(), 2);
    QVERIFY(!entry.fetchedAt.isValid());
    QVERIFY(!entry.age.has_value());
    QVERIFY(cache.isStale(24h, kFetched));

    // Garbage sidecar.
    QVERIFY(cache.save(kSmallList, kFetched));
    QVERIFY(writeFile(cache.metaFilePath(), "{{{{"));
    entry = cache.load(kFetched);
    QVERIFY(entry.isOk());
    QVERIFY(!entry.age.has_value());

    // Sidecar of other bytes of the same size (e.g. crash between the two writes).
    QVERIFY(cache.save(kSmallList, kFetched));
    QByteArray sameSize = kSmallList;
    sameSize.replace("GPT-4o mini", "GPT-4o MINI");
    QCOMPARE(sameSize.size(), kSmallList.size());
    QVERIFY(writeFile(cache.filePath(), sameSize));
    entry = cache.load(kFetched);
    QVERIFY(entry.isOk());
    QCOMPARE(entry.models.first().name(), u"OpenAI: GPT-4o MINI"_s);
    QVERIFY(!entry.age.has_value());
    QVERIFY(cache.isStale(24h, kFetched));

    // Sidecar of another size.
    QVERIFY(cache.save(kSmallList, kFetched));
    QVERIFY(writeFile(cache.filePath(), kOtherList));
    QVERIFY(!cache.fetchedAt().has_value());
}

void TestCatalogCache::refusesInvalidInput() {
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    QVERIFY(cache.save(kSmallList, kFetched));

    QString error;
    QVERIFY(!cache.save("<html>oops</html>", kFetched.addSecs(10), &error));
    QVERIFY2(error.contains(u"Not caching"_s), qPrintable(error));
    QVERIFY(!cache.save(R"({"error":{"message":"nope"}})", kFetched.addSecs(10), &error));
    QVERIFY(!cache.save(kOtherList, QDateTime(), &error)); // no fetch time
    QVERIFY(!error.isEmpty());
    QVERIFY(!cache.save("{}", kFetched)); // no error pointer: must not crash

    // The previous cache is untouched.
    const CatalogCache::Entry entry = cache.load(kFetched);
    QVERIFY(entry.isOk());
    QCOMPARE(entry.raw, kSmallList);
    QCOMPARE(entry.fetchedAt, kFetched);
}

void TestCatalogCache::failureLeavesNoPartialFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The cache "folder" is a regular file: nothing can be created.
    const QString notADir = dir.filePath(u"file"_s);
    QVERIFY(writeFile(notADir, "x"));
    QString error;
    QVERIFY(!CatalogCache(notADir).save(kSmallList, kFetched, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readFile(notADir), QByteArray("x"));

    // models.json is a directory: the write fails and leaves no temporary file behind.
    const QString cacheDir = dir.filePath(u"cache"_s);
    QVERIFY(QDir().mkpath(cacheDir + u"/models.json"_s));
    const CatalogCache cache(cacheDir);
    QVERIFY(!cache.save(kSmallList, kFetched, &error));
    QVERIFY2(error.contains(u"models.json"_s), qPrintable(error));
    QCOMPARE(QDir(cacheDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"models.json"_s});
    QVERIFY(QFileInfo(cache.filePath()).isDir());
    QVERIFY(!QFile::exists(cache.metaFilePath()));
    // Loading that broken cache is an error, not a crash.
    const CatalogCache::Entry entry = cache.load();
    QVERIFY(!entry.isOk());
    QVERIFY(entry.models.isEmpty());
    QVERIFY(!entry.errorString.isEmpty());
}

void TestCatalogCache::readOnlyDirectory() {
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    QVERIFY(cache.save(kSmallList, kFetched));
    QFile::Permissions readOnly = QFile::ReadOwner | QFile::ExeOwner;
    QVERIFY(QFile::setPermissions(dir.path(), readOnly));
    auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (canWriteInto(dir.path()))
        QSKIP("running with privileges that ignore directory permissions (root)");

    QString error;
    QVERIFY(!cache.save(kOtherList, kFetched.addSecs(60), &error));
    QVERIFY(!error.isEmpty());
    // Old cache intact, no partial or temporary file.
    const CatalogCache::Entry entry = cache.load(kFetched);
    QVERIFY(entry.isOk());
    QCOMPARE(entry.raw, kSmallList);
    QCOMPARE(entry.fetchedAt, kFetched);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{u"models.json"_s, u"models.meta.json"_s}));
}

void TestCatalogCache::unreadableData() {
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    QVERIFY(cache.save(kSmallList, kFetched));
    QVERIFY(QFile::setPermissions(cache.filePath(), QFile::WriteOwner));
    auto restore = qScopeGuard(
        [&] { QFile::setPermissions(cache.filePath(), QFile::ReadOwner | QFile::WriteOwner); });
    QFile probe(cache.filePath());
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that ignore file permissions (root)");

    const CatalogCache::Entry entry = cache.load(kFetched);
    QCOMPARE(entry.status, CatalogCache::Status::IoError);
    QVERIFY(entry.models.isEmpty());
    QVERIFY(!entry.errorString.isEmpty());
    QVERIFY(cache.isStale(24h, kFetched));
}

void TestCatalogCache::clear() {
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    QVERIFY(cache.save(kSmallList, kFetched));
    QString error = u"stale"_s;
    QVERIFY(cache.clear(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(cache.filePath()));
    QVERIFY(!QFile::exists(cache.metaFilePath()));
    QCOMPARE(cache.load().status, CatalogCache::Status::Missing);
    QVERIFY(cache.clear()); // nothing to remove is fine
}

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "tst_catalogcache.moc"
