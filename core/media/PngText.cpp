#include "PngText.h"

#include <QBuffer>
#include <QIODevice>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace orc::PngText {

namespace {

constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype kSignatureBytes = 8;
constexpr quint32 kMaxChunkLength = 0x7FFFFFFFu; // PNG: lengths fit in 31 bits

bool isTextType(QByteArrayView type) {
    return type == "tEXt" || type == "iTXt" || type == "zTXt";
}

bool isLatin1Text(const QString &text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u > 0xFF || (u < 0x20 && u != u'\n') || (u >= 0x7F && u < 0xA1))
            return false;
    }
    return true;
}

QByteArray chunk(QByteArrayView type, QByteArrayView data) {
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out.append(type.data(), type.size());
    out.append(data.data(), data.size());
    QByteArray crc(4, Qt::Uninitialized);
    qToBigEndian<quint32>(crc32(QByteArrayView(out).sliced(4)), crc.data());
    out.append(crc);
    return out;
}

QByteArray encode(const Entry &e) {
    QByteArray data = e.keyword.toLatin1();
    data.append('\0');
    if (isLatin1Text(e.text)) {
        data.append(e.text.toLatin1());
        return chunk("tEXt", data);
    }
    data.append('\0'); // compression flag: none
    data.append('\0'); // compression method
    data.append('\0'); // language tag: none
    data.append('\0'); // translated keyword: none
    data.append(e.text.toUtf8());
    return chunk("iTXt", data);
}

// The keyword of a text chunk's data (everything before the first NUL), or empty.
QByteArrayView keywordOf(QByteArrayView data) {
    const qsizetype nul = data.indexOf('\0');
    return nul <= 0 || nul > 79 ? QByteArrayView() : data.first(nul);
}

std::optional<Entry> decode(QByteArrayView type, QByteArrayView data) {
    const QByteArrayView keyword = keywordOf(data);
    if (keyword.isEmpty())
        return std::nullopt;
    Entry e;
    e.keyword = QString::fromLatin1(keyword);
    QByteArrayView rest = data.sliced(keyword.size() + 1);
    if (type == "tEXt") {
        e.text = QString::fromLatin1(rest);
        return e;
    }
    if (type != "iTXt" || rest.size() < 2 || rest.at(0) != '\0')
        return std::nullopt; // zTXt and compressed iTXt are not read
    rest = rest.sliced(2);
    for (int field = 0; field < 2; ++field) { // language tag, translated keyword
        const qsizetype nul = rest.indexOf('\0');
        if (nul < 0)
            return std::nullopt;
        rest = rest.sliced(nul + 1);
    }
    e.text = QString::fromUtf8(rest);
    return e;
}

} // namespace

quint32 crc32(QByteArrayView bytes) {
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

bool hasSignature(QByteArrayView bytes) {
    return bytes.startsWith(QByteArrayView(kSignature, kSignatureBytes));
}

bool isValidKeyword(const QString &keyword) {
    if (keyword.isEmpty() || keyword.size() > 79 || keyword.startsWith(u' ') ||
        keyword.endsWith(u' ') || keyword.contains("  "_L1))
        return false;
    for (const QChar c : keyword) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u < 0xA1) || u > 0xFF)
            return false;
    }
    return true;
}

QList<Entry> read(QIODevice *device) {
    QList<Entry> entries;
    if (!device || !hasSignature(device->read(kSignatureBytes)))
        return entries;
    for (int chunks = 0; chunks < kMaxChunks; ++chunks) {
        const QByteArray head = device->read(8);
        if (head.size() < 8)
            break; // truncated: keep what was read
        const quint32 length = qFromBigEndian<quint32>(head.constData());
        const QByteArrayView type = QByteArrayView(head).sliced(4);
        if (length > kMaxChunkLength || type == "IEND")
            break;
        const bool wanted =
            isTextType(type) && qint64(length) <= kMaxTextBytes && entries.size() < kMaxTextChunks;
        if (!wanted) {
            const qint64 skip = qint64(length) + 4;
            if (!device->isSequential()) {
                if (device->pos() + skip > device->size() || !device->seek(device->pos() + skip))
                    break;
            } else {
                for (qint64 left = skip; left > 0;) {
                    const QByteArray got = device->read(std::min<qint64>(left, 64 * 1024));
                    if (got.isEmpty())
                        return entries;
                    left -= got.size();
                }
            }
            continue;
        }
        const QByteArray body = device->read(qint64(length) + 4);
        if (body.size() != qint64(length) + 4)
            break;
        const QByteArrayView data = QByteArrayView(body).first(length);
        QByteArray typed = type.toByteArray();
        typed.append(data.data(), data.size());
        if (qFromBigEndian<quint32>(body.constData() + length) != crc32(typed))
            continue; // a damaged chunk: skip it, the next one may be fine
        if (auto entry = decode(type, data))
            entries.append(*entry);
    }
    return entries;
}

QList<Entry> read(QByteArrayView png) {
    QByteArray bytes = QByteArray::fromRawData(png.data(), png.size());
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer);
}

std::optional<QByteArray> write(QByteArrayView png, const QList<Entry> &entries,
                                const QStringList &replace) {
    for (const Entry &e : entries)
        if (!isValidKeyword(e.keyword))
            return std::nullopt;
    if (!hasSignature(png))
        return std::nullopt;
    QByteArray inserted;
    for (const Entry &e : entries)
        inserted.append(encode(e));

    QByteArray out;
    out.reserve(png.size() + inserted.size());
    out.append(png.first(kSignatureBytes));
    qsizetype at = kSignatureBytes;
    bool sawIdat = false;
    bool sawEnd = false;
    while (!sawEnd) {
        if (png.size() - at < 12)
            return std::nullopt; // a chunk needs length, type and CRC
        const quint32 length = qFromBigEndian<quint32>(png.data() + at);
        if (length > kMaxChunkLength || qint64(length) > png.size() - at - 12)
            return std::nullopt;
        const QByteArrayView type = png.sliced(at + 4, 4);
        const QByteArrayView whole = png.sliced(at, qsizetype(length) + 12);
        if (type == "IDAT" && !sawIdat) {
            sawIdat = true;
            out.append(inserted);
        }
        sawEnd = type == "IEND";
        const bool dropped =
            isTextType(type) &&
            replace.contains(QString::fromLatin1(keywordOf(png.sliced(at + 8, length))));
        if (!dropped)
            out.append(whole.data(), whole.size());
        at += whole.size();
    }
    if (!sawIdat)
        return std::nullopt;
    out.append(png.sliced(at).data(), png.size() - at); // bytes after IEND stay as they were
    return out;
}

} // namespace orc::PngText
