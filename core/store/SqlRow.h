#pragma once

// Reading a result row into a value's members, and binding optional values, the same way in
// every store: a NULL column is an unset optional, times are UTC milliseconds since the epoch.

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace orc::sql {

inline void read(const QVariant &v, qint64 &out) {
    out = v.toLongLong();
}
inline void read(const QVariant &v, int &out) {
    out = v.toInt();
}
inline void read(const QVariant &v, double &out) {
    out = v.toDouble();
}
inline void read(const QVariant &v, bool &out) {
    out = v.toBool();
}
inline void read(const QVariant &v, QString &out) {
    out = v.toString();
}
inline void read(const QVariant &v, QDateTime &out) {
    out = QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}
template<typename T>
void read(const QVariant &v, std::optional<T> &out) {
    out.reset();
    if (!v.isNull())
        read(v, out.emplace());
}

// Reads the current row's columns `first`, `first + 1`, … into `out…`, in order.
template<typename... T>
void readColumns(const QSqlQuery &q, int first, T &...out) {
    int column = first;
    (read(q.value(column++), out), ...);
}

// A value to bind: NULL (of the right type) for an unset optional.
template<typename T>
QVariant bindable(const std::optional<T> &v) {
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

// "" for a null string: the value to bind to a NOT NULL text column.
inline QString notNull(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace orc::sql
