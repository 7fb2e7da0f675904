#include "GalleryStore.h"

#include "Logging.h"
#include "store/ConversationStore.h"
#include "store/ImageFiles.h"
#include "store/Settings.h"
#include "store/SqlRow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

bool runAll(QSqlDatabase &db, const QStringList &statements, QString *error) {
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text() + u" in: "_s + sql.left(80);
            return false;
        }
    }
    return true;
}

// v1: generations and their image files.
QStringList schemaV1() {
    return {
        u"CREATE TABLE generations ("
        "id INTEGER PRIMARY KEY, "
        "created_at INTEGER NOT NULL, "
        "prompt TEXT NOT NULL DEFAULT '', "
        "model TEXT NOT NULL DEFAULT '', "
        "aspect_ratio TEXT NOT NULL DEFAULT '', "
        "image_size TEXT NOT NULL DEFAULT '', "
        "background TEXT NOT NULL DEFAULT '', "
        "count INTEGER NOT NULL DEFAULT 1, "
        "cost REAL, "
        "duration_ms INTEGER NOT NULL DEFAULT 0, "
        "generation_id TEXT NOT NULL DEFAULT '', "
        "input_images TEXT NOT NULL DEFAULT '[]')"_s,
        u"CREATE TABLE images ("
        "id INTEGER PRIMARY KEY, "
        "generation INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE, "
        "position INTEGER NOT NULL DEFAULT 0, "
        "path TEXT NOT NULL, "
        "width INTEGER NOT NULL DEFAULT 0, "
        "height INTEGER NOT NULL DEFAULT 0, "
        "format TEXT NOT NULL DEFAULT '', "
        "bytes INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX images_by_generation ON images(generation, position)"_s,
        u"CREATE INDEX images_by_path ON images(path)"_s,
        u"CREATE INDEX generations_by_time ON generations(created_at)"_s,
    };
}

// v2: the settings of the Images API and the model's text, plus full-text search over
// prompts (kept in sync by triggers, back-filled for existing rows).
QStringList schemaV2() {
    return {
        u"ALTER TABLE generations ADD COLUMN api TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE generations ADD COLUMN quality TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE generations ADD COLUMN output_format TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE generations ADD COLUMN seed INTEGER"_s,
        u"ALTER TABLE generations ADD COLUMN model_text TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE VIRTUAL TABLE generations_fts USING fts5(prompt, content='generations', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
        u"CREATE TRIGGER generations_fts_insert AFTER INSERT ON generations BEGIN "
        "INSERT INTO generations_fts(rowid, prompt) VALUES (new.id, new.prompt); END"_s,
        u"CREATE TRIGGER generations_fts_delete AFTER DELETE ON generations BEGIN "
        "INSERT INTO generations_fts(generations_fts, rowid, prompt) "
        "VALUES ('delete', old.id, old.prompt); END"_s,
        u"CREATE TRIGGER generations_fts_update AFTER UPDATE OF prompt ON generations BEGIN "
        "INSERT INTO generations_fts(generations_fts, rowid, prompt) "
        "VALUES ('delete', old.id, old.prompt); "
        "INSERT INTO generations_fts(rowid, prompt) VALUES (new.id, new.prompt); END"_s,
        u"INSERT INTO generations_fts(generations_fts) VALUES ('rebuild')"_s,
    };
}

QList<Database::Migration> migrations() {
    return {
        [](QSqlDatabase &db, QString *error) { return runAll(db, schemaV1(), error); },
        [](QSqlDatabase &db, QString *error) { return runAll(db, schemaV2(), error); },
    };
}

const QString kColumns = u"g.id, g.created_at, g.prompt, g.model, g.api, g.aspect_ratio, "
                         "g.image_size, g.background, g.quality, g.output_format, g.count, "
                         "g.seed, g.cost, g.duration_ms, g.generation_id, g.model_text, "
                         "g.input_images"_s;

GalleryEntry readEntry(const QSqlQuery &q) {
    GalleryEntry e;
    sql::readColumns(q, 0, e.id, e.createdAt, e.prompt, e.model, e.api, e.aspectRatio, e.imageSize,
                     e.background, e.quality, e.outputFormat, e.count, e.seed, e.cost, e.durationMs,
                     e.generationId, e.text);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array())
        e.inputPaths.append(v.toString());
    return e;
}

} // namespace

ImageRequest GalleryEntry::toRequest() const {
    ImageRequest r;
    copyImageSettings(*this, r);
    r.count = std::clamp(count, 1, ImageRequest::kMaxCount);
    return r;
}

GalleryEntry GalleryEntry::fromRequest(const ImageRequest &r) {
    GalleryEntry e;
    copyImageSettings(r, e);
    e.count = r.count;
    return e;
}

ImageProvenance GalleryEntry::provenance(int imageCount) const {
    ImageProvenance p = ImageProvenance::fromRequest(toRequest());
    p.inputImages = int(inputPaths.size());
    p.api = api;
    p.generationId = generationId;
    if (cost && imageCount > 0)
        p.cost = *cost / imageCount;
    p.created = createdAt;
    return p;
}

GalleryStore::GalleryStore(const QString &path)
    : m_database(path) {}

QString GalleryStore::defaultPath() {
    return QDir(Settings().dataDir()).filePath(u"gallery.sqlite"_s);
}

bool GalleryStore::open(QString *error) {
    return openAtVersion(kSchemaVersion, error);
}

bool GalleryStore::openAtVersion(int version, QString *error) {
    const bool ok = m_database.openAtVersion(migrations(), version, &m_lastError);
    if (!ok && error)
        *error = m_lastError;
    return ok;
}

bool GalleryStore::exec(const QString &sql, const QVariantList &values) {
    return m_database.exec(sql, values, &m_lastError);
}

qint64 GalleryStore::add(const GalleryEntry &e) {
    if (!isOpen()) {
        m_lastError = tr("The gallery is not open.");
        return 0;
    }
    QSqlDatabase &db = m_database.db();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return 0;
    }
    const qint64 created =
        (e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO generations (created_at, prompt, model, api, aspect_ratio, "
              "image_size, background, quality, output_format, count, seed, cost, duration_ms, "
              "generation_id, model_text, input_images) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList{
             created, sql::notNull(e.prompt), sql::notNull(e.model), sql::notNull(e.api),
             sql::notNull(e.aspectRatio), sql::notNull(e.imageSize), sql::notNull(e.background),
             sql::notNull(e.quality), sql::notNull(e.outputFormat), e.count, sql::bindable(e.seed),
             sql::bindable(e.cost), e.durationMs, sql::notNull(e.generationId),
             sql::notNull(e.text),
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.inputPaths))
                                   .toJson(QJsonDocument::Compact))})
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        db.rollback();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    int position = 0;
    for (const GalleryImage &image : e.images) {
        if (!exec(u"INSERT INTO images (generation, position, path, width, height, format, "
                  "bytes) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {id, position++, QFileInfo(image.path).absoluteFilePath(),
                   image.pixelSize.width(), image.pixelSize.height(), sql::notNull(image.format),
                   image.bytes})) {
            db.rollback();
            return 0;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return 0;
    }
    return id;
}

QList<GalleryEntry> GalleryStore::query(const QString &where, const QVariantList &values,
                                        const QString &order, int limit) const {
    QList<GalleryEntry> out;
    if (!m_database.isOpen())
        return out;
    QSqlQuery q(const_cast<Database &>(m_database).db());
    q.prepare(u"SELECT "_s + kColumns + u" FROM generations g "_s + where + u" ORDER BY "_s +
              order + u" LIMIT ?"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readEntry(q));
    loadImages(out);
    return out;
}

void GalleryStore::loadImages(QList<GalleryEntry> &entries) const {
    QSqlQuery q(const_cast<Database &>(m_database).db());
    q.prepare(u"SELECT id, position, path, width, height, format, bytes FROM images "
              "WHERE generation = ? ORDER BY position, id"_s);
    for (GalleryEntry &e : entries) {
        q.addBindValue(e.id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            continue;
        }
        while (q.next()) {
            GalleryImage image;
            image.id = q.value(0).toLongLong();
            image.position = q.value(1).toInt();
            image.path = q.value(2).toString();
            image.pixelSize = QSize(q.value(3).toInt(), q.value(4).toInt());
            image.format = q.value(5).toString();
            image.bytes = q.value(6).toLongLong();
            e.images.append(image);
        }
    }
}

std::optional<GalleryEntry> GalleryStore::entry(qint64 id) const {
    const QList<GalleryEntry> found = query(u"WHERE g.id = ?"_s, {id}, u"g.id"_s, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<GalleryEntry> GalleryStore::entries(int limit) const {
    return query({}, {}, u"g.created_at DESC, g.id DESC"_s, limit);
}

QList<GalleryEntry> GalleryStore::search(const QString &text, int limit) const {
    const QString match = ConversationStore::ftsQuery(text.simplified());
    if (match.isEmpty())
        return entries(limit);
    return query(u"JOIN generations_fts f ON f.rowid = g.id WHERE generations_fts MATCH ?"_s,
                 {match}, u"bm25(generations_fts), g.created_at DESC"_s, limit);
}

int GalleryStore::count() const {
    if (!m_database.isOpen())
        return 0;
    QSqlQuery q(const_cast<Database &>(m_database).db());
    if (!q.exec(u"SELECT COUNT(*) FROM generations"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<GalleryEntry> GalleryStore::entryForFile(const QString &path) const {
    if (!m_database.isOpen())
        return std::nullopt;
    QSqlQuery q(const_cast<Database &>(m_database).db());
    q.prepare(u"SELECT generation FROM images WHERE path = ? LIMIT 1"_s);
    q.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entry(q.value(0).toLongLong());
}

QStringList GalleryStore::removeFiles(const QStringList &outputs, const QStringList &inputs) {
    QStringList left;
    for (const QString &path : outputs)
        if (!ImageFiles::removeImage(path))
            left.append(path);
    // An input copy stays while another generation still names it.
    for (const QString &path : inputs) {
        QSqlQuery q(m_database.db());
        q.prepare(u"SELECT COUNT(*) FROM generations WHERE input_images LIKE ? ESCAPE '\\'"_s);
        QString pattern =
            QString::fromUtf8(QJsonDocument(QJsonArray{path}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1);
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        q.addBindValue(QString(u"%"_s + pattern + u"%"_s));
        if (q.exec() && q.next() && q.value(0).toInt() == 0 && !ImageFiles::removeFile(path))
            left.append(path);
    }
    return left;
}

bool GalleryStore::remove(qint64 id, QStringList *leftFiles) {
    const std::optional<GalleryEntry> e = entry(id);
    if (!e) {
        m_lastError = tr("No generation %1 in the gallery.").arg(id);
        return false;
    }
    if (!exec(u"DELETE FROM generations WHERE id = ?"_s, {id}))
        return false;
    QStringList outputs;
    for (const GalleryImage &image : e->images)
        outputs.append(image.path);
    const QStringList left = removeFiles(outputs, e->inputPaths);
    if (leftFiles)
        *leftFiles = left;
    return true;
}

bool GalleryStore::removeImage(qint64 imageId, QStringList *leftFiles) {
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT generation, path FROM images WHERE id = ?"_s);
    q.addBindValue(imageId);
    if (!q.exec() || !q.next()) {
        m_lastError = tr("No image %1 in the gallery.").arg(imageId);
        return false;
    }
    const qint64 generation = q.value(0).toLongLong();
    const QString path = q.value(1).toString();
    q.finish();
    const std::optional<GalleryEntry> e = entry(generation);
    if (e && e->images.size() <= 1)
        return remove(generation, leftFiles);
    if (!exec(u"DELETE FROM images WHERE id = ?"_s, {imageId}))
        return false;
    const QStringList left = removeFiles({path}, {});
    if (leftFiles)
        *leftFiles = left;
    return true;
}

QString GalleryStore::storeInput(const QString &inputsDir, const QByteArray &bytes,
                                 const QString &format, QString *error) {
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    const QString path =
        QDir(inputsDir).filePath(hash + u'.' + ImageFiles::extensionForFormat(format));
    if (QFileInfo(path).size() == bytes.size())
        return path; // already kept
    if (!ImageFiles::writeAtomically(path, bytes, error))
        return {};
    return path;
}

} // namespace orc
