#include "chat/CodeHighlighter.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

enum State { Normal = 0, BlockComment = 1, TripleDouble = 2, TripleSingle = 3 };

QSet<QString> wordSet(const char *words) {
    QSet<QString> set;
    for (const QString &w : QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts))
        set.insert(w);
    return set;
}

const QSet<QString> &keywords(CodeHighlighter::Syntax syntax) {
    using S = CodeHighlighter::Syntax;
    static const QSet<QString> clike = wordSet(
        "if else for while do switch case default break continue return goto try catch finally "
        "throw throws class struct enum union interface namespace using typedef typename "
        "template public private protected internal virtual override final static const "
        "constexpr consteval constinit volatile mutable extern inline explicit friend operator "
        "sizeof alignof decltype noexcept auto void bool char int long short float double "
        "signed unsigned true false nullptr null NULL new delete this super import export "
        "package from extends implements function var let fn pub mut impl trait match use mod "
        "self Self crate async await yield func type go defer chan select range map struct "
        "where as in is of instanceof typeof val fun object companion when lateinit readonly "
        "declare abstract sealed record string boolean number any unknown never undefined "
        "echo println elif guard let init deinit protocol extension lambda dynamic str i8 i16 "
        "i32 i64 i128 u8 u16 u32 u64 u128 usize isize f32 f64 loop unsafe move ref dyn");
    static const QSet<QString> python =
        wordSet("False None True and as assert async await break class continue def del elif else "
                "except finally for from global if import in is lambda nonlocal not or pass raise "
                "return try while with yield match case self print");
    static const QSet<QString> shell =
        wordSet("if then else elif fi for in do done while until case esac function return local "
                "export readonly declare unset set shift exit source alias echo cd sudo");
    static const QSet<QString> sql =
        wordSet("select from where and or not insert into values update set delete create table "
                "drop alter add index on join left right inner outer full cross group by order "
                "having limit offset as distinct union all exists in is null primary key foreign "
                "references default unique check view with case when then else end begin commit "
                "rollback transaction integer int text varchar real blob boolean date like between "
                "asc desc count sum avg min max returning if");
    static const QSet<QString> json = wordSet("true false null");
    static const QSet<QString> yaml = wordSet("true false null yes no on off");
    static const QSet<QString> ruby = wordSet(
        "alias and begin break case class def defined? do else elsif end ensure false for if "
        "in module next nil not or redo rescue retry return self super then true undef unless "
        "until when while yield require attr_accessor puts");
    static const QSet<QString> lua = wordSet(
        "and break do else elseif end false for function goto if in local nil not or repeat "
        "return then true until while require");
    static const QSet<QString> none;
    switch (syntax) {
    case S::CLike:
    case S::Rust:
        return clike;
    case S::Python:
        return python;
    case S::Shell:
        return shell;
    case S::Sql:
        return sql;
    case S::Json:
        return json;
    case S::Yaml:
        return yaml;
    case S::Ruby:
        return ruby;
    case S::Lua:
        return lua;
    case S::None:
    case S::Markup:
        break;
    }
    return none;
}

bool isIdentStart(QChar c) {
    return c.isLetter() || c == u'_';
}
bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

// Length of a number literal at `i` (0 when there is none): decimal, hex, binary, exponent,
// digit separators and type suffixes.
qsizetype numberLength(QStringView line, qsizetype i) {
    if (i > 0 && (isIdentChar(line[i - 1]) || line[i - 1] == u'.'))
        return 0;
    qsizetype j = i;
    if (j < line.size() && line[j] == u'.' && j + 1 < line.size() && line[j + 1].isDigit())
        ++j;
    if (j >= line.size() || !line[j].isDigit())
        return 0;
    if (line[j] == u'0' && j + 1 < line.size() &&
        (line[j + 1] == u'x' || line[j + 1] == u'X' || line[j + 1] == u'b' || line[j + 1] == u'B'))
        j += 2;
    while (j < line.size()) {
        const QChar c = line[j];
        if (c.isLetterOrNumber() || c == u'_' || c == u'\'' ||
            (c == u'.' && j + 1 < line.size() && line[j + 1].isDigit()))
            ++j;
        else if ((c == u'+' || c == u'-') && (line[j - 1] == u'e' || line[j - 1] == u'E'))
            ++j;
        else
            break;
    }
    return j - i;
}

// Index after the closing `quote` (or the line end when it is missing), honouring backslashes.
qsizetype stringEnd(QStringView line, qsizetype i, QChar quote, bool escapes) {
    qsizetype j = i + 1;
    while (j < line.size()) {
        if (escapes && line[j] == u'\\') {
            j += 2;
            continue;
        }
        if (line[j] == quote)
            return j + 1;
        ++j;
    }
    return line.size();
}

struct Rules {
    QStringList lineComments;
    QString blockOpen;
    QString blockClose;
    QString quotes = u"\"'"_s;
    bool tripleQuotes = false;
    bool caseInsensitive = false;
    bool hashOnlyAfterSpace = false; // shell: "a#b" is not a comment
};

Rules rulesFor(CodeHighlighter::Syntax syntax) {
    using S = CodeHighlighter::Syntax;
    Rules r;
    switch (syntax) {
    case S::CLike:
    case S::Rust:
        r.lineComments = {u"//"_s};
        r.blockOpen = u"/*"_s;
        r.blockClose = u"*/"_s;
        r.quotes = u"\"'`"_s;
        break;
    case S::Python:
        r.lineComments = {u"#"_s};
        r.tripleQuotes = true;
        break;
    case S::Shell:
        r.lineComments = {u"#"_s};
        r.hashOnlyAfterSpace = true;
        break;
    case S::Sql:
        r.lineComments = {u"--"_s};
        r.blockOpen = u"/*"_s;
        r.blockClose = u"*/"_s;
        r.caseInsensitive = true;
        break;
    case S::Json:
        r.quotes = u"\""_s;
        break;
    case S::Yaml:
        r.lineComments = {u"#"_s};
        r.hashOnlyAfterSpace = true;
        break;
    case S::Markup:
        r.blockOpen = u"<!--"_s;
        r.blockClose = u"-->"_s;
        break;
    case S::Ruby:
        r.lineComments = {u"#"_s};
        break;
    case S::Lua:
        r.lineComments = {u"--"_s};
        break;
    case S::None:
        break;
    }
    return r;
}

} // namespace

CodeHighlighter::Syntax CodeHighlighter::syntaxFor(QStringView fenceLanguage) {
    static const QHash<QString, Syntax> table = [] {
        QHash<QString, Syntax> t;
        const auto add = [&t](const char *names, Syntax s) {
            for (const QString &n : QString::fromLatin1(names).split(u' ', Qt::SkipEmptyParts))
                t.insert(n, s);
        };
        add("c h cpp c++ cxx cc hpp hxx hh objc objective-c objectivec java js javascript jsx "
            "mjs cjs ts typescript tsx cs csharp c# go golang swift kotlin kt kts php "
            "dart scala qml css scss less glsl hlsl cuda zig v groovy gradle solidity",
            Syntax::CLike);
        add("rust rs", Syntax::Rust);
        add("py python python3 py3 gyp pyi ipython", Syntax::Python);
        add("sh bash zsh shell console shellsession fish ksh ps1 powershell pwsh bat cmd "
            "dockerfile docker makefile make",
            Syntax::Shell);
        add("sql sqlite mysql postgres postgresql psql plsql tsql", Syntax::Sql);
        add("json jsonc json5 jsonl ndjson geojson", Syntax::Json);
        add("yaml yml toml ini cfg conf properties env dotenv", Syntax::Yaml);
        add("html htm xml xhtml svg vue svelte plist xaml ui qrc", Syntax::Markup);
        add("rb ruby rake gemspec", Syntax::Ruby);
        add("lua luau", Syntax::Lua);
        return t;
    }();
    return table.value(fenceLanguage.trimmed().toString().toLower(), Syntax::None);
}

QList<CodeHighlighter::Span> CodeHighlighter::highlightLine(Syntax syntax, QStringView line,
                                                            int &state) {
    QList<Span> spans;
    if (syntax == Syntax::None) {
        state = Normal;
        return spans;
    }
    const Rules rules = rulesFor(syntax);
    const QSet<QString> &words = keywords(syntax);
    const auto add = [&spans](qsizetype start, qsizetype end, Kind kind) {
        if (end > start)
            spans.append(Span{int(start), int(end - start), kind});
    };

    qsizetype i = 0;
    const qsizetype n = line.size();
    // Continue what the previous line left open.
    if (state == BlockComment) {
        const qsizetype close = line.indexOf(rules.blockClose);
        if (close < 0) {
            add(0, n, Kind::Comment);
            return spans;
        }
        i = close + rules.blockClose.size();
        add(0, i, Kind::Comment);
        state = Normal;
    } else if (state == TripleDouble || state == TripleSingle) {
        const QString close = state == TripleDouble ? u"\"\"\""_s : u"'''"_s;
        const qsizetype end = line.indexOf(close);
        if (end < 0) {
            add(0, n, Kind::String);
            return spans;
        }
        i = end + 3;
        add(0, i, Kind::String);
        state = Normal;
    }

    bool lineStart = true; // only whitespace so far (YAML keys, shell comments)
    while (i < n) {
        const QChar c = line[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // Line comments.
        bool comment = false;
        for (const QString &lc : rules.lineComments) {
            if (line.sliced(i).startsWith(lc) &&
                (!rules.hashOnlyAfterSpace || i == 0 || line[i - 1].isSpace())) {
                comment = true;
                break;
            }
        }
        if (comment) {
            add(i, n, Kind::Comment);
            break;
        }
        // Block comments.
        if (!rules.blockOpen.isEmpty() && line.sliced(i).startsWith(rules.blockOpen)) {
            const qsizetype close = line.indexOf(rules.blockClose, i + rules.blockOpen.size());
            if (close < 0) {
                add(i, n, Kind::Comment);
                state = BlockComment;
                break;
            }
            add(i, close + rules.blockClose.size(), Kind::Comment);
            i = close + rules.blockClose.size();
            lineStart = false;
            continue;
        }
        // Strings (Python triple quotes may span lines).
        if (rules.tripleQuotes &&
            (line.sliced(i).startsWith(u"\"\"\"") || line.sliced(i).startsWith(u"'''"))) {
            const QStringView quote = line.sliced(i, 3);
            const qsizetype close = line.indexOf(quote, i + 3);
            if (close < 0) {
                add(i, n, Kind::String);
                state = quote.front() == u'"' ? TripleDouble : TripleSingle;
                break;
            }
            add(i, close + 3, Kind::String);
            i = close + 3;
            lineStart = false;
            continue;
        }
        if (rules.quotes.contains(c) && syntax != Syntax::Markup) {
            // Rust lifetimes ('a, 'static) are not strings: a quote, an identifier and no
            // closing quote right after its first character.
            if (syntax == Syntax::Rust && c == u'\'' && i + 2 < n && isIdentStart(line[i + 1]) &&
                line[i + 2] != u'\'') {
                qsizetype j = i + 1;
                while (j < n && isIdentChar(line[j]))
                    ++j;
                if (j >= n || line[j] != u'\'') {
                    add(i, j, Kind::Type);
                    i = j;
                    lineStart = false;
                    continue;
                }
            }
            const qsizetype end = stringEnd(line, i, c, syntax != Syntax::Sql);
            Kind kind = Kind::String;
            if (syntax == Syntax::Json) {
                qsizetype k = end;
                while (k < n && line[k].isSpace())
                    ++k;
                if (k < n && line[k] == u':')
                    kind = Kind::Type; // an object key
            }
            add(i, end, kind);
            i = end;
            lineStart = false;
            continue;
        }
        if (syntax == Syntax::Markup) {
            if (c == u'<') {
                qsizetype j = i + 1;
                if (j < n && (line[j] == u'/' || line[j] == u'?' || line[j] == u'!'))
                    ++j;
                while (j < n && (isIdentChar(line[j]) || line[j] == u'-' || line[j] == u':' ||
                                 line[j] == u'.'))
                    ++j;
                add(i, j, Kind::Keyword);
                i = j;
                continue;
            }
            if (c == u'"' || c == u'\'') {
                const qsizetype end = stringEnd(line, i, c, false);
                add(i, end, Kind::String);
                i = end;
                continue;
            }
            if (isIdentStart(c)) {
                qsizetype j = i;
                while (j < n && (isIdentChar(line[j]) || line[j] == u'-' || line[j] == u':'))
                    ++j;
                if (j < n && line[j] == u'=')
                    add(i, j, Kind::Type); // attribute name
                i = j;
                continue;
            }
            ++i;
            continue;
        }
        // Shell variables: $NAME, ${NAME}.
        if (syntax == Syntax::Shell && c == u'$' && i + 1 < n) {
            qsizetype j = i + 1;
            if (line[j] == u'{') {
                const qsizetype close = line.indexOf(u'}', j);
                j = close < 0 ? n : close + 1;
            } else {
                while (j < n && isIdentChar(line[j]))
                    ++j;
            }
            add(i, j, Kind::Type);
            i = j;
            lineStart = false;
            continue;
        }
        if (const qsizetype len = numberLength(line, i)) {
            add(i, i + len, Kind::Number);
            i += len;
            lineStart = false;
            continue;
        }
        if (isIdentStart(c) || c == u'@' || c == u'#') {
            qsizetype j = i + 1;
            while (j < n && (isIdentChar(line[j]) || (syntax == Syntax::Yaml && line[j] == u'-')))
                ++j;
            const QStringView word = line.sliced(i, j - i);
            if (syntax == Syntax::Yaml && lineStart) {
                qsizetype k = j;
                while (k < n && line[k] == u' ')
                    ++k;
                if (k < n && (line[k] == u':' || line[k] == u'=')) {
                    add(i, j, Kind::Type); // a key
                    i = j;
                    lineStart = false;
                    continue;
                }
            }
            if (c == u'#' && (syntax == Syntax::CLike || syntax == Syntax::Rust) && lineStart) {
                add(i, j, Kind::Keyword); // preprocessor directive
            } else if (c == u'@' && j > i + 1) {
                add(i, j, Kind::Type); // decorator / annotation
            } else if (rules.caseInsensitive ? words.contains(word.toString().toLower())
                                             : words.contains(word.toString())) {
                add(i, j, Kind::Keyword);
            } else if ((syntax == Syntax::CLike || syntax == Syntax::Rust) && c.isUpper() &&
                       j - i > 1 && j < n &&
                       (line[j] == u'<' || line[j] == u':' || line[j] == u' ' || line[j] == u'&' ||
                        line[j] == u'*' || line[j] == u'>' || line[j] == u'(' || line[j] == u'{' ||
                        line[j] == u'.')) {
                add(i, j, Kind::Type); // a capitalised name: a type, by convention
            }
            i = j;
            lineStart = false;
            continue;
        }
        lineStart = false;
        ++i;
    }
    return spans;
}

} // namespace orc
