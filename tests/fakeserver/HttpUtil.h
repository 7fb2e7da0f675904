#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Small helpers shared by the fake server's pieces: status texts, dates, JSON escaping, gzip.
namespace orc::fake::http {

QByteArray reasonPhrase(int status);       // "OK", "Too Many Requests", ...
QByteArray httpDate(const QDateTime &utc); // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
QByteArray compactJson(const QJsonObject &object);

// Appends `utf8` as a JSON string literal (with quotes): escapes '"', '\\' and control
// characters, keeps other UTF-8 bytes raw as OpenRouter does.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

quint32 crc32(QByteArrayView data, quint32 crc = 0);
QByteArray gzip(QByteArrayView data); // RFC 1952 member, level 6
bool acceptsGzip(const QByteArray &acceptEncoding);

QByteArray randomAlnum(int length); // [A-Za-z0-9]
QByteArray randomHex(int length);   // [0-9a-f]
QString generationId();             // gen-<unix seconds>-<20 alphanumerics>

} // namespace orc::fake::http
