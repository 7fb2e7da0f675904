#include "chat/MarkdownDocument.h"

#include "chat/MarkdownRenderer.h"
#include "chat/MarkdownStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace orc {

struct MarkdownDocument::Segment {
    MarkdownSegmentRange range;
    QString code;   // code segments: the code as shown and copied
    QString source; // what was rendered (to reuse an unchanged segment)
    std::unique_ptr<QTextDocument> doc;
    qreal top = 0;
    qreal height = 0;
    bool laidOut = false;
    QList<QRectF> quoteBars;
};

MarkdownDocument::MarkdownDocument(std::shared_ptr<const MarkdownStyle> style, Format format)
    : m_style(std::move(style))
    , m_format(format) {}

MarkdownDocument::~MarkdownDocument() = default;

bool MarkdownDocument::isCode(int i) const {
    return i >= 0 && i < segmentCount() && m_segments[size_t(i)]->range.code;
}

QString MarkdownDocument::language(int i) const {
    return isCode(i) ? m_segments[size_t(i)]->range.language : QString();
}

QString MarkdownDocument::code(int i) const {
    return isCode(i) ? m_segments[size_t(i)]->code : QString();
}

QTextDocument *MarkdownDocument::document(int i) const {
    return i >= 0 && i < segmentCount() ? m_segments[size_t(i)]->doc.get() : nullptr;
}

void MarkdownDocument::render(Segment &s) {
    s.laidOut = false;
    s.quoteBars.clear();
    if (s.range.code) {
        s.code = MarkdownSplitter::codeText(m_text, s.range);
        s.doc = MarkdownRenderer::renderCode(s.code, s.range.language, *m_style);
    } else if (QStringView(s.source).trimmed().isEmpty()) {
        s.doc.reset();
    } else if (m_format == Format::PlainText) {
        s.doc = MarkdownRenderer::renderPlain(s.source, *m_style);
    } else {
        s.doc = MarkdownRenderer::renderMarkdown(s.source, *m_style);
    }
    ++m_renderCount;
}

int MarkdownDocument::setText(const QString &text) {
    if (text == m_text && !m_segments.empty())
        return -1;

    if (m_format == Format::PlainText) {
        m_text = text;
        m_segments.clear();
        auto s = std::make_unique<Segment>();
        s->range.end = text.size();
        s->source = text;
        render(*s);
        m_segments.push_back(std::move(s));
        m_changedFrom = 0;
        return 0;
    }

    // Keep the segments that are final and lie entirely in the unchanged prefix.
    const auto mismatch = std::mismatch(m_text.cbegin(), m_text.cend(), text.cbegin(), text.cend());
    const qsizetype common = mismatch.first - m_text.cbegin();
    size_t keep = 0;
    while (keep + 1 < m_segments.size() && m_segments[keep]->range.decidedAt >= 0 &&
           m_segments[keep]->range.decidedAt <= common)
        ++keep;
    const qsizetype resume = keep < m_segments.size() ? m_segments[keep]->range.start : 0;

    std::vector<std::unique_ptr<Segment>> old;
    for (size_t i = keep; i < m_segments.size(); ++i)
        old.push_back(std::move(m_segments[i]));
    m_segments.resize(keep);
    m_text = text;

    const QList<MarkdownSegmentRange> ranges = MarkdownSplitter::split(m_text, resume);
    int firstChanged = -1;
    for (const MarkdownSegmentRange &range : ranges) {
        const QString source = m_text.sliced(range.start, range.end - range.start);
        const size_t index = m_segments.size();
        std::unique_ptr<Segment> s;
        const size_t oldIndex = index - keep;
        if (oldIndex < old.size() && old[oldIndex] && old[oldIndex]->range == range &&
            old[oldIndex]->source == source) {
            s = std::move(old[oldIndex]); // unchanged: keep its document and layout
        } else {
            s = std::make_unique<Segment>();
            s->range = range;
            s->source = source;
            render(*s);
            if (firstChanged < 0)
                firstChanged = int(index);
        }
        m_segments.push_back(std::move(s));
    }
    if (firstChanged < 0 && old.size() != size_t(ranges.size()))
        firstChanged = segmentCount(); // only trailing segments went away
    if (firstChanged >= 0)
        m_changedFrom = qMin(m_changedFrom, firstChanged);
    return firstChanged;
}

int MarkdownDocument::takeChangedFrom() {
    return std::exchange(m_changedFrom, segmentCount());
}

void MarkdownDocument::layout(qreal width) {
    width = qMax<qreal>(width, 40);
    if (!qFuzzyCompare(width, m_width)) {
        m_width = width;
        for (auto &s : m_segments)
            s->laidOut = false;
    }
    const MarkdownStyle &st = *m_style;
    qreal y = 0;
    for (auto &sp : m_segments) {
        Segment &s = *sp;
        if (!s.laidOut) {
            s.laidOut = true;
            s.quoteBars.clear();
            if (!s.doc) {
                s.height = 0;
            } else if (s.range.code) {
                s.doc->setTextWidth(qMax<qreal>(20, width - 2 * st.codePadding));
                s.height = st.codeHeaderHeight + s.doc->size().height() + st.codePadding;
            } else {
                s.doc->setTextWidth(width);
                s.height = s.doc->size().height();
                QAbstractTextDocumentLayout *layout = s.doc->documentLayout();
                for (QTextBlock b = s.doc->begin(); b.isValid(); b = b.next()) {
                    const int level = b.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
                    if (level <= 0)
                        continue;
                    const QRectF r = layout->blockBoundingRect(b);
                    for (int l = 0; l < level; ++l)
                        s.quoteBars.append(QRectF(2 + 14.0 * l, r.top(), 3, r.height()));
                }
            }
        }
        if (s.height > 0 && y > 0)
            y += st.segmentSpacing;
        s.top = y;
        y += s.height;
    }
    m_height = y;
}

QRectF MarkdownDocument::segmentRect(int i) const {
    if (i < 0 || i >= segmentCount())
        return {};
    const Segment &s = *m_segments[size_t(i)];
    return QRectF(0, s.top, m_width, s.height);
}

QPointF MarkdownDocument::documentOffset(int i) const {
    if (i < 0 || i >= segmentCount())
        return {};
    const Segment &s = *m_segments[size_t(i)];
    if (s.range.code)
        return QPointF(m_style->codePadding, s.top + m_style->codeHeaderHeight);
    return QPointF(0, s.top);
}

QList<QRectF> MarkdownDocument::quoteBars(int i) const {
    if (i < 0 || i >= segmentCount())
        return {};
    const Segment &s = *m_segments[size_t(i)];
    QList<QRectF> bars = s.quoteBars;
    for (QRectF &r : bars)
        r.translate(0, s.top);
    return bars;
}

int MarkdownDocument::segmentAt(qreal y) const {
    int best = -1;
    for (int i = 0; i < segmentCount(); ++i) {
        const Segment &s = *m_segments[size_t(i)];
        if (!s.doc)
            continue;
        best = i;
        if (y < s.top + s.height)
            break;
    }
    return best;
}

QString MarkdownDocument::toPlainText() const {
    QStringList parts;
    for (const auto &s : m_segments) {
        if (!s->doc)
            continue;
        parts << (s->range.code ? s->code : s->doc->toPlainText());
    }
    return parts.join(u'\n');
}

QString MarkdownDocument::textBetween(int fromSegment, int fromPos, int toSegment,
                                      int toPos) const {
    QStringList parts;
    for (int i = qMax(0, fromSegment); i <= toSegment && i < segmentCount(); ++i) {
        QTextDocument *doc = document(i);
        if (!doc)
            continue;
        QTextCursor c(doc);
        const int end = doc->characterCount() - 1;
        c.setPosition(qBound(0, i == fromSegment ? fromPos : 0, end));
        c.setPosition(qBound(0, i == toSegment ? toPos : end, end), QTextCursor::KeepAnchor);
        QString t = c.selectedText();
        t.replace(QChar::ParagraphSeparator, u'\n');
        t.replace(QChar::LineSeparator, u'\n');
        t.replace(QChar::Nbsp, u' ');
        parts << t;
    }
    return parts.join(u'\n');
}

} // namespace orc
