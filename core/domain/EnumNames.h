#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace orc {

// The stable names of an enum's values (JSON, storage, command lines), kept in one table of
// {value, name} pairs that both directions and the list of names read (several names may
// stand for one value: the first is the one written, the others are read too):
//   constexpr EnumName<Kind> kKindNames[] = {{Kind::A, "a"_L1}, {Kind::B, "b"_L1}};
//   enumName(kKindNames, kind); enumFromName(kKindNames, text); enumNames(kKindNames);
template<typename E>
struct EnumName {
    E value;
    QLatin1String name;
};

// The name of `value`, or `fallback` when the table has none.
template<typename E, std::size_t N>
QString enumName(const EnumName<E> (&table)[N], E value, QLatin1String fallback = {}) {
    for (const EnumName<E> &entry : table)
        if (entry.value == value)
            return entry.name;
    return fallback;
}

// The value named exactly `name`, if any.
template<typename E, std::size_t N>
std::optional<E> enumFromName(const EnumName<E> (&table)[N], QStringView name) {
    for (const EnumName<E> &entry : table)
        if (name == entry.name)
            return entry.value;
    return std::nullopt;
}

// For an enum whose values run 0, 1, 2... with one name each: `names` lists them in that
// order (static_assert its size against the last value), and `fallback` names the rest.
//   constexpr QLatin1String kKindNames[] = {"a"_L1, "b"_L1};
template<typename E, std::size_t N>
QString enumName(const QLatin1String (&names)[N], E value, QLatin1String fallback = {}) {
    const auto index = std::size_t(value);
    return index < N ? QString(names[index]) : QString(fallback);
}

// Every name, in table order.
template<typename E, std::size_t N>
QStringList enumNames(const EnumName<E> (&table)[N]) {
    QStringList names;
    names.reserve(qsizetype(N));
    for (const EnumName<E> &entry : table)
        names.append(entry.name);
    return names;
}

} // namespace orc
