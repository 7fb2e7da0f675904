#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringView>

#include <optional>

namespace orc {

// Tells what an encoded image is (format, MIME type, pixel size) from its header alone, and
// decodes the base64 data URLs and `b64_json` payloads image replies carry. Nothing here decodes
// pixels or links QtGui, so a hostile reply costs at most its own bytes: payloads above
// kMaxEncodedBytes are refused before they are decoded, and headers declaring more than
// kMaxPixels (a "pixel bomb": a tiny PNG whose IHDR claims 60000x60000) are refused before
// anything would allocate a pixel buffer. Pure functions, safe on any thread.
//
// Formats: PNG (IHDR), JPEG (first SOFn marker), WebP (VP8, VP8L, VP8X), GIF (logical screen).
class ImageSniffer {
    Q_DECLARE_TR_FUNCTIONS(orc::ImageSniffer)
public:
    // Longest data URL (or bare base64 text) accepted for one image. A real 4K PNG is about
    // 30-50 MiB of base64.
    static constexpr qint64 kMaxEncodedBytes = qint64(64) * 1024 * 1024;
    // Largest pixel count a header may declare (100 megapixels; 4K is 16.8 MP).
    static constexpr qint64 kMaxPixels = 100'000'000;

    enum class Error {
        None,
        TooLarge,      // the encoded payload is longer than kMaxEncodedBytes
        NotDataUrl,    // no "data:" scheme, or no comma ending the header
        NotImage,      // the data URL's media type is not image/*
        InvalidBase64, // characters or padding that base64 does not allow
        Empty,         // no bytes at all
        UnknownFormat, // not PNG, JPEG, WebP or GIF
        Corrupt,       // a known signature followed by an impossible header
        Truncated,     // the bytes end before the header gives the pixel size
        BadDimensions, // a zero width or height
        TooManyPixels, // width x height above kMaxPixels
    };

    struct Header {
        QString format;   // "png", "jpeg", "webp", "gif"
        QString mimeType; // "image/png"...
        QSize size;       // pixels
    };

    struct Result {
        Error error = Error::None;
        QString errorString;      // one translated sentence saying what is wrong
        QByteArray bytes;         // the decoded image (decode functions only)
        QString declaredMimeType; // what the data URL or the API said, lower-cased
        Header header;

        bool ok() const { return error == Error::None; }
    };

    // Reads the header of encoded image bytes; `bytes` of the result stays empty.
    static Result sniff(QByteArrayView bytes);

    // "data:image/png;base64,iVBOR..." -> decoded and sniffed bytes. The header is everything
    // before the first comma; a payload without ";base64" is percent-decoded. The limit applies
    // to the whole URL (a URL longer than kMaxEncodedBytes is refused before anything is copied
    // or decoded).
    static Result decodeDataUrl(QStringView url);

    // A bare base64 payload (the `b64_json` of POST /images); `declaredMimeType` may be empty.
    static Result decodeBase64(QStringView base64, const QString &declaredMimeType = {});
    static Result decodeBase64(QByteArrayView base64, const QString &declaredMimeType = {});

    // Strict base64 (A-Z a-z 0-9 + /, '=' padding only at the end, may be omitted; text
    // wrapped in lines is accepted). nullopt for anything else. No size limit of its own.
    static std::optional<QByteArray> base64Decode(QStringView text);
    static std::optional<QByteArray> base64Decode(QByteArrayView text);

    static bool isDataUrl(QStringView url);
    static QString mimeTypeForFormat(const QString &format); // "png" -> "image/png"
    static QString errorName(Error error);                   // stable: "too_large"...

private:
    static Result fail(Error error, const QString &message);
    static Result tooLarge(qint64 encodedBytes);
    static Result checkSize(Header header);
    static Result sniffPng(QByteArrayView b);
    static Result sniffJpeg(QByteArrayView b);
    static Result sniffWebp(QByteArrayView b);
    static Result sniffGif(QByteArrayView b);
    static Result finishDecode(QByteArray bytes, const QString &declaredMimeType);
    static Result finishBase64(std::optional<QByteArray> decoded, const QString &declaredMimeType);
};

} // namespace orc
