#pragma once

// Shared set-up of the ChatPage widget tests: an isolated HOME (settings, app data), the
// in-process fake OpenRouter, a conversation store in a temporary folder, and a shown page.

#include "FakeOpenRouter.h"
#include "FindChild.h"
#include "api/OpenRouterClient.h"
#include "chat/ChatPage.h"
#include "chat/ChatSession.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/MessageCard.h"
#include "chat/ModelPicker.h"
#include "chat/TranscriptView.h"
#include "domain/ModelInfo.h"
#include "store/ConversationStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace orc::test {

inline constexpr int kChatTimeoutMs = 15000;

// Points HOME and the XDG folders at a temporary directory before the application exists, so
// QSettings and QStandardPaths never touch the real ones. Call first thing in main().
inline QTemporaryDir &isolateHome() {
    static QTemporaryDir home;
    const QByteArray root = home.path().toUtf8();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qunsetenv("OPENROUTER_API_KEY");
    qunsetenv("SKILL_OPENROUTER_API_KEY");
    qunsetenv("OPENROUTER_BASE_URL");
    return home;
}

// Text-only and vision models as the catalog would list them.
inline QList<ModelInfo> chatTestModels() {
    const QByteArray json =
        "{\"data\":["
        "{\"id\":\"fake/echo\",\"name\":\"Fake: Echo\",\"architecture\":{"
        "\"input_modalities\":[\"text\"],\"output_modalities\":[\"text\"]},"
        "\"pricing\":{\"prompt\":\"0.000001\",\"completion\":\"0.000002\"},"
        "\"supported_parameters\":[\"max_tokens\",\"temperature\"]},"
        "{\"id\":\"openai/gpt-4o-mini\",\"name\":\"OpenAI: GPT-4o-mini\",\"architecture\":{"
        "\"input_modalities\":[\"text\",\"image\",\"file\"],\"output_modalities\":[\"text\"]},"
        "\"pricing\":{\"prompt\":\"0.00000015\",\"completion\":\"0.0000006\"},"
        "\"supported_parameters\":[\"max_tokens\",\"temperature\",\"top_p\",\"seed\"]},"
        "{\"id\":\"black-forest-labs/flux.2-pro\",\"name\":\"FLUX.2 Pro\",\"architecture\":{"
        "\"input_modalities\":[\"text\",\"image\"],\"output_modalities\":[\"image\"]},"
        "\"pricing\":{\"prompt\":\"0\",\"completion\":\"0\"}}"
        "]}";
    return ModelInfo::parseList(json);
}

struct ChatHarness {
    explicit ChatHarness(const QString &key = QStringLiteral("sk-or-test-key"),
                         int maxAttempts = 1) {
        // Test mode: core Settings keeps to the QSettings cleared here, so no test inherits
        // another's settings (Send with Enter, say).
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        server.setSlowDelayMs(60);
        if (!server.listen())
            qFatal("fake server could not listen");
        store = std::make_unique<ConversationStore>(dir.filePath(QStringLiteral("c.sqlite")));
        if (!store->open())
            qFatal("store could not open");
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.apiKey = key;
        config.keySource = key.isEmpty() ? KeySource::None : KeySource::Explicit;
        config.retry.maxAttempts = maxAttempts;
        config.retry.baseDelayMs = 50;
        config.retry.jitter = 0;
        client = std::make_unique<OpenRouterClient>(config);
        page = std::make_unique<ChatPage>(client.get(), store.get());
        page->setModels(chatTestModels());
        page->resize(1200, 760);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the chat page did not become the active window");
    }
    ~ChatHarness() {
        page.reset(); // before the client and store it uses
        client.reset();
        store.reset();
    }

    ComposerEdit *editor() const { return page->composer()->editor(); }
    const QList<StoredMessage> &thread() const { return page->session()->thread(); }
    StoredMessage last() const { return thread().isEmpty() ? StoredMessage() : thread().last(); }
    bool busy() const { return page->session()->isBusy(); }

    // Types `text` into the composer and presses Ctrl+Enter.
    void typeAndSend(const QString &text) {
        editor()->setFocus();
        QTest::keyClicks(editor(), text);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    }
    // Sends and waits for the reply to end; false on timeout.
    bool sendAndWait(const QString &text) {
        typeAndSend(text);
        return QTest::qWaitFor([this] { return !thread().isEmpty() && !busy(); }, kChatTimeoutMs);
    }
    orc::TranscriptView *transcript() const {
        return child<orc::TranscriptView>(page, QStringLiteral("transcriptView"));
    }
    // The transcript's card for a message, once it is laid out on screen (nullptr otherwise).
    MessageCard *card(qint64 messageId) const {
        const bool shown = QTest::qWaitFor(
            [&] { return transcript()->cardFor(messageId) != nullptr; }, kChatTimeoutMs);
        return shown ? transcript()->cardFor(messageId) : nullptr;
    }
    // "Chat with this model" (a new conversation when the current one has messages).
    void useModel(const QString &id) {
        page->setModel(ModelInfo::fromJson({{QStringLiteral("id"), id}}));
    }
    // Picks a model for the conversation shown, through the picker's popup.
    void pickModel(const QString &id) {
        ModelPicker *picker = page->modelPicker();
        picker->showPopup();
        QTest::keyClicks(picker->searchField(), id);
        QTest::keyClick(picker->searchField(), Qt::Key_Return);
    }

    QTemporaryDir dir;
    fake::FakeOpenRouter server;
    std::unique_ptr<ConversationStore> store;
    std::unique_ptr<OpenRouterClient> client;
    std::unique_ptr<ChatPage> page;
};

} // namespace orc::test

// A main() that isolates HOME before the QApplication exists.
#define ORC_CHAT_TEST_MAIN(TestClass)                                                              \
    int main(int argc, char **argv) {                                                              \
        orc::test::isolateHome();                                                                  \
        QApplication app(argc, argv);                                                              \
        QCoreApplication::setOrganizationName(QStringLiteral("orstudio-test"));                    \
        QCoreApplication::setApplicationName(QStringLiteral(#TestClass));                          \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
