// Markdown rendering of replies: segment splitting (and its prefix stability, which incremental
// streaming relies on), syntax colouring, the rendered QTextDocuments (tables, code blocks with
// their language, links, quotes, images never loaded), and MarkdownView's links, selection and
// per-code-block Copy buttons.
#include "chat/CodeHighlighter.h"
#include "chat/MarkdownDocument.h"
#include "chat/MarkdownSplitter.h"
#include "chat/MarkdownStyle.h"
#include "chat/MarkdownView.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace orc;

namespace {

std::shared_ptr<const MarkdownStyle> testStyle() {
    return std::make_shared<const MarkdownStyle>(
        MarkdownStyle::fromPalette(QApplication::palette(), QApplication::font()));
}

const QString kReply = QStringLiteral(
    "## Results\n\nSee [the docs](https://example.com/docs) and `inline()`.\n\n"
    "| Name | Score |\n|------|-------|\n| alpha | 10 |\n| beta | 7 |\n\n"
    "> quoted line\n\n"
    "```cpp\nint main() {\n    return 42; // answer\n}\n```\n\n"
    "1. first\n2. second\n   ```python\n   x = \"s\"  # note\n   ```\n3. third\n\nDone.\n");

QList<QTextTable *> tablesIn(QTextDocument *doc) {
    QList<QTextTable *> out;
    QList<QTextFrame *> frames{doc->rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame *f = frames.takeFirst();
        if (auto *t = qobject_cast<QTextTable *>(f))
            out << t;
        frames << f->childFrames();
    }
    return out;
}

// A long reply mixing every block kind, for the splitter and streaming checks.
QString longReply() {
    QString s;
    for (int i = 0; i < 12; ++i) {
        s += u"### Part %1\n\nSome prose that goes on for a while, with **bold** text and a "
             u"[link](https://example.com/%1) in it, long enough to wrap.\n\n"_s.arg(i);
        s += u"- item one\n- item two\n\n  continued item two\n- item three\n\n"_s;
        s += u"```js\nconst x%1 = %1;\n\nconsole.log(x%1); // log\n```\n"_s.arg(i);
        s += u"| a | b |\n|---|---|\n| %1 | %2 |\n\n"_s.arg(i).arg(i * 2);
        s += u"> quote %1\n\n    indented code\n\nText after.\n\n"_s.arg(i);
    }
    return s;
}

} // namespace

// Receives what QDesktopServices::openUrl() would hand to the browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestTranscriptMarkdown : public QObject {
    Q_OBJECT

private slots:
    void splitterSeparatesTopLevelCode() {
        const QString text = u"Intro\n\n```cpp\nint a;\n\nint b;\n```\nAfter\n"_s;
        const auto segs = MarkdownSplitter::split(text);
        QCOMPARE(segs.size(), 3);
        QVERIFY(!segs[0].code);
        QVERIFY(segs[1].code);
        QCOMPARE(segs[1].language, u"cpp"_s);
        QCOMPARE(MarkdownSplitter::codeText(text, segs[1]), u"int a;\n\nint b;"_s);
        QVERIFY(!segs[2].code);
        QCOMPARE(text.sliced(segs[2].start, segs[2].end - segs[2].start), u"After\n"_s);
    }

    void splitterKeepsListsAndNestedCodeTogether() {
        // A fence indented under a list item and blank lines inside a list are not boundaries.
        const QString filler = QString(MarkdownSplitter::kTargetChars, u'x') + u"\n\n"_s;
        const QString text =
            filler + u"1. one\n\n2. two\n   ```sh\n   ls\n\n   pwd\n   ```\n3. three\n"_s;
        const auto segs = MarkdownSplitter::split(text);
        QCOMPARE(segs.size(), 2);
        QVERIFY(!segs[1].code);
        QCOMPARE(segs[1].start, filler.size());
        QCOMPARE(segs[1].end, text.size());
    }

    void splitterHandlesOpenFencesAndIndentation() {
        const QString text = u"  ```py\n  a = 1\n    b = 2\n"_s;
        const auto segs = MarkdownSplitter::split(text);
        QCOMPARE(segs.size(), 1);
        QVERIFY(segs[0].code);
        QCOMPARE(segs[0].decidedAt, -1);
        QCOMPARE(MarkdownSplitter::codeText(text, segs[0]), u"a = 1\n  b = 2"_s);
        // A closing fence on the unfinished last line already ends the code.
        const QString closing = u"```\ncode\n```"_s;
        const auto closed = MarkdownSplitter::split(closing);
        QCOMPARE(MarkdownSplitter::codeText(closing, closed.last()), u"code"_s);
    }

    void splitterIsPrefixStable() {
        const QString full = longReply();
        const auto all = MarkdownSplitter::split(full);
        QVERIFY(all.size() > 20);
        for (qsizetype n = 0; n <= full.size(); n += 7) {
            const auto part = MarkdownSplitter::split(QStringView(full).first(n));
            for (qsizetype i = 0; i + 1 < part.size(); ++i) {
                if (!(part[i] == all[i]))
                    QFAIL(qPrintable(u"segment %1 differs at prefix %2"_s.arg(i).arg(n)));
            }
        }
        // Resuming at any segment start gives the same tail.
        for (qsizetype i = 0; i < all.size(); ++i) {
            const auto tail = MarkdownSplitter::split(full, all[i].start);
            QCOMPARE(tail, all.mid(i));
        }
    }

    void highlighter_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected"); // "kind:text" joined by '|'
        QTest::newRow("cpp") << u"cpp"_s << u"int x = 0x1F; // note"_s
                             << u"k:int|n:0x1F|c:// note"_s;
        QTest::newRow("cpp string")
            << u"c++"_s << u"auto s = \"a\\\"b\";"_s << u"k:auto|s:\"a\\\"b\""_s;
        QTest::newRow("python") << u"python"_s << u"def f(x): return 'y'  # c"_s
                                << u"k:def|k:return|s:'y'|c:# c"_s;
        QTest::newRow("json key") << u"json"_s << u"{\"a\": 1.5e3, \"b\": true}"_s
                                  << u"t:\"a\"|n:1.5e3|t:\"b\"|k:true"_s;
        QTest::newRow("shell") << u"bash"_s << u"echo $HOME # home"_s
                               << u"k:echo|t:$HOME|c:# home"_s;
        QTest::newRow("sql") << u"sql"_s << u"SELECT id FROM t -- all"_s
                             << u"k:SELECT|k:FROM|c:-- all"_s;
        QTest::newRow("yaml") << u"yaml"_s << u"name: 'x' # c"_s << u"t:name|s:'x'|c:# c"_s;
        QTest::newRow("rust lifetime")
            << u"rust"_s << u"fn f<'a>(s: &'a str)"_s << u"k:fn|t:'a|t:'a|k:str"_s;
        QTest::newRow("unknown") << u"brainfuck"_s << u"int x = 1"_s << QString();
    }

    void highlighter() {
        QFETCH(QString, language);
        QFETCH(QString, line);
        QFETCH(QString, expected);
        int state = 0;
        QStringList got;
        const auto syntax = CodeHighlighter::syntaxFor(language);
        for (const auto &s : CodeHighlighter::highlightLine(syntax, line, state)) {
            const char *kinds = "ksnct"; // Keyword String Comment Number Type
            const int k = s.kind == CodeHighlighter::Kind::Keyword   ? 0
                          : s.kind == CodeHighlighter::Kind::String  ? 1
                          : s.kind == CodeHighlighter::Kind::Number  ? 2
                          : s.kind == CodeHighlighter::Kind::Comment ? 3
                                                                     : 4;
            got << QString(QLatin1Char(kinds[k])) + u':' + line.mid(s.start, s.length);
        }
        QCOMPARE(got.join(u'|'), expected);
        QCOMPARE(state, 0);
    }

    void highlighterCarriesStateAcrossLines() {
        int state = 0;
        const auto py = CodeHighlighter::Syntax::Python;
        auto spans = CodeHighlighter::highlightLine(py, u"s = \"\"\"start"_s, state);
        QVERIFY(state != 0);
        spans = CodeHighlighter::highlightLine(py, u"end\"\"\" + 1"_s, state);
        QCOMPARE(state, 0);
        QCOMPARE(spans.first().kind, CodeHighlighter::Kind::String);
        QCOMPARE(spans.first().length, 6);
        state = 0;
        const auto c = CodeHighlighter::Syntax::CLike;
        CodeHighlighter::highlightLine(c, u"a /* open"_s, state);
        spans = CodeHighlighter::highlightLine(c, u"still */ int"_s, state);
        QCOMPARE(state, 0);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans[0].kind, CodeHighlighter::Kind::Comment);
        QCOMPARE(spans[1].kind, CodeHighlighter::Kind::Keyword);
    }

    void rendersTableAndFencedCode() {
        MarkdownDocument doc(testStyle());
        doc.setText(kReply);
        QList<QTextTable *> tables;
        int codeSegment = -1;
        for (int i = 0; i < doc.segmentCount(); ++i) {
            if (QTextDocument *d = doc.document(i))
                tables << tablesIn(d);
            if (doc.isCode(i))
                codeSegment = i;
        }
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables[0]->rows(), 3);
        QCOMPARE(tables[0]->columns(), 2);
        QCOMPARE(tables[0]->cellAt(1, 0).firstCursorPosition().block().text(), u"alpha"_s);
        QCOMPARE(tables[0]->format().border(), 1.0);

        QVERIFY(codeSegment >= 0);
        QCOMPARE(doc.language(codeSegment), u"cpp"_s);
        QCOMPARE(doc.code(codeSegment), u"int main() {\n    return 42; // answer\n}"_s);
        QTextDocument *code = doc.document(codeSegment);
        const MarkdownStyle style = *testStyle();
        const QTextBlock first = code->begin();
        QCOMPARE(first.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage), u"cpp"_s);
        QVERIFY(first.blockFormat().hasProperty(QTextFormat::BlockCodeFence));
        // What the document asks for (the fonts installed decide only what is drawn): the
        // style's code font, the desktop's fixed font, requested fixed-pitch.
        QCOMPARE(code->defaultFont().families(), style.codeFont.families());
        QCOMPARE(code->defaultFont().family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QVERIFY(code->defaultFont().fixedPitch());
        QCOMPARE(code->defaultFont().styleHint(), QFont::TypeWriter);
        // "int" is coloured as a keyword, the comment as a comment.
        QCOMPARE(first.begin().fragment().text(), u"int"_s);
        QCOMPARE(first.begin().fragment().charFormat().foreground().color(), style.keyword);
        const QTextBlock second = first.next();
        bool comment = false;
        for (auto it = second.begin(); !it.atEnd(); ++it)
            comment |= it.fragment().text() == u"// answer"_s &&
                       it.fragment().charFormat().foreground().color() == style.comment;
        QVERIFY(comment);

        const QString plain = doc.toPlainText();
        for (const QString &cell : {u"Name"_s, u"Score"_s, u"alpha"_s, u"10"_s, u"beta"_s})
            QVERIFY2(plain.contains(cell), qPrintable(cell));
        QVERIFY(plain.contains(u"return 42; // answer"_s));
        QVERIFY(!plain.contains(u"```"_s));
        QVERIFY(!plain.contains(u"|---"_s));
    }

    void stylesLinksQuotesAndNestedCode() {
        MarkdownDocument doc(testStyle());
        doc.setText(kReply);
        doc.layout(600);
        const MarkdownStyle style = *testStyle();
        bool link = false, quote = false, nested = false, inlineCode = false;
        int listItems = 0;
        for (int i = 0; i < doc.segmentCount(); ++i) {
            QTextDocument *d = doc.document(i);
            if (!d || doc.isCode(i))
                continue;
            for (QTextBlock b = d->begin(); b.isValid(); b = b.next()) {
                if (b.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0)
                    quote = !doc.quoteBars(i).isEmpty();
                if (b.text().startsWith(u"x = "_s)) {
                    nested = b.blockFormat().background().color() == style.codeBackground &&
                             !b.textList();
                }
                if (b.textList() && b.textList()->format().style() == QTextListFormat::ListDecimal)
                    ++listItems;
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat f = it.fragment().charFormat();
                    if (f.isAnchor() && f.anchorHref() == u"https://example.com/docs"_s)
                        link = f.foreground().color() == style.link;
                    if (it.fragment().text() == u"inline()"_s)
                        inlineCode = f.background().color() == style.inlineCodeBackground;
                }
            }
        }
        QVERIFY(link);
        QVERIFY(quote);
        QVERIFY(nested);
        QVERIFY(inlineCode);
        QCOMPARE(listItems, 3); // the nested code line is not a list item of its own
    }

    void neverLoadsImagesOrHtml() {
        QTemporaryFile file;
        QVERIFY(file.open());
        MarkdownDocument doc(testStyle());
        doc.setText(u"![pic](%1) and <img src=\"%1\"> ![web](https://example.com/a.png)\n"_s.arg(
            QUrl::fromLocalFile(file.fileName()).toString()));
        QTextDocument *d = doc.document(0);
        QVERIFY(d);
        for (QTextBlock b = d->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().isImageFormat());
        const QString plain = doc.toPlainText();
        QVERIFY(plain.contains(u"[image: https://example.com/a.png]"_s));
        QVERIFY(plain.contains(u"<img src="_s)); // raw HTML is shown, not interpreted
    }

    void streamingRendersOnlyWhatChanged() {
        const QString full = longReply();
        MarkdownDocument streamed(testStyle());
        int updates = 0;
        for (qsizetype n = 0; n < full.size(); n += 23) {
            streamed.setText(full.first(n));
            ++updates;
        }
        streamed.setText(full);
        ++updates;
        MarkdownDocument fresh(testStyle());
        fresh.setText(full);
        QCOMPARE(streamed.segmentCount(), fresh.segmentCount());
        QCOMPARE(streamed.toPlainText(), fresh.toPlainText());
        for (int i = 0; i < fresh.segmentCount(); ++i) {
            QCOMPARE(streamed.isCode(i), fresh.isCode(i));
            if (fresh.document(i))
                QCOMPARE(streamed.document(i)->toMarkdown(), fresh.document(i)->toMarkdown());
        }
        // Each update renders the tail (one or two segments), never the whole reply again.
        QVERIFY2(streamed.renderCount() <= 2 * updates + fresh.segmentCount(),
                 qPrintable(QString::number(streamed.renderCount())));
        QVERIFY(fresh.segmentCount() > 20);
    }

    void editedTextRendersAgainFromTheChange() {
        MarkdownDocument doc(testStyle());
        const QString full = longReply();
        doc.setText(full);
        const int before = doc.renderCount();
        QCOMPARE(doc.setText(full), -1); // unchanged: nothing rendered
        QCOMPARE(doc.renderCount(), before);
        QString edited = full;
        edited.replace(u"Part 11"_s, u"Part eleven"_s);
        const int first = doc.setText(edited);
        QVERIFY(first > 0);
        QVERIFY(doc.toPlainText().contains(u"Part eleven"_s));
        QVERIFY(doc.renderCount() - before < 10);
        // Shrinking drops trailing segments.
        const int count = doc.segmentCount();
        doc.setText(u"just this"_s);
        QVERIFY(doc.segmentCount() < count);
        QCOMPARE(doc.toPlainText(), u"just this"_s);
    }

    void plainTextFormatKeepsMarkup() {
        MarkdownDocument doc(testStyle(), MarkdownDocument::Format::PlainText);
        doc.setText(u"**not bold**\n# not a heading"_s);
        QCOMPARE(doc.toPlainText(), u"**not bold**\n# not a heading"_s);
    }

    void viewOpensLinksAndCopiesCode() {
        MarkdownView view;
        auto doc = std::make_shared<MarkdownDocument>(testStyle());
        doc->setText(kReply);
        view.setDocument(doc);
        view.resize(600, view.heightForWidth(600));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.height(), int(std::ceil(doc->height())));

        // Find the link's position on screen.
        QPoint linkPos;
        for (int i = 0; i < doc->segmentCount() && linkPos.isNull(); ++i) {
            QTextDocument *d = doc->document(i);
            if (!d)
                continue;
            for (QTextBlock b = d->begin(); b.isValid() && linkPos.isNull(); b = b.next()) {
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    if (!it.fragment().charFormat().isAnchor())
                        continue;
                    const int pos = it.fragment().position() - b.position() + 2;
                    const QTextLine line = b.layout()->lineForTextPosition(pos);
                    const QRectF r = d->documentLayout()->blockBoundingRect(b);
                    linkPos = (doc->documentOffset(i) +
                               QPointF(line.cursorToX(pos), r.top() + line.y() + line.height() / 2))
                                  .toPoint();
                    break;
                }
            }
        }
        QVERIFY(!linkPos.isNull());
        QCOMPARE(view.anchorAt(linkPos), u"https://example.com/docs"_s);

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        QSignalSpy activated(&view, &MarkdownView::linkActivated);
        QTest::mouseClick(&view, Qt::LeftButton, {}, linkPos);
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(u"https://example.com/docs"_s)});
        QVERIFY(!MarkdownView::isOpenableLink(QUrl(u"file:///etc/passwd"_s)));
        QVERIFY(!MarkdownView::isOpenableLink(QUrl(u"javascript:alert(1)"_s)));

        // One Copy button per top-level code block, over the block's header.
        const QList<QToolButton *> buttons = view.copyButtons();
        QCOMPARE(buttons.size(), 1);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(buttons.first(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"int main() {\n    return 42; // answer\n}"_s);
        QCOMPARE(buttons.first()->text(), MarkdownView::tr("Copied"));

        // Selection across segments.
        view.selectAll();
        QVERIFY(view.hasSelection());
        const QString selected = view.selectedText();
        QVERIFY(selected.startsWith(u"Results"_s));
        QVERIFY(selected.contains(u"alpha"_s));
        QVERIFY(selected.contains(u"return 42;"_s));
        QVERIFY(selected.endsWith(u"Done."_s));
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), selected);

        // Dragging selects; a drag that starts on a link does not open it.
        catcher.urls.clear();
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        view.clearSelection();
        QTest::mousePress(&view, Qt::LeftButton, {}, linkPos);
        QTest::mouseMove(&view, linkPos + QPoint(120, 40));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, linkPos + QPoint(120, 40));
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QVERIFY(view.hasSelection());
        QVERIFY(catcher.urls.isEmpty());
    }
};

QTEST_MAIN(TestTranscriptMarkdown)
#include "tst_transcript_markdown.moc"
