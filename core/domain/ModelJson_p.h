#pragma once

// Tolerant readers and writers for the catalogue's JSON, shared by ModelInfo.cpp and
// ModelPricing.cpp. The catalogue adds fields without notice and sometimes sends numbers as
// strings (or the reverse); none of the readers ever fail, they fall back to "not given".

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace orc::detail {

// A JSON number or a numeric string; nullopt for anything else, NaN and infinities.
std::optional<double> readNumber(const QJsonValue &value);

// A string; numbers and booleans are written out, anything else gives a null QString.
QString readString(const QJsonValue &value);
// Like readString, but null stays a null QString (hugging_face_id: "" for closed models, null
// for routers).
QString readNullableString(const QJsonValue &value);
QJsonValue nullableString(const QString &s);             // null for a null QString
QJsonValue nonEmptyOrNull(const QString &s);             // null for ""
QJsonValue numberOrNull(const std::optional<double> &n); // null for nullopt

// A non-negative count; 0 for null, garbage and negative values.
qint64 readCount(const QJsonValue &value);
QJsonValue countOrNull(qint64 n); // null for 0

// A boolean, also from numbers (non-zero) and "true"/"false", "1"/"0", "yes"/"no";
// `fallback` for anything else. readOptionalBool gives nullopt for absent or null.
bool readBool(const QJsonValue &value, bool fallback = false);
std::optional<bool> readOptionalBool(const QJsonValue &value);

// An array of strings (trimmed, empty ones dropped); a single comma-separated string is
// accepted too.
QStringList readStringList(const QJsonValue &value, bool lowerCase = false);
QJsonValue stringListOrNull(const QStringList &list);

// "YYYY-MM-DD", also the date part of a full ISO timestamp.
QDate readDate(const QJsonValue &value);
QJsonValue dateOrNull(const QDate &date);
// Unix seconds (number or numeric string; milliseconds are recognised by their size) or an
// ISO 8601 string, in whole UTC seconds; invalid when absent or not positive.
QDateTime readTimestamp(const QJsonValue &value);

// The list without duplicates, in order.
QStringList normalisedModalities(const QStringList &list);
// "text+image->text" -> input {text, image}, output {text}; fills only empty lists.
void modalitiesFromString(const QString &modality, QStringList *input, QStringList *output);

} // namespace orc::detail
