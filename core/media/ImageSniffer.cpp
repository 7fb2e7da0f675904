#include "ImageSniffer.h"

#include "domain/EnumNames.h"

#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype kPngSignatureSize = 8;

quint32 be32(QByteArrayView b, qsizetype at) {
    return qFromBigEndian<quint32>(b.data() + at);
}
quint16 be16(QByteArrayView b, qsizetype at) {
    return qFromBigEndian<quint16>(b.data() + at);
}
quint16 le16(QByteArrayView b, qsizetype at) {
    return qFromLittleEndian<quint16>(b.data() + at);
}
quint32 le24(QByteArrayView b, qsizetype at) {
    const auto *p = reinterpret_cast<const uchar *>(b.data() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16);
}
quint32 le32(QByteArrayView b, qsizetype at) {
    return qFromLittleEndian<quint32>(b.data() + at);
}
uchar byteAt(QByteArrayView b, qsizetype at) {
    return static_cast<uchar>(b[at]);
}

// True when the first bytes of `b` agree with `prefix` (as far as `b` goes).
bool startsLike(QByteArrayView b, QByteArrayView prefix) {
    const qsizetype n = std::min(b.size(), prefix.size());
    return n > 0 && std::memcmp(b.data(), prefix.data(), size_t(n)) == 0;
}

QString mebibytes(qint64 bytes) {
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// 6-bit value of a base64 character, -1 for any other ASCII character.
constexpr std::array<qint8, 128> kSextets = [] {
    std::array<qint8, 128> t{};
    t.fill(-1);
    for (int i = 0; i < 26; ++i) {
        t[size_t('A' + i)] = qint8(i);
        t[size_t('a' + i)] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        t[size_t('0' + i)] = qint8(52 + i);
    t[size_t('+')] = 62;
    t[size_t('/')] = 63;
    return t;
}();

char16_t unit(QChar c) {
    return c.unicode();
}
char16_t unit(char c) {
    return uchar(c);
}
int sextet(char16_t c) {
    return c < 128 ? kSextets[c] : -1;
}

// Strict base64: only A-Z a-z 0-9 + /, then at most two '=' that complete the last quantum
// (unpadded text is accepted too; a lone trailing character is not). Table-driven with no
// branch on the data, which matters for 4K images: QByteArray::fromBase64's per-character
// branches make it 5-6 times slower on real (random-looking) base64.
template<typename View>
std::optional<QByteArray> decodeStrict(View text) {
    qsizetype n = text.size();
    int padding = 0;
    while (n > 0 && padding < 2 && unit(text[n - 1]) == u'=') {
        --n;
        ++padding;
    }
    if (n % 4 == 1 || (padding > 0 && (n + padding) % 4 != 0))
        return std::nullopt;
    QByteArray out(n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0), Qt::Uninitialized);
    auto *o = reinterpret_cast<uchar *>(out.data());
    const auto *in = text.data();
    int bad = 0;
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        const int a = sextet(unit(in[i]));
        const int b = sextet(unit(in[i + 1]));
        const int c = sextet(unit(in[i + 2]));
        const int d = sextet(unit(in[i + 3]));
        bad |= a | b | c | d;
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
        o[0] = uchar(v >> 16);
        o[1] = uchar(v >> 8);
        o[2] = uchar(v);
        o += 3;
    }
    if (n - i >= 2) {
        const int a = sextet(unit(in[i]));
        const int b = sextet(unit(in[i + 1]));
        const int c = n - i == 3 ? sextet(unit(in[i + 2])) : 0;
        bad |= a | b | c;
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6);
        *o++ = uchar(v >> 16);
        if (n - i == 3)
            *o++ = uchar(v >> 8);
    }
    if (bad < 0)
        return std::nullopt;
    return out;
}

// decodeStrict(), retried without whitespace for text wrapped in lines (some encoders break
// base64 at 76 columns).
template<typename View>
std::optional<QByteArray> strictBase64(View text) {
    if (auto decoded = decodeStrict(text))
        return decoded;
    const auto space = [](auto c) {
        const char16_t u = unit(c);
        return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v';
    };
    if (!std::any_of(text.begin(), text.end(), space))
        return std::nullopt;
    QByteArray compact;
    compact.reserve(text.size());
    for (auto c : text)
        if (!space(c))
            compact.append(unit(c) < 128 ? char(unit(c)) : '?'); // '?' fails the decode
    return decodeStrict(QByteArrayView(compact));
}

} // namespace

ImageSniffer::Result ImageSniffer::fail(Error error, const QString &message) {
    Result r;
    r.error = error;
    r.errorString = message;
    return r;
}

QString ImageSniffer::mimeTypeForFormat(const QString &format) {
    if (format == "png"_L1)
        return u"image/png"_s;
    if (format == "jpeg"_L1)
        return u"image/jpeg"_s;
    if (format == "webp"_L1)
        return u"image/webp"_s;
    if (format == "gif"_L1)
        return u"image/gif"_s;
    return {};
}

// Indexed by ImageSniffer::Error, in declaration order.
constexpr QLatin1String kErrorNames[] = {
    "none"_L1,           "too_large"_L1,      "not_data_url"_L1,   "not_image"_L1,
    "invalid_base64"_L1, "empty"_L1,          "unknown_format"_L1, "corrupt"_L1,
    "truncated"_L1,      "bad_dimensions"_L1, "too_many_pixels"_L1};
static_assert(std::size(kErrorNames) == std::size_t(ImageSniffer::Error::TooManyPixels) + 1);

QString ImageSniffer::errorName(Error error) {
    return enumName(kErrorNames, error);
}

bool ImageSniffer::isDataUrl(QStringView url) {
    return url.startsWith("data:"_L1, Qt::CaseInsensitive);
}

ImageSniffer::Result ImageSniffer::tooLarge(qint64 encodedBytes) {
    // Exact byte counts: near the limit "64.0 MiB" would not say which side of it we are.
    return fail(Error::TooLarge,
                tr("The image data is %1 bytes (%2 MiB), more than the %3 MiB (%4 bytes) limit; "
                   "it was not decoded.")
                    .arg(encodedBytes)
                    .arg(mebibytes(encodedBytes))
                    .arg(kMaxEncodedBytes / (1024 * 1024))
                    .arg(kMaxEncodedBytes));
}

ImageSniffer::Result ImageSniffer::checkSize(Header header) {
    const QSize size = header.size;
    Result r;
    if (size.width() <= 0 || size.height() <= 0)
        r = fail(Error::BadDimensions,
                 tr("The %1 image declares a size of %2×%3 pixels, which is not a picture.")
                     .arg(header.format.toUpper())
                     .arg(size.width())
                     .arg(size.height()));
    const qint64 pixels = qint64(size.width()) * qint64(size.height());
    if (r.ok() && pixels > kMaxPixels)
        r = fail(Error::TooManyPixels,
                 tr("The image declares %1×%2 pixels (%3 megapixels), more than the %4 "
                    "megapixel limit; it was not decoded.")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(pixels / 1'000'000)
                     .arg(kMaxPixels / 1'000'000));
    r.header = std::move(header); // kept on failure too: what the header claimed
    return r;
}

ImageSniffer::Result ImageSniffer::sniffPng(QByteArrayView b) {
    // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4)
    if (b.size() < 24)
        return fail(Error::Truncated, tr("The PNG data ends before its image header."));
    if (QByteArrayView(b.data() + 12, 4) != "IHDR"_ba || be32(b, 8) < 8)
        return fail(Error::Corrupt, tr("The PNG data does not start with an image header."));
    const quint32 w = be32(b, 16);
    const quint32 h = be32(b, 20);
    if (w > 0x7fffffffu || h > 0x7fffffffu) // PNG's own limit is 2^31 - 1
        return fail(Error::Corrupt, tr("The PNG header declares an impossible size."));
    return checkSize({u"png"_s, u"image/png"_s, QSize(int(w), int(h))});
}

ImageSniffer::Result ImageSniffer::sniffJpeg(QByteArrayView b) {
    qsizetype pos = 2; // after SOI (FF D8)
    const qsizetype n = b.size();
    while (pos < n) {
        if (byteAt(b, pos) != 0xFF)
            return fail(Error::Corrupt,
                        tr("The JPEG data has a broken marker at byte %1.").arg(pos));
        // Any number of 0xFF fill bytes may precede a marker.
        while (pos < n && byteAt(b, pos) == 0xFF)
            ++pos;
        if (pos >= n)
            break;
        const uchar marker = byteAt(b, pos++);
        if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // standalone markers: no length
        if (marker == 0xD9 || marker == 0xDA)
            return fail(Error::Corrupt, tr("The JPEG data has no frame header before its image "
                                           "data."));
        if (pos + 2 > n)
            break;
        const quint16 length = be16(b, pos);
        if (length < 2)
            return fail(Error::Corrupt, tr("The JPEG data has a segment of impossible length."));
        const bool isFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (isFrame) {
            // length (2), precision (1), height (2), width (2)
            if (pos + 7 > n)
                break;
            const int height = be16(b, pos + 3);
            const int width = be16(b, pos + 5);
            return checkSize({u"jpeg"_s, u"image/jpeg"_s, QSize(width, height)});
        }
        pos += length;
    }
    return fail(Error::Truncated, tr("The JPEG data ends before its frame header."));
}

ImageSniffer::Result ImageSniffer::sniffWebp(QByteArrayView b) {
    // "RIFF", size (4), "WEBP", chunk FourCC (4), chunk size (4), chunk data...
    if (b.size() < 16)
        return fail(Error::Truncated, tr("The WebP data ends before its first chunk."));
    if (QByteArrayView(b.data() + 8, 4) != "WEBP"_ba)
        return fail(Error::UnknownFormat,
                    tr("The data is a RIFF file but not a WebP image; OR Studio reads PNG, JPEG, "
                       "WebP and GIF."));
    const QByteArrayView chunk(b.data() + 12, 4);
    QSize size;
    if (chunk == "VP8X"_ba) {
        if (b.size() < 30)
            return fail(Error::Truncated, tr("The WebP data ends before its canvas size."));
        size = QSize(int(le24(b, 24) + 1), int(le24(b, 27) + 1));
    } else if (chunk == "VP8L"_ba) {
        if (b.size() < 25)
            return fail(Error::Truncated, tr("The WebP data ends before its image size."));
        if (byteAt(b, 20) != 0x2F)
            return fail(Error::Corrupt, tr("The lossless WebP data has a bad signature."));
        const quint32 bits = le32(b, 21);
        size = QSize(int((bits & 0x3FFF) + 1), int(((bits >> 14) & 0x3FFF) + 1));
    } else if (chunk == "VP8 "_ba) {
        if (b.size() < 30)
            return fail(Error::Truncated, tr("The WebP data ends before its frame size."));
        if (byteAt(b, 23) != 0x9D || byteAt(b, 24) != 0x01 || byteAt(b, 25) != 0x2A)
            return fail(Error::Corrupt, tr("The lossy WebP data has a bad start code."));
        size = QSize(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
    } else {
        return fail(Error::Corrupt, tr("The WebP data starts with an unknown chunk."));
    }
    return checkSize({u"webp"_s, u"image/webp"_s, size});
}

ImageSniffer::Result ImageSniffer::sniffGif(QByteArrayView b) {
    if (b.size() < 10)
        return fail(Error::Truncated, tr("The GIF data ends before its screen size."));
    return checkSize({u"gif"_s, u"image/gif"_s, QSize(le16(b, 6), le16(b, 8))});
}

ImageSniffer::Result ImageSniffer::sniff(QByteArrayView b) {
    if (b.isEmpty())
        return fail(Error::Empty, tr("The image data is empty."));
    if (startsLike(b, QByteArrayView(kPngSignature, kPngSignatureSize))) {
        if (b.size() < kPngSignatureSize)
            return fail(Error::Truncated, tr("The PNG data ends inside its signature."));
        return sniffPng(b);
    }
    if (startsLike(b, "\xFF\xD8\xFF"_ba)) {
        if (b.size() < 3)
            return fail(Error::Truncated, tr("The JPEG data ends inside its signature."));
        return sniffJpeg(b);
    }
    if (startsLike(b, "RIFF"_ba)) {
        if (b.size() < 12)
            return fail(Error::Truncated, tr("The data ends inside its RIFF header."));
        return sniffWebp(b);
    }
    if (startsLike(b, "GIF87a"_ba) || startsLike(b, "GIF89a"_ba)) {
        if (b.size() < 6)
            return fail(Error::Truncated, tr("The GIF data ends inside its signature."));
        return sniffGif(b);
    }
    return fail(Error::UnknownFormat, tr("The data is not an image format OR Studio reads (PNG, "
                                         "JPEG, WebP, GIF)."));
}

ImageSniffer::Result ImageSniffer::finishDecode(QByteArray bytes, const QString &declaredMimeType) {
    Result r = sniff(bytes);
    r.declaredMimeType = declaredMimeType;
    if (!r.ok()) {
        if (r.error == Error::UnknownFormat && !declaredMimeType.isEmpty())
            r.errorString += u' ' + tr("(It was labelled %1.)").arg(declaredMimeType);
        return r;
    }
    r.bytes = std::move(bytes);
    return r;
}

std::optional<QByteArray> ImageSniffer::base64Decode(QStringView text) {
    return strictBase64(text);
}

std::optional<QByteArray> ImageSniffer::base64Decode(QByteArrayView text) {
    return strictBase64(text);
}

ImageSniffer::Result ImageSniffer::decodeBase64(QByteArrayView base64,
                                                const QString &declaredMimeType) {
    if (base64.size() > kMaxEncodedBytes)
        return tooLarge(base64.size());
    return finishBase64(strictBase64(base64), declaredMimeType);
}

ImageSniffer::Result ImageSniffer::decodeBase64(QStringView base64,
                                                const QString &declaredMimeType) {
    if (base64.size() > kMaxEncodedBytes)
        return tooLarge(base64.size());
    return finishBase64(strictBase64(base64), declaredMimeType);
}

ImageSniffer::Result ImageSniffer::finishBase64(std::optional<QByteArray> decoded,
                                                const QString &declaredMimeType) {
    if (!decoded)
        return fail(Error::InvalidBase64,
                    tr("The image data is not valid base64, so it cannot be decoded."));
    if (decoded->isEmpty())
        return fail(Error::Empty, tr("The image data is empty."));
    return finishDecode(std::move(*decoded), declaredMimeType);
}

ImageSniffer::Result ImageSniffer::decodeDataUrl(QStringView url) {
    // The whole URL counts, as received: nothing longer is copied or decoded.
    if (url.size() > kMaxEncodedBytes)
        return tooLarge(url.size());
    if (!isDataUrl(url))
        return fail(Error::NotDataUrl,
                    tr("The image is not a data: URL, so it carries no image bytes."));
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0)
        return fail(Error::NotDataUrl, tr("The data: URL has no comma before its data."));
    const QStringView payload = url.sliced(comma + 1);

    // "data:" [mediatype] [";" param]* [";base64"] ","
    const QStringView header = url.sliced(5, comma - 5);
    const QList<QStringView> fields = header.split(u';');
    QString mime = fields.value(0).trimmed().toString().toLower();
    bool base64 = false;
    for (qsizetype i = 1; i < fields.size(); ++i)
        if (fields[i].trimmed().compare("base64"_L1, Qt::CaseInsensitive) == 0)
            base64 = true;
    if (mime.isEmpty())
        mime = u"text/plain"_s; // RFC 2397's default
    if (!mime.startsWith("image/"_L1)) {
        Result r = fail(Error::NotImage, tr("The data: URL holds %1, not an image.").arg(mime));
        r.declaredMimeType = mime;
        return r;
    }
    if (base64)
        return decodeBase64(payload, mime);
    return finishDecode(QByteArray::fromPercentEncoding(payload.toUtf8()), mime);
}

} // namespace orc
