// ChatPage as a user meets it (offscreen, against the in-process fake OpenRouter): sending with
// the keyboard, streaming into the transcript, Stop, regenerate and edit branches, attachments
// in the request, inline errors with Retry and the retry countdown, and the API key dialog.

#include "FindChild.h"
#include "tst_chatpage_harness.h"

#include "chat/ChatSettingsPanel.h"
#include "chat/ComposerAttachments.h"
#include "chat/ConversationSidebar.h"
#include "store/Settings.h"
#include "widgets/NoticeBanner.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>

using orc::test::child;
using namespace Qt::StringLiterals;
using orc::ContentPart;
using orc::StoredMessage;
using orc::test::ChatHarness;
using orc::test::kChatTimeoutMs;

namespace {

QString writeImage(const QString &path, const QColor &color) {
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(color);
    image.save(path, "PNG");
    return path;
}

QString writePdf(const QString &path) {
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    return path;
}

// The content parts of the last user message in a recorded chat request.
QJsonArray lastUserContent(const orc::fake::RecordedRequest &request) {
    const QJsonArray messages = request.json.value("messages"_L1).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject m = messages.at(i).toObject();
        if (m.value("role"_L1).toString() == "user"_L1)
            return m.value("content"_L1).toArray();
    }
    return {};
}

} // namespace

class TestChatPage : public QObject {
    Q_OBJECT

private slots:
    void ctrlEnterSendsAndTheReplyStreamsIn() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QSignalSpy busy(h.page.get(), &orc::ChatPage::busyChanged);
        h.editor()->setFocus();
        QTest::keyClicks(h.editor(), u"hello"_s);
        QTest::keyClick(h.editor(), Qt::Key_Return); // Enter is a new line by default
        QTest::keyClicks(h.editor(), u"world"_s);
        QCOMPARE(h.page->composer()->text(), u"hello\nworld"_s);
        QCOMPARE(h.server.requestCount(u"/chat/completions"_s), 0);

        QTest::keyClick(h.editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!busy.isEmpty(), kChatTimeoutMs);
        QVERIFY(child<QPushButton>(h.page->composer(), u"stopButton"_s)->isVisible());
        QVERIFY(h.page->composer()->text().isEmpty()); // the composer is cleared at once
        QTRY_VERIFY_WITH_TIMEOUT(!h.busy(), kChatTimeoutMs);

        QCOMPARE(h.thread().size(), 2);
        const StoredMessage reply = h.last();
        QCOMPARE(reply.state, StoredMessage::State::Complete);
        QCOMPARE(reply.content, u"Echo: hello\nworld"_s);
        h.transcript()->flushStreamedText();
        QVERIFY2(h.transcript()->renderedText(reply.id).contains(u"Echo: hello"_s),
                 qPrintable(h.transcript()->renderedText(reply.id)));
        QVERIFY(child<QPushButton>(h.page->composer(), u"sendButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(h.page->composer(), u"stopButton"_s)->isVisible());
        // The running total counts the reply's cost; the sidebar lists the conversation.
        QVERIFY(reply.cost.value_or(0) > 0);
        QCOMPARE(child<QLabel>(h.page, u"conversationCost"_s)->text(),
                 u"Total %1"_s.arg(orc::ChatPage::formatCost(h.page->session()->totalCost())));
        QVERIFY(child<QLabel>(h.page, u"conversationCost"_s)->text() != u"Total $0"_s);
        QCOMPARE(h.page->sidebar()->currentConversation(), h.page->conversationId());
        QCOMPARE(h.page->sidebar()->listedIds(), QList<qint64>{h.page->conversationId()});
        const QJsonObject sent = h.server.lastRequest().json;
        QCOMPARE(sent.value("model"_L1).toString(), u"fake/echo"_s);
        QVERIFY(sent.value("stream"_L1).toBool());
    }

    void enterSendsWhenTheSettingSaysSo() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        h.page->settingsPanel()->findChild<QCheckBox *>(u"sendWithEnter"_s)->setChecked(true);
        QVERIFY(orc::Settings().flag(orc::Settings::Key::SendWithEnter));
        h.editor()->setFocus();
        QTest::keyClicks(h.editor(), u"one"_s);
        QTest::keyClick(h.editor(), Qt::Key_Return, Qt::ShiftModifier); // new line
        QTest::keyClicks(h.editor(), u"two"_s);
        QCOMPARE(h.page->composer()->text(), u"one\ntwo"_s);
        QTest::keyClick(h.editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(h.thread().size() == 2 && !h.busy(), kChatTimeoutMs);
        QCOMPARE(h.last().content, u"Echo: one\ntwo"_s);
    }

    void escapeStopsAndKeepsThePartialReply() {
        ChatHarness h;
        h.useModel(u"fault/slow"_s);
        h.typeAndSend(
            u"take your time "_s.repeated(20).trimmed()); // long: the stop lands mid-reply
        QTRY_VERIFY_WITH_TIMEOUT(h.busy(), kChatTimeoutMs);
        const qint64 replyId = h.page->session()->streamingMessageId();
        QTRY_VERIFY_WITH_TIMEOUT(
            !h.store->message(replyId).value_or(StoredMessage()).content.isEmpty() ||
                !h.transcript()->renderedText(replyId).isEmpty(),
            kChatTimeoutMs);
        QTest::qWait(150);
        h.transcript()->flushStreamedText();
        const QString shown = h.transcript()->renderedText(replyId);
        QVERIFY(!shown.isEmpty());

        QTest::keyClick(h.editor(), Qt::Key_Escape);
        QVERIFY(!h.busy()); // the stream finishes synchronously on cancel
        const StoredMessage stopped = h.last();
        QCOMPARE(stopped.id, replyId);
        QCOMPARE(stopped.state, StoredMessage::State::Stopped);
        QVERIFY(!stopped.content.isEmpty());
        QVERIFY(stopped.content.startsWith(shown.left(4)));
        QVERIFY(!child<QPushButton>(h.page->composer(), u"stopButton"_s)->isVisible());
        QVERIFY(!h.page->stopAction()->isEnabled());
    }

    void stopButtonStopsToo() {
        ChatHarness h;
        h.useModel(u"fault/slow"_s);
        h.typeAndSend(u"slowly "_s.repeated(40).trimmed()); // long: the stop lands mid-reply
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPushButton>(h.page->composer(), u"stopButton"_s)->isVisible(), kChatTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            !h.transcript()->renderedText(h.page->session()->streamingMessageId()).isEmpty(),
            kChatTimeoutMs);
        QTest::mouseClick(child<QPushButton>(h.page->composer(), u"stopButton"_s), Qt::LeftButton);
        QCOMPARE(h.last().state, StoredMessage::State::Stopped);
    }

    void regenerateAndEditMakeBranches() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"first question"_s));
        const qint64 userId = h.thread().at(0).id;
        const qint64 firstReply = h.last().id;

        // Regenerate (the card's button) with the same model: a sibling reply.
        orc::MessageCard *card = h.card(firstReply);
        QVERIFY(card);
        QTest::mouseClick(card->regenerateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h.busy() && h.last().id != firstReply, kChatTimeoutMs);
        QCOMPARE(h.last().model, u"fake/echo"_s);
        QCOMPARE(h.last().siblingCount, 2);
        const qint64 secondReply = h.last().id;
        // With another model (the card's menu asks for it; here the request directly).
        emit h.transcript()->regenerateRequested(secondReply, u"openai/gpt-4o-mini"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!h.busy() && h.last().id != firstReply, kChatTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(h.last().id != secondReply, kChatTimeoutMs);
        QCOMPARE(h.last().model, u"openai/gpt-4o-mini"_s);
        QCOMPARE(h.last().siblingCount, 3);
        QCOMPARE(h.last().siblingIndex, 2);
        QCOMPARE(h.server.lastRequest().json.value("model"_L1).toString(), u"openai/gpt-4o-mini"_s);
        card = h.card(h.last().id);
        QVERIFY(card);
        QTest::mouseClick(card->previousSiblingButton(), Qt::LeftButton);
        QCOMPARE(h.last().id, secondReply);
        QCOMPARE(h.transcript()->messageCount(), 2);

        // Edit the question: the composer loads it; sending makes a new branch.
        card = h.card(userId);
        QVERIFY(card);
        QTest::mouseClick(card->editButton(), Qt::LeftButton);
        orc::Composer *composer = h.page->composer();
        QCOMPARE(composer->editingMessageId(), userId);
        QVERIFY(child<QFrame>(composer, u"editBanner"_s)->isVisible());
        QCOMPARE(composer->text(), u"first question"_s);
        h.editor()->selectAll();
        QTest::keyClicks(h.editor(), u"better question"_s);
        QTest::keyClick(h.editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            !h.busy() && h.thread().size() == 2 && h.thread().at(0).id != userId, kChatTimeoutMs);
        QCOMPARE(h.thread().at(0).content, u"better question"_s);
        QCOMPARE(h.thread().at(0).siblingCount, 2);
        QCOMPARE(h.last().content, u"Echo: better question"_s);
        QVERIFY(!child<QFrame>(composer, u"editBanner"_s)->isVisible());
        QCOMPARE(composer->editingMessageId(), 0);
        // The old branch is still there.
        emit h.transcript()->siblingRequested(h.thread().at(0).id, -1);
        QCOMPARE(h.thread().at(0).id, userId);
        QCOMPARE(h.last().content, u"Echo: first question"_s);
    }

    void deleteMessageFromTheTranscript() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"one"_s));
        QVERIFY(h.sendAndWait(u"two"_s));
        QCOMPARE(h.thread().size(), 4);
        orc::MessageCard *card = h.card(h.thread().at(2).id);
        QVERIFY(card);
        QTest::mouseClick(card->deleteButton(), Qt::LeftButton);
        QCOMPARE(h.thread().size(), 2);
        QCOMPARE(h.transcript()->messageCount(), 2);
    }

    void droppedPastedAndPickedAttachmentsAreSent() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        orc::Composer *composer = h.page->composer();
        const QString png = writeImage(h.dir.filePath(u"red.png"_s), Qt::red);
        const QString pdf = writePdf(h.dir.filePath(u"paper.pdf"_s));

        // Drop a file on the text field.
        QMimeData drop;
        drop.setUrls({QUrl::fromLocalFile(png)});
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &drop, Qt::LeftButton,
                             Qt::NoModifier);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &drop, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(h.editor()->viewport(), &enter);
        QApplication::sendEvent(h.editor()->viewport(), &dropEvent);
        QCOMPARE(child<orc::ComposerAttachments>(composer, u"composerAttachments"_s)->count(), 1);
        QCOMPARE(child<orc::ComposerAttachments>(composer, u"composerAttachments"_s)->nameAt(0),
                 u"red.png"_s);
        QVERIFY(!child<orc::ComposerAttachments>(composer, u"composerAttachments"_s)
                     ->thumbnailAt(0)
                     .isNull());

        // Paste an image from the clipboard.
        QImage blue(8, 8, QImage::Format_RGB32);
        blue.fill(Qt::blue);
        QApplication::clipboard()->setImage(blue);
        h.editor()->setFocus();
        QTest::keyClick(h.editor(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(child<orc::ComposerAttachments>(composer, u"composerAttachments"_s)->count(), 2);
        QVERIFY(composer->text().isEmpty()); // not pasted as text

        // A PDF as a file; a text file is refused with a message.
        QVERIFY(composer->addFiles({pdf}));
        QFile notes(h.dir.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("plain text");
        notes.close();
        QVERIFY(!composer->addFiles({notes.fileName()}));
        QVERIFY(composer->errorText().contains(u"notes.txt"_s));
        QCOMPARE(child<orc::ComposerAttachments>(composer, u"composerAttachments"_s)->count(), 3);

        // fake/echo reads text only: the warning names the problem.
        QVERIFY(child<orc::NoticeBanner>(composer, u"attachmentWarning"_s)->isVisible());
        QVERIFY(child<orc::NoticeBanner>(composer, u"attachmentWarning"_s)
                    ->text()
                    .contains(u"does not accept images"_s));
        h.pickModel(u"openai/gpt-4o-mini"_s);
        QCOMPARE(h.page->session()->model(), u"openai/gpt-4o-mini"_s);
        QVERIFY(!child<orc::NoticeBanner>(composer, u"attachmentWarning"_s)->isVisible());

        QVERIFY(h.sendAndWait(u"what is in these?"_s));
        QCOMPARE(child<orc::ComposerAttachments>(composer, u"composerAttachments"_s)->count(), 0);
        const QJsonArray content = lastUserContent(h.server.lastRequest());
        QCOMPARE(content.size(), 4);
        QCOMPARE(content.at(0)["type"_L1].toString(), u"text"_s);
        QCOMPARE(content.at(0)["text"_L1].toString(), u"what is in these?"_s);
        const QString dropped = content.at(1)["image_url"_L1]["url"_L1].toString();
        QVERIFY(dropped.startsWith("data:image/png;base64,"_L1));
        QImage decoded = QImage::fromData(
            QByteArray::fromBase64(dropped.mid(dropped.indexOf(u',') + 1).toLatin1()));
        QCOMPARE(decoded.size(), QSize(24, 16));
        QCOMPARE(decoded.pixelColor(0, 0), QColor(Qt::red));
        const QString pasted = content.at(2)["image_url"_L1]["url"_L1].toString();
        decoded = QImage::fromData(
            QByteArray::fromBase64(pasted.mid(pasted.indexOf(u',') + 1).toLatin1()));
        QCOMPARE(decoded.pixelColor(0, 0), QColor(Qt::blue));
        QCOMPARE(content.at(3)["type"_L1].toString(), u"file"_s);
        QCOMPARE(content.at(3)["file"_L1]["filename"_L1].toString(), u"paper.pdf"_s);
        QVERIFY(content.at(3)["file"_L1]["file_data"_L1].toString().startsWith(
            "data:application/pdf;base64,"_L1));
        // The stored user message keeps them.
        QCOMPARE(h.thread().at(0).attachments.size(), 3);
    }

    void errorsAppearInlineWithTheCoreHint_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("hint");
        QTest::newRow("401") << u"fake/echo"_s << u"sk-or-bad-key"_s << u"auth"_s
                             << u"Check your OpenRouter API key"_s;
        QTest::newRow("402") << u"fake/echo"_s << u"sk-or-broke-key"_s << u"credits"_s
                             << u"Add credits"_s;
        QTest::newRow("403") << u"fault/moderation"_s << u"sk-or-test"_s << u"moderation"_s
                             << u"flagged by moderation"_s;
        QTest::newRow("429") << u"fault/429"_s << u"sk-or-test"_s << u"rate_limited"_s
                             << u"Rate limited"_s;
        QTest::newRow("500") << u"fault/500"_s << u"sk-or-test"_s << u"server"_s
                             << u"The provider had trouble (HTTP 500)"_s;
        QTest::newRow("502 mid-stream") << u"fault/midstream-error"_s << u"sk-or-test"_s
                                        << u"server"_s << u"Try again shortly"_s;
    }
    void errorsAppearInlineWithTheCoreHint() {
        QFETCH(QString, model);
        QFETCH(QString, key);
        QFETCH(QString, kind);
        QFETCH(QString, hint);
        ChatHarness h(key);
        h.useModel(model);
        QVERIFY(h.sendAndWait(u"hello"_s));
        const StoredMessage failed = h.last();
        QCOMPARE(failed.state, StoredMessage::State::Failed);
        QCOMPARE(failed.error.value("kind"_L1).toString(), kind);
        orc::MessageCard *card = h.card(failed.id);
        QVERIFY(card);
        QVERIFY(card->errorLabel()->isVisible());
        const QString shown = card->errorLabel()->text();
        QVERIFY2(shown.contains(hint.toHtmlEscaped()), qPrintable(shown));
        QVERIFY(!shown.contains(key)); // never the key
        QVERIFY(card->retryButton()->isVisible());
        QCOMPARE(child<orc::NoticeBanner>(h.page, u"keyBanner"_s)->isVisible(), kind == "auth"_L1);
    }

    void retryAfterAnErrorSucceeds() {
        ChatHarness h; // one attempt: the 503 ends the reply
        h.useModel(u"fault/503-once"_s);
        QVERIFY(h.sendAndWait(u"again"_s));
        QCOMPARE(h.last().state, StoredMessage::State::Failed);
        const qint64 failedId = h.last().id;
        orc::MessageCard *card = h.card(failedId);
        QVERIFY(card);
        QTest::mouseClick(card->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h.busy() && h.last().id != failedId, kChatTimeoutMs);
        QCOMPARE(h.last().state, StoredMessage::State::Complete);
        QCOMPARE(h.last().content, u"Echo: again"_s);
        QCOMPARE(h.last().siblingCount, 2); // the failed reply stays reachable
    }

    void retryCountdownIsShownWhileWaiting() {
        ChatHarness h(u"sk-or-test"_s, 2); // a second attempt after Retry-After: 1 s
        h.useModel(u"fault/429-once"_s);
        QSignalSpy notices(h.page->composer(), &orc::Composer::retryNoticeChanged);
        h.typeAndSend(u"patience"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.page->composer()->retryNotice().contains(u"Retrying in 1 s"_s),
                                 kChatTimeoutMs);
        QVERIFY(h.page->composer()->statusLabel()->isVisible());
        QVERIFY(h.page->composer()->retryNotice().contains(u"attempt 2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!h.busy(), kChatTimeoutMs);
        QCOMPARE(h.last().state, StoredMessage::State::Complete);
        QVERIFY(h.page->composer()->retryNotice().isEmpty());
        QVERIFY(!h.page->composer()->statusLabel()->isVisible());
        QVERIFY(notices.size() >= 2);
        QCOMPARE(notices.last().at(0).toString(), QString()); // cleared
    }

    void keyDialogAsksBeforeTheFirstSend() {
        ChatHarness h{QString()};
        h.useModel(u"fake/echo"_s);
        h.typeAndSend(u"hello key"_s);
        QTRY_VERIFY(h.page->findChild<orc::ApiKeyDialog *>() &&
                    h.page->findChild<orc::ApiKeyDialog *>()->isVisible());
        QCOMPARE(h.server.requestCount(u"/chat/completions"_s), 0);
        orc::ApiKeyDialog *dialog = h.page->findChild<orc::ApiKeyDialog *>();
        QCOMPARE(child<QLineEdit>(dialog, u"apiKeyField"_s)->echoMode(), QLineEdit::Password);

        QTest::keyClicks(child<QLineEdit>(dialog, u"apiKeyField"_s), u"sk or v1"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible()); // refused, with the reason
        QVERIFY(child<QLabel>(dialog, u"apiKeyError"_s)->text().contains(u"no spaces"_s));

        const QString key = u"sk-or-v1-0123456789abcdef"_s;
        child<QLineEdit>(dialog, u"apiKeyField"_s)->setText(key);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!h.page->findChild<orc::ApiKeyDialog *>());
        QCOMPARE(h.client->config().apiKey, key);
        QCOMPARE(h.client->config().keySource, orc::KeySource::Stored);
        QCOMPARE(orc::ApiKeyDialog::storedKey(), key);
        // Saved, but never as plain text in the settings file.
        QSettings settings;
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray raw = ini.readAll();
        QVERIFY(raw.contains("obfuscatedChatKey")); // Settings::Key::ObfuscatedChatKey
        QVERIFY(!raw.contains(key.toUtf8()));
        QVERIFY(!raw.contains("0123456789abcdef"));
        // The message that was waiting is sent with the key.
        QTRY_VERIFY_WITH_TIMEOUT(h.thread().size() == 2 && !h.busy(), kChatTimeoutMs);
        QCOMPARE(h.last().content, u"Echo: hello key"_s);
        QCOMPARE(h.server.lastRequest().header("authorization"), "Bearer " + key.toUtf8());
    }

    void refusedKeyOffersTheKeyDialog() {
        ChatHarness h(u"sk-or-bad-key"_s);
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"hi"_s));
        QCOMPARE(h.last().state, StoredMessage::State::Failed);
        QVERIFY(child<orc::NoticeBanner>(h.page, u"keyBanner"_s)->isVisible());
        child<orc::NoticeBanner>(h.page, u"keyBanner"_s)->retryButton()->click();
        QTRY_VERIFY(h.page->findChild<orc::ApiKeyDialog *>() &&
                    h.page->findChild<orc::ApiKeyDialog *>()->isVisible());
        child<QLineEdit>(h.page->findChild<orc::ApiKeyDialog *>(), u"apiKeyField"_s)
            ->setText(u"sk-or-good-key-42"_s);
        h.page->findChild<orc::ApiKeyDialog *>()->accept();
        QVERIFY(!child<orc::NoticeBanner>(h.page, u"keyBanner"_s)->isVisible());
        QCOMPARE(h.client->config().apiKey, u"sk-or-good-key-42"_s);
        emit h.transcript()->retryRequested(h.last().id);
        QTRY_VERIFY_WITH_TIMEOUT(!h.busy() && h.last().state == StoredMessage::State::Complete,
                                 kChatTimeoutMs);
    }
};

ORC_CHAT_TEST_MAIN(TestChatPage)
#include "tst_chatpage.moc"
