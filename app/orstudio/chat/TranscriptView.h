#pragma once

#include "chat/TranscriptLayout.h"
#include "domain/Conversation.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QScrollBar;

namespace orc {

class MessageCard;
class TranscriptThumbnails;
struct MarkdownStyle;
struct TranscriptEntry;

// The conversation as a scrollable column of message cards.
//
// Virtualised: only the messages on screen (plus a small margin) have a MessageCard; cards are
// recycled as the user scrolls. Every message has a height, exact once it has been laid out at
// the current width and estimated from its text before that; the view keeps what the user looks
// at still when heights above it change (it anchors to the top visible message), and stays
// pinned to the bottom only when the user was at the bottom. Rendered documents are built when a
// message is first shown and dropped for messages that have been off screen longest.
//
// Streaming: appendDelta() only appends to the message text; a 50 ms timer renders what
// arrived, re-rendering just the changed tail of the reply (MarkdownDocument) and laying out
// just that card. Every delta ends up shown.
class TranscriptView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)
public:
    static constexpr int kFlushIntervalMs = 50;

    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    // Shows `thread` (the visible branch, oldest first). Messages already shown keep their
    // rendering and UI state; another conversation scrolls to the bottom.
    void setThread(const QList<StoredMessage> &thread);
    // Streamed text for a message (created at the end as an assistant reply if unknown).
    void appendDelta(qint64 messageId, const QString &content, const QString &reasoning);
    // The final (or updated) state of one message already in the transcript; others are ignored.
    void updateMessage(const StoredMessage &message);
    // A line under the message, e.g. "Retrying in 3 s…"; empty clears it.
    void setNotice(qint64 messageId, const QString &text);
    int messageCount() const;
    // The message's body as displayed, in plain text (streamed text shows after the next render).
    QString renderedText(qint64 messageId) const;

    // Model ids offered by "Regenerate with another model" (the thread's own models come first).
    void setModelChoices(const QStringList &modelIds);
    // Renders streamed text now instead of at the next timer tick.
    void flushStreamedText();
    void scrollToBottom();
    bool isPinnedToBottom() const { return m_layout.pinned(); }
    QScrollBar *verticalScrollBar() const { return m_bar; }
    QWidget *viewport() const { return m_canvas; }
    // The card showing a message, when it is on screen.
    MessageCard *cardFor(qint64 messageId) const;

signals:
    void regenerateRequested(qint64 messageId, const QString &model); // empty model = same
    void editRequested(qint64 messageId);                             // user message
    void deleteRequested(qint64 messageId);
    void siblingRequested(qint64 messageId, int delta); // -1 / +1 branch switch
    void retryRequested(qint64 messageId);
    void relaxRequested(qint64 messageId, const QString &constraint);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TranscriptEntry *entryFor(qint64 id) const { return m_byId.value(id); }
    void mergeMessage(TranscriptEntry *entry, const StoredMessage &message);
    void ensureRendered(TranscriptEntry *entry);
    void evictRendered(const TranscriptEntry *keep);
    MessageCard *takeCard();
    void bindCard(TranscriptEntry *entry);
    void releaseCard(TranscriptEntry *entry);
    bool measure(TranscriptEntry *entry, MessageCard *card);
    int contentWidth() const;
    int targetScrollValue() const;
    void relayout();
    void onScrolled(int value);
    void prefetch();
    void rebuildStyles();
    void updateModelChoices();

    QWidget *m_canvas;
    QScrollBar *m_bar;
    TranscriptThumbnails *m_thumbnails;
    MessageCard *m_measureCard = nullptr;
    std::shared_ptr<const MarkdownStyle> m_style;
    std::shared_ptr<const MarkdownStyle> m_reasoningStyle;

    std::vector<std::unique_ptr<TranscriptEntry>> m_entries;
    QHash<qint64, TranscriptEntry *> m_byId;
    TranscriptLayout m_layout;
    QList<MessageCard *> m_freeCards;
    QList<qint64> m_dirty;
    QStringList m_externalModels;
    QStringList m_modelChoices;
    qint64 m_conversationId = 0;

    QTimer m_flushTimer;
    QTimer m_prefetchTimer;
    int m_layoutWidth = -1;
    int m_shownValue = 0; // the scroll position the cards are placed for
    bool m_inLayout = false;
    bool m_settingScroll = false;
    quint64 m_useCounter = 0;
    int m_renderedCount = 0;
};

} // namespace orc
