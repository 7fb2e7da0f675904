// GalleryStore (SQLite history of the image studio: save, search, delete with files, migration)
// and ImageFiles (names from prompts, unique paths, atomic writes).

#include "store/GalleryStore.h"
#include "store/ImageFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return QFileInfo(path).absoluteFilePath();
}

GalleryEntry sampleEntry(const QString &dir, const QString &prompt, int images) {
    GalleryEntry e;
    e.prompt = prompt;
    e.model = u"google/gemini-2.5-flash-image"_s;
    e.api = u"chat_completions"_s;
    e.aspectRatio = u"16:9"_s;
    e.imageSize = u"2K"_s;
    e.background = u"transparent"_s;
    e.quality = u"high"_s;
    e.outputFormat = u"png"_s;
    e.count = images;
    e.seed = 42;
    e.cost = 0.078;
    e.durationMs = 8123;
    e.generationId = u"gen-123"_s;
    e.text = u"Here you go."_s;
    for (int i = 0; i < images; ++i) {
        GalleryImage g;
        g.path = writeFile(
            QDir(dir).filePath(ImageFiles::baseNameFromPrompt(prompt) + u"-%1.png"_s.arg(i)),
            "png bytes " + QByteArray::number(i));
        g.pixelSize = QSize(2688, 1536);
        g.format = u"png"_s;
        g.bytes = 11;
        e.images.append(g);
    }
    return e;
}

} // namespace

class TestGalleryStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    // --- ImageFiles ---------------------------------------------------------------------

    void baseNames_data() {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << u"A lighthouse at dusk, watercolor"_s
                               << u"a-lighthouse-at-dusk-watercolor"_s;
        QTest::newRow("accents") << u"Café crème à Zürich"_s << u"cafe-creme-a-zurich"_s;
        QTest::newRow("punctuation") << u"  --Hello!!  World?? 2026 "_s << u"hello-world-2026"_s;
        QTest::newRow("empty") << QString() << u"image"_s;
        QTest::newRow("only symbols") << u"!!! ??? ***"_s << u"image"_s;
        QTest::newRow("non-latin") << u"東京の夜景"_s << u"image"_s;
        QTest::newRow("path tricks") << u"../../etc/passwd"_s << u"etc-passwd"_s;
        QTest::newRow("cut at word")
            << u"one two three four five six seven eight nine ten eleven twelve thirteen"_s
            << u"one-two-three-four-five-six-seven-eight-nine-ten-eleven"_s;
    }
    void baseNames() {
        QFETCH(QString, prompt);
        QFETCH(QString, expected);
        const QString name = ImageFiles::baseNameFromPrompt(prompt);
        QCOMPARE(name, expected);
        QVERIFY(name.size() <= ImageFiles::kMaxBaseNameChars);
    }

    void longWordIsCut() {
        const QString name = ImageFiles::baseNameFromPrompt(QString(200, u'x'));
        QCOMPARE(name, QString(ImageFiles::kMaxBaseNameChars, u'x'));
    }

    void formatsAndNames() {
        QCOMPARE(ImageFiles::extensionForFormat(u"jpeg"_s), u"jpg"_s);
        QCOMPARE(ImageFiles::extensionForFormat(u"webp"_s), u"webp"_s);
        QCOMPARE(ImageFiles::extensionForFormat(u"tiff"_s), u"png"_s);
        QCOMPARE(ImageFiles::formatForPath(u"/x/a.JPG"_s), u"jpeg"_s);
        QCOMPARE(ImageFiles::formatForPath(u"a.jpeg"_s), u"jpeg"_s);
        QCOMPARE(ImageFiles::formatForPath(u"a.webp"_s), u"webp"_s);
        QCOMPARE(ImageFiles::formatForPath(u"a.png"_s), u"png"_s);
        QCOMPARE(ImageFiles::formatForPath(u"a.bmp"_s), QString());
        QCOMPARE(ImageFiles::formatForPath(u"noext"_s), QString());
        QCOMPARE(ImageFiles::suggestedFileName(u"Red fox"_s, u"png"_s), u"red-fox.png"_s);
        QCOMPARE(ImageFiles::suggestedFileName(u"Red fox"_s, u"jpeg"_s, 2, 4), u"red-fox-3.jpg"_s);
    }

    void uniquePaths() {
        const QString dir = path(u"unique"_s);
        QCOMPARE(ImageFiles::uniquePath(dir, u"a.png"_s), QDir(dir).filePath(u"a.png"_s));
        writeFile(QDir(dir).filePath(u"a.png"_s), "1");
        QCOMPARE(ImageFiles::uniquePath(dir, u"a.png"_s), QDir(dir).filePath(u"a-2.png"_s));
        writeFile(QDir(dir).filePath(u"a-2.png"_s), "2");
        QCOMPARE(ImageFiles::uniquePath(dir, u"a.png"_s), QDir(dir).filePath(u"a-3.png"_s));
    }

    void galleryPathShape() {
        const QDateTime when(QDate(2026, 8, 1), QTime(15, 30, 12));
        const QString p =
            ImageFiles::galleryPath(path(u"imgs"_s), when, u"A red fox"_s, u"jpeg"_s, 1, 2);
        QCOMPARE(QFileInfo(p).fileName(), u"20260801-153012-a-red-fox-2.jpg"_s);
        QCOMPARE(QFileInfo(QFileInfo(p).absolutePath()).fileName(), u"2026-08"_s);
    }

    void atomicWrites() {
        const QString file = path(u"atomic/sub/out.png"_s);
        QString error;
        QVERIFY2(ImageFiles::writeAtomically(file, "first", &error), qPrintable(error));
        QVERIFY(ImageFiles::writeAtomically(file, "second version", &error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), "second version"_ba);
        // Nothing besides the file itself (QSaveFile's temporary is gone).
        QCOMPARE(QDir(path(u"atomic/sub"_s)).entryList(QDir::Files), QStringList{u"out.png"_s});
    }

    void failedWriteLeavesNothing() {
        // The parent "folder" is a file: the write must fail with a message naming the path,
        // and nothing may appear.
        const QString blocker = writeFile(path(u"blocker"_s), "x");
        QVERIFY(!blocker.isEmpty());
        const QString target = blocker + u"/image.png"_s;
        QString error;
        QVERIFY(!ImageFiles::writeAtomically(target, "data", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(target));
        // Read-only folder: the old file stays intact.
        const QString ro = path(u"readonly"_s);
        const QString old = writeFile(QDir(ro).filePath(u"keep.png"_s), "old");
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(ro).isWritable()) { // running as root: permissions do not bind
            QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
            return;
        }
        QVERIFY(!ImageFiles::writeAtomically(old, "new", &error));
        QFile f(old);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), "old"_ba);
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner);
    }

    // --- GalleryStore -------------------------------------------------------------------

    void addAndReadBack() {
        GalleryStore store(path(u"g1/gallery.sqlite"_s));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), GalleryStore::kSchemaVersion);
        GalleryEntry in = sampleEntry(path(u"g1/images"_s), u"A lighthouse at dusk"_s, 2);
        in.inputPaths = {path(u"g1/inputs/abc.png"_s)};
        in.createdAt = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000, QTimeZone::utc());
        const qint64 id = store.add(in);
        QVERIFY2(id > 0, qPrintable(store.lastError()));
        const auto out = store.entry(id);
        QVERIFY(out);
        QCOMPARE(out->prompt, in.prompt);
        QCOMPARE(out->model, in.model);
        QCOMPARE(out->api, in.api);
        QCOMPARE(out->aspectRatio, u"16:9"_s);
        QCOMPARE(out->imageSize, u"2K"_s);
        QCOMPARE(out->background, u"transparent"_s);
        QCOMPARE(out->quality, u"high"_s);
        QCOMPARE(out->outputFormat, u"png"_s);
        QCOMPARE(out->count, 2);
        QCOMPARE(out->seed, std::optional<qint64>(42));
        QCOMPARE(out->cost, std::optional<double>(0.078));
        QCOMPARE(out->durationMs, 8123);
        QCOMPARE(out->generationId, u"gen-123"_s);
        QCOMPARE(out->text, u"Here you go."_s);
        QCOMPARE(out->inputPaths, in.inputPaths);
        QCOMPARE(out->createdAt, in.createdAt);
        QCOMPARE(out->images.size(), 2);
        QCOMPARE(out->images.at(1).path, in.images.at(1).path);
        QCOMPARE(out->images.at(1).pixelSize, QSize(2688, 1536));
        QCOMPARE(out->images.at(1).position, 1);
        QVERIFY(out->images.at(0).id > 0);

        const ImageRequest r = out->toRequest();
        QCOMPARE(r.prompt, in.prompt);
        QCOMPARE(r.aspectRatio, u"16:9"_s);
        QCOMPARE(r.count, 2);
        QCOMPARE(r.seed, std::optional<qint64>(42));

        // No cost known: stays null, not 0.
        GalleryEntry free = sampleEntry(path(u"g1/images"_s), u"free one"_s, 1);
        free.cost.reset();
        free.seed.reset();
        const auto back = store.entry(store.add(free));
        QVERIFY(back);
        QVERIFY(!back->cost);
        QVERIFY(!back->seed);
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.entryForFile(in.images.at(0).path)->id, id);
        QVERIFY(!store.entryForFile(path(u"nope.png"_s)));
    }

    void newestFirstAndSearch() {
        GalleryStore store(path(u"g2/gallery.sqlite"_s));
        QVERIFY(store.open());
        const QString images = path(u"g2/images"_s);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const struct {
            QString prompt;
            int minutes;
        } rows[] = {
            {u"A red fox in the snow"_s, 0},
            {u"A lighthouse at dusk, watercolor"_s, 1},
            {u"Crème brûlée on a café table"_s, 2},
            {u"A red lighthouse"_s, 3},
        };
        for (const auto &row : rows) {
            GalleryEntry e = sampleEntry(images, row.prompt, 1);
            e.createdAt = t0.addSecs(60 * row.minutes);
            QVERIFY(store.add(e) > 0);
        }
        const QList<GalleryEntry> all = store.entries();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().prompt, u"A red lighthouse"_s); // newest first
        QCOMPARE(all.last().prompt, u"A red fox in the snow"_s);
        QCOMPARE(store.search(u"   "_s).size(), 4); // blank: everything

        auto prompts = [](const QList<GalleryEntry> &list) {
            QStringList out;
            for (const GalleryEntry &e : list)
                out.append(e.prompt);
            out.sort();
            return out;
        };
        QCOMPARE(prompts(store.search(u"lighthouse"_s)),
                 (QStringList{u"A lighthouse at dusk, watercolor"_s, u"A red lighthouse"_s}));
        QCOMPARE(prompts(store.search(u"red"_s)),
                 (QStringList{u"A red fox in the snow"_s, u"A red lighthouse"_s}));
        QCOMPARE(prompts(store.search(u"red light"_s)), QStringList{u"A red lighthouse"_s});
        QCOMPARE(prompts(store.search(u"lightho"_s)).size(), 2); // prefix while typing
        QCOMPARE(prompts(store.search(u"creme brulee"_s)),
                 QStringList{u"Crème brûlée on a café table"_s}); // diacritics folded
        QVERIFY(store.search(u"zebra"_s).isEmpty());
        QVERIFY(store.search(u"\"unbalanced AND OR ("_s).isEmpty()); // no SQL/FTS error
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    }

    void deleteRemovesFiles() {
        GalleryStore store(path(u"g3/gallery.sqlite"_s));
        QVERIFY(store.open());
        const QString images = path(u"g3/images"_s);
        const QString inputs = path(u"g3/inputs"_s);
        QString error;
        const QString shared = GalleryStore::storeInput(inputs, "shared input", u"png"_s, &error);
        QVERIFY2(!shared.isEmpty(), qPrintable(error));
        const QString own = GalleryStore::storeInput(inputs, "own input", u"jpeg"_s);
        QVERIFY(own.endsWith(u".jpg"_s));
        // The same bytes are stored once, under their hash.
        QCOMPARE(GalleryStore::storeInput(inputs, "shared input", u"png"_s), shared);
        QCOMPARE(QDir(inputs).entryList(QDir::Files).size(), 2);

        GalleryEntry a = sampleEntry(images, u"first"_s, 2);
        a.inputPaths = {shared, own};
        GalleryEntry b = sampleEntry(images, u"second"_s, 1);
        b.inputPaths = {shared};
        const qint64 idA = store.add(a);
        const qint64 idB = store.add(b);
        for (const GalleryImage &g : a.images)
            QVERIFY(QFileInfo::exists(g.path));

        QStringList left;
        QVERIFY(store.remove(idA, &left));
        QVERIFY(left.isEmpty());
        for (const GalleryImage &g : a.images)
            QVERIFY2(!QFileInfo::exists(g.path), qPrintable(g.path));
        QVERIFY(!QFileInfo::exists(own));   // only `a` used it
        QVERIFY(QFileInfo::exists(shared)); // `b` still does
        QVERIFY(!store.entry(idA));
        QVERIFY(QFileInfo::exists(b.images.first().path));

        QVERIFY(store.remove(idB));
        QVERIFY(!QFileInfo::exists(shared));
        QVERIFY(!QFileInfo::exists(b.images.first().path));
        QCOMPARE(store.count(), 0);
        QVERIFY(store.search(u"second"_s).isEmpty()); // gone from the index too
        QVERIFY(!store.remove(idB));                  // twice: a clear failure
        QVERIFY(!store.lastError().isEmpty());
    }

    void deleteOneImage() {
        GalleryStore store(path(u"g4/gallery.sqlite"_s));
        QVERIFY(store.open());
        const qint64 id = store.add(sampleEntry(path(u"g4/images"_s), u"pair"_s, 2));
        const GalleryEntry e = *store.entry(id);
        QVERIFY(store.removeImage(e.images.at(0).id));
        QVERIFY(!QFileInfo::exists(e.images.at(0).path));
        QVERIFY(QFileInfo::exists(e.images.at(1).path));
        QCOMPARE(store.entry(id)->images.size(), 1);
        // The last image takes its generation with it.
        QVERIFY(store.removeImage(e.images.at(1).id));
        QVERIFY(!QFileInfo::exists(e.images.at(1).path));
        QVERIFY(!store.entry(id));
        QVERIFY(!store.removeImage(e.images.at(1).id));
    }

    void missingFileIsNotAnError() {
        GalleryStore store(path(u"g5/gallery.sqlite"_s));
        QVERIFY(store.open());
        const GalleryEntry e = sampleEntry(path(u"g5/images"_s), u"gone"_s, 1);
        const qint64 id = store.add(e);
        QVERIFY(QFile::remove(e.images.first().path)); // the user deleted it by hand
        QStringList left;
        QVERIFY(store.remove(id, &left));
        QVERIFY(left.isEmpty());
    }

    void migrationFromV1() {
        const QString file = path(u"g6/gallery.sqlite"_s);
        {
            GalleryStore v1(file);
            QVERIFY(v1.openAtVersion(1));
            QCOMPARE(v1.schemaVersion(), 1);
        }
        {
            // A row as version 1 wrote it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1writer"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO generations (created_at, prompt, model, aspect_ratio, "
                           "image_size, count, cost, generation_id) VALUES (1780000000000, "
                           "'An old watercolor fox', 'google/gemini-2.5-flash-image', '4:3', "
                           "'1K', 1, 0.039, 'gen-old')"_s));
            QVERIFY(q.exec(u"INSERT INTO images (generation, position, path, width, height, "
                           "format) VALUES (1, 0, '/x/old.png', 1184, 864, 'png')"_s));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v1writer"_s);
        GalleryStore v2(file);
        QString error;
        QVERIFY2(v2.open(&error), qPrintable(error));
        QCOMPARE(v2.schemaVersion(), 2);
        const QList<GalleryEntry> hits = v2.search(u"watercolor"_s);
        QCOMPARE(hits.size(), 1); // back-filled into the search index
        QCOMPARE(hits.first().generationId, u"gen-old"_s);
        QCOMPARE(hits.first().api, QString()); // new columns take their defaults
        QVERIFY(!hits.first().seed);
        QCOMPARE(hits.first().images.first().pixelSize, QSize(1184, 864));
        // And the new columns work for new rows.
        const qint64 id = v2.add(sampleEntry(path(u"g6/images"_s), u"new fox"_s, 1));
        QCOMPARE(v2.entry(id)->quality, u"high"_s);
        QCOMPARE(v2.search(u"fox"_s).size(), 2);
    }

    void refusesNewerSchema() {
        const QString file = path(u"g7/gallery.sqlite"_s);
        {
            GalleryStore store(file);
            QVERIFY(store.open());
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(u"PRAGMA user_version = 99"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        GalleryStore store(file);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
        QCOMPARE(store.add(GalleryEntry()), 0); // closed: a clear failure, not a crash
    }
};

QTEST_GUILESS_MAIN(TestGalleryStore)
#include "tst_gallerystore.moc"
