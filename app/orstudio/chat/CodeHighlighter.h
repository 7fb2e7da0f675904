#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace orc {

// Basic syntax colouring for fenced code, in the spirit of a small QSyntaxHighlighter: keywords,
// strings, comments, numbers and a few "type-like" tokens (keys, variables, tags) for the
// languages models write most, chosen by the fence's language word. It tokenises one line at a
// time; `state` carries a block comment or multi-line string over to the next line.
class CodeHighlighter {
public:
    enum class Syntax {
        None,  // unknown language: no colouring
        CLike, // C, C++, Java, C#, JS/TS, Go, Swift, Kotlin, PHP, Dart, Scala, QML, CSS
        Rust,  // C-like plus lifetimes ('a)
        Python,
        Shell,
        Sql,
        Json,
        Yaml,   // YAML, TOML, INI
        Markup, // HTML, XML, SVG
        Ruby,
        Lua,
    };
    enum class Kind { Keyword, String, Comment, Number, Type };
    struct Span {
        int start = 0;
        int length = 0;
        Kind kind = Kind::Keyword;
        bool operator==(const Span &) const = default;
    };

    static Syntax syntaxFor(QStringView fenceLanguage);
    // Spans of `line`, sorted and non-overlapping. `state` is 0 at the start of a block.
    static QList<Span> highlightLine(Syntax syntax, QStringView line, int &state);
};

} // namespace orc
