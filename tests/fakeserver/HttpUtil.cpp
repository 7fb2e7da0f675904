#include "HttpUtil.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QtEndian>

#include <array>

namespace orc::fake::http {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 402:
        return QByteArrayLiteral("Payment Required");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 422:
        return QByteArrayLiteral("Unprocessable Content");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray httpDate(const QDateTime &utc) {
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray compactJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void appendJsonString(QByteArray &out, QByteArrayView utf8) {
    static constexpr char hex[] = "0123456789abcdef";
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out.append(utf8.data() + runStart, utf8.size() - runStart);
    out.append('"');
}

quint32 crc32(QByteArrayView data, quint32 crc) {
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (char ch : data)
        crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xff] ^ (crc >> 8);
    return ~crc;
}

QByteArray gzip(QByteArrayView data) {
    // qCompress = 4-byte big-endian length + zlib stream (2-byte header, deflate, adler32).
    const QByteArray z = qCompress(reinterpret_cast<const uchar *>(data.data()),
                                   static_cast<qsizetype>(data.size()), 6);
    const QByteArrayView deflate = QByteArrayView(z).sliced(6, z.size() - 10);
    QByteArray out;
    out.reserve(deflate.size() + 18);
    static const char header[10] = {'\x1f', '\x8b', 8, 0, 0, 0, 0, 0, 0, '\xff'};
    out.append(header, 10);
    out.append(deflate.data(), deflate.size());
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(static_cast<quint32>(data.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}

bool acceptsGzip(const QByteArray &acceptEncoding) {
    for (const QByteArray &part : acceptEncoding.split(',')) {
        const QByteArray coding = part.trimmed().toLower();
        if (coding == "gzip" || coding.startsWith("gzip;")) {
            return !coding.contains("q=0") || coding.contains("q=0.");
        }
    }
    return false;
}

QByteArray randomAlnum(int length) {
    static constexpr char chars[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = chars[QRandomGenerator::global()->bounded(62)];
    return out;
}

QByteArray randomHex(int length) {
    static constexpr char chars[] = "0123456789abcdef";
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        out[i] = chars[QRandomGenerator::global()->bounded(16)];
    return out;
}

QString generationId() {
    return QStringLiteral("gen-%1-%2")
        .arg(QDateTime::currentSecsSinceEpoch())
        .arg(QLatin1String(randomAlnum(20)));
}

} // namespace orc::fake::http
