#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace orc {

// The text chunks of a PNG file (tEXt and uncompressed iTXt), read and written on the encoded
// bytes without decoding a pixel and without QtGui. Reading is bounded and tolerant: chunk
// lengths are checked against what is left, CRCs are verified, a text chunk longer than
// kMaxTextBytes or past the kMaxTextChunks-th is skipped, and a damaged chunk ends the walk
// with what was read so far. Pure functions, safe on any thread.
namespace PngText {

inline constexpr qint64 kMaxTextBytes = 1024 * 1024; // one chunk's data
inline constexpr int kMaxTextChunks = 256;
inline constexpr int kMaxChunks = 100'000; // chunks walked before giving up on a file

struct Entry {
    QString keyword; // 1-79 Latin-1 characters
    QString text;
    friend bool operator==(const Entry &, const Entry &) = default;
};

bool hasSignature(QByteArrayView bytes);

// Every readable text chunk, in file order. A device is read from its current position
// (which must be the signature) and seeked past image data when it is not sequential.
QList<Entry> read(QByteArrayView png);
QList<Entry> read(QIODevice *device);

// `png` with `entries` inserted before the first IDAT chunk, after dropping every text chunk
// (tEXt, zTXt, iTXt) whose keyword is in `replace` (so writing twice does not pile chunks up).
// Latin-1 text goes in tEXt, anything else in iTXt (UTF-8). nullopt when `png` is not a
// well-formed PNG (bad signature, a chunk running past the end, no IDAT) or a keyword is
// invalid: the caller keeps the bytes it had.
std::optional<QByteArray> write(QByteArrayView png, const QList<Entry> &entries,
                                const QStringList &replace = {});

// True when `keyword` is a valid PNG text keyword (1-79 printable Latin-1 characters, no
// leading, trailing or double spaces).
bool isValidKeyword(const QString &keyword);

// The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320) over type and data.
quint32 crc32(QByteArrayView bytes);

} // namespace PngText

} // namespace orc
