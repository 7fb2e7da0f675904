#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

class QFontMetrics;

namespace orc {

struct TranscriptEntry;

// The transcript's vertical geometry, without widgets: where each message starts (running sums
// of the heights), which message a scroll position shows, and where the view should be
// scrolled: pinned to the bottom, or keeping the message at the top of the view (the anchor)
// still while heights above or below it change. Also estimates the height of a message that
// has not been laid out yet.
class TranscriptLayout {
public:
    static constexpr int kSideMargin = 16;
    static constexpr int kTopMargin = 12;
    static constexpr int kBottomMargin = 16;
    static constexpr int kSpacing = 10;
    static constexpr int kMaxContentWidth = 940;
    static constexpr int kPinSlack = 4; // this close to the end counts as "at the bottom"

    using Entries = std::vector<std::unique_ptr<TranscriptEntry>>;

    // Heights changed: the next update() recomputes the positions.
    void invalidate() { m_dirty = true; }
    void update(const Entries &entries);

    int top(int index) const { return m_tops[size_t(index)]; }
    int totalHeight() const;
    int maxScroll(int viewHeight) const { return qMax(0, totalHeight() - viewHeight); }
    int indexAt(int y) const; // the message at `y`; -1 when there are none

    bool pinned() const { return m_pinned; }
    // Follows the bottom from now on (a new conversation, End, the user scrolled down to it).
    void pinToBottom();
    // The user scrolled to `value`: pinned when at the end, else anchored to the top message.
    void userScrolled(const Entries &entries, int value, int viewHeight);
    // Re-anchors after the layout settled at `value` (when not pinned).
    void rememberAnchor(const Entries &entries, int value);
    qint64 anchorId() const { return m_anchorId; }
    // Where to scroll: the end when pinned, else where the anchor message keeps its place.
    // `anchor` is the entry with anchorId() (null when it is gone: `fallback` is used).
    int scrollValue(const TranscriptEntry *anchor, int viewHeight, int fallback) const;

    static int contentWidth(int viewportWidth);
    static int estimateHeight(TranscriptEntry *entry, const QFontMetrics &metrics, int width);

private:
    std::vector<int> m_tops{kTopMargin}; // y of each message, then the end
    bool m_dirty = true;
    bool m_pinned = true;
    qint64 m_anchorId = 0;
    int m_anchorOffset = 0;
};

} // namespace orc
