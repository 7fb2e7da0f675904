#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace orc {

// One top-level piece of a Markdown text: a run of ordinary blocks (paragraphs, lists, tables,
// quotes, headings, nested code) or one fenced code block at the top level.
struct MarkdownSegmentRange {
    qsizetype start = 0; // first character of the segment in the text
    qsizetype end = 0;   // one past the last character
    // Position after the line that decided where this segment ends. While the text only grows
    // and stays unchanged up to here, the segment is final. Equals `end` for a code block
    // closed by its fence; -1 for the last segment of the text, which can still change.
    qsizetype decidedAt = -1;
    bool code = false;
    QString language;        // code: first word of the fence's info string
    qsizetype codeStart = 0; // code: first character of the code (after the opening fence line)
    qsizetype codeEnd = 0;   // code: end of the code (the closing fence line, or the text end)
    int fenceIndent = 0;     // code: spaces before the opening fence, removed from each line

    bool operator==(const MarkdownSegmentRange &) const = default;
};

// Splits Markdown into independently renderable segments, so a long reply is rendered (and,
// while streaming, re-rendered) piece by piece instead of as one ever-growing document.
// Boundaries sit only where a full CommonMark parse would end a block anyway: before a top-level
// fence, after a closing fence, and at a blank line followed by an unindented line that does
// not continue a list. Small blocks are grouped until a segment reaches kTargetChars.
//
// Prefix stability (what incremental rendering relies on): for any text T and any prefix P of
// T, every segment of split(P) except the last equals the segment of split(T) at the same index.
// A boundary is only placed once the line deciding it is complete (ends with '\n').
class MarkdownSplitter {
public:
    static constexpr qsizetype kTargetChars = 700;

    // Segments of `text` from `from` on; `from` must be 0 or the start of a segment returned by
    // an earlier split of a text with the same characters up to there.
    static QList<MarkdownSegmentRange> split(QStringView text, qsizetype from = 0);

    // The code of a code segment, with the fence's indentation removed from every line and no
    // trailing line break.
    static QString codeText(QStringView text, const MarkdownSegmentRange &segment);

    // Helpers shared with the tests.
    static bool isListMarker(QStringView lineAfterIndent);
    static int indentWidth(QStringView line, qsizetype *firstNonSpace = nullptr);
};

} // namespace orc
