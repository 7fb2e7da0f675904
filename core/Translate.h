#pragma once

#include <QCoreApplication>

#include <algorithm>
#include <cstddef>

namespace orc {

// A context name as a template argument: fileTr<"orc::RoutingCache">.
template<std::size_t N>
struct TrContext {
    char name[N];
    constexpr TrContext(const char (&s)[N]) { std::copy_n(s, N, name); } // NOLINT: implicit
};

// Translation of `text` in `Context`. A .cpp whose free functions show text names its context
// once, `constexpr auto tr = fileTr<"orc::Class">;`, the class whose member functions lupdate
// attributes the file's tr() calls to, so both find the same translations.
template<TrContext Context>
QString fileTr(const char *text) {
    return QCoreApplication::translate(Context.name, text);
}

} // namespace orc
