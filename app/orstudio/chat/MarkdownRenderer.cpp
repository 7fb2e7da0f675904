#include "chat/MarkdownRenderer.h"

#include "chat/CodeHighlighter.h"
#include "chat/MarkdownStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QTextCharFormat syntaxFormat(CodeHighlighter::Kind kind, const MarkdownStyle &style) {
    QTextCharFormat f;
    switch (kind) {
    case CodeHighlighter::Kind::Keyword:
        f.setForeground(style.keyword);
        break;
    case CodeHighlighter::Kind::String:
        f.setForeground(style.string);
        break;
    case CodeHighlighter::Kind::Comment:
        f.setForeground(style.comment);
        f.setFontItalic(true);
        break;
    case CodeHighlighter::Kind::Number:
        f.setForeground(style.number);
        break;
    case CodeHighlighter::Kind::Type:
        f.setForeground(style.type);
        break;
    }
    return f;
}

bool hasCodeProperties(const QTextBlockFormat &f) {
    return f.hasProperty(QTextFormat::BlockCodeFence) ||
           f.hasProperty(QTextFormat::BlockCodeLanguage);
}

bool isMonospace(const QTextCharFormat &f) {
    return f.fontFixedPitch() || f.fontFamilies().toStringList().contains(u"monospace"_s);
}

// Qt 6.4's importer copies a nested code block's format onto the list item after it; real code
// lines are monospace (or empty).
bool isCodeBlock(const QTextBlock &block) {
    if (!hasCodeProperties(block.blockFormat()))
        return false;
    const auto it = block.begin();
    return it.atEnd() || isMonospace(it.fragment().charFormat());
}

struct Range {
    int start;
    int length;
    QTextCharFormat format;
};

void collectTables(QTextFrame *frame, QList<QTextTable *> *out) {
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            out->append(table);
        collectTables(child, out);
    }
}

} // namespace

std::unique_ptr<QTextDocument> MarkdownRenderer::newDocument(const QFont &font) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    return doc;
}

std::unique_ptr<QTextDocument> MarkdownRenderer::renderPlain(const QString &text,
                                                             const MarkdownStyle &style) {
    auto doc = newDocument(style.font);
    doc->setPlainText(text);
    return doc;
}

std::unique_ptr<QTextDocument> MarkdownRenderer::renderCode(const QString &code,
                                                            const QString &language,
                                                            const MarkdownStyle &style) {
    auto doc = newDocument(style.codeFont);
    QTextOption option = doc->defaultTextOption();
    option.setTabStopDistance(4 * QFontMetricsF(style.codeFont).horizontalAdvance(u' '));
    doc->setDefaultTextOption(option);

    QTextBlockFormat block;
    block.setProperty(QTextFormat::BlockCodeFence, QString(u'`'));
    block.setProperty(QTextFormat::BlockCodeLanguage, language);
    QTextCharFormat formats[5];
    for (int k = 0; k < 5; ++k)
        formats[k] = syntaxFormat(CodeHighlighter::Kind(k), style);
    const QTextCharFormat plain;

    const CodeHighlighter::Syntax syntax = CodeHighlighter::syntaxFor(language);
    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    int state = 0;
    qsizetype pos = 0;
    bool first = true;
    while (pos <= code.size()) {
        qsizetype end = code.indexOf(u'\n', pos);
        if (end < 0)
            end = code.size();
        const QStringView line = QStringView(code).sliced(pos, end - pos);
        if (!first)
            cursor.insertBlock(block, plain);
        first = false;
        int at = 0;
        for (const CodeHighlighter::Span &s : CodeHighlighter::highlightLine(syntax, line, state)) {
            if (s.start > at)
                cursor.insertText(line.sliced(at, s.start - at).toString(), plain);
            cursor.insertText(line.sliced(s.start, s.length).toString(), formats[int(s.kind)]);
            at = s.start + s.length;
        }
        if (at < line.size())
            cursor.insertText(line.sliced(at).toString(), plain);
        pos = end + 1;
    }
    cursor.endEditBlock();
    return doc;
}

std::unique_ptr<QTextDocument> MarkdownRenderer::renderMarkdown(QStringView markdown,
                                                                const MarkdownStyle &style) {
    auto doc = newDocument(style.font);
    doc->setMarkdown(markdown.toString(),
                     QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                     QTextDocument::MarkdownNoHTML));
    styleDocument(doc.get(), style);
    return doc;
}

void MarkdownRenderer::styleDocument(QTextDocument *doc, const MarkdownStyle &style) {
    QList<Range> ranges;
    QList<QPair<int, QTextBlockFormat>> blockFormats;
    QList<QPair<int, QString>> images; // position, URL
    QList<int> listRemovals;

    QTextCharFormat inlineCode;
    inlineCode.setBackground(style.inlineCodeBackground);
    inlineCode.setFontFamilies(style.codeFont.families());
    inlineCode.setFontFixedPitch(true);
    QTextCharFormat link;
    link.setForeground(style.link);
    link.setFontUnderline(true);
    QTextCharFormat quote;
    quote.setForeground(style.quoteText);
    QTextCharFormat codeFont;
    codeFont.setFontFamilies(style.codeFont.families());
    codeFont.setFontFixedPitch(true);
    if (style.codeFont.pointSizeF() > 0)
        codeFont.setFontPointSize(style.codeFont.pointSizeF());
    QTextCharFormat formats[5];
    for (int k = 0; k < 5; ++k)
        formats[k] = syntaxFormat(CodeHighlighter::Kind(k), style);

    CodeHighlighter::Syntax syntax = CodeHighlighter::Syntax::None;
    int codeState = 0;
    bool inCode = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat bf = block.blockFormat();
        bool changed = false;
        if (isCodeBlock(block)) {
            // Code nested in a list or quote: tint the block, monospace, colour by language.
            if (!inCode) {
                syntax =
                    CodeHighlighter::syntaxFor(bf.stringProperty(QTextFormat::BlockCodeLanguage));
                codeState = 0;
            }
            inCode = true;
            // The importer makes each line of code nested in a list a list item of its own
            // (numbering the items after it wrongly): it is taken out of the list below.
            if (block.textList())
                listRemovals.append(block.position());
            bf.setNonBreakableLines(false);
            bf.setBackground(style.codeBackground);
            bf.setTopMargin(0);
            bf.setBottomMargin(0);
            changed = true;
            const QString text = block.text();
            ranges.append({block.position(), int(text.size()), codeFont});
            for (const auto &s : CodeHighlighter::highlightLine(syntax, text, codeState))
                ranges.append({block.position() + s.start, s.length, formats[int(s.kind)]});
        } else {
            inCode = false;
            if (hasCodeProperties(bf)) {
                bf.clearProperty(QTextFormat::BlockCodeFence);
                bf.clearProperty(QTextFormat::BlockCodeLanguage);
                bf.clearProperty(QTextFormat::BlockNonBreakableLines);
                changed = true;
            }
            if (bf.headingLevel() > 0) {
                bf.setTopMargin(block == doc->begin() ? 0 : 12);
                bf.setBottomMargin(4);
                changed = true;
            }
            if (bf.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
                bf.setLeftMargin(14.0 * bf.intProperty(QTextFormat::BlockQuoteLevel));
                changed = true;
                ranges.append({block.position(), int(block.length() - 1), quote});
            }
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat cf = fragment.charFormat();
                if (cf.isImageFormat()) {
                    images.append({fragment.position(), cf.toImageFormat().name()});
                    continue;
                }
                if (cf.isAnchor())
                    ranges.append({fragment.position(), fragment.length(), link});
                else if (isMonospace(cf))
                    ranges.append({fragment.position(), fragment.length(), inlineCode});
            }
        }
        if (changed)
            blockFormats.append({block.position(), bf});
    }

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (const auto &[position, format] : std::as_const(blockFormats)) {
        cursor.setPosition(position);
        cursor.setBlockFormat(format);
    }
    for (int position : std::as_const(listRemovals)) {
        const QTextBlock block = doc->findBlock(position);
        if (QTextList *list = block.textList())
            list->remove(block); // keeps the list's indentation
    }
    for (const Range &r : std::as_const(ranges)) {
        if (r.length <= 0)
            continue;
        cursor.setPosition(r.start);
        cursor.setPosition(r.start + r.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(r.format);
    }
    // Images are never fetched: each becomes a link to its address (last first, so earlier
    // positions stay valid).
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat f = link;
        const QUrl url(it->second);
        if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) {
            f.setAnchor(true);
            f.setAnchorHref(it->second);
        }
        cursor.insertText(
            QCoreApplication::translate("orc::MarkdownRenderer", "[image: %1]")
                .arg(it->second.size() > 80 ? it->second.left(77) + u"..."_s : it->second),
            f);
    }

    QList<QTextTable *> tables;
    collectTables(doc->rootFrame(), &tables);
    for (QTextTable *table : std::as_const(tables)) {
        QTextTableFormat tf = table->format();
        tf.setBorder(1);
        tf.setBorderBrush(style.tableBorder);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setBorderCollapse(true);
        tf.setCellSpacing(0);
        tf.setCellPadding(5);
        tf.setTopMargin(4);
        tf.setBottomMargin(4);
        table->setFormat(tf);
        for (int c = 0; c < table->columns(); ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(style.tableHeaderBackground);
            cell.setFormat(cf);
        }
    }

    // Spacing between segments is the view's job: no margin above the first block or below
    // the last one.
    QTextBlock first = doc->begin();
    QTextBlockFormat ff = first.blockFormat();
    if (ff.topMargin() != 0) {
        ff.setTopMargin(0);
        cursor.setPosition(first.position());
        cursor.setBlockFormat(ff);
    }
    QTextBlock last = doc->lastBlock();
    QTextBlockFormat lf = last.blockFormat();
    if (lf.bottomMargin() != 0) {
        lf.setBottomMargin(0);
        cursor.setPosition(last.position());
        cursor.setBlockFormat(lf);
    }
    cursor.endEditBlock();
}

} // namespace orc
