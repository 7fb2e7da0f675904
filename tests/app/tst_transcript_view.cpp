// TranscriptView offscreen: streaming (coalesced, every token shown, pinned to the bottom only
// when the user was there), cards for every message state (badges, inline errors with Retry,
// the branch switcher, notices, statistics), the signals behind every button, copying, the
// reasoning block, attachment thumbnails and virtualisation of long threads.
#include "chat/MarkdownDocument.h"
#include "chat/MarkdownStyle.h"
#include "chat/MarkdownView.h"
#include "chat/MessageCard.h"
#include "chat/TranscriptEntry.h"
#include "chat/TranscriptFormat.h"
#include "chat/TranscriptLayout.h"
#include "chat/TranscriptView.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace orc;

namespace {

StoredMessage message(qint64 id, const QString &role, const QString &content,
                      StoredMessage::State state = StoredMessage::State::Complete) {
    StoredMessage m;
    m.id = id;
    m.conversationId = 1;
    m.parentId = id - 1;
    m.role = role;
    m.content = content;
    m.state = state;
    if (role == "assistant"_L1)
        m.model = u"openai/gpt-4o"_s;
    return m;
}

QList<StoredMessage> longThread(int count, qint64 conversation = 1) {
    QList<StoredMessage> t;
    for (int i = 1; i <= count; ++i) {
        StoredMessage m = message(i, i % 2 ? u"user"_s : u"assistant"_s,
                                  u"Message %1: some text that is long enough to wrap once or "
                                  "twice in a narrow window, with **markdown**.\n\nSecond "
                                  "paragraph %1."_s.arg(i));
        m.conversationId = conversation;
        t << m;
    }
    return t;
}

QString pngDataUrl(int w, int h) {
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(bytes.toBase64());
}

// Clicks the main (non-arrow) part of a tool button with a menu.
void clickMainPart(QToolButton *button) {
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

} // namespace

class TestTranscriptView : public QObject {
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void streamingTwoThousandDeltasShowsEveryToken() {
        TranscriptView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setThread({message(1, u"user"_s, u"Write a lot."_s),
                        message(2, u"assistant"_s, {}, StoredMessage::State::Streaming)});
        QString full;
        for (int i = 0; i < 2000; ++i) {
            QString token = u"tok%1 "_s.arg(i);
            if (i % 97 == 96)
                token += u"\n\n"_s;
            if (i == 500)
                token += u"\n\n```python\nprint('hi')\n"_s;
            if (i == 520)
                token += u"\n```\n\n"_s;
            full += token;
            view.appendDelta(2, token, {});
        }
        // appendDelta only queues: nothing is rendered until the coalescing timer fires.
        QCOMPARE(view.renderedText(2), QString());
        MessageCard *card = view.cardFor(2);
        QVERIFY(card);
        QTRY_VERIFY(!view.renderedText(2).isEmpty());

        MarkdownDocument reference(std::make_shared<const MarkdownStyle>(
            MarkdownStyle::fromPalette(view.palette(), view.font())));
        reference.setText(full);
        QCOMPARE(view.renderedText(2), reference.toPlainText());
        const QString shown = view.renderedText(2);
        for (int i = 0; i < 2000; ++i) {
            const QString token = u"tok%1"_s.arg(i);
            QVERIFY2(shown.contains(token + u' ') || shown.contains(token + u'\n') ||
                         shown.endsWith(token),
                     qPrintable(token));
        }
        // The body was rendered a handful of times, not once per delta.
        QVERIFY(card->body()->document()->renderCount() < 60);
        QVERIFY(view.isPinnedToBottom());
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        QVERIFY(view.verticalScrollBar()->maximum() > 0);
    }

    void streamingKeepsTheViewStillWhenScrolledUp() {
        TranscriptView view;
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<StoredMessage> t = longThread(30);
        t << message(31, u"assistant"_s, {}, StoredMessage::State::Streaming);
        view.setThread(t);
        QScrollBar *bar = view.verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        bar->setValue(bar->maximum() / 3);
        QVERIFY(!view.isPinnedToBottom());
        QTest::qWait(50); // let prefetching settle
        const int value = bar->value();
        MessageCard *top = view.cardFor(12);
        QVERIFY(top);
        const int y = top->y();
        for (int i = 0; i < 300; ++i)
            view.appendDelta(31, u"more text "_s, {});
        view.flushStreamedText();
        QCOMPARE(bar->value(), value);
        QCOMPARE(view.cardFor(12)->y(), y);
        // Back at the bottom, it follows the stream again.
        bar->setValue(bar->maximum());
        QVERIFY(view.isPinnedToBottom());
        for (int i = 0; i < 300; ++i)
            view.appendDelta(31, u"tail "_s, {});
        view.flushStreamedText();
        QCOMPARE(bar->value(), bar->maximum());
    }

    void unknownMessageDeltasStartAReply() {
        TranscriptView view;
        view.resize(600, 400);
        view.setThread({message(1, u"user"_s, u"hi"_s)});
        view.appendDelta(9, u"Hello"_s, {});
        QCOMPARE(view.messageCount(), 2);
        view.flushStreamedText();
        QCOMPARE(view.renderedText(9), u"Hello"_s);
        // A snapshot of the same reply that lags what streamed does not take text away.
        StoredMessage lagging =
            message(9, u"assistant"_s, u"Hel"_s, StoredMessage::State::Streaming);
        view.setThread({message(1, u"user"_s, u"hi"_s), lagging});
        QCOMPARE(view.renderedText(9), u"Hello"_s);
        // The final message replaces it.
        StoredMessage done = message(9, u"assistant"_s, u"Hello there"_s);
        view.updateMessage(done);
        QCOMPARE(view.renderedText(9), u"Hello there"_s);
        view.updateMessage(message(77, u"assistant"_s, u"ignored"_s));
        QCOMPARE(view.messageCount(), 2);
    }

    void finalMessageRendersPendingDeltas() {
        TranscriptView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setThread({message(1, u"user"_s, u"hi"_s),
                        message(2, u"assistant"_s, {}, StoredMessage::State::Streaming)});
        view.appendDelta(2, u"Hello"_s, u"Thinking"_s);
        view.flushStreamedText();
        view.appendDelta(2, u" world"_s, u" hard"_s); // still waiting for the render timer
        StoredMessage done = message(2, u"assistant"_s, u"Hello world"_s);
        done.reasoning = u"Thinking hard"_s;
        view.updateMessage(done); // no flush first: the final state must still show it all
        QCOMPARE(view.renderedText(2), u"Hello world"_s);
        QCOMPARE(view.cardFor(2)->reasoningView()->document()->toPlainText(), u"Thinking hard"_s);
        QTest::qWait(2 * TranscriptView::kFlushIntervalMs);
        QCOMPARE(view.renderedText(2), u"Hello world"_s);
    }

    void statesErrorsAndSiblings() {
        TranscriptView view;
        view.resize(800, 3000); // tall enough for every card to be on screen
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        StoredMessage user = message(1, u"user"_s, u"Question"_s);
        user.siblingIndex = 1;
        user.siblingCount = 3;
        StoredMessage stopped =
            message(2, u"assistant"_s, u"Partial"_s, StoredMessage::State::Stopped);
        StoredMessage interrupted =
            message(3, u"assistant"_s, u"Cut"_s, StoredMessage::State::Interrupted);
        StoredMessage failed = message(4, u"assistant"_s, {}, StoredMessage::State::Failed);
        failed.errorText = u"Insufficient credits. Add credits."_s;
        failed.error = QJsonObject{{u"kind"_s, u"credits"_s},
                                   {u"message"_s, u"Insufficient credits"_s},
                                   {u"hint"_s, u"Add credits or pick a free model."_s}};
        failed.siblingIndex = 0;
        failed.siblingCount = 2;
        StoredMessage done = message(5, u"assistant"_s, u"Fine"_s);
        Usage usage;
        usage.promptTokens = 1200;
        usage.completionTokens = 300;
        done.usage = usage;
        done.cost = 0.000123;
        done.timeToFirstTokenMs = 250;
        done.durationMs = 3250;
        done.finishReason = u"stop"_s;
        view.setThread({user, stopped, interrupted, failed, done});
        QCOMPARE(view.messageCount(), 5);

        MessageCard *u = view.cardFor(1);
        QVERIFY(u && u->isVisible());
        QVERIFY(u->siblingLabel()->isVisible());
        QCOMPARE(u->siblingLabel()->text(), u"2/3"_s);
        QVERIFY(u->previousSiblingButton()->isEnabled());
        QVERIFY(u->nextSiblingButton()->isEnabled());
        QVERIFY(u->badge()->isHidden());
        QVERIFY(u->editButton()->isVisible());
        QVERIFY(u->regenerateButton()->isHidden());

        QCOMPARE(view.cardFor(2)->badge()->text(), TranscriptFormat::tr("Stopped"));
        QVERIFY(view.cardFor(2)->retryButton()->isHidden());
        QCOMPARE(view.cardFor(3)->badge()->text(), TranscriptFormat::tr("Interrupted"));
        QVERIFY(view.cardFor(3)->retryButton()->isVisible());

        MessageCard *f = view.cardFor(4);
        QCOMPARE(f->badge()->text(), TranscriptFormat::tr("Failed"));
        QVERIFY(f->errorLabel()->isVisible());
        QVERIFY(f->errorLabel()->text().contains(u"Insufficient credits"_s));
        QVERIFY(f->errorLabel()->text().contains(u"Add credits or pick a free model."_s));
        QVERIFY(f->retryButton()->isVisible());
        QCOMPARE(f->siblingLabel()->text(), u"1/2"_s);
        QVERIFY(!f->previousSiblingButton()->isEnabled());
        QVERIFY(f->nextSiblingButton()->isEnabled());

        MessageCard *d = view.cardFor(5);
        QVERIFY(d->badge()->isHidden());
        QVERIFY(d->errorLabel()->isHidden() || !d->errorLabel()->parentWidget()->isVisible());
        const QString stats = d->statsLabel()->text();
        QVERIFY2(stats.contains(u"$0.000123"_s), qPrintable(stats));
        QVERIFY(stats.contains(u"first token 250 ms"_s));
        QVERIFY(stats.contains(u"100.0 tok/s"_s)); // 300 tokens in 3 s after the first
        QVERIFY(stats.contains(u"stop"_s));
        QVERIFY(stats.contains(QLocale().toString(1200)));

        view.setNotice(5, u"Retrying in 3 s…"_s);
        QVERIFY(d->noticeLabel()->isVisible());
        QCOMPARE(d->noticeLabel()->text(), u"Retrying in 3 s…"_s);
        view.setNotice(5, {});
        QVERIFY(d->noticeLabel()->isHidden());
    }

    void buttonsEmitSignals() {
        TranscriptView view;
        view.resize(800, 1200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        StoredMessage user = message(1, u"user"_s, u"Question"_s);
        user.siblingIndex = 1;
        user.siblingCount = 2;
        StoredMessage failed = message(2, u"assistant"_s, u"oops"_s, StoredMessage::State::Failed);
        failed.errorText = u"Server error"_s;
        view.setThread({user, failed});
        view.setModelChoices({u"anthropic/claude-sonnet-4"_s, u"openai/gpt-4o"_s});

        QSignalSpy regenerate(&view, &TranscriptView::regenerateRequested);
        QSignalSpy edit(&view, &TranscriptView::editRequested);
        QSignalSpy remove(&view, &TranscriptView::deleteRequested);
        QSignalSpy sibling(&view, &TranscriptView::siblingRequested);
        QSignalSpy retry(&view, &TranscriptView::retryRequested);

        MessageCard *u = view.cardFor(1);
        MessageCard *a = view.cardFor(2);
        QTest::mouseClick(u->editButton(), Qt::LeftButton);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.last().at(0).toLongLong(), 1);
        QTest::mouseClick(u->previousSiblingButton(), Qt::LeftButton);
        QVERIFY(!u->nextSiblingButton()->isEnabled());
        QCOMPARE(sibling.size(), 1);
        QCOMPARE(sibling.last().at(0).toLongLong(), 1);
        QCOMPARE(sibling.last().at(1).toInt(), -1);
        QTest::mouseClick(a->retryButton(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.last().at(0).toLongLong(), 2);
        QTest::mouseClick(a->deleteButton(), Qt::LeftButton);
        QCOMPARE(remove.size(), 1);
        QCOMPARE(remove.last().at(0).toLongLong(), 2);

        clickMainPart(a->regenerateButton());
        QCOMPARE(regenerate.size(), 1);
        QCOMPARE(regenerate.last().at(0).toLongLong(), 2);
        QCOMPARE(regenerate.last().at(1).toString(), QString());

        // The menu offers the known models (not the message's own) and a free choice.
        emit a->regenerateMenu()->aboutToShow();
        QAction *other = nullptr;
        QAction *typed = nullptr;
        for (QAction *action : a->regenerateMenu()->actions()) {
            QVERIFY(action->text() != u"openai/gpt-4o"_s);
            if (action->text() == u"anthropic/claude-sonnet-4"_s)
                other = action;
            if (action->text() == MessageCard::tr("Another model…"))
                typed = action;
        }
        QVERIFY(other && typed);
        other->trigger();
        QCOMPARE(regenerate.last().at(1).toString(), u"anthropic/claude-sonnet-4"_s);

        QTimer::singleShot(0, this, [] {
            auto *dialog = qApp->findChild<QInputDialog *>(u"regenerateModelDialog"_s);
            for (QWidget *w : QApplication::topLevelWidgets())
                if (!dialog && w->objectName() == u"regenerateModelDialog"_s)
                    dialog = qobject_cast<QInputDialog *>(w);
            if (!dialog)
                dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(u"  mistralai/mistral-large  "_s);
            dialog->accept();
        });
        typed->trigger();
        QCOMPARE(regenerate.size(), 3);
        QCOMPARE(regenerate.last().at(1).toString(), u"mistralai/mistral-large"_s);
    }

    void copyPutsMarkdownOnTheClipboard() {
        TranscriptView view;
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString md =
            u"# Title\n\nSome **bold** and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"_s;
        view.setThread({message(1, u"user"_s, u"q"_s), message(2, u"assistant"_s, md)});
        MessageCard *card = view.cardFor(2);
        clickMainPart(card->copyButton());
        QCOMPARE(QGuiApplication::clipboard()->text(), md);
        const QList<QAction *> actions = card->copyMenu()->actions();
        QCOMPARE(actions.size(), 2);
        actions[1]->trigger(); // plain text
        const QString plain = QGuiApplication::clipboard()->text();
        QVERIFY(plain.startsWith(u"Title\nSome bold and code."_s));
        QVERIFY(!plain.contains(u"**"_s));
        QCOMPARE(plain, view.renderedText(2));
        actions[0]->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), md);
    }

    void reasoningExpandsWhileThinkingOnly() {
        TranscriptView view;
        view.resize(700, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setThread({message(1, u"user"_s, u"q"_s),
                        message(2, u"assistant"_s, {}, StoredMessage::State::Streaming)});
        view.appendDelta(2, {}, u"Let me think about **this**."_s);
        view.flushStreamedText();
        MessageCard *card = view.cardFor(2);
        QVERIFY(card->reasoningToggle()->isVisible());
        QVERIFY(card->reasoningView()->isVisible());
        QCOMPARE(card->reasoningToggle()->text(), MessageCard::tr("Thinking…"));
        QCOMPARE(card->reasoningView()->document()->toPlainText(), u"Let me think about this."_s);

        view.appendDelta(2, u"The answer."_s, {});
        view.flushStreamedText();
        QVERIFY(card->reasoningView()->isHidden()); // collapsed once the reply starts
        QVERIFY(card->body()->isVisible());
        const int collapsed = card->height();

        QTest::mouseClick(card->reasoningToggle(), Qt::LeftButton);
        QVERIFY(card->reasoningView()->isVisible());
        QTRY_VERIFY(card->height() > collapsed);
        // The user's choice survives more text and a reload of the thread.
        view.appendDelta(2, u" More."_s, {});
        view.flushStreamedText();
        QVERIFY(card->reasoningView()->isVisible());
        StoredMessage done = message(2, u"assistant"_s, u"The answer. More."_s);
        done.reasoning = u"Let me think about **this**."_s;
        view.setThread({message(1, u"user"_s, u"q"_s), done});
        QVERIFY(view.cardFor(2)->reasoningView()->isVisible());
    }

    void attachmentsShowThumbnails() {
        TranscriptView view;
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        StoredMessage user = message(1, u"user"_s, u"What is this?"_s);
        user.attachments << ContentPart::makeImageUrl(pngDataUrl(640, 320))
                         << ContentPart::makeFile(u"report.pdf"_s,
                                                  u"data:application/pdf;base64,AA"_s)
                         << ContentPart::makeImageUrl(u"data:image/png;base64,bm90IGFuIGltYWdl"_s);
        view.setThread({user});
        MessageCard *card = view.cardFor(1);
        const QList<QLabel *> labels = card->attachmentLabels();
        QCOMPARE(labels.size(), 3);
        const int height = card->height();
        QTRY_VERIFY(!labels[0]->pixmap().isNull());
        QCOMPARE(labels[0]->pixmap().width(), 112);
        QCOMPARE(labels[0]->pixmap().height(), 56);
        QVERIFY(labels[1]->text().contains(u"report.pdf"_s));
        QTRY_COMPARE(labels[2]->text(), MessageCard::tr("Image")); // undecodable
        QCOMPARE(card->height(), height); // the thumbnail box has a fixed size: nothing jumps
    }

    void longThreadsAreVirtualised() {
        TranscriptView view;
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setThread(longThread(1000));
        QCOMPARE(view.messageCount(), 1000);
        QScrollBar *bar = view.verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.cardFor(1000));
        QVERIFY(!view.cardFor(1));
        const auto visibleCards = [&view] {
            int n = 0;
            for (MessageCard *c : view.viewport()->findChildren<MessageCard *>())
                n += c->isVisible();
            return n;
        };
        QVERIFY(visibleCards() < 20);
        QVERIFY(view.viewport()->findChildren<MessageCard *>().size() < 40);

        bar->setValue(0);
        QVERIFY(view.cardFor(1));
        QCOMPARE(view.cardFor(1)->y(), 12);
        QVERIFY(!view.cardFor(1000));
        QVERIFY(visibleCards() < 20);
        // Scroll through everything: every message gets a card on the way, cards stay few.
        QSet<qint64> seen;
        for (;;) {
            for (MessageCard *c : view.viewport()->findChildren<MessageCard *>())
                if (c->isVisible() && c->entry())
                    seen.insert(c->entry()->message.id);
            QVERIFY(visibleCards() < 20);
            if (bar->value() >= bar->maximum())
                break;
            bar->setValue(bar->value() + bar->pageStep() / 2);
        }
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(view.renderedText(500), u"Message 500: some text that is long enough to wrap "
                                         "once or twice in a narrow window, with markdown.\n"
                                         "Second paragraph 500."_s);
    }

    void conversationSwitchScrollsToTheBottom() {
        TranscriptView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setThread(longThread(50, 1));
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(100);
        QVERIFY(!view.isPinnedToBottom());
        // The same conversation reloaded (e.g. after a reply finished) keeps the position.
        QList<StoredMessage> again = longThread(50, 1);
        again[1].content += u" (edited)"_s;
        view.setThread(again);
        QCOMPARE(bar->value(), 100);
        view.setThread(longThread(20, 2));
        QVERIFY(view.isPinnedToBottom());
        QCOMPARE(bar->value(), bar->maximum());
        view.setThread({});
        QCOMPARE(view.messageCount(), 0);
        QCOMPARE(bar->maximum(), 0);
    }

    void themeFollowsThePalette() {
        TranscriptView view;
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        StoredMessage failed = message(2, u"assistant"_s, u"x"_s, StoredMessage::State::Failed);
        failed.errorText = u"Boom"_s;
        view.setThread({message(1, u"user"_s, u"q"_s), failed});
        const auto errorBox = [&view] {
            return view.cardFor(2)->findChild<QFrame *>(u"messageError"_s);
        };
        QVERIFY(errorBox()->palette().color(QPalette::Window).lightnessF() > 0.5);

        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Link, QColor(0, 0, 255));
        view.setPalette(dark);
        QVERIFY(errorBox()->palette().color(QPalette::Window).lightnessF() < 0.5);
        QVERIFY(errorBox()->palette().color(QPalette::WindowText).lightnessF() > 0.5);
        const MarkdownStyle style = MarkdownStyle::fromPalette(dark, view.font());
        QVERIFY(style.dark);
        QVERIFY(style.link.lightnessF() > 0.6);
        QVERIFY(style.codeBackground.lightnessF() < 0.3);
        // The body was rendered again with the dark style.
        QCOMPARE(view.renderedText(2), u"x"_s);
        QVERIFY(view.cardFor(2)->body()->document()->style().dark);
    }

    void keyboardScrolls() {
        TranscriptView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setThread(longThread(60));
        QScrollBar *bar = view.verticalScrollBar();
        const int max = bar->maximum();
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(bar->value(), max - bar->pageStep());
        QVERIFY(!view.isPinnedToBottom());
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(bar->value(), 0);
        QVERIFY(view.cardFor(1));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(bar->value(), bar->singleStep());
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.isPinnedToBottom());
        QCOMPARE(bar->value(), bar->maximum());
    }

    void layoutAnchorsTheTopMessage() {
        TranscriptLayout layout;
        TranscriptLayout::Entries entries;
        for (int i = 0; i < 10; ++i) {
            auto e = std::make_unique<TranscriptEntry>();
            e->message.id = 100 + i;
            e->index = i;
            e->height = 100;
            entries.push_back(std::move(e));
        }
        layout.update(entries);
        QCOMPARE(layout.top(0), TranscriptLayout::kTopMargin);
        QCOMPARE(layout.top(3),
                 TranscriptLayout::kTopMargin + 3 * (100 + TranscriptLayout::kSpacing));
        QCOMPARE(layout.indexAt(layout.top(3) + 50), 3);
        QCOMPARE(layout.indexAt(-5), 0);
        const int view = 300;
        QVERIFY(layout.pinned());
        QCOMPARE(layout.scrollValue(nullptr, view, 0), layout.maxScroll(view));

        // Scrolled to the middle of message 4: heights changing above keep it in place.
        const int value = layout.top(4) + 30;
        layout.userScrolled(entries, value, view);
        QVERIFY(!layout.pinned());
        QCOMPARE(layout.anchorId(), 104);
        entries[1]->height = 250;
        layout.invalidate();
        layout.update(entries);
        QCOMPARE(layout.scrollValue(entries[4].get(), view, 0), layout.top(4) + 30);
        QCOMPARE(layout.scrollValue(entries[4].get(), view, 0), value + 150);
        // Growth below changes nothing; scrolling to the end pins again.
        entries[9]->height = 900;
        layout.invalidate();
        layout.update(entries);
        QCOMPARE(layout.scrollValue(entries[4].get(), view, 0), value + 150);
        layout.userScrolled(entries, layout.maxScroll(view) - 2, view);
        QVERIFY(layout.pinned());
    }

    void formatHelpers() {
        QCOMPARE(TranscriptFormat::cost(0.000123), u"$0.000123"_s);
        QCOMPARE(TranscriptFormat::cost(1.5), u"$1.50"_s);
        QCOMPARE(TranscriptFormat::cost(0.00000123456789), u"$0.00000123456789"_s);
        QCOMPARE(TranscriptFormat::cost(0), u"$0.00"_s);
        StoredMessage m;
        QVERIFY(!TranscriptFormat::tokensPerSecond(m));
        Usage u;
        u.completionTokens = 50;
        m.usage = u;
        m.durationMs = 1000;
        QCOMPARE(*TranscriptFormat::tokensPerSecond(m), 50.0);
        m.timeToFirstTokenMs = 500;
        QCOMPARE(*TranscriptFormat::tokensPerSecond(m), 100.0);
        m.model = u"a/b"_s;
        m.provider = u"P"_s;
        QCOMPARE(TranscriptFormat::modelLine(m),
                 TranscriptFormat::tr("%1 via %2").arg(u"a/b"_s, u"P"_s));
        m.errorText = u"<plain> text"_s;
        QCOMPARE(TranscriptFormat::errorHtml(m), u"&lt;plain&gt; text"_s);
    }
};

QTEST_MAIN(TestTranscriptView)
#include "tst_transcript_view.moc"
