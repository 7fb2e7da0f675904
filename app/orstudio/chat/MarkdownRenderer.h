#pragma once

#include <QString>
#include <QStringView>

#include <memory>

class QFont;
class QTextDocument;

namespace orc {

struct MarkdownStyle;

// Turns one segment of a message into a QTextDocument styled for display. Markdown goes through
// QTextDocument's GitHub-dialect importer (raw HTML off, so nothing is ever loaded from disk or
// the network), then gets bordered tables, tinted inline and nested code, coloured links,
// muted quotes and images shown as links. Code is built line by line in the monospace font with
// CodeHighlighter colours; its blocks carry BlockCodeFence and BlockCodeLanguage like the
// importer's, so the document says what it is.
class MarkdownRenderer {
public:
    static std::unique_ptr<QTextDocument> renderMarkdown(QStringView markdown,
                                                         const MarkdownStyle &style);
    static std::unique_ptr<QTextDocument> renderCode(const QString &code, const QString &language,
                                                     const MarkdownStyle &style);
    static std::unique_ptr<QTextDocument> renderPlain(const QString &text,
                                                      const MarkdownStyle &style);

private:
    static std::unique_ptr<QTextDocument> newDocument(const QFont &font);
    static void styleDocument(QTextDocument *doc, const MarkdownStyle &style);
};

} // namespace orc
