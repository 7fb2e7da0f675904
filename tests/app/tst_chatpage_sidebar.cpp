// ChatPage's conversation management (offscreen, against the in-process fake OpenRouter): the
// sidebar (order, titles, inline rename, pin, full-text search, delete with Undo), new chat and
// search shortcuts, the model picker (favourites first, last model remembered), presets and
// per-conversation parameters in the request, export to Markdown/JSON and import.

#include "FindChild.h"
#include "tst_chatpage_harness.h"

#include "MainWindow.h"
#include "catalog/CatalogPage.h"
#include "catalog/ModelCatalogModel.h"
#include "chat/ChatSettingsPanel.h"
#include "chat/ConversationSidebar.h"
#include "chat/PresetStore.h"
#include "store/CatalogCache.h"
#include "store/Settings.h"
#include "widgets/EmptyStateWidget.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>

using orc::test::child;
using namespace Qt::StringLiterals;
using orc::ConversationSidebar;
using orc::StoredMessage;
using orc::test::ChatHarness;
using orc::test::kChatTimeoutMs;

class TestChatPageSidebar : public QObject {
    Q_OBJECT

private slots:
    void conversationsAreListedNewestFirstWithTitles() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"the very first prompt"_s));
        const qint64 first = h.page->conversationId();
        QTest::keyClick(h.editor(), Qt::Key_N, Qt::ControlModifier); // new chat
        QCOMPARE(h.page->conversationId(), 0);
        QCOMPARE(h.transcript()->messageCount(), 0);
        QVERIFY(child<orc::EmptyStateWidget>(h.page, u"emptyState"_s)->isVisible());
        QTRY_VERIFY(h.editor()->hasFocus());
        QVERIFY(h.sendAndWait(u"second one"_s));
        const qint64 second = h.page->conversationId();
        QVERIFY(second != first);

        ConversationSidebar *sidebar = h.page->sidebar();
        QCOMPARE(sidebar->listedIds(), (QList<qint64>{second, first}));
        QCOMPARE(child<QListWidget>(sidebar, u"conversationList"_s)->item(0)->text(),
                 u"second one"_s);
        QCOMPARE(child<QListWidget>(sidebar, u"conversationList"_s)->item(1)->text(),
                 u"the very first prompt"_s);
        QCOMPARE(child<QListWidget>(sidebar, u"conversationList"_s)->currentItem(),
                 child<QListWidget>(sidebar, u"conversationList"_s)->item(0));

        // Clicking the older one opens it.
        const QRect rect =
            child<QListWidget>(sidebar, u"conversationList"_s)
                ->visualItemRect(child<QListWidget>(sidebar, u"conversationList"_s)->item(1));
        QTest::mouseClick(child<QListWidget>(sidebar, u"conversationList"_s)->viewport(),
                          Qt::LeftButton, {}, rect.center());
        QCOMPARE(h.page->conversationId(), first);
        QCOMPARE(h.thread().at(0).content, u"the very first prompt"_s);
        QCOMPARE(h.transcript()->messageCount(), 2);

        // Pin the older one: it goes on top.
        QVERIFY(sidebar->togglePin(first));
        QCOMPARE(sidebar->listedIds(), (QList<qint64>{first, second}));
        QVERIFY(!child<QListWidget>(sidebar, u"conversationList"_s)->item(0)->icon().isNull());
        QVERIFY(h.store->conversation(first)->pinned);
    }

    void conversationsWrittenByAnotherProcessAppear() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"mine"_s));
        const qint64 mine = h.page->conversationId();
        ConversationSidebar *sidebar = h.page->sidebar();
        // Our own writes do not count as changes from elsewhere.
        const qint64 version = h.store->dataVersion();
        QVERIFY(version >= 0);
        QVERIFY(h.store->renameConversation(mine, u"renamed here"_s));
        QCOMPARE(h.store->dataVersion(), version);

        // orcli: another connection on the same file.
        orc::ConversationStore other(h.store->path());
        QVERIFY(other.open());
        const qint64 theirs = other.createConversation(u"from orcli"_s, u"fake/echo"_s);
        QVERIFY(theirs > 0);
        StoredMessage prompt;
        prompt.role = u"user"_s;
        prompt.content = u"written elsewhere"_s;
        QVERIFY(other.appendMessage(theirs, prompt) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(sidebar->listedIds(), (QList<qint64>{theirs, mine}),
                                  ConversationSidebar::kExternalPollMs * 5);
        QCOMPARE(sidebar->currentConversation(), mine); // the open one stays selected
    }

    void renameInline() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"rename me"_s));
        const qint64 id = h.page->conversationId();
        ConversationSidebar *sidebar = h.page->sidebar();
        sidebar->startRename(id);
        auto *editor = child<QListWidget>(sidebar, u"conversationList"_s)
                           ->viewport()
                           ->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, u"Trip planning"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(h.store->conversation(id)->title, u"Trip planning"_s);
        QTRY_COMPARE(child<QListWidget>(sidebar, u"conversationList"_s)->item(0)->text(),
                     u"Trip planning"_s);
        // An empty name is refused; the stored title stays.
        QVERIFY(!sidebar->renameConversation(id, u"   "_s));
        QCOMPARE(h.store->conversation(id)->title, u"Trip planning"_s);
    }

    void searchFindsMessagesAndOpensTheirConversation() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"tell me about zeppelins"_s));
        const qint64 zeppelins = h.page->conversationId();
        QVERIFY(h.page->newConversation());
        QVERIFY(h.sendAndWait(u"what about submarines"_s));
        const qint64 submarines = h.page->conversationId();
        QVERIFY(zeppelins != submarines);

        // Ctrl+Shift+F goes to the search box.
        QTest::keyClick(h.editor(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        ConversationSidebar *sidebar = h.page->sidebar();
        QTRY_VERIFY(sidebar->searchField()->hasFocus());
        QTest::keyClicks(sidebar->searchField(), u"zeppelin"_s);
        QTRY_COMPARE(sidebar->resultCount(), 2); // the prompt and the echo
        QVERIFY(child<QListWidget>(sidebar, u"searchResults"_s)->isVisible());
        QVERIFY(!child<QListWidget>(sidebar, u"conversationList"_s)->isVisible());
        auto *label = qobject_cast<QLabel *>(
            child<QListWidget>(sidebar, u"searchResults"_s)
                ->itemWidget(child<QListWidget>(sidebar, u"searchResults"_s)->item(0)));
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"<b>zeppelins</b>"_s), qPrintable(label->text()));

        const QRect rect =
            child<QListWidget>(sidebar, u"searchResults"_s)
                ->visualItemRect(child<QListWidget>(sidebar, u"searchResults"_s)->item(0));
        QTest::mouseClick(child<QListWidget>(sidebar, u"searchResults"_s)->viewport(),
                          Qt::LeftButton, {}, rect.center());
        QCOMPARE(h.page->conversationId(), zeppelins);

        sidebar->setSearchText(u"nothing-like-this"_s);
        QCOMPARE(sidebar->resultCount(), 0);
        QCOMPARE(child<QListWidget>(sidebar, u"searchResults"_s)->count(),
                 1); // the "no match" line
        QTest::keyClick(sidebar->searchField(), Qt::Key_Escape);
        QVERIFY(sidebar->searchField()->text().isEmpty());
        QVERIFY(child<QListWidget>(sidebar, u"conversationList"_s)->isVisible());
    }

    void deleteWithUndo() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"keep me"_s));
        const qint64 keep = h.page->conversationId();
        QVERIFY(h.page->newConversation());
        QVERIFY(h.sendAndWait(u"delete me"_s));
        const qint64 doomed = h.page->conversationId();
        ConversationSidebar *sidebar = h.page->sidebar();

        // Delete key on the selected conversation: gone from the list, Undo offered.
        child<QListWidget>(sidebar, u"conversationList"_s)->setFocus();
        QTest::keyClick(child<QListWidget>(sidebar, u"conversationList"_s), Qt::Key_Delete);
        QCOMPARE(sidebar->listedIds(), QList<qint64>{keep});
        QVERIFY(child<QFrame>(sidebar, u"undoBanner"_s)->isVisible());
        QCOMPARE(h.page->conversationId(), 0);              // the shown one was deleted: a new chat
        QVERIFY(h.store->conversation(doomed).has_value()); // still restorable

        QTest::mouseClick(child<QPushButton>(sidebar, u"undoDelete"_s), Qt::LeftButton);
        QVERIFY(!child<QFrame>(sidebar, u"undoBanner"_s)->isVisible());
        QCOMPARE(sidebar->listedIds(), (QList<qint64>{doomed, keep}));
        QCOMPARE(h.page->conversationId(), doomed);
        QCOMPARE(h.thread().size(), 2);

        // Without Undo, the conversation is purged when the banner goes.
        sidebar->setUndoTimeout(100);
        QVERIFY(sidebar->deleteConversation(doomed));
        QTRY_VERIFY(!child<QFrame>(sidebar, u"undoBanner"_s)->isVisible());
        QVERIFY(!h.store->conversation(doomed).has_value());
        QCOMPARE(h.store->conversations(true).size(), 1);
        QVERIFY(!sidebar->undoDelete());
    }

    void modelPickerPutsFavouritesFirstAndRemembersTheModel() {
        ChatHarness h;
        orc::Settings().setFavouriteModels(QStringList{u"openai/gpt-4o-mini"_s});
        orc::ModelPicker *picker = h.page->modelPicker();
        picker->showPopup();
        QVERIFY(picker->isPopupVisible());
        // Image-only models are not chat models; the favourite leads.
        QCOMPARE(picker->visibleIds(), (QStringList{u"openai/gpt-4o-mini"_s, u"fake/echo"_s}));
        QTest::keyClicks(picker->searchField(), u"echo"_s);
        QCOMPARE(picker->visibleIds(), QStringList{u"fake/echo"_s});
        QTest::keyClick(picker->searchField(), Qt::Key_Return);
        QVERIFY(!picker->isPopupVisible());
        QCOMPARE(picker->currentModel(), u"fake/echo"_s);
        QCOMPARE(h.page->session()->model(), u"fake/echo"_s);
        QCOMPARE(picker->button()->text(), u"Fake: Echo"_s);
        QCOMPARE(orc::ChatPage::lastModelSetting(), u"fake/echo"_s);

        // An id the catalog does not list can be typed in full.
        h.pickModel(u"fault/slow"_s);
        QCOMPARE(picker->currentModel(), u"fault/slow"_s);

        // Each conversation keeps its model; opening one shows it without making it the
        // last chosen model.
        h.pickModel(u"openai/gpt-4o-mini"_s);
        QVERIFY(h.sendAndWait(u"with gpt"_s));
        const qint64 gpt = h.page->conversationId();
        QVERIFY(h.page->newConversation());
        h.pickModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"with echo"_s));
        QVERIFY(h.page->openConversation(gpt));
        QCOMPARE(picker->currentModel(), u"openai/gpt-4o-mini"_s);
        QCOMPARE(h.page->session()->model(), u"openai/gpt-4o-mini"_s);
        QCOMPARE(orc::ChatPage::lastModelSetting(), u"fake/echo"_s);

        // A new page starts with the last chosen model.
        orc::ChatPage second(h.client.get(), h.store.get());
        QCOMPARE(second.modelPicker()->currentModel(), u"fake/echo"_s);
        QCOMPARE(second.session()->model(), u"fake/echo"_s);
    }

    void parametersPresetsAndSystemPromptReachTheRequest() {
        ChatHarness h;
        h.useModel(u"openai/gpt-4o-mini"_s);
        orc::ChatSettingsPanel *settings = h.page->settingsPanel();
        settings->promptEdit()->setPlainText(u"Answer in one word."_s);
        settings->temperatureBox()->setValue(0.3);
        settings->maxTokensBox()->setValue(256);
        settings->topPBox()->setValue(0.9);
        settings->seedBox()->setValue(7);
        settings->effortBox()->setCurrentIndex(settings->effortBox()->findData(u"low"_s));
        QVERIFY(settings->savePreset(u"Terse"_s));
        QCOMPARE(orc::PresetStore::presets().size(), 1);
        QCOMPARE(orc::PresetStore::preset(u"terse"_s)->systemPrompt, u"Answer in one word."_s);

        QVERIFY(h.sendAndWait(u"hi"_s));
        QJsonObject sent = h.server.lastRequest().json;
        QCOMPARE(sent.value("temperature"_L1).toDouble(), 0.3);
        QCOMPARE(sent.value("max_tokens"_L1).toInt(), 256);
        QCOMPARE(sent.value("top_p"_L1).toDouble(), 0.9);
        QCOMPARE(sent.value("seed"_L1).toInt(), 7);
        QCOMPARE(sent.value("reasoning"_L1)["effort"_L1].toString(), u"low"_s);
        QCOMPARE(sent.value("messages"_L1)[0]["role"_L1].toString(), u"system"_s);
        QCOMPARE(sent.value("messages"_L1)[0]["content"_L1].toString(), u"Answer in one word."_s);
        const qint64 tuned = h.page->conversationId();

        // A new conversation starts with defaults; the preset brings everything back.
        QVERIFY(h.page->newConversation());
        QVERIFY(settings->systemPrompt().isEmpty());
        QVERIFY(!settings->params().temperature);
        QVERIFY(h.sendAndWait(u"plain"_s));
        sent = h.server.lastRequest().json;
        QVERIFY(!sent.contains("temperature"_L1));
        QCOMPARE(sent.value("messages"_L1)[0]["role"_L1].toString(), u"user"_s);
        QVERIFY(settings->applyPreset(u"Terse"_s));
        QCOMPARE(h.page->session()->systemPrompt(), u"Answer in one word."_s);
        QCOMPARE(h.page->session()->params().temperature, 0.3);
        QVERIFY(h.sendAndWait(u"again"_s));
        QCOMPARE(h.server.lastRequest().json.value("temperature"_L1).toDouble(), 0.3);

        // Settings belong to their conversation.
        QVERIFY(h.page->openConversation(tuned));
        QCOMPARE(settings->systemPrompt(), u"Answer in one word."_s);
        QCOMPARE(settings->params().seed, 7);
        QVERIFY(settings->deletePreset(u"Terse"_s));
        QVERIFY(orc::PresetStore::presets().isEmpty());
    }

    void exportAndImport() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"export this **please**"_s));
        const qint64 id = h.page->conversationId();
        ConversationSidebar *sidebar = h.page->sidebar();

        const QString md = h.dir.filePath(u"chat.md"_s);
        QVERIFY(sidebar->exportConversation(id, md, ConversationSidebar::Markdown));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(mdFile.readAll());
        QVERIFY(markdown.contains(u"export this **please**"_s));
        QVERIFY(markdown.contains(u"Echo: export this"_s));

        const QString json = h.dir.filePath(u"chat.json"_s);
        QVERIFY(sidebar->exportConversation(id, json, ConversationSidebar::Json));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(exported.value("messages"_L1).toArray().size(), 2);

        QString error;
        QVERIFY(!sidebar->exportConversation(id, h.dir.filePath(u"missing/dir/x.md"_s),
                                             ConversationSidebar::Markdown, &error));
        QVERIFY(error.contains(u"Could not write"_s));

        const qint64 imported = sidebar->importConversation(json, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(imported != id);
        QCOMPARE(h.page->conversationId(), imported); // opened
        QCOMPARE(h.thread().size(), 2);
        QCOMPARE(h.thread().at(1).content, u"Echo: export this **please**"_s);
        QCOMPARE(sidebar->listedIds().size(), 2);

        QFile bad(h.dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QVERIFY(!sidebar->importConversation(bad.fileName(), &error));
        QVERIFY(error.contains(u"is not a JSON conversation export"_s));
    }

    void theMainWindowFeedsTheCatalogToTheChat() {
        ChatHarness h;
        h.page.reset(); // the window makes its own page
        orc::MainWindow window(h.client.get(), orc::CatalogCache(h.dir.filePath(u"cache"_s)),
                               h.store.get());
        window.show();
        window.start();
        orc::ChatPage *chat = window.chatPage();
        // The catalogue's models reach the picker once loaded (chat models only).
        QTRY_VERIFY_WITH_TIMEOUT(chat->modelPicker()->modelCount() > 0, kChatTimeoutMs);
        const QList<orc::ModelInfo> &all = window.catalogPage()->catalogModel()->models();
        QVERIFY(chat->modelPicker()->modelCount() < all.size()); // no image-only models
        QVERIFY(chat->modelPicker()->modelInfo(u"fake/echo"_s).isValid());
        QVERIFY(!chat->modelPicker()->modelInfo(u"black-forest-labs/flux.2-pro"_s).isValid());
        // Favourites marked in the catalogue lead the picker.
        window.catalogPage()->catalogModel()->setFavourite(u"fake/echo"_s, true);
        QCOMPARE(chat->modelPicker()->favouriteIds(), QStringList{u"fake/echo"_s});
        // "Chat with this model" opens the chat page with it.
        emit window.catalogPage()->chatRequested(
            chat->modelPicker()->modelInfo(u"openai/gpt-4o-mini"_s));
        QCOMPARE(window.currentPage(), orc::MainWindow::Page::Chat);
        QCOMPARE(chat->modelPicker()->currentModel(), u"openai/gpt-4o-mini"_s);
        QCOMPARE(chat->session()->model(), u"openai/gpt-4o-mini"_s);
        // Ctrl+N from another page: a new chat on the chat page.
        window.showPage(orc::MainWindow::Page::Models);
        chat->newChatAction()->trigger();
        QCOMPARE(window.currentPage(), orc::MainWindow::Page::Chat);
    }

    void switchingConversationsWaitsForTheReply() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        QVERIFY(h.sendAndWait(u"older"_s));
        const qint64 older = h.page->conversationId();
        QVERIFY(h.page->newConversation());
        h.pickModel(u"fault/slow"_s);
        h.typeAndSend(u"streaming now "_s.repeated(30).trimmed()); // long: still busy below
        QTRY_VERIFY(h.busy());
        QVERIFY(!h.page->openConversation(older));
        QVERIFY(h.page->composer()->statusLabel()->text().contains(u"Stop it"_s));
        QVERIFY(!h.page->newConversation());
        h.page->stop();
        QVERIFY(h.page->openConversation(older));
    }

    // A stopped reply has no usage chunk: its exact cost comes from /generation a little later
    // (the fake answers the first lookup of an id with 404, the client retries ~0.7 s later).
    // A new chat started meanwhile replaces the session; the cost must still reach the message.
    void lateCostReachesItsMessageAfterANewChat() {
        ChatHarness h;
        h.useModel(u"fault/slow"_s);
        h.typeAndSend(u"slowly "_s.repeated(40).trimmed());
        QTRY_VERIFY_WITH_TIMEOUT(h.busy(), kChatTimeoutMs);
        const qint64 first = h.page->conversationId();
        const qint64 replyId = h.page->session()->streamingMessageId();
        QTRY_VERIFY_WITH_TIMEOUT(!h.transcript()->renderedText(replyId).isEmpty(), kChatTimeoutMs);
        h.page->stop();
        QCOMPARE(h.store->message(replyId)->state, StoredMessage::State::Stopped);
        QVERIFY(!h.store->message(replyId)->cost); // not known yet
        const QString generationId = h.store->message(replyId)->generationId;
        QVERIFY(!generationId.isEmpty());

        QVERIFY(h.page->newConversation());
        QCOMPARE(h.page->conversationId(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(h.store->message(replyId)->cost.has_value(), kChatTimeoutMs);
        const double cost = *h.store->message(replyId)->cost;
        QVERIFY(cost > 0);
        QCOMPARE(h.store->conversation(first)->totalCost, cost);

        // Back in that conversation, the reply shows it.
        QVERIFY(h.page->openConversation(first));
        QCOMPARE(h.last().id, replyId);
        QCOMPARE(h.last().cost, std::optional<double>(cost));
    }

    // The same while the conversation stays open: the shown thread and the total update.
    void lateCostUpdatesTheOpenConversation() {
        ChatHarness h;
        h.useModel(u"fault/slow"_s);
        h.typeAndSend(u"slowly "_s.repeated(40).trimmed());
        QTRY_VERIFY_WITH_TIMEOUT(h.busy(), kChatTimeoutMs);
        const qint64 replyId = h.page->session()->streamingMessageId();
        QTRY_VERIFY_WITH_TIMEOUT(!h.transcript()->renderedText(replyId).isEmpty(), kChatTimeoutMs);
        h.page->stop();
        QVERIFY(!h.last().cost);
        QSignalSpy costs(h.page->session(), &orc::ChatSession::costChanged);
        QTRY_VERIFY_WITH_TIMEOUT(h.last().cost.has_value(), kChatTimeoutMs);
        QVERIFY(*h.last().cost > 0);
        QVERIFY(!costs.isEmpty());
        QCOMPARE(costs.last().at(0).toDouble(), *h.last().cost);
    }
};

ORC_CHAT_TEST_MAIN(TestChatPageSidebar)
#include "tst_chatpage_sidebar.moc"
