#pragma once

#include "chat/MarkdownSplitter.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QTextDocument;

namespace orc {

struct MarkdownStyle;

// The rendered body of one message: a stack of small QTextDocuments, one per segment
// (MarkdownSplitter), laid out at one width. A long reply never becomes one huge document:
// setText() on a text that extends the current one re-renders only the segments from the first
// one that changed, which keeps streaming cheap however long the reply gets. Plain-text mode
// (user messages) shows the text as typed, in one segment.
class MarkdownDocument {
public:
    enum class Format { Markdown, PlainText };

    explicit MarkdownDocument(std::shared_ptr<const MarkdownStyle> style,
                              Format format = Format::Markdown);
    ~MarkdownDocument();
    MarkdownDocument(const MarkdownDocument &) = delete;
    MarkdownDocument &operator=(const MarkdownDocument &) = delete;

    // Returns the index of the first segment that changed, segmentCount() when only trailing
    // segments were removed, -1 when nothing changed.
    int setText(const QString &text);
    const QString &text() const { return m_text; }
    Format format() const { return m_format; }
    const MarkdownStyle &style() const { return *m_style; }

    int segmentCount() const { return int(m_segments.size()); }
    bool isCode(int segment) const;
    QString language(int segment) const;
    QString code(int segment) const;
    QTextDocument *document(int segment) const; // null for a segment of blank lines

    // Lays the segments out at `width`; only segments that changed since are laid out again.
    void layout(qreal width);
    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    QRectF segmentRect(int segment) const;      // code: the whole box, header included
    QPointF documentOffset(int segment) const;  // top-left of document(segment)
    QList<QRectF> quoteBars(int segment) const; // in this document's coordinates
    int segmentAt(qreal y) const;               // the segment at or nearest to `y`

    // The text as displayed (Markdown syntax gone), segments separated by line breaks.
    QString toPlainText() const;
    // Text between two positions (segment, position in its document), inclusive ranges.
    QString textBetween(int fromSegment, int fromPos, int toSegment, int toPos) const;

    // The first segment changed since the last call (segmentCount() when none): lets a view
    // repaint only what changed.
    int takeChangedFrom();

    // How many segments were rendered since construction: lets tests check that streaming only
    // renders what changed.
    int renderCount() const { return m_renderCount; }

private:
    struct Segment;
    void render(Segment &segment);

    std::shared_ptr<const MarkdownStyle> m_style;
    Format m_format;
    QString m_text;
    std::vector<std::unique_ptr<Segment>> m_segments;
    qreal m_width = -1;
    qreal m_height = 0;
    int m_renderCount = 0;
    int m_changedFrom = 0;
};

} // namespace orc
