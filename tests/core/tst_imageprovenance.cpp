// Image provenance in core: PNG text chunks written and read without QtGui (checked against
// QImageReader), read back exactly, older studio saves still read, hostile PNGs handled, and
// the sidecar JSON of other formats; ImageFiles writes both atomically and reads them back.
#include "media/ImageProvenance.h"
#include "media/PngText.h"
#include "store/ImageFiles.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

QByteArray encoded(const QImage &image, const char *format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, format).write(image);
    return bytes;
}

QImage testImage() {
    QImage image(64, 48, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 4, y * 5, (x + y) % 256));
    return image;
}

QImage decode(const QByteArray &bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).read();
}

QMap<QString, QString> readerText(const QByteArray &bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QMap<QString, QString> text;
    for (const QString &key : reader.textKeys())
        text.insert(key, reader.text(key));
    return text;
}

ImageProvenance full() {
    ImageProvenance p;
    p.prompt = u"Ein Fuchs im Schnee, \"Aquarell\"\nzweite Zeile — 狐"_s;
    p.model = u"google/gemini-2.5-flash-image"_s;
    p.aspectRatio = u"16:9"_s;
    p.imageSize = u"2K"_s;
    p.background = u"transparent"_s;
    p.quality = u"high"_s;
    p.outputFormat = u"png"_s;
    p.seed = 9007199254740991LL; // 2^53 - 1: the largest a JSON number holds exactly
    p.inputImages = 2;
    p.api = u"chat_completions"_s;
    p.provider = u"Google"_s;
    p.generationId = u"gen-1764489310-zNAMOJKnB5Hsu6GOHcsm"_s;
    p.cost = 0.1 + 0.2; // 0.30000000000000004: must come back bit for bit
    p.created = QDateTime(QDate(2026, 12, 7), QTime(13, 44, 5, 123), Qt::UTC);
    return p;
}

// The chunk types of a PNG in order.
QList<QByteArray> chunkTypes(const QByteArray &png) {
    QList<QByteArray> types;
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        types.append(png.mid(at + 4, 4));
        at += qsizetype(length) + 12;
    }
    return types;
}

} // namespace

class TestImageProvenance : public QObject {
    Q_OBJECT

private slots:
    void pngRoundTripIsExact() {
        const QByteArray png = encoded(testImage(), "png");
        const ImageProvenance p = full();
        const std::optional<QByteArray> with = p.embedInPng(png);
        QVERIFY(with);
        QCOMPARE(decode(*with), decode(png)); // not a pixel changed
        const std::optional<ImageProvenance> back = ImageProvenance::fromPng(*with);
        QVERIFY(back);
        QCOMPARE(*back, p);
        QCOMPARE(back->cost, std::optional<double>(0.1 + 0.2));
        QCOMPARE(back->created.time().msec(), 123);

        // other readers see valid chunks: the JSON one, Description and Software
        const QMap<QString, QString> text = readerText(*with);
        // (QImageReader folds white space in the text it reports)
        QCOMPARE(text.value(u"Description"_s).simplified(), p.prompt.simplified());
        QCOMPARE(text.value(u"Software"_s), u"OR Studio"_s);
        const QJsonObject json =
            QJsonDocument::fromJson(text.value(ImageProvenance::kPngKeyword).toUtf8()).object();
        QCOMPARE(json.value("model"_L1).toString(), p.model);
        QCOMPARE(json.value("version"_L1).toInt(), 1);
        for (const char *key :
             {"prompt", "model", "aspect_ratio", "image_size", "background", "generation_id",
              "cost", "created", "seed", "provider", "input_images", "api", "quality"})
            QVERIFY2(json.contains(QLatin1String(key)), key);

        // inserted before the image data
        const QList<QByteArray> types = chunkTypes(*with);
        QCOMPARE(types.first(), "IHDR"_ba);
        QVERIFY(types.indexOf("iTXt"_ba) < types.indexOf("IDAT"_ba));
        QCOMPARE(types.last(), "IEND"_ba);
    }

    void embeddingAgainReplaces() {
        const QByteArray png = encoded(testImage(), "png");
        ImageProvenance p = full();
        const QByteArray once = *p.embedInPng(png);
        p.prompt = u"changed"_s;
        const QByteArray twice = *p.embedInPng(once);
        QCOMPARE(twice.size() - png.size(), (*p.embedInPng(png)).size() - png.size());
        QCOMPARE(ImageProvenance::fromPng(twice)->prompt, u"changed"_s);
        QCOMPARE(readerText(twice).value(u"Description"_s), u"changed"_s);
    }

    void readsOlderStudioSaves() {
        // Before core owned it, the studio wrote one text chunk per key through QImage.
        QImage image = testImage();
        image.setText(u"prompt"_s, u"A red fox"_s);
        image.setText(u"model"_s, u"fake/image"_s);
        image.setText(u"aspect_ratio"_s, u"3:2"_s);
        image.setText(u"image_size"_s, u"1K"_s);
        image.setText(u"background"_s, u"opaque"_s);
        image.setText(u"generation_id"_s, u"gen-1"_s);
        image.setText(u"cost"_s, u"0.02"_s);
        image.setText(u"created"_s, u"2026-11-02T10:00:00Z"_s);
        image.setText(u"Software"_s, u"OR Studio"_s);
        const QByteArray old = encoded(image, "png");
        const std::optional<ImageProvenance> p = ImageProvenance::fromPng(old);
        QVERIFY(p);
        QCOMPARE(p->prompt, u"A red fox"_s);
        QCOMPARE(p->aspectRatio, u"3:2"_s);
        QCOMPARE(p->background, u"opaque"_s);
        QCOMPARE(p->generationId, u"gen-1"_s);
        QCOMPARE(p->cost, std::optional<double>(0.02));
        QCOMPARE(p->created, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(p->toRequest().model, u"fake/image"_s);
        // re-saving converts it: the old chunks go, the new ones come
        const QByteArray resaved = *p->embedInPng(old);
        QVERIFY(!readerText(resaved).contains(u"aspect_ratio"_s));
        QCOMPARE(*ImageProvenance::fromPng(resaved), *p);
        // a PNG with other text only has none
        QImage other = testImage();
        other.setText(u"Comment"_s, u"hello"_s);
        QVERIFY(!ImageProvenance::fromPng(encoded(other, "png")));
    }

    void hostilePngs() {
        const QByteArray png = *full().embedInPng(encoded(testImage(), "png"));
        // not PNG, empty, signature only, truncated anywhere: no crash, nothing or a prefix
        QVERIFY(!ImageProvenance::fromPng(QByteArray()));
        QVERIFY(!ImageProvenance::fromPng("GIF89a..."_ba));
        QVERIFY(!ImageProvenance::fromPng(png.first(8)));
        for (qsizetype cut = 0; cut < png.size(); cut += 7)
            (void)ImageProvenance::fromPng(png.first(cut));
        QVERIFY(!full().embedInPng(png.first(png.size() / 2))); // truncated: not edited
        QVERIFY(!full().embedInPng("not a png"_ba));

        // a text chunk declaring 2 GiB, and one declaring more than is left
        QByteArray huge = png.first(33);
        huge.append("\x7f\xff\xff\xff"
                    "tEXt"_ba);
        huge.append("prompt\0x"_ba);
        QVERIFY(!ImageProvenance::fromPng(huge));
        QVERIFY(!full().embedInPng(huge));
        QByteArray over = png.first(33);
        over.append("\x00\x00\x10\x00"
                    "tEXt"
                    "prompt\0x"_ba);
        QVERIFY(!ImageProvenance::fromPng(over));

        // a corrupted CRC: that chunk is skipped
        const qsizetype at = png.indexOf("iTXt") + 4 + 10;
        QByteArray damaged = png;
        damaged[at] = char(damaged.at(at) ^ 0x55);
        QVERIFY(PngText::read(damaged).size() < PngText::read(png).size());

        // random damage: never a crash, whatever comes back
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = png;
            for (int k = 0; k < 4; ++k)
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
            (void)ImageProvenance::fromPng(bytes);
            (void)full().embedInPng(bytes);
        }

        // too many text chunks: reading stops at the limit
        QList<PngText::Entry> many;
        for (int i = 0; i < PngText::kMaxTextChunks + 50; ++i)
            many.append({u"k%1"_s.arg(i), u"v"_s});
        const auto crowded = PngText::write(encoded(testImage(), "png"), many);
        QVERIFY(crowded);
        QCOMPARE(PngText::read(*crowded).size(), PngText::kMaxTextChunks);
        QVERIFY(!decode(*crowded).isNull());
        // invalid keywords are refused
        QVERIFY(!PngText::write(png, {{u" lead"_s, u"x"_s}}));
        QVERIFY(!PngText::write(png, {{QString(80, u'k'), u"x"_s}}));
        QVERIFY(!PngText::write(png, {{u""_s, u"x"_s}}));
    }

    void filesAndSidecars() {
        QTemporaryDir dir;
        const ImageProvenance p = full();
        QString error;

        // PNG: embedded, no sidecar
        const QString png = dir.filePath(u"a/fox.png"_s);
        QVERIFY(ImageFiles::writeImage(png, encoded(testImage(), "png"), p, &error));
        QVERIFY(!QFile::exists(ImageProvenance::sidecarPath(png)));
        QCOMPARE(*ImageFiles::readProvenance(png), p);

        // JPEG: as received, plus "fox.jpg.json"
        const QString jpg = dir.filePath(u"a/fox.jpg"_s);
        const QByteArray jpeg = encoded(testImage(), "jpeg");
        QVERIFY(ImageFiles::writeImage(jpg, jpeg, p, &error));
        QFile written(jpg);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), jpeg);
        QVERIFY(QFile::exists(dir.filePath(u"a/fox.jpg.json"_s)));
        ImageFiles::ReadStatus status = ImageFiles::ReadStatus::Missing;
        QCOMPARE(*ImageFiles::readProvenance(jpg, &status), p);
        QCOMPARE(status, ImageFiles::ReadStatus::Ok);
        // a PNG later written under a name that had a sidecar drops it
        QVERIFY(ImageFiles::writeImage(jpg, encoded(testImage(), "png"), p, &error));
        QVERIFY(!QFile::exists(ImageProvenance::sidecarPath(jpg)));
        QVERIFY(ImageFiles::removeImage(png));
        QVERIFY(!QFile::exists(png));

        // what --info and the studio tell apart
        QVERIFY(!ImageFiles::readProvenance(dir.filePath(u"missing.png"_s), &status, &error));
        QCOMPARE(status, ImageFiles::ReadStatus::Missing);
        QVERIFY(error.contains(u"missing.png"_s));
        const QString text = dir.filePath(u"notes.png"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just text");
        f.close();
        QVERIFY(!ImageFiles::readProvenance(text, &status, &error));
        QCOMPARE(status, ImageFiles::ReadStatus::NotImage);
        const QString plain = dir.filePath(u"plain.png"_s);
        QVERIFY(testImage().save(plain));
        QVERIFY(!ImageFiles::readProvenance(plain, &status, &error));
        QCOMPARE(status, ImageFiles::ReadStatus::NoProvenance);
        QVERIFY(!ImageFiles::readProvenance(dir.path(), &status, &error));
        QCOMPARE(status, ImageFiles::ReadStatus::Unreadable);
        // a sidecar that is not ours is ignored
        const QString webp = dir.filePath(u"x.gif"_s);
        QVERIFY(ImageFiles::writeAtomically(webp, "GIF89a\x01\x00\x01\x00\x00\x00\x00"_ba));
        QVERIFY(ImageFiles::writeAtomically(ImageProvenance::sidecarPath(webp),
                                            R"({"prompt":"p","model":"m"})"_ba));
        QVERIFY(!ImageFiles::readProvenance(webp, &status));
        QCOMPARE(status, ImageFiles::ReadStatus::NoProvenance);
    }

    void textListing() {
        const QList<QPair<QString, QString>> text = full().toText();
        QCOMPARE(text.first(), qMakePair(u"prompt"_s, full().prompt));
        QCOMPARE(text.at(1).first, u"model"_s);
        QVERIFY(text.contains(qMakePair(u"cost"_s, u"0.30000000000000004"_s)));
        QVERIFY(text.contains(qMakePair(u"created"_s, u"2026-12-07T13:44:05.123Z"_s)));
        QVERIFY(text.contains(qMakePair(u"seed"_s, u"9007199254740991"_s)));
        ImageProvenance small;
        small.prompt = u"p"_s;
        small.model = u"m"_s;
        QCOMPARE(small.toText().size(), 3); // prompt, model, software
    }
};

QTEST_GUILESS_MAIN(TestImageProvenance)
#include "tst_imageprovenance.moc"
