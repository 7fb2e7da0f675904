#pragma once

// One table of (JSON key, member) drives both directions of the field-by-field part of a
// domain value's codec, so that a struct's readers and writers cannot drift apart and the
// structs do not each spell out the same dozen assignments. Reading uses the tolerant readers
// of ModelJson_p.h (they never fail); what does not fit a table (renamed keys, nested objects,
// special nulls) stays written out beside it.

#include "domain/ModelJson_p.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <span>
#include <variant>

namespace orc::detail {

template<typename T>
struct JsonField {
    QLatin1StringView key;
    std::variant<QString T::*, qint64 T::*, double T::*, bool T::*, std::optional<double> T::*,
                 std::optional<bool> T::*, QStringList T::*>
        member;
};

// The table of `members` under `keys` (space-separated, in the same order). Evaluated at
// compile time: a count of keys that differs from the count of members does not compile.
template<typename T, std::size_t N, typename... M>
consteval std::array<JsonField<T>, sizeof...(M)> jsonFields(const char (&keys)[N],
                                                            M T::*...members) {
    std::array<QLatin1StringView, sizeof...(M)> names{};
    std::size_t count = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < N; ++i) {
        if (i + 1 < N && keys[i] != ' ')
            continue;
        if (i > start) {
            if (count == sizeof...(M))
                throw "jsonFields: more keys than members";
            names[count++] = QLatin1StringView(keys + start, qsizetype(i - start));
        }
        start = i + 1;
    }
    if (count != sizeof...(M))
        throw "jsonFields: fewer keys than members";
    std::size_t next = 0;
    return {JsonField<T>{names[next++], members}...};
}

inline void readInto(const QJsonValue &v, QString &out) {
    out = readString(v);
}
inline void readInto(const QJsonValue &v, qint64 &out) {
    out = readCount(v);
}
inline void readInto(const QJsonValue &v, double &out) {
    out = readNumber(v).value_or(0.0);
}
inline void readInto(const QJsonValue &v, bool &out) {
    out = readBool(v);
}
inline void readInto(const QJsonValue &v, std::optional<double> &out) {
    out = readNumber(v);
}
inline void readInto(const QJsonValue &v, std::optional<bool> &out) {
    out = readOptionalBool(v);
}
inline void readInto(const QJsonValue &v, QStringList &out) {
    out = readStringList(v);
}

inline QJsonValue jsonOf(const QString &s) {
    return s;
}
inline QJsonValue jsonOf(qint64 n) {
    return n;
}
inline QJsonValue jsonOf(double n) {
    return n;
}
inline QJsonValue jsonOf(bool b) {
    return b;
}
inline QJsonValue jsonOf(const std::optional<double> &n) {
    return numberOrNull(n);
}
inline QJsonValue jsonOf(const std::optional<bool> &b) {
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}
inline QJsonValue jsonOf(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

// Whether a value counts as "not given" (Absent::Omit leaves its key out).
template<typename V>
bool isUnset(const V &v) {
    if constexpr (std::is_arithmetic_v<V>)
        return false;
    else if constexpr (requires { v.has_value(); })
        return !v.has_value();
    else
        return v.isEmpty();
}

// Sets every member of `fields` from `o` (absent keys read as "not given").
template<typename T>
void readFields(const QJsonObject &o, T &t, std::span<const JsonField<T>> fields) {
    for (const JsonField<T> &f : fields)
        std::visit([&](auto member) { readInto(o.value(f.key), t.*member); }, f.member);
}

enum class Absent { Write, Omit };

// Writes every member of `fields` into `o`; with Absent::Omit, unset optionals and empty
// strings and lists are left out (numbers and booleans are always written).
template<typename T>
void writeFields(QJsonObject &o, const T &t, std::span<const JsonField<T>> fields,
                 Absent absent = Absent::Write) {
    for (const JsonField<T> &f : fields)
        std::visit(
            [&](auto member) {
                if (absent == Absent::Write || !isUnset(t.*member))
                    o.insert(f.key, jsonOf(t.*member));
            },
            f.member);
}

// The objects of `array` read with T::fromJson, those that `keep` accepts, in order.
template<typename T, typename Keep>
QList<T> listFromJson(const QJsonArray &array, Keep keep) {
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            continue;
        T entry = T::fromJson(v.toObject());
        if (keep(entry))
            out.append(std::move(entry));
    }
    return out;
}

} // namespace orc::detail
