#include "TestSupport.h"
#include "media/ImageSniffer.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

using namespace orc;
using namespace Qt::StringLiterals;

using Error = ImageSniffer::Error;

namespace {

QImage pattern(QSize size, bool alpha) {
    QImage image(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? QColor(20, 120, 220, 128) : QColor(20, 120, 220));
    QPainter p(&image);
    p.fillRect(QRect(QPoint(0, 0), size / 2), Qt::yellow);
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality = -1,
                  bool progressive = false) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    writer.setProgressiveScanWrite(progressive);
    if (!writer.write(image))
        qFatal("cannot write %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

// What Qt itself reads from the bytes: the cross-check for every sniffed size.
QSize qtSize(const QByteArray &bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).size();
}

QByteArray be32(quint32 v) {
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

quint32 crc32(QByteArrayView bytes) {
    quint32 crc = 0xffffffffu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1u) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data) {
    const QByteArray typed = type + data;
    const quint32 crc = crc32(typed);
    return be32(quint32(data.size())) + typed + be32(crc);
}

// A well-formed PNG whose header claims `w` x `h` pixels but which holds almost no data.
QByteArray pngClaiming(quint32 w, quint32 h) {
    QByteArray ihdr = be32(w) + be32(h);
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) +
           pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
}

// A complete 1x1 GIF89a; `w`/`h` rewrite the logical screen and the image descriptor.
QByteArray gif(quint16 w = 1, quint16 h = 1) {
    QByteArray b = QByteArray::fromHex("474946383961"
                                       "01000100"
                                       "800000"
                                       "000000ffffff"
                                       "2c"
                                       "00000000"
                                       "01000100"
                                       "00"
                                       "02024401"
                                       "00"
                                       "3b");
    qToLittleEndian(w, b.data() + 6);
    qToLittleEndian(h, b.data() + 8);
    qToLittleEndian(w, b.data() + 24);
    qToLittleEndian(h, b.data() + 26);
    return b;
}

QString dataUrl(const QString &mime, const QByteArray &bytes) {
    return u"data:"_s + mime + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

QByteArray jpegWithApp1(const QByteArray &jpeg, int app1Bytes) {
    // SOI, then an APP1 (EXIF-like) segment of app1Bytes payload, then the rest
    QByteArray segment("\xFF\xE1", 2);
    const quint16 length = quint16(app1Bytes + 2);
    segment.append(char(length >> 8)).append(char(length & 0xff));
    segment.append(QByteArray(app1Bytes, 'x'));
    return jpeg.left(2) + segment + jpeg.mid(2);
}

} // namespace

class TestImageSniffer : public QObject {
    Q_OBJECT
private slots:
    void formats_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("chunk"); // WebP: first chunk FourCC
        QTest::addColumn<QSize>("size");

        QTest::newRow("png rgb") << encode(pattern({37, 23}, false), "png") << u"png"_s << QString()
                                 << QSize(37, 23);
        QTest::newRow("png alpha")
            << encode(pattern({1, 300}, true), "png") << u"png"_s << QString() << QSize(1, 300);
        QTest::newRow("jpeg baseline") << encode(pattern({64, 48}, false), "jpeg", 80) << u"jpeg"_s
                                       << QString() << QSize(64, 48);
        QTest::newRow("jpeg progressive") << encode(pattern({129, 65}, false), "jpeg", 80, true)
                                          << u"jpeg"_s << QString() << QSize(129, 65);
        QTest::newRow("jpeg big app1")
            << jpegWithApp1(encode(pattern({50, 70}, false), "jpeg", 80), 60000) << u"jpeg"_s
            << QString() << QSize(50, 70);
        QTest::newRow("webp lossy") << encode(pattern({33, 17}, false), "webp", 75) << u"webp"_s
                                    << u"VP8 "_s << QSize(33, 17);
        QTest::newRow("webp lossless") << encode(pattern({40, 31}, false), "webp", 100) << u"webp"_s
                                       << u"VP8L"_s << QSize(40, 31);
        QTest::newRow("webp alpha") << encode(pattern({45, 21}, true), "webp", 75) << u"webp"_s
                                    << u"VP8X"_s << QSize(45, 21);
        QTest::newRow("gif 1x1") << gif() << u"gif"_s << QString() << QSize(1, 1);
        QTest::newRow("gif 320x240") << gif(320, 240) << u"gif"_s << QString() << QSize(320, 240);
    }
    void formats() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, chunk);
        QFETCH(QSize, size);
        QCOMPARE(qtSize(bytes), size); // the test image really is what the row says
        if (!chunk.isEmpty())
            QCOMPARE(QString::fromLatin1(bytes.mid(12, 4)), chunk);

        const auto r = ImageSniffer::sniff(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.header.format, format);
        QCOMPARE(r.header.mimeType, u"image/"_s + format);
        QCOMPARE(r.header.size, size);

        const auto d = ImageSniffer::decodeDataUrl(dataUrl(u"image/"_s + format, bytes));
        QVERIFY2(d.ok(), qPrintable(d.errorString));
        QCOMPARE(d.bytes, bytes);
        QCOMPARE(d.header.size, size);
        QCOMPARE(d.declaredMimeType, u"image/"_s + format);
    }

    void realGeminiImage() {
        if (!test::hasFixtures())
            QSKIP(test::kNoFixturesMessage);
        const QJsonObject response =
            QJsonDocument::fromJson(
                test::readFixture(u"chat/pydantic_gemini25_image_nonstream.json"_s))
                .object();
        const QString url = response.value("choices"_L1)
                                .toArray()
                                .at(0)
                                .toObject()
                                .value("message"_L1)
                                .toObject()
                                .value("images"_L1)
                                .toArray()
                                .at(0)
                                .toObject()
                                .value("image_url"_L1)
                                .toObject()
                                .value("url"_L1)
                                .toString();
        QVERIFY(url.size() > 2'000'000);
        const auto r = ImageSniffer::decodeDataUrl(url);
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.header.format, u"png"_s);
        QCOMPARE(r.header.size, QSize(1024, 1024));
        QCOMPARE(qtSize(r.bytes), QSize(1024, 1024));
        QVERIFY(r.bytes.size() > 1'500'000);
    }

    void dataUrlForms() {
        const QByteArray png = encode(pattern({12, 8}, false), "png");
        const QString b64 = QString::fromLatin1(png.toBase64());

        // scheme, media type and the base64 flag are case-insensitive
        auto r = ImageSniffer::decodeDataUrl(QString(u"DATA:IMAGE/PNG;BASE64,"_s + b64));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.declaredMimeType, u"image/png"_s);

        // extra parameters before ;base64
        r = ImageSniffer::decodeDataUrl(QString(u"data:image/png;name=x.png;base64,"_s + b64));
        QVERIFY2(r.ok(), qPrintable(r.errorString));

        // base64 wrapped at 76 columns with CRLF
        QString wrapped;
        for (qsizetype i = 0; i < b64.size(); i += 76)
            wrapped += b64.mid(i, 76) + u"\r\n"_s;
        r = ImageSniffer::decodeDataUrl(QString(u"data:image/png;base64,"_s + wrapped));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.bytes, png);

        // percent-encoded instead of base64
        r = ImageSniffer::decodeDataUrl(
            QString(u"data:image/png,"_s + QString::fromLatin1(png.toPercentEncoding())));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.bytes, png);

        // the bytes decide the type: a PNG labelled image/jpeg is a PNG
        r = ImageSniffer::decodeDataUrl(QString(u"data:image/jpeg;base64,"_s + b64));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.declaredMimeType, u"image/jpeg"_s);
        QCOMPARE(r.header.mimeType, u"image/png"_s);

        // bare base64 (POST /images b64_json), both entry points
        r = ImageSniffer::decodeBase64(QStringView(b64), u"image/png"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.header.size, QSize(12, 8));
        r = ImageSniffer::decodeBase64(QByteArrayView(png.toBase64()));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QCOMPARE(r.bytes, png);
    }

    void badInput_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("message"); // a substring of the explanation

        const QByteArray png = encode(pattern({12, 8}, false), "png");
        const QByteArray jpeg = encode(pattern({64, 48}, false), "jpeg", 80);
        const QByteArray webp = encode(pattern({33, 17}, false), "webp", 75);
        const QByteArray bmp = encode(pattern({10, 10}, false), "bmp");

        QTest::newRow("invalid base64") << u"data:image/png;base64,iVBORw0K!!!!GgoAAAA"_s
                                        << Error::InvalidBase64 << u"not valid base64"_s;
        QTest::newRow("bad padding")
            << u"data:image/png;base64,iVBORw0KGgo=A"_s << Error::InvalidBase64 << u"base64"_s;
        QTest::newRow("non-latin1")
            << u"data:image/png;base64,iVBORw0KGgo\u20ac"_s << Error::InvalidBase64 << u"base64"_s;
        QTest::newRow("text, not image")
            << u"data:text/plain;base64,SGVsbG8gd29ybGQ="_s << Error::NotImage << u"text/plain"_s;
        QTest::newRow("no media type")
            << u"data:;base64,SGVsbG8="_s << Error::NotImage << u"text/plain"_s;
        QTest::newRow("json, not image")
            << u"data:application/json,%7B%7D"_s << Error::NotImage << u"application/json"_s;
        QTest::newRow("https link")
            << u"https://example.com/cat.png"_s << Error::NotDataUrl << u"not a data: URL"_s;
        QTest::newRow("no comma") << u"data:image/png;base64"_s << Error::NotDataUrl
                                  << u"no comma"_s;
        QTest::newRow("empty payload") << u"data:image/png;base64,"_s << Error::Empty << u"empty"_s;
        QTest::newRow("unknown format bmp")
            << dataUrl(u"image/bmp"_s, bmp) << Error::UnknownFormat << u"image/bmp"_s;
        QTest::newRow("image label, text bytes")
            << dataUrl(u"image/png"_s, "just some text, no picture") << Error::UnknownFormat
            << u"image/png"_s;
        QTest::newRow("png truncated in IHDR")
            << dataUrl(u"image/png"_s, png.left(20)) << Error::Truncated << u"PNG"_s;
        QTest::newRow("png truncated in signature")
            << dataUrl(u"image/png"_s, png.left(5)) << Error::Truncated << u"PNG"_s;
        QTest::newRow("jpeg truncated before SOF")
            << dataUrl(u"image/jpeg"_s, jpeg.left(30)) << Error::Truncated << u"JPEG"_s;
        QTest::newRow("webp truncated")
            << dataUrl(u"image/webp"_s, webp.left(24)) << Error::Truncated << u"WebP"_s;
        QTest::newRow("gif truncated")
            << dataUrl(u"image/gif"_s, gif().left(8)) << Error::Truncated << u"GIF"_s;
        QTest::newRow("png without IHDR")
            << dataUrl(u"image/png"_s, png.left(12) + "IHDX" + png.mid(16)) << Error::Corrupt
            << u"PNG"_s;
        QTest::newRow("jpeg scan before frame")
            << dataUrl(u"image/jpeg"_s, QByteArray::fromHex("ffd8ffda000c03010002110311003f00"))
            << Error::Corrupt << u"frame header"_s;
        QTest::newRow("riff but wave")
            << dataUrl(u"image/webp"_s, QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16))
            << Error::UnknownFormat << u"not a WebP"_s;
        QTest::newRow("zero width png")
            << dataUrl(u"image/png"_s, pngClaiming(0, 10)) << Error::BadDimensions << u"0×10"_s;
        QTest::newRow("pixel bomb png") << dataUrl(u"image/png"_s, pngClaiming(60000, 60000))
                                        << Error::TooManyPixels << u"3600 megapixels"_s;
        QByteArray webpBomb("RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0", 24);
        webpBomb.append(QByteArray::fromHex("ff3f00ff3f00")); // 16384 x 16384
        QTest::newRow("pixel bomb webp")
            << dataUrl(u"image/webp"_s, webpBomb) << Error::TooManyPixels << u"16384×16384"_s;
        QByteArray jpegBomb = jpeg;
        const qsizetype sof = jpegBomb.indexOf("\xFF\xC0");
        QVERIFY(sof > 0);
        jpegBomb.replace(sof + 5, 4, QByteArray::fromHex("ffffffff"));
        QTest::newRow("pixel bomb jpeg")
            << dataUrl(u"image/jpeg"_s, jpegBomb) << Error::TooManyPixels << u"65535×65535"_s;
    }
    void badInput() {
        QFETCH(QString, url);
        QFETCH(Error, error);
        QFETCH(QString, message);
        const auto r = ImageSniffer::decodeDataUrl(url);
        QVERIFY(!r.ok());
        QCOMPARE(ImageSniffer::errorName(r.error), ImageSniffer::errorName(error));
        QVERIFY2(r.errorString.contains(message, Qt::CaseInsensitive), qPrintable(r.errorString));
        QVERIFY(r.bytes.isEmpty()); // nothing half-decoded is handed out
    }

    void pixelBombIsRefusedFromTheHeaderAlone() {
        const QByteArray bomb = pngClaiming(60000, 60000);
        QVERIFY(bomb.size() < 100);
        QCOMPARE(qtSize(bomb), QSize(60000, 60000)); // Qt would believe it
        const auto r = ImageSniffer::sniff(bomb);
        QCOMPARE(r.error, Error::TooManyPixels);
        QCOMPARE(r.header.size, QSize(60000, 60000)); // what it claimed, for the message
        // just at the limit passes: 10000 x 10000 = 100 megapixels
        QVERIFY(ImageSniffer::sniff(pngClaiming(10000, 10000)).ok());
        QCOMPARE(ImageSniffer::sniff(pngClaiming(10000, 10001)).error, Error::TooManyPixels);
    }

    void tooManyBytes() {
        // one base64 character over the limit: refused before any copy or decode
        const QByteArray huge(ImageSniffer::kMaxEncodedBytes + 1, 'A');
        auto r = ImageSniffer::decodeBase64(QByteArrayView(huge), u"image/png"_s);
        QCOMPARE(r.error, Error::TooLarge);
        QVERIFY2(r.errorString.contains(u"64 MiB"_s), qPrintable(r.errorString));
        QVERIFY2(r.errorString.contains(u"67108865 bytes"_s), qPrintable(r.errorString));
        r = ImageSniffer::decodeBase64(QStringView(QString::fromLatin1(huge)), u"image/png"_s);
        QCOMPARE(r.error, Error::TooLarge);

        // a data URL counts whole, header included
        const QString prefix = u"data:image/png;base64,"_s;
        QString url = prefix + QString(ImageSniffer::kMaxEncodedBytes - prefix.size() + 1, u'A');
        QCOMPARE(url.size(), ImageSniffer::kMaxEncodedBytes + 1);
        r = ImageSniffer::decodeDataUrl(url);
        QCOMPARE(r.error, Error::TooLarge);
        QVERIFY2(r.errorString.contains(u"67108865 bytes"_s), qPrintable(r.errorString));
        // at the limit it is decoded (and then found to be no image)
        url.chop(1);
        r = ImageSniffer::decodeDataUrl(url);
        QCOMPARE(r.error, Error::UnknownFormat);
    }

    void base64MatchesQt() {
        // every length 0..200 plus a few big ones, padded and unpadded, random bytes
        QRandomGenerator rng(7);
        QList<qsizetype> lengths;
        for (qsizetype n = 0; n <= 200; ++n)
            lengths << n;
        lengths << 4095 << 65536 << 1'000'001;
        for (qsizetype n : lengths) {
            QByteArray raw(n, Qt::Uninitialized);
            for (char &c : raw)
                c = char(rng.bounded(256u));
            for (auto option : {QByteArray::Base64Encoding, QByteArray::OmitTrailingEquals}) {
                const QByteArray text = raw.toBase64(option);
                const auto fromBytes = ImageSniffer::base64Decode(QByteArrayView(text));
                QVERIFY2(fromBytes && *fromBytes == raw, qPrintable(QString::number(n)));
                const QString wide = QString::fromLatin1(text);
                const auto fromString = ImageSniffer::base64Decode(QStringView(wide));
                QVERIFY2(fromString && *fromString == raw, qPrintable(QString::number(n)));
            }
        }
    }

    void base64Rejects_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("QQ==") << u"QQ=="_s << true;
        QTest::newRow("QQ unpadded") << u"QQ"_s << true;
        QTest::newRow("QUI=") << u"QUI="_s << true;
        QTest::newRow("wrapped") << u"QUJD\r\nREVG\n"_s << true;
        QTest::newRow("one char") << u"Q"_s << false;
        QTest::newRow("five chars") << u"QUJDR"_s << false;
        QTest::newRow("short padding") << u"QQ="_s << false;
        QTest::newRow("three pads") << u"Q==="_s << false;
        QTest::newRow("only pads") << u"===="_s << false;
        QTest::newRow("pad inside") << u"QQ==QUJD"_s << false;
        QTest::newRow("pad then char") << u"QUI=Q"_s << false;
        QTest::newRow("url alphabet -") << u"QU-D"_s << false;
        QTest::newRow("url alphabet _") << u"QU_D"_s << false;
        QTest::newRow("bang") << u"QUJ!"_s << false;
        QTest::newRow("nul") << QString(u"QUJ\0"_s) << false;
        QTest::newRow("latin1 letter") << u"QUJ\u00e9"_s << false;
        QTest::newRow("wide letter") << u"QUJ\u0141"_s << false; // low byte 'A' once truncated
        QTest::newRow("space in the middle only") << u"QU JD"_s << true;
        QTest::newRow("space and junk") << u"QU J!"_s << false;
    }
    void base64Rejects() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto wide = ImageSniffer::base64Decode(QStringView(text));
        QCOMPARE(bool(wide), valid);
        const QByteArray latin = text.toLatin1();
        if (text == QString::fromLatin1(latin)) // representable as bytes: same answer
            QCOMPARE(bool(ImageSniffer::base64Decode(QByteArrayView(latin))), valid);
        if (valid) {
            QString compact = text;
            compact.remove(QRegularExpression(u"\\s"_s));
            QCOMPARE(*wide, QByteArray::fromBase64(compact.toLatin1()));
        }
    }

    void emptyAndUnknownBytes() {
        QCOMPARE(ImageSniffer::sniff({}).error, Error::Empty);
        QCOMPARE(ImageSniffer::sniff("BM6\0\0\0").error, Error::UnknownFormat);
        QCOMPARE(ImageSniffer::mimeTypeForFormat(u"webp"_s), u"image/webp"_s);
        QCOMPARE(ImageSniffer::mimeTypeForFormat(u"bmp"_s), QString());
    }
};

QTEST_MAIN(TestImageSniffer)
#include "tst_imagesniffer.moc"
