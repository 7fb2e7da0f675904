#include "chat/TranscriptLayout.h"

#include "chat/TranscriptEntry.h"
#include "chat/TranscriptThumbnails.h"

#include <QFontMetrics>

#include <algorithm>

namespace orc {

void TranscriptLayout::update(const Entries &entries) {
    if (!m_dirty && m_tops.size() == entries.size() + 1)
        return;
    m_tops.resize(entries.size() + 1);
    int y = kTopMargin;
    for (size_t i = 0; i < entries.size(); ++i) {
        m_tops[i] = y;
        y += entries[i]->height + kSpacing;
    }
    m_tops[entries.size()] = y;
    m_dirty = false;
}

int TranscriptLayout::totalHeight() const {
    if (m_tops.size() <= 1)
        return 0;
    return m_tops.back() - kSpacing + kBottomMargin;
}

int TranscriptLayout::indexAt(int y) const {
    if (m_tops.size() <= 1)
        return -1;
    const auto it = std::upper_bound(m_tops.begin(), m_tops.end() - 1, y);
    return qMax(0, int(it - m_tops.begin()) - 1);
}

void TranscriptLayout::pinToBottom() {
    m_pinned = true;
    m_anchorId = 0;
    m_anchorOffset = 0;
}

void TranscriptLayout::userScrolled(const Entries &entries, int value, int viewHeight) {
    m_pinned = value >= maxScroll(viewHeight) - kPinSlack;
    rememberAnchor(entries, value);
}

void TranscriptLayout::rememberAnchor(const Entries &entries, int value) {
    const int i = indexAt(value);
    if (i < 0 || size_t(i) >= entries.size()) {
        m_anchorId = 0;
        m_anchorOffset = 0;
        return;
    }
    m_anchorId = entries[size_t(i)]->message.id;
    m_anchorOffset = value - m_tops[size_t(i)];
}

int TranscriptLayout::scrollValue(const TranscriptEntry *anchor, int viewHeight,
                                  int fallback) const {
    const int max = maxScroll(viewHeight);
    if (m_pinned)
        return max;
    if (!anchor || size_t(anchor->index) + 1 >= m_tops.size())
        return qBound(0, fallback, max);
    return qBound(0, m_tops[size_t(anchor->index)] + m_anchorOffset, max);
}

int TranscriptLayout::contentWidth(int viewportWidth) {
    return qMax(120, qMin(viewportWidth - 2 * kSideMargin, kMaxContentWidth));
}

int TranscriptLayout::estimateHeight(TranscriptEntry *e, const QFontMetrics &fm, int width) {
    const int line = fm.lineSpacing();
    const int charsPerLine = qMax(20, (width - 28) / qMax(1, fm.averageCharWidth()));
    if (e->lineBreaks < 0)
        e->lineBreaks = int(QStringView(e->message.content).count(u'\n'));
    const int lines = e->lineBreaks / 2 + 1 + int(e->message.content.size() / charsPerLine);
    int h = 2 * line + 44 + lines * (line + 2);
    if (!e->message.attachments.isEmpty())
        h += TranscriptThumbnails::kMaxSide + 14;
    if (!e->message.reasoning.isEmpty())
        h += line + 14;
    if (!e->message.errorText.isEmpty())
        h += 3 * line + 16;
    return h;
}

} // namespace orc
