#include "chat/TranscriptView.h"

#include "chat/MarkdownDocument.h"
#include "chat/MarkdownStyle.h"
#include "chat/MessageCard.h"
#include "chat/TranscriptEntry.h"
#include "chat/TranscriptLayout.h"
#include "chat/TranscriptThumbnails.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSet>
#include <QWheelEvent>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr int kMaxRendered = 160; // rendered messages kept before the oldest are dropped
constexpr int kMaxFreeCards = 24;
constexpr int kPrefetchBudgetMs = 4; // per idle slice

bool sameDisplay(const StoredMessage &a, const StoredMessage &b) {
    return a.content == b.content && a.reasoning == b.reasoning && a.state == b.state &&
           a.role == b.role && a.errorText == b.errorText && a.error == b.error &&
           a.model == b.model && a.provider == b.provider && a.usage == b.usage &&
           a.cost == b.cost && a.timeToFirstTokenMs == b.timeToFirstTokenMs &&
           a.durationMs == b.durationMs && a.finishReason == b.finishReason &&
           a.siblingIndex == b.siblingIndex && a.siblingCount == b.siblingCount &&
           a.attachments == b.attachments;
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new QWidget(this))
    , m_bar(new QScrollBar(Qt::Vertical, this))
    , m_thumbnails(new TranscriptThumbnails(this)) {
    setObjectName(u"transcriptView"_s);
    m_canvas->setObjectName(u"transcriptViewport"_s);
    m_canvas->setAutoFillBackground(true);
    m_canvas->setBackgroundRole(QPalette::Base);
    m_canvas->installEventFilter(this);
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_bar);
    m_bar->setRange(0, 0);
    connect(m_bar, &QScrollBar::valueChanged, this, &TranscriptView::onScrolled);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TranscriptView::flushStreamedText);
    m_prefetchTimer.setSingleShot(true);
    m_prefetchTimer.setInterval(0);
    connect(&m_prefetchTimer, &QTimer::timeout, this, &TranscriptView::prefetch);
    connect(m_thumbnails, &TranscriptThumbnails::ready, this, [this](qint64 id) {
        if (TranscriptEntry *e = entryFor(id); e && e->card)
            e->card->refreshThumbnails();
    });

    rebuildStyles();
    m_measureCard = new MessageCard(m_thumbnails, &m_modelChoices, this);
    m_measureCard->hide();
}

TranscriptView::~TranscriptView() {
    // Cards point into the entries: detach them before the entries go.
    for (auto &e : m_entries)
        if (e->card)
            e->card->bind(nullptr);
    m_measureCard->bind(nullptr);
}

// --- public API -------------------------------------------------------------------------------

int TranscriptView::messageCount() const {
    return int(m_entries.size());
}

void TranscriptView::setThread(const QList<StoredMessage> &thread) {
    const qint64 conversation = thread.isEmpty() ? 0 : thread.first().conversationId;
    if (conversation != m_conversationId || m_entries.empty())
        m_layout.pinToBottom();
    m_conversationId = conversation;

    std::unordered_map<qint64, std::unique_ptr<TranscriptEntry>> old;
    old.reserve(m_entries.size());
    for (auto &e : m_entries) {
        const qint64 id = e->message.id;
        old.emplace(id, std::move(e));
    }
    m_entries.clear();
    m_entries.reserve(size_t(thread.size()));
    m_byId.clear();
    m_byId.reserve(thread.size());
    for (const StoredMessage &message : thread) {
        std::unique_ptr<TranscriptEntry> entry;
        auto it = old.find(message.id);
        if (it != old.end() && it->second) {
            entry = std::move(it->second);
            old.erase(it);
            mergeMessage(entry.get(), message);
        } else {
            entry = std::make_unique<TranscriptEntry>();
            entry->message = message;
        }
        entry->index = int(m_entries.size());
        m_byId.insert(message.id, entry.get());
        m_entries.push_back(std::move(entry));
    }
    for (auto &[id, gone] : old) {
        if (gone && gone->card)
            releaseCard(gone.get());
        if (gone && gone->body)
            --m_renderedCount;
    }
    old.clear();
    m_dirty.removeIf([this](qint64 id) { return !m_byId.contains(id); });
    updateModelChoices();
    m_layout.invalidate();
    relayout();
}

void TranscriptView::appendDelta(qint64 messageId, const QString &content,
                                 const QString &reasoning) {
    if (content.isEmpty() && reasoning.isEmpty())
        return;
    TranscriptEntry *e = entryFor(messageId);
    if (!e) {
        auto entry = std::make_unique<TranscriptEntry>();
        entry->message.id = messageId;
        entry->message.conversationId = m_conversationId;
        entry->message.parentId = m_entries.empty() ? 0 : m_entries.back()->message.id;
        entry->message.role = u"assistant"_s;
        entry->message.state = StoredMessage::State::Streaming;
        entry->index = int(m_entries.size());
        e = entry.get();
        m_byId.insert(messageId, e);
        m_entries.push_back(std::move(entry));
        m_layout.invalidate();
    }
    e->message.content += content;
    e->message.reasoning += reasoning;
    if (!e->dirty) {
        e->dirty = true;
        m_dirty.append(messageId);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TranscriptView::flushStreamedText() {
    m_flushTimer.stop();
    if (m_dirty.isEmpty())
        return;
    const QList<qint64> ids = std::exchange(m_dirty, {});
    for (qint64 id : ids) {
        TranscriptEntry *e = entryFor(id);
        if (!e || !e->dirty)
            continue;
        e->dirty = false;
        // A streaming reply stays rendered (incrementally) even off screen.
        if (e->body)
            e->body->setText(e->message.content);
        if (e->reasoning && !e->message.reasoning.isEmpty())
            e->reasoning->setText(e->message.reasoning);
        ensureRendered(e);
        e->heightExact = false;
        e->lineBreaks = -1;
        if (e->card)
            e->card->refresh();
    }
    relayout();
}

void TranscriptView::updateMessage(const StoredMessage &message) {
    TranscriptEntry *e = entryFor(message.id);
    if (!e)
        return;
    mergeMessage(e, message);
    updateModelChoices();
    relayout();
}

void TranscriptView::setNotice(qint64 messageId, const QString &text) {
    TranscriptEntry *e = entryFor(messageId);
    if (!e || e->notice == text)
        return;
    e->notice = text;
    e->heightExact = false;
    if (e->card)
        e->card->refresh();
    relayout();
}

QString TranscriptView::renderedText(qint64 messageId) const {
    const TranscriptEntry *e = entryFor(messageId);
    if (!e)
        return {};
    if (e->body)
        return e->body->toPlainText();
    MarkdownDocument doc(m_style, e->isUser() || e->message.role == "system"_L1
                                      ? MarkdownDocument::Format::PlainText
                                      : MarkdownDocument::Format::Markdown);
    doc.setText(e->message.content);
    return doc.toPlainText();
}

void TranscriptView::setModelChoices(const QStringList &modelIds) {
    m_externalModels = modelIds;
    updateModelChoices();
}

void TranscriptView::updateModelChoices() {
    // The thread's own models (latest first, a few), then the ones set from outside.
    QStringList models;
    QSet<QString> seen;
    for (auto it = m_entries.crbegin(); it != m_entries.crend() && models.size() < 8; ++it) {
        const QString &m = (*it)->message.model;
        if (!m.isEmpty() && !seen.contains(m)) {
            seen.insert(m);
            models << m;
        }
    }
    for (const QString &m : std::as_const(m_externalModels)) {
        if (!seen.contains(m)) {
            seen.insert(m);
            models << m;
        }
    }
    m_modelChoices = models;
}

void TranscriptView::scrollToBottom() {
    m_layout.pinToBottom();
    relayout();
}

MessageCard *TranscriptView::cardFor(qint64 messageId) const {
    const TranscriptEntry *e = entryFor(messageId);
    return e ? e->card : nullptr;
}

// --- entries ----------------------------------------------------------------------------------

void TranscriptView::mergeMessage(TranscriptEntry *e, const StoredMessage &incoming) {
    StoredMessage m = incoming;
    // Streamed text not rendered yet is already in e->message; the documents lag behind it.
    const bool pending = e->dirty;
    // A stored snapshot of a streaming reply can lag the deltas already shown: never go back.
    if (e->isStreaming() && m.state == StoredMessage::State::Streaming) {
        if (e->message.content.size() > m.content.size() &&
            e->message.content.startsWith(m.content))
            m.content = e->message.content;
        if (e->message.reasoning.size() > m.reasoning.size() &&
            e->message.reasoning.startsWith(m.reasoning))
            m.reasoning = e->message.reasoning;
    } else {
        e->dirty = false; // rendered below: the message now carries everything
    }
    if (sameDisplay(e->message, m) && !pending) {
        e->message = m;
        return;
    }
    const bool roleChanged = e->message.role != m.role;
    const bool contentChanged = e->message.content != m.content || (pending && !e->dirty);
    const bool reasoningChanged = e->message.reasoning != m.reasoning || (pending && !e->dirty);
    e->message = m;
    e->heightExact = false;
    if (contentChanged)
        e->lineBreaks = -1;
    if (e->body && (roleChanged || (contentChanged && !e->card && !e->isStreaming()))) {
        e->body.reset(); // re-rendered when next shown
        --m_renderedCount;
    } else if (e->body && contentChanged) {
        e->body->setText(m.content); // incremental when it extends what is shown
    }
    if (reasoningChanged || roleChanged) {
        if (m.reasoning.isEmpty() || (!e->card && !e->isStreaming()))
            e->reasoning.reset();
        else if (e->reasoning)
            e->reasoning->setText(m.reasoning);
    }
    if (e->card) {
        ensureRendered(e);
        e->card->refresh();
    }
}

void TranscriptView::ensureRendered(TranscriptEntry *e) {
    e->lastUsed = ++m_useCounter;
    if (!e->body) {
        const bool plain = e->isUser() || e->message.role == "system"_L1;
        e->body =
            std::make_shared<MarkdownDocument>(m_style, plain ? MarkdownDocument::Format::PlainText
                                                              : MarkdownDocument::Format::Markdown);
        e->body->setText(e->message.content);
        ++m_renderedCount;
    }
    if (!e->reasoning && !e->message.reasoning.isEmpty()) {
        e->reasoning = std::make_shared<MarkdownDocument>(m_reasoningStyle);
        e->reasoning->setText(e->message.reasoning);
    }
    if (m_renderedCount > kMaxRendered)
        evictRendered(e);
}

void TranscriptView::evictRendered(const TranscriptEntry *keep) {
    std::vector<TranscriptEntry *> candidates;
    for (auto &e : m_entries)
        if (e->body && !e->card && !e->isStreaming() && !e->dirty && e.get() != keep)
            candidates.push_back(e.get());
    const int target = kMaxRendered * 3 / 4;
    const size_t drop = size_t(qMax(0, m_renderedCount - target));
    if (candidates.size() > drop)
        std::nth_element(candidates.begin(), candidates.begin() + qsizetype(drop), candidates.end(),
                         [](const TranscriptEntry *a, const TranscriptEntry *b) {
                             return a->lastUsed < b->lastUsed;
                         });
    for (size_t i = 0; i < drop && i < candidates.size(); ++i) {
        candidates[i]->body.reset();
        candidates[i]->reasoning.reset();
        --m_renderedCount;
    }
}

// --- cards ------------------------------------------------------------------------------------

MessageCard *TranscriptView::takeCard() {
    if (!m_freeCards.isEmpty())
        return m_freeCards.takeLast();
    auto *card = new MessageCard(m_thumbnails, &m_modelChoices, m_canvas);
    connect(card, &MessageCard::regenerateRequested, this, &TranscriptView::regenerateRequested);
    connect(card, &MessageCard::editRequested, this, &TranscriptView::editRequested);
    connect(card, &MessageCard::deleteRequested, this, &TranscriptView::deleteRequested);
    connect(card, &MessageCard::siblingRequested, this, &TranscriptView::siblingRequested);
    connect(card, &MessageCard::retryRequested, this, &TranscriptView::retryRequested);
    connect(card, &MessageCard::relaxRequested, this, &TranscriptView::relaxRequested);
    connect(card, &MessageCard::heightChanged, this, [this, card] {
        if (card->entry())
            card->entry()->heightExact = false;
        relayout();
    });
    return card;
}

void TranscriptView::bindCard(TranscriptEntry *e) {
    if (e->card)
        return;
    ensureRendered(e);
    MessageCard *card = takeCard();
    e->card = card;
    card->bind(e);
    card->show();
}

void TranscriptView::releaseCard(TranscriptEntry *e) {
    MessageCard *card = std::exchange(e->card, nullptr);
    if (!card)
        return;
    card->bind(nullptr);
    card->hide();
    if (m_freeCards.size() < kMaxFreeCards)
        m_freeCards.append(card);
    else
        card->deleteLater();
}

bool TranscriptView::measure(TranscriptEntry *e, MessageCard *card) {
    const int h = qMax(1, card->heightFor(contentWidth()));
    e->heightExact = true;
    if (h == e->height)
        return false;
    e->height = h;
    m_layout.invalidate();
    return true;
}

// --- geometry ---------------------------------------------------------------------------------

int TranscriptView::contentWidth() const {
    return TranscriptLayout::contentWidth(m_canvas->width());
}

int TranscriptView::targetScrollValue() const {
    return m_layout.scrollValue(entryFor(m_layout.anchorId()), m_canvas->height(), m_bar->value());
}

void TranscriptView::relayout() {
    if (m_inLayout)
        return;
    QScopedValueRollback guard(m_inLayout, true);

    const int width = contentWidth();
    if (width != m_layoutWidth) {
        m_layoutWidth = width;
        for (auto &e : m_entries)
            e->heightExact = false;
    }
    const QFontMetrics metrics(font());
    for (auto &e : m_entries) {
        if (!e->heightExact && !e->card) {
            const int estimate = TranscriptLayout::estimateHeight(e.get(), metrics, width);
            if (estimate != e->height) {
                e->height = estimate;
                m_layout.invalidate();
            }
        }
    }

    const int viewHeight = m_canvas->height();
    int value = 0;
    int first = 0, last = -1;
    for (int pass = 0; pass < 6; ++pass) {
        m_layout.update(m_entries);
        value = targetScrollValue();
        if (m_entries.empty())
            break;
        first = m_layout.indexAt(value);
        last = m_layout.indexAt(value + viewHeight);
        bool changed = false;
        for (int i = first; i <= last; ++i) {
            TranscriptEntry *e = m_entries[size_t(i)].get();
            bindCard(e);
            if (!e->heightExact)
                changed |= measure(e, e->card);
        }
        if (!changed)
            break;
    }
    m_layout.update(m_entries);
    value = targetScrollValue();

    // Cards outside the visible range go back to the pool.
    for (auto &e : m_entries) {
        if (e->card && (e->index < first || e->index > last))
            releaseCard(e.get());
    }
    // Scrolling moves the pixels and the cards together, so only what comes into view (and
    // cards that changed) is painted.
    const int dy = m_shownValue - value;
    m_shownValue = value;
    if (dy != 0 && qAbs(dy) < viewHeight && m_canvas->isVisible())
        m_canvas->scroll(0, dy);
    const int x = (m_canvas->width() - width) / 2;
    for (int i = first; i <= last && i < int(m_entries.size()); ++i) {
        TranscriptEntry *e = m_entries[size_t(i)].get();
        if (e->card)
            e->card->setGeometry(x, m_layout.top(i) - value, width, e->height);
    }

    {
        QScopedValueRollback scrolling(m_settingScroll, true);
        m_bar->setPageStep(qMax(1, viewHeight));
        m_bar->setSingleStep(qMax(20, fontMetrics().lineSpacing() * 2));
        m_bar->setRange(0, m_layout.maxScroll(viewHeight));
        m_bar->setValue(value);
    }
    if (!m_layout.pinned())
        m_layout.rememberAnchor(m_entries, value);
    if (!m_prefetchTimer.isActive())
        m_prefetchTimer.start();
}

void TranscriptView::onScrolled(int value) {
    if (m_settingScroll)
        return;
    m_layout.userScrolled(m_entries, value, m_canvas->height());
    relayout();
}

// Measures (and renders) the messages just outside the screen while the app is idle, so
// scrolling to them later neither renders on the spot nor moves anything.
void TranscriptView::prefetch() {
    if (m_entries.empty() || !isVisible())
        return;
    const int value = m_bar->value();
    const int view = m_canvas->height();
    const int from = m_layout.indexAt(qMax(0, value - 2 * view));
    const int to = m_layout.indexAt(value + 3 * view);
    QElapsedTimer clock;
    clock.start();
    bool changed = false;
    bool more = false;
    for (int i = to; i >= from; --i) { // below first: that is where the user usually goes next
        TranscriptEntry *e = m_entries[size_t(i)].get();
        if (e->heightExact || e->card)
            continue;
        if (clock.elapsed() >= kPrefetchBudgetMs) {
            more = true;
            break;
        }
        ensureRendered(e);
        m_measureCard->bind(e);
        changed |= measure(e, m_measureCard);
        m_measureCard->bind(nullptr);
    }
    if (changed)
        relayout(); // restarts the prefetch timer
    else if (more)
        m_prefetchTimer.start();
}

// --- events -----------------------------------------------------------------------------------

bool TranscriptView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_canvas) {
        if (event->type() == QEvent::Resize) {
            relayout();
        } else if (event->type() == QEvent::Wheel) {
            QApplication::sendEvent(m_bar, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TranscriptView::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_PageUp:
        m_bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        m_bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    case Qt::Key_Up:
        m_bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        m_bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_Home:
        m_bar->triggerAction(QAbstractSlider::SliderToMinimum);
        break;
    case Qt::Key_End:
        scrollToBottom();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TranscriptView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        rebuildStyles();
        for (auto &e : m_entries) {
            e->body.reset();
            e->reasoning.reset();
            e->heightExact = false;
        }
        m_renderedCount = 0;
        for (auto &e : m_entries) {
            if (e->card) {
                ensureRendered(e.get());
                e->card->bind(e.get());
            }
        }
        relayout();
    }
}

void TranscriptView::rebuildStyles() {
    m_style = std::make_shared<const MarkdownStyle>(MarkdownStyle::fromPalette(palette(), font()));
    m_reasoningStyle =
        std::make_shared<const MarkdownStyle>(MarkdownStyle::fromPalette(palette(), font(), true));
}

} // namespace orc
